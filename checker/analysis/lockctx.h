/*
 * lockctx.h - what a lock annotation (__acquires, __releases,
 * __must_hold: sparse's context(x, in, out)) means for the IR, one
 * decision for both front ends.
 */
#ifndef SLEEPCHECK_LOCKCTX_H
#define SLEEPCHECK_LOCKCTX_H

struct ir_func;

/* the kind of a lock expression neither front end could type (a
 * variable of the callee's body, `__acquires(&wb->list_lock)` of
 * fs/fs-writeback.c:333, a call, a pseudo-lock other than RCU): it may be
 * atomic, so a call's other annotations do not say all it changes */
#define LOCKCTX_UNKNOWN	(-2)

/// The context(x, @in, @out) the kernel macro @name (its token) writes
/// under __CHECKER__ (include/linux/compiler_types.h:42-45 in 6.1):
/// 1 and *@in, *@out, or 0 for another name.
int lockctx_macro(const char *name, int *in, int *out);

/// The atomic kind of a lock of struct type tagged @tag (NULL: an
/// unnamed struct), whose member raw_lock, if any, is a struct tagged
/// @raw_lock_tag (else NULL): spinlock, raw_spinlock and rwlock_t (an
/// unnamed struct around a struct qrwlock raw_lock) are AK_SPIN; any
/// other (a mutex) -1.
int lockctx_struct_kind(const char *tag, const char *raw_lock_tag);

/// The atomic kind of @name, a context expression that is no variable
/// nor parameter (the RCU pseudo-lock: RCU or rcu), or LOCKCTX_UNKNOWN.
int lockctx_pseudo_kind(const char *name);

/// Does an annotation context(x, @in, @out) of x of @kind (-1: not
/// atomic, LOCKCTX_UNKNOWN) leave what a call changes of the atomic
/// state unsaid, so that the call's other annotations are only part of
/// it: a lock of unknown kind it takes or drops, or an atomic one it
/// takes conditionally (__cond_acquires, out -1)?
int lockctx_partial(int in, int out, int kind);

/// The events a call of @what annotated context(x, @in, @out), x a lock
/// of @kind made from pointer value @base (or NULL), implies after the
/// call at @line:@col of block @b: an acquire per level it raises, a
/// release per level it lowers, none for __cond_acquires (out -1) or
/// __must_hold.  @partial: another annotation of the call is
/// lockctx_partial() (ir_event.annotated).  Returns their number.
int lockctx_call(struct ir_func *ir, int b, int in, int out, int kind, int partial,
		 const char *what, const void *base, int line, int col);

/// The events a `releases KINDS NAME` rule (rules/README) implies after a
/// call of @what at @line:@col of block @b: a release of each kind of
/// @kinds, as __releases() of a lock of that kind would (lockctx_call()).
/// Returns their number.
int lockctx_releases(struct ir_func *ir, int b, unsigned kinds, const char *what,
		     int line, int col);

/// The function's own context(x, @in, @out) of @kind, at its entry
/// block @b (its name at @line:@col): __must_hold (both at least 1)
/// asserts x held there.  Returns 1 if it did, else 0.
int lockctx_must_hold(struct ir_func *ir, int b, int in, int out, int kind,
		      int line, int col);

#endif
