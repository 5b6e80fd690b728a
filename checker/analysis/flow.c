/*
 * flow.c - the pieces of data flow both front ends share (flow.h): the
 * atomic state of a block.
 * analysis/analyze.c runs the data flow on the IR both front ends lower
 * into; what a primitive does to the state and how states merge is
 * written here (how gfp classes combine is facts.c's), used by it and by
 * the front ends' value walks; so is the table of the constants a
 * file's calls pass to its functions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flow.h"

void astate_acquire(struct astate *s, unsigned kinds, int line, int col,
		    const void *what)
{
	int k, was = atomic_active(s->depth);

	for (k = 0; k < AK_NR; k++)
		if ((kinds & (1u << k)) && s->depth[k] < AK_MAX_DEPTH)
			s->depth[k]++;
	if (!was) {
		s->line = line;
		s->col = col;
		s->what = what;
		s->aassert = 0;
	}
}

void astate_assert(struct astate *s, unsigned kinds, int line, int col,
		   const void *what)
{
	int k, was = atomic_active(s->depth);

	for (k = 0; k < AK_NR; k++) {
		if (!(kinds & (1u << k)) || s->depth[k] >= 1)
			continue;
		if (s->assumed[k] + 1 - s->depth[k] <= AK_MAX_DEPTH)
			s->assumed[k] += 1 - s->depth[k];
		s->depth[k] = 1;
	}
	if (!was && atomic_active(s->depth)) {
		s->line = line;
		s->col = col;
		s->what = what;
		s->aassert = 1;
	}
}

void astate_test(struct astate *s, unsigned kinds)
{
	int k;

	/* a kind a test said was off stays counted from that test */
	for (k = 0; k < AK_NR; k++) {
		if (!(kinds & (1u << k)) || (s->off & (1u << k)))
			continue;
		s->snap[k] = s->depth[k];
		s->tested |= 1u << k;
	}
	/* no depth counts it: tested, nothing to keep */
	s->tested |= kinds & (1u << CTX_SERVED);
}

void astate_off(struct astate *s, unsigned kinds)
{
	s->off |= kinds & s->tested;
}

int astate_since(const struct astate *s, int k)
{
	int since = s->depth[k] - s->snap[k];

	return since > 0 ? since : 0;
}

void astate_release(struct astate *s, unsigned kinds)
{
	int k;

	for (k = 0; k < AK_NR; k++)
		if ((kinds & (1u << k)) && s->depth[k] > -AK_MAX_DEPTH)
			s->depth[k]--;
	if (kinds & (1u << AK_SPIN))
		s->held = 0;
}

static int prefixed(const char *s, const char *p)
{
	return s && !strncmp(s, p, strlen(p));
}

int lock_sleeps_on_rt(unsigned kinds, const char *what, const char *inl)
{
	/* local_lock_t without PREEMPT_RT: preempt_disable() or
	 * local_irq_save() and the inline local_lock_acquire(), at one
	 * place (local_lock_internal.h __local_lock()); a per-CPU
	 * spinlock_t on RT */
	if (prefixed(inl, "local_lock_acquire"))
		return 1;
	if (!(kinds & (1u << AK_SPIN)))
		return 0;
	/* PREEMPT_RT's own names (rules/kernel-rt.rules) */
	if (prefixed(what, "rt_") || prefixed(what, "local_lock"))
		return 1;
	/* rwlock_t: no raw rwlock exists */
	if (prefixed(what, "_raw_read_") || prefixed(what, "_raw_write_") ||
	    prefixed(what, "__raw_read_") || prefixed(what, "__raw_write_"))
		return 1;
	/* spin_lock*() and spinlock_check() are spinlock_t's inlines over
	 * the _raw_spin_* primitives of a non-RT kernel */
	return inline_sleeps_on_rt(inl);
}

int inline_sleeps_on_rt(const char *inl)
{
	if (prefixed(inl, "spin_") || prefixed(inl, "spinlock_check") ||
	    prefixed(inl, "read_") || prefixed(inl, "write_"))
		return 1;
	/* guard(spinlock_irqsave)(&l), scoped_guard(read_lock, &l): the
	 * constructors cleanup.h's DEFINE_LOCK_GUARD_1() makes in
	 * spinlock.h (class_raw_spinlock_* are raw) */
	return prefixed(inl, "class_spinlock") || prefixed(inl, "class_read_lock") ||
	       prefixed(inl, "class_write_lock") ||
	       prefixed(inl, "local_lock_acquire") || prefixed(inl, "local_lock_release");
}

unsigned lock_raw_kinds(unsigned kinds, const char *what, const char *inl)
{
	if (lock_sleeps_on_rt(kinds, what, inl) || prefixed(inl, "local_lock_release"))
		return 0;
	return kinds & ((1u << AK_SPIN) | (1u << AK_IRQ) | (1u << AK_PREEMPT));
}

