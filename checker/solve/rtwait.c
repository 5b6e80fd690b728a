/*
 * rtwait.c - -Wrt-wait-context: invalid wait contexts on PREEMPT_RT
 * (issue #17).
 *
 * On PREEMPT_RT, spinlock_t, rwlock_t and local_lock_t are sleeping
 * locks (rt_mutex), and the slab and page allocators may take them even
 * with GFP_ATOMIC.  What stays atomic there is the raw part of a call's
 * atomic depth (facts.h fact_call.raw: a raw_spinlock_t, interrupts or
 * preemption disabled explicitly).  The raw view is a copy of the facts
 * in which each call's depth is its raw depth, the acquires of sleeping-
 * on-RT locks (fact_call.rtlock) are calls, and the rt-sleep rules
 * (rules/kernel-rt-sleep.rules) are sleep sources; the one solver runs
 * on it, so the findings have chains like the others.  A finding whose
 * sleep sleeps on a non-RT kernel too is the normal solve's already.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blame.h"
#include "fieldvals.h"
#include "solver.h"

static void make_view(const struct fact_set *set, struct fact_set *view)
{
	struct fact_call_x *x;
	int i, j, k, m;

	view->nfiles = view->files_cap = set->nfiles;
	view->files = sc_calloc(set->nfiles ? set->nfiles : 1, sizeof(*view->files));
	for (i = 0; i < set->nfiles; i++) {
		struct fact_file *vf = &view->files[i];

		*vf = set->files[i];
		vf->funcs = sc_calloc(vf->nfuncs ? vf->nfuncs : 1, sizeof(*vf->funcs));
		vf->funcs_cap = vf->nfuncs;
		for (j = 0; j < vf->nfuncs; j++) {
			struct fact_func *fn = &vf->funcs[j];

			*fn = set->files[i].funcs[j];
			fn->calls = sc_calloc(fn->ncalls ? fn->ncalls : 1, sizeof(*fn->calls));
			fn->calls_cap = fn->ncalls;
			for (k = 0; k < fn->ncalls; k++) {
				struct fact_call *c = &fn->calls[k];

				*c = set->files[i].funcs[j].calls[k];
				for (m = 0; m < AK_NR; m++)
					c->depth[m] = fcx(c)->raw[m];
				c->rtlock = 0;	/* a call here */
				if (!c->x)
					continue;	/* nothing raw, nothing assumed */
				/* its own rare part, the strings the call's
				 * (rt_view_free() frees only it) */
				x = sc_malloc(sizeof(*x));
				*x = *c->x;
				c->x = x;
				memset(x->assumed, 0, sizeof(x->assumed));
				x->aline = x->raline;
				x->acol = x->racol;
				x->awhat = x->rawhat;
				x->aassert = 0;
			}
		}
	}
}

void rt_view_free(struct fact_set *view)
{
	int i, j, k;

	for (i = 0; i < view->nfiles; i++) {
		for (j = 0; j < view->files[i].nfuncs; j++) {
			struct fact_func *fn = &view->files[i].funcs[j];

			for (k = 0; k < fn->ncalls; k++)
				free(fn->calls[k].x);
			free(fn->calls);
		}
		free(view->files[i].funcs);
	}
	free(view->files);
	free(view);
}

/* does call @c register with an argument an rt-hard-entry rule names? */
static int hard_call(const struct rules *rules, const struct fact_call *c)
{
	long long v;
	int i, k;

	if (!c->callee)
		return 0;
	for (i = 0; i < rules->nrthard; i++) {
		const struct rt_hard *h = &rules->rthard[i];

		if (!strcmp(h->name, c->callee) &&
		    fv_arg_int(c->vals, h->arg - 1, 0, &k, &v) == FV_CONST &&
		    ((unsigned long long)v & h->mask))
			return 1;
	}
	return 0;
}

/*
 * Does the entry point of @fd stay in hard interrupt context on
 * PREEMPT_RT?  A callback passed to a registration: when that call's
 * argument says so (IRQF_NO_THREAD); one stored in a field: when the
 * function storing it also makes such a call (hrtimer_init() with
 * HRTIMER_MODE_*_HARD).  Threaded interrupts, timer_list timers,
 * softirqs, tasklets and soft hrtimers are preemptible there.  A call
 * through a field with a raw context held keeps it.
 */
static int hard_on_rt(const struct fact_set *view, const struct rules *rules,
		      const struct finding *fd)
{
	const struct fact_file *file = NULL;
	const struct fact_func *fn = NULL;
	int i, j;

	if (fd->disp_call)
		return atomic_active(fd->disp_call->depth);
	if (!fd->entry_path)
		return 0;
	for (i = 0; i < view->nfiles && !file; i++)
		if (!strcmp(view->files[i].path, fd->entry_path))
			file = &view->files[i];
	if (!file)
		return 0;
	for (i = 0; i < file->nfuncs; i++) {
		const struct fact_func *f = &file->funcs[i];

		if (fd->entry_stored) {
			/* the function the store is in: the last to begin
			 * before it */
			if (f->line <= fd->entry_line && (!fn || f->line > fn->line))
				fn = f;
			continue;
		}
		for (j = 0; j < f->ncalls; j++)
			if (f->calls[j].line == fd->entry_line &&
			    f->calls[j].col == fd->entry_col &&
			    hard_call(rules, &f->calls[j]))
				return 1;
	}
	for (j = 0; fn && j < fn->ncalls; j++)
		if (hard_call(rules, &fn->calls[j]))
			return 1;
	return 0;
}

/* does @out hold a finding at the call of @s (the normal solve's)? */
static int reported_at(const struct findings *out, int n, const struct chain_step *s)
{
	int i;

	for (i = 0; i < n; i++) {
		const struct chain_step *o = &out->v[i].steps[0];

		if (o->call->line == s->call->line && o->call->col == s->call->col &&
		    !strcmp(o->file->path, s->file->path))
			return 1;
	}
	return 0;
}

void solve_rt(const struct fact_set *set, const struct rules *rules,
	      struct findings *out)
{
	struct fact_set *view = sc_calloc(1, sizeof(*view));
	/* the rules are never defined const: the view's lookups are
	 * switched on for this solve and off again */
	struct rules *r = (struct rules *)rules;
	struct findings rt;
	int i, n = out->n;

	make_view(set, view);
	memset(&rt, 0, sizeof(rt));
	r->rt_view = 1;
	solve(view, r, &rt);
	r->rt_view = 0;
	for (i = 0; i < rt.n; i++) {
		struct finding *fd = &rt.v[i];
		const struct chain_step *last = &fd->steps[fd->nsteps - 1];

		if (fd->contract || (fd->entry && !hard_on_rt(view, rules, fd)) ||
		    !last->rule || !last->rule->rt ||
		    reported_at(out, n, &fd->steps[0])) {
			free(fd->steps);
			free(fd->also);
			continue;
		}
		fd->rt = 1;
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 16;
			out->v = sc_realloc(out->v, out->cap * sizeof(*out->v));
		}
		out->v[out->n++] = *fd;
	}
	free(rt.v);
	free(rt.nocall_hit);	/* the first solve's counts are the ones shown */
	/* the rt findings kept point into the raw view's chain dispatches */
	nf_plan_free(&out->rtnotif);
	out->rtnotif = rt.notif;
	if (out->rtview)
		rt_view_free(out->rtview);
	out->rtview = view;
}
