/*
 * group.c - one warning per atomic call (findings_group_calls() in
 * report.h).
 *
 * The solver keeps one finding per sleep a call made in atomic context
 * reaches (merge.c folds the calls that reach one sleep).  A call that
 * reaches several sleeps, or one reached both under a lock and as a
 * callback's call (a timer function that takes a lock), is still one
 * place to fix: the findings whose first step is the same call in the
 * same function, to the same target, in the same state (new, baselined,
 * suppressed, PREEMPT_RT view) are shown as one warning, whatever their
 * class (-Wno-contract and the like drop a class before this).  The one shown is a sleep before a broken contract, a sure
 * chain before one through a wide pointer call, a lock taken in the
 * function before an entry point's context, then the shortest chain, then
 * the first in file order; the others stay whole in its same[] (their
 * own chains and fingerprints: the text report counts them, JSON and
 * --show-all-paths list them).  A callback made atomic by a call through
 * a field (a dispatch: the finding's disp_call) counts as that call to
 * that callback: where the dispatch call is itself a finding (the
 * callback's sleep depends on something the dispatcher passes, so it
 * reached the dispatcher), the callback's own finding is the same place
 * to fix and joins its group.  Baselines and suppressions are applied
 * before, per finding, so that a new sleep through an old call is new.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "blame.h"

struct member {
	int i;
	const struct finding *fd;
};

/* the call a finding is keyed by: its first step, or for a callback
 * made atomic by a dispatch call, that call (to the callback) */
static const struct fact_call *key_call(const struct finding *fd,
					const struct fact_func **func)
{
	if (fd->entry == &blame_dispatch_entry && fd->disp_call && fd->disp_func) {
		*func = fd->disp_func;
		return fd->disp_call;
	}
	*func = fd->steps[0].func;
	return fd->steps[0].call;
}

static const char *first_target(const struct finding *fd)
{
	const struct chain_step *s = &fd->steps[0];

	if (fd->entry == &blame_dispatch_entry && fd->disp_call && fd->disp_func)
		return s->func->name;	/* the callback */
	if (s->target)
		return s->target;
	return s->call->callee ? s->call->callee : "";
}

/* the group: function, call, target and state; 0 when equal */
static int cmp_group(const struct finding *x, const struct finding *y)
{
	const struct fact_func *fa, *fb;
	const struct fact_call *a = key_call(x, &fa), *b = key_call(y, &fb);
	int d;

	if (fa != fb)
		return fa < fb ? -1 : 1;
	if (a != b)
		return a < b ? -1 : 1;
	d = strcmp(first_target(x), first_target(y));
	if (d)
		return d;
	if (x->baselined != y->baselined)
		return x->baselined - y->baselined;
	if (!x->suppressed != !y->suppressed)
		return !x->suppressed - !y->suppressed;
	return x->rt - y->rt;
}

/* within a group: the one to show first */
static int cmp_member(const void *pa, const void *pb)
{
	const struct member *p = pa, *q = pb;
	const struct finding *x = p->fd, *y = q->fd;
	int d = cmp_group(x, y);

	if (d)
		return d;
	if (!x->contract != !y->contract)
		return !y->contract - !x->contract;
	if (!x->indirect != !y->indirect)
		return !y->indirect - !x->indirect;
	if (!x->entry != !y->entry)
		return !y->entry - !x->entry;
	if (x->nsteps != y->nsteps)
		return x->nsteps - y->nsteps;
	return p->i - q->i;
}

void findings_group_calls(struct findings *f)
{
	struct member *m;
	int *lead, i, j, k;

	if (f->n < 2)
		return;
	m = sc_calloc(f->n, sizeof(*m));
	lead = sc_calloc(f->n, sizeof(*lead));
	for (i = 0; i < f->n; i++) {
		m[i].i = i;
		m[i].fd = &f->v[i];
		lead[i] = -1;	/* shown */
	}
	qsort(m, f->n, sizeof(*m), cmp_member);
	for (i = 0; i < f->n; i = j) {
		for (j = i + 1; j < f->n && !cmp_group(m[j].fd, m[i].fd); j++)
			lead[m[j].i] = m[i].i;
	}
	/* move each member under its lead; keep the file order of leads */
	for (i = 0; i < f->n; i++) {
		struct finding *l;

		if (lead[i] < 0)
			continue;
		l = &f->v[lead[i]];
		l->same = sc_realloc(l->same, (l->nsame + 1) * sizeof(*l->same));
		l->same[l->nsame++] = f->v[i];
		f->nsame_call++;
	}
	for (i = 0, k = 0; i < f->n; i++)
		if (lead[i] < 0)
			f->v[k++] = f->v[i];
	f->n = k;
	free(lead);
	free(m);
}
