/*
 * fnparam.h - calls through a function-pointer member of what a pointer
 * parameter points to (facts.h fact_obj_param(): `ops->do_action(s)` in
 * snd_pcm_action_group(), sound/core/pcm_native.c:1253), resolved by
 * what the callers pass: the address of a global object, whose member
 * holds only the functions bound to it (its initializer, a store naming
 * it) or stored through a pointer, the address of a struct's member
 * (`&adapter->cc`), which holds only what the stores into that path, a
 * pointer or a named object give it, or their own parameter passed on.
 * The solver makes such a call's reach into each target a condition of
 * the caller (vcond.h VC_TARGET, solver.c), and blame.c makes atomic
 * only the bindings of the objects the callers that may hold the lock
 * pass.  Anything else the callers pass, a function that may store the
 * member before the call, or a struct whose objects may be written or
 * copied whole, keeps every binding of the field.
 */
#ifndef SLEEPCHECK_FNPARAM_H
#define SLEEPCHECK_FNPARAM_H

#include "callgraph.h"
#include "fieldsets.h"

struct fnparam {
	const struct callgraph *g;
	const struct fieldsets *fs;
	int ncut;		/* questions of fieldints.c cut short */
	signed char *ostate;	/* fp_outside()'s answers, per function
				 * and parameter, or NULL: none asked */
	const char **ovia;	/* per function: the member they are for */
	const char **bound;	/* the names of the functions bound into a
				 * field here, sorted (fp_outside()) */
	int nout;		/* functions fp_outside_never() said a
				 * member cannot hold */
};

void fp_init(struct fnparam *p, const struct callgraph *g, const struct fieldsets *fs);
void fp_free(struct fnparam *p);

/// The parameter K (from 0) whose member call @gc is made through ("#K")
/// when that member at the call is what the caller was given: neither
/// the caller nor anything it passes K on to may store it, or every
/// store into the field is a binding (which the object's maker counts);
/// else -1.
int fp_call_param(struct fnparam *p, const struct cg_call *gc);

/// What argument @j of call @gc makes of "its member @via (struct T.F)
/// holds function @fn": -1 never (the address of an object that cannot
/// hold it), 0 it may, 1 + K the caller's own parameter K passed on,
/// the member as the caller was given it (the caller's condition), or
/// changed on the way only by the program's bindings of the field.
int fp_arg_holds(struct fnparam *p, const struct cg_call *gc, int j, const char *via,
		 int fn);

/// Is member @via of what parameter @k of @f points to only what callers
/// outside the database stored there: every call into @f here passes its
/// own parameter on as it was given it (or changed only by the program's
/// bindings of the field, as fp_arg_holds()), from a function of which the
/// same holds, up to functions nothing here calls, that are not static
/// and not bound into any field?
int fp_outside(struct fnparam *p, int f, int k, const char *via);

/// Is binding @bd one of a static function into a static object by name
/// (an initializer, a store naming it), which code outside the database
/// can name neither?
int fp_bind_hidden(const struct cg_bind *bd);

/// Can member @via of what parameter @k of @f points to never hold
/// function @fn: a static one bound only into static objects by name
/// (fp_bind_hidden()), where only callers outside the database give @f
/// the object (fp_outside())?  Counted in nout.
int fp_outside_never(struct fnparam *p, int f, int k, const char *via, int fn);

/// The objects parameter K of the function making dispatch call @gc
/// ("#K") may point to there, from its callers whose constant arguments
/// do not contradict @gc's guard on their flags, and theirs in turn for
/// a parameter passed on, into @o: 1, or 0 when not known (@o empty).
/// *@param: K (fp_call_param()), or -1.
int fp_dispatch_objs(struct fnparam *p, const struct cg_call *gc, struct cg_objs *o,
		     int *param);

/// May binding @bd be what member bd->b->via of one of @o holds: bound
/// to one of them, or stored through a pointer?
int fp_objs_reach(const struct cg_objs *o, const struct cg_bind *bd);

/// The first binding of field @via in g->binds, or -1 (callgraph.c's
/// cg_first_bind(), for the solver's files that may not call it).
int fp_first_bind(const struct callgraph *g, const char *via);

/// Does binding @bd store function @fn?  1, and *@by_object: into a
/// named object (an initializer, a store naming it), not through a
/// pointer; else 0.
int fp_bind_names(const struct callgraph *g, const struct cg_bind *bd, int fn,
		  int *by_object);

/// Is binding @bd's object the global @name (@is_static: of @file)?
int fp_bind_object(const struct cg_bind *bd, const char *name, int is_static,
		   const struct fact_file *file);

/// May objects of the struct of @via ("struct T.F") be written or copied
/// whole?
int fp_via_whole(const struct fnparam *p, const char *via);

/// The member name F of @via ("struct T.F"), NULL when it has none.
const char *fp_member_of(const char *via);

#endif
