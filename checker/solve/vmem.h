/*
 * vmem.h - which pointers may be vmalloc memory (vmem.c), for the
 * solver's VC_VMEM conditions: kvfree() reaches vfree() only for
 * vmalloc memory (kernel-vmem.rules).
 */
#ifndef SLEEPCHECK_VMEM_H
#define SLEEPCHECK_VMEM_H

#include "callgraph.h"

/// Per function of @g, 1 + the argument (from 0) whose vmalloc memory
/// its sleeps need (a mem-vfree rule names it), else 0; NULL when no
/// function has one.  The caller frees it.
unsigned char *vm_free_args(const struct callgraph *g);

/// May argument @j of call @c of function @f, a pointer a call returned
/// (its vals J=^L:C, or J=%^L:C: one of those calls), be vmalloc memory?
/// GFP_NOBLOCK: never; a gfp parameter letter: only where that gfp
/// parameter of @f allows blocking; GFP_BLOCK: it may (or nothing says);
/// 0 when the vals name no call for it.
char vm_arg(const struct callgraph *g, int f, const struct fact_call *c, int j);

#endif