void astate_raw(struct astate *s, unsigned kinds, int delta, int line, int col,
		const void *what)
{
	int k, was = atomic_active(s->raw);

	for (k = 0; k < AK_NR; k++) {
		if (!(kinds & (1u << k)))
			continue;
		if (delta > 0 && s->raw[k] < AK_MAX_DEPTH)
			s->raw[k]++;
		else if (delta < 0 && s->raw[k] > -AK_MAX_DEPTH)
			s->raw[k]--;
	}
	if (delta > 0 && !was && atomic_active(s->raw)) {
		s->rline = line;
		s->rcol = col;
		s->rwhat = what;
	}
}

int astate_merge(struct astate *dst, const struct astate *src)
{
	int rwas;
	int k, changed = 0, was;

	if (!dst->reached) {
		*dst = *src;
		dst->reached = 1;
		return 1;
	}
	was = atomic_active(dst->depth);
	rwas = atomic_active(dst->raw);
	for (k = 0; k < AK_NR; k++) {
		if (src->raw[k] > dst->raw[k]) {
			dst->raw[k] = src->raw[k];
			changed = 1;
		}
		if (src->depth[k] > dst->depth[k]) {
			dst->depth[k] = src->depth[k];
			changed = 1;
		}
		if (src->assumed[k] > dst->assumed[k]) {
			dst->assumed[k] = src->assumed[k];
			changed = 1;
		}
		/* a test on one path only: the other cannot take its
		 * answer's edge (analysis/analyze.c edge_state()) */
		if ((src->tested & (1u << k)) &&
		    (!(dst->tested & (1u << k)) || src->snap[k] < dst->snap[k])) {
			dst->snap[k] = src->snap[k];
			dst->tested |= 1u << k;
			changed = 1;
		}
	}
	if (src->tested & ~dst->tested & (1u << CTX_SERVED)) {
		dst->tested |= 1u << CTX_SERVED;
		changed = 1;
	}
	if (dst->off & ~src->off) {
		dst->off &= src->off;
		changed = 1;
	}
	if (src->pf < dst->pf) {
		dst->pf = src->pf;
		changed = 1;
	}
	if (dst->held & ~src->held) {
		dst->held &= src->held;
		changed = 1;
	}
	if (!was && atomic_active(dst->depth)) {
		dst->line = src->line;
		dst->col = src->col;
		dst->what = src->what;
		dst->aassert = src->aassert;
	}
	if (!rwas && atomic_active(dst->raw)) {
		dst->rline = src->rline;
		dst->rcol = src->rcol;
		dst->rwhat = src->rwhat;
	}
	return changed;
}

static struct pconst *pconst_find(const struct pconst_table *t, const char *name)
{
	int i = nameidx_get(&t->idx, name);

	return i < 0 ? NULL : &t->v[i];
}

static struct pconst *pconst_add(struct pconst_table *t, const char *name)
{
	struct pconst *p = pconst_find(t, name);

	if (p)
		return p;
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->v = sc_realloc(t->v, t->cap * sizeof(*t->v));
	}
	p = &t->v[t->n++];
	memset(p, 0, sizeof(*p));
	p->name = sc_strdup(name);
	nameidx_put(&t->idx, p->name, t->n - 1);
	return p;
}

void pconst_taken(struct pconst_table *t, const char *name)
{
	pconst_add(t, name)->taken = 1;
}

struct pconst *pconst_call(struct pconst_table *t, const char *name)
{
	struct pconst *p = pconst_add(t, name);

	p->ncalls++;
	return p;
}

void pconst_arg(struct pconst *p, int k, int is_const, long long v)
{
	if (k < 0 || k >= PCONST_MAX_PARAMS)
		return;
	if (!is_const)
		p->varies |= 1ull << k;
	else if (p->ncalls == 1)
		p->val[k] = v;
	else if (p->val[k] != v)
		p->varies |= 1ull << k;
}

void pconst_args_end(struct pconst *p, int nargs)
{
	int k;

	/* parameters no argument reached: a variadic or mismatched call */
	for (k = nargs < 0 ? 0 : nargs; k < PCONST_MAX_PARAMS; k++)
		p->varies |= 1ull << k;
}

int pconst_get(const struct pconst_table *t, const char *name, int k, long long *v)
{
	const struct pconst *p;

	if (k < 0 || k >= PCONST_MAX_PARAMS || !(p = pconst_find(t, name)) ||
	    p->taken || !p->ncalls || (p->varies & (1ull << k)))
		return 0;
	*v = p->val[k];
	return 1;
}

void pconst_free(struct pconst_table *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].name);
	free(t->v);
	nameidx_free(&t->idx);
	memset(t, 0, sizeof(*t));
}
