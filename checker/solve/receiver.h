/*
 * receiver.h - receiver typing: calls `p->ops->n(p, ...)` inside a
 * function that is reached only as an ops table's entry.
 *
 * A dispatch `r->ops->m(..., r, ...)` (its argument J is r itself, the
 * object whose member ops was loaded: facts.h fact_ptr_source(), "~J")
 * reaches function f only through an ops struct whose m holds f: where
 * every object that may hold f in m is a table named by its initializer
 * (no store of f through a pointer, no struct of the kind written or
 * copied whole, no value of m not a function or NULL), f's parameter J
 * has ops pointing to one of those tables, and a call through
 * `p->ops->n` made with that parameter (in f, or in what f passes it on
 * to, unchanged: fnparam.c's stored_first()) reaches only their n.  The
 * solver makes such a call's reach into each target a condition of the
 * caller (vcond.h VC_RTARGET), decided at each call into the function as
 * VC_TARGET is: a direct call passing its own parameter on makes it the
 * caller's; a receiver dispatch decides it from the tables; any other
 * call lets it hold.
 */
#ifndef SLEEPCHECK_RECEIVER_H
#define SLEEPCHECK_RECEIVER_H

#include <stddef.h>

#include "fnparam.h"

/// The key "struct X.P>struct T.N" of indirect call @gc through
/// `p->P->N` whose receiver p is passed as an argument, into @key, and
/// that argument J; -1 when @gc is no such call.
int rv_call_key(const struct cg_call *gc, char *key, size_t size);

/// The parameter K of the caller of @gc that is its receiver as it was
/// given it (nothing stores its member P first), or -1.
int rv_call_param(struct fnparam *p, const struct cg_call *gc);

/// What call @gc into @callee makes of the callee's VC_RTARGET condition
/// on its parameter @j (@key, function @fn): -1 never (a receiver
/// dispatch whose tables holding @callee cannot hold @fn), 0 it may, 1 +
/// K the caller's own parameter K passed on.
int rv_arg_holds(struct fnparam *p, const struct cg_call *gc, int callee, int j,
		 const char *key, int fn);

#endif
