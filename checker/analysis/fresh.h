/*
 * fresh.h - where in a function no call has run yet (fresh.c): the
 * members of what a pointer parameter points to are there as the caller
 * left them, whatever the function does to them after (stores them,
 * passes the pointer on, lets it escape), so a test of one, or a call
 * given the pointer, sees the value the caller stored.
 */
#ifndef SLEEPCHECK_FRESH_H
#define SLEEPCHECK_FRESH_H

#include "ir.h"

/* the most calls a member atom's tests may come after that are listed */
#define FRESH_BEFORE_MAX	ATOM_BEFORE_MAX

/* the calls (their places) that may run before some test of an atom */
struct fresh_before {
	int n;
	int line[FRESH_BEFORE_MAX], col[FRESH_BEFORE_MAX];
};

struct fresh {
	unsigned char *called;	/* per block: a call may run before it begins */
	unsigned atoms;		/* guard bits of the member atoms tested only
				 * where no call has run */
	unsigned listed;	/* of the other member atoms, those tested only
				 * after the calls before[bit] lists (at most
				 * FRESH_BEFORE_MAX places): what may store the
				 * member before a test is what those calls may
				 * store (`if (dentry->d_inode)` after
				 * d_lru_del(dentry), not the later
				 * dentry_unlink_inode(), fs/dcache.c:603-611) */
	struct fresh_before before[32];
	int *pfirst, *pred;	/* the predecessors of block b: pred[pfirst[b]
				 * .. pfirst[b + 1]), made when first asked */
};

/// Computes @fr for @ir (fresh_free() after).
void fresh_compute(const struct ir_func *ir, struct fresh *fr);

void fresh_free(struct fresh *fr);

/// Marks member atom @fa (of guard bit @bit, in fr->listed) ATOM_BEFORE
/// with the places of the calls its tests may come after.
void fresh_places(const struct fresh *fr, int bit, struct fact_atom *fa);

/// The calls that may run before event @ev (in blocks it is reached
/// from, and before it in its own) into @bf: their number, or 0 when
/// none or more than FRESH_BEFORE_MAX.
int fresh_calls_before(const struct ir_func *ir, struct fresh *fr, int ev,
		       struct fresh_before *bf);

/// Has no call run on any path from the entry of @ir to event @ev?
int fresh_event(const struct ir_func *ir, const struct fresh *fr, int ev);

#endif
