/*
 * clang_context.h - the lock annotations (__acquires, __releases,
 * __must_hold) of a function, as the libclang front end reads them.
 */
#ifndef SLEEPCHECK_CLANG_CONTEXT_H
#define SLEEPCHECK_CLANG_CONTEXT_H

struct cn;
struct cdecl;

/* one annotation: sparse's context(x, in, out), x a lock of kind @kind
 * (AK_*) named through argument @arg (from 0) of the call, or -1 */
struct cctx {
	int in, out, kind, arg;
};

#define CCTX_MAX 16

/// The annotations (kind: an atomic kind, -1 for a lock that is not
/// atomic, LOCKCTX_UNKNOWN) of the declaration of the function the
/// CN_CALL @call calls by name, as that declaration (the one its name
/// finds there) writes them, into @c (at most CCTX_MAX); lockctx.c says
/// what they imply.  Returns their number.
int clang_call_contexts(struct cn *call, struct cctx *c);

/// The same for the definition of function @fn (its own __must_hold).
int clang_fn_contexts(struct cdecl *fn, struct cctx *c);

/// Forgets what was read of the unit being freed.
void clang_contexts_reset(void);

#endif
