/*
 * fieldints.h - the integer values a member of an object holds at a call
 * (fieldints.c), for the solver's flag conditions on a field of a
 * pointer parameter (vcond.h VC_FLAG with a field): what the caller
 * stored in its local object, and what the functions it passed the
 * object to stored there (fact_func.rets K.F:=...), in the caller's
 * terms.
 */
#ifndef SLEEPCHECK_FIELDINTS_H
#define SLEEPCHECK_FIELDINTS_H

#include "callgraph.h"
#include "fieldvals.h"

/* the most values one member is known by; more make it unknown */
#define FI_MAX_VALUES 8

/* how many functions fi_may_store() reads for one question; past it the
 * member is taken as stored (counted) */
#define FI_MAX_STEPS 256

/* one value: fv_arg_int()'s kinds, in the caller's terms */
struct fi_val {
	enum fv_int what;
	int k;
	long long v;
};

/// The values member @field of the local object whose address call @gc
/// passes as argument @j may hold there (vals J=~L:C/M, J.F:=...), into
/// @out (FI_MAX_VALUES of them): how many, or -1 when it is not known
/// (not such an object, a value or a call that stores one not known, a
/// call that may store it with no word of what).  *@cut counts the
/// questions FI_MAX_STEPS cut short.  @unless (not 0): a pointer
/// member's address V, and the question only whether it may hold
/// another: a store made only where it did not hold V (rets K.F!^&&V)
/// stores nothing.
int fi_values(const struct callgraph *g, const struct cg_call *gc, int j,
	      const char *field, unsigned long long unless, struct fi_val *out,
	      int *cut);

/// The value member @field of what argument @j of call @gc points to
/// holds at the call, stored by the caller before it (vals J.F==V), into
/// *@out: 1, or 0 when the call says none or one of the calls made
/// between the store and the call (J.P~L:C/M, J.*~L:C) may store the
/// member (fi_may_store() of its argument M, member path P; one with no
/// body known).  *@cut as below.
int fi_known(const struct callgraph *g, const struct cg_call *gc, int j,
	     const char *field, struct fi_val *out, int *cut);

/// May function @f store member @field of what its pointer parameter @k
/// points to, itself or through the calls it passes @k on to (then a
/// test of the member in @f, or the member at a call @f makes, is not
/// its value on entry)?  *@cut, @unless as above.
int fi_may_store(const struct callgraph *g, int f, int k, const char *field,
		 unsigned long long unless, int *cut);

/// fi_may_store() asked only of the calls made at the places member
/// atom @a (ATOM_BEFORE) lists, the calls its tests may come after
/// (analysis/fresh.c), and of @f's own stores.
int fi_may_store_after(const struct callgraph *g, int f, int k, const char *field,
		       const struct fact_atom *a, int *cut);

/// fi_may_store() of @f's calls but its call @skip (an index in g->c).
int fi_may_store_but(const struct callgraph *g, int f, int k, const char *field,
		     int skip, int *cut);

/// Does function @f itself store member @field of what its pointer
/// parameter @k points to, or use @k in a way not understood?  (What it
/// may store before a call it made before any other, J=*K^.)
int fi_own_store(const struct callgraph *g, int f, int k, const char *field,
		 unsigned long long unless);

#endif
