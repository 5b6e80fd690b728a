/*
 * objfields.h - the gfp class a field of an object holds at a call
 * (objfields.c), for the solver.
 */
#ifndef SLEEPCHECK_OBJFIELDS_H
#define SLEEPCHECK_OBJFIELDS_H

#include "callgraph.h"

/// The class (facts.h, in the caller's terms) of field @field of the
/// object argument @j of call @gc points to, or 0 when nothing is known.
char of_obj_field(const struct callgraph *g, const struct cg_call *gc, int j,
		  const char *field);

/// Indexes the stores into global pointers of every function of @g
/// (fact_func.rets @G=...), for of_obj_field(); cg_build() calls it.
void of_index_globals(struct callgraph *g);

#endif
