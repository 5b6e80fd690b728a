/*
 * flow.h - what the data flow of both front ends shares: the atomic
 * state of a block (per-kind counts and where the outermost section
 * began), and the constants a file's calls pass to its functions.  The
 * lattice of gfp classes is the facts' (facts.h).
 */
#ifndef SLEEPCHECK_FLOW_H
#define SLEEPCHECK_FLOW_H

#include <stddef.h>

#include "facts.h"
#include "strpool.h"

struct astate {
	signed char depth[AK_NR];
	int line, col;		/* where the outermost atomic section began */
	const void *what;	/* the primitive that began it, as the front
				 * end names it */
	int aassert;		/* it began at an assertion */
	signed char assumed[AK_NR];	/* raised by assertions: held by
					 * the caller, not taken here */
	signed char raw[AK_NR];	/* the part of depth that is raw
					 * (lock_raw_kinds()) */
	int rline, rcol;	/* where the outermost raw section began */
	const void *rwhat;
	/* tests of the context (rules/kernel-context.rules): */
	unsigned char tested;	/* kinds a test ran for on some path here */
	unsigned char off;	/* kinds a test said were off, on every path
				 * here: what they hold is what was taken
				 * since the test (astate_since()), not what
				 * the entry held */
	signed char snap[AK_NR];	/* of a kind tested: depth[] at the
					 * test (the least over the paths),
					 * relative to the entry as depth[] */
	signed char pf;		/* pagefault_disable() depth on every path
				 * here (the least), relative to the entry */
	unsigned held;		/* the locks (analyze.c relock_sites(), a
				 * bit each) taken on every path here, and no
				 * spinlock released since (astate_release()) */
	int reached;
};

/*
 * What holds where a block runs: the gfp parameters that allow (blk) or
 * forbid (nblk) blocking on every path into it; set once a path reaches
 * it (analysis/analyze.c).
 */
struct guard {
	unsigned blk, nblk;
	unsigned ctx;		/* atomic kinds a test of the context said
				 * were off, where it ran, on every path
				 * (read only through a flag: IRF_DEFS) */
	unsigned sib, nsib;	/* sibling atoms (ir.h ir_sib) that hold, and
				 * that do not, on every path: a bit each */
	int set;
};

/// Is a block with guard @g on some path?  Not when no path reaches it,
/// nor when its guard wants a gfp parameter to block and not to block,
/// or a sibling field to hold a value and not to.
static inline int guard_on_path(const struct guard *g)
{
	return g->set && !(g->blk & g->nblk) && !(g->sib & g->nsib);
}

/// Enters @kinds at line:col; counts saturate at AK_MAX_DEPTH.
void astate_acquire(struct astate *s, unsigned kinds, int line, int col,
		    const void *what);

/// An assertion that @kinds are held: each count below 1 becomes 1, the
/// difference counted in assumed[] (the caller holds it); a count at 1
/// or more (taken here) stays.
void astate_assert(struct astate *s, unsigned kinds, int line, int col,
		   const void *what);

/// A test of the context that may rule out @kinds ran here: keeps the
/// depth of each of them, which an astate_off() of the test's answer
/// counts from.
void astate_test(struct astate *s, unsigned kinds);

/// A test said @kinds are off (those a test ran for): from here on each
/// holds what was taken since the test (astate_since()), whatever the
/// entry held.
void astate_off(struct astate *s, unsigned kinds);

/// Of kind @k, off in @s: what was taken since the test that said so
/// (0 if as much was dropped).
int astate_since(const struct astate *s, int k);

/// Leaves @kinds; counts go down to -AK_MAX_DEPTH (a callee releasing
/// its caller's lock).  A spinlock released clears every held bit (which
/// lock it was is not known).
void astate_release(struct astate *s, unsigned kinds);

/// Which of @kinds an acquire or release by primitive @what, written
/// as inline @inl (or NULL) at the call site, holds raw: atomic on
/// PREEMPT_RT too.  spinlock_t, rwlock_t and local_lock_t are sleeping
/// locks there, and spin_lock_irqsave() of a spinlock_t leaves
/// interrupts on; explicit irq and preemption primitives and raw
/// spinlocks stay; bottom halves and RCU are preemptible.
unsigned lock_raw_kinds(unsigned kinds, const char *what, const char *inl);

/// Is the spinning acquire @what (inline @inl) of a lock that sleeps on
/// PREEMPT_RT?
int lock_sleeps_on_rt(unsigned kinds, const char *what, const char *inl);

/// Is @inl an inline function that takes a lock sleeping on PREEMPT_RT
/// (spin_lock(), read_lock_irq(), a guard's class_spinlock_constructor())?
/// A front end notes one at a call site, however deep in other inlines
/// (task_lock() over spin_lock()), for lock events there.
int inline_sleeps_on_rt(const char *inl);

/// Raw @kinds entered (@delta 1) or left (-1) at line:col.
void astate_raw(struct astate *s, unsigned kinds, int delta, int line, int col,
		const void *what);

/// Merges @src into @dst (per-kind maximum: may be atomic; kinds off
/// only where both have them off, the least depth at a test; held only
/// where both hold it).
/// @return: 1 if @dst changed.
int astate_merge(struct astate *dst, const struct astate *src);

/*
 * The calls of one file, for constant parameters (sparse_params.c,
 * clang_params.c): a static function whose address is never taken and
 * whose every call passes one constant for a parameter has that constant
 * there.  Functions are named as the front end names them.
 */
#define PCONST_MAX_PARAMS 16	/* parameters followed per function */

struct pconst {
	char *name;
	int ncalls, taken;
	unsigned long long varies;	/* parameters not one constant */
	long long val[PCONST_MAX_PARAMS];
};

struct pconst_table {
	struct pconst *v;
	int n, cap;
	struct nameidx idx;	/* name -> index in v */
};

/// Marks @name's address as taken: its parameters stay unknown.
void pconst_taken(struct pconst_table *t, const char *name);

/// Counts a call of @name; its arguments follow with pconst_arg().
struct pconst *pconst_call(struct pconst_table *t, const char *name);

/// Argument @k (from 0) of the call being counted: @is_const and its value.
void pconst_arg(struct pconst *p, int k, int is_const, long long v);

/// Ends the call's arguments at @nargs: parameters past them are unknown.
void pconst_args_end(struct pconst *p, int nargs);

/// The constant every call passes as parameter @k of @name, whose address
/// is never taken: 1 and *@v, or 0.  (Whether @name is static is the
/// caller's to check.)
int pconst_get(const struct pconst_table *t, const char *name, int k, long long *v);

void pconst_free(struct pconst_table *t);

#endif
