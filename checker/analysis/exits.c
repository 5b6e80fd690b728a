/*
 * exits.c - the table of what each function of one file leaves
 * released or held when it returns (exits.h), read by analyze.c at the
 * file's direct calls.
 *
 * A callee that drops its caller's lock on every path and returns
 * without it (`static void wait_freeing(i) { spin_unlock(&i->lock);
 * schedule(); }`, a `goto retry` after it) leaves its caller's state
 * lower after the call than the caller's own code shows; one that takes
 * a lock and returns holding it (kernel/sched/core.c's
 * raw_spin_rq_lock_nested(), core.c:542, behind rq_lock()) leaves it
 * higher.  analyze.c computes, per function, the depth at its returns
 * relative to its entry, the maximum over the return paths (a path that
 * keeps the lock keeps the maximum at 0; one that returns holding it
 * makes it 1), and the caller's state after the call moves by that
 * much.  Both ways count: a function that calls the helper that takes a
 * lock and the one that drops it (resched_cpu(), core.c:1057-1066)
 * leaves nothing, not the release alone, so its caller's own lock is
 * still held after it.  Only the functions of the file are known: a
 * callee in another file counts as leaving nothing, either way.
 *
 * A callee whose every return is a constant (`return true;` after
 * spin_unlock(), `return false;` with the lock held: do_signal_stop())
 * also has what it leaves per value, 0 or non-zero; a caller that
 * branches on its result (`if (do_signal_stop(0)) goto relock;`) has
 * the callee's value on the edge of each value (analyze.c).
 *
 * A callee that releases its caller's lock only where what its pointer
 * parameter points to is non-zero (mm/compaction.c:516-531,
 * compact_unlock_should_abort(): `if (*locked) { spin_unlock_irqrestore(
 * lock, flags); *locked = false; }`) has what it leaves per that value;
 * a caller that keeps that variable with its lock (`locked =
 * compact_lock_irqsave(...)`, isolate_freepages_block()) runs the call
 * with the one of the variable's value in each of its states.  So does
 * a callee that returns holding a lock only where that value is 0
 * (`if (!*locked) { spin_lock(lock); *locked = true; }`), and what such
 * a callee leaves through the pointer whatever it found there is the
 * value of the caller's variable after the call (analyze.c
 * acall_value()).
 */
#include <stdlib.h>
#include <string.h>

#include "exits.h"

void exit_add(struct exit_table *t, const char *name)
{
	struct exit_fn *x;
	int k;

	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = sc_realloc(t->v, t->cap * sizeof(*t->v));
	}
	x = &t->v[t->n++];
	memset(x, 0, sizeof(*x));
	for (k = 0; k < AK_NR; k++)
		x->lo[k] = x->rlo[k] = -AK_MAX_DEPTH;	/* not known yet */
	x->name = name;
	x->dparam = -1;
	t->sorted = 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct exit_fn *)a)->name, ((const struct exit_fn *)b)->name);
}

void exit_sort(struct exit_table *t)
{
	if (t->n)
		qsort(t->v, t->n, sizeof(*t->v), by_name);
	t->sorted = 1;
}

struct exit_fn *exit_find(const struct exit_table *t, const char *name)
{
	struct exit_fn key;

	if (!name || !t->n)
		return NULL;
	key.name = name;
	return bsearch(&key, t->v, t->n, sizeof(*t->v), by_name);
}

int exit_changes(const struct exit_fn *x)
{
	int k, v;

	for (k = 0; k < AK_NR; k++) {
		if (x->depth[k] || x->raw[k] || x->held[k] || x->rheld[k])
			return 1;
		for (v = 0; x->byval && v < 2; v++)
			if (x->vdepth[v][k] || x->vraw[v][k])
				return 1;
		for (v = 0; x->dparam >= 0 && v < 2; v++)
			if (x->ddepth[v][k] || x->dheld[v][k])
				return 1;
	}
	return 0;
}

void exit_free(struct exit_table *t)
{
	free(t->v);
	memset(t, 0, sizeof(*t));
}
