/*
 * blame.c - atomic fields and atomic entries (see blame.h).
 *
 * The entry points are the registered callbacks and the functions bound
 * to entry-field rules: their calls through fields, and every call made
 * with atomic state held, make the bindings they reach atomic.  A
 * function made an entry by such a dispatch call does not make further
 * fields atomic in turn: one inference is not stacked on another (a
 * dispatch that holds a lock makes every binding of its field atomic,
 * also those that only an unlocked dispatcher reaches, and a cascade
 * would carry that guess to the fields those call).  Each binding keeps
 * the least dispatch call by a fixed order, so the result does not
 * depend on the order of the database.  A call whose targets are the
 * objects stored into the pointer member it loads its struct from
 * (callgraph.h cg_ptr_objects) makes only theirs atomic, as a call
 * narrowed to known objects does; so does a call through a member of
 * what a parameter points to (`ops->do_action()`) whose callers pass
 * known objects, leaving out those whose constants say the call is not
 * made there (fnparam.c).  Linear in calls plus bindings, times the few
 * fields a call reaches.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blame.h"
#include "fnparam.h"

const struct entry_rule blame_dispatch_entry = {
	NULL, 0, (char *)"atomic", NULL, 0, 0
};

struct walk {
	struct blame *b;
	struct callgraph *g;
	int *list, n;
	struct fnparam fp;
};

int blame_next_entry(const struct callgraph *g, const struct cg_call *gc,
		     int *i, const struct entry_rule **er)
{
	while (*i < fcx(gc->c)->nfnargs && gc->c->callee) {
		const struct fact_fnarg *a = &fcx(gc->c)->fnargs[(*i)++];

		if (fact_fnarg_param(a))
			continue;	/* a parameter passed on */
		*er = rules_entry(g->rules, gc->c->callee, a->arg);
		if (*er)
			return cg_find(g, a->name, a->is_static, g->f[gc->func].file);
	}
	return -2;
}

static void enter(struct walk *w, int f)
{
	if (f < 0 || w->b->entry[f])
		return;
	w->b->entry[f] = 1;
	w->list[w->n++] = f;
}

/* is dispatch call @x a better witness than @y? (not in a function a
 * boot or suspend rule names, whose findings are suppressed; lock held;
 * then place) */
static int better(const struct callgraph *g, int x, int y)
{
	const struct cg_call *a = &g->c[x], *b = &g->c[y];
	int ha = atomic_active(a->c->depth), hb = atomic_active(b->c->depth);
	int qa = !!rules_is_boot(g->rules, g->f[a->func].fn->name);
	int qb = !!rules_is_boot(g->rules, g->f[b->func].fn->name);
	int d;

	if (qa != qb)
		return qa < qb;
	if (ha != hb)
		return ha > hb;
	d = strcmp(g->f[a->func].file->path, g->f[b->func].file->path);
	if (d)
		return d < 0;
	if (a->c->line != b->c->line)
		return a->c->line < b->c->line;
	return a->c->col < b->c->col;
}

/* binding @i becomes atomic through dispatch call @call */
static void mark(struct walk *w, int i, int call)
{
	int *by = &w->b->bind_by[i];

	if (*by < 0 || (*by > 0 && !better(w->g, call, *by - 1)))
		return;
	*by = call + 1;
}

/* call @k through a field is made in atomic context */
static void dispatch(struct walk *w, int k)
{
	const struct callgraph *g = w->g;
	const struct cg_call *gc = &g->c[k];
	const char *via = fcx(gc->c)->via;
	struct cg_objs o;
	int i, s, known, outside, pk;

	if (gc->c->callee || !via || rules_sleep_field(g->rules, via) ||
	    cg_entry_field(g, via))
		return;		/* a rule decides this field */
	if (gc->dispatch && cg_call_nf(gc)->mode == NF_FIELD)
		return;		/* a notifier chain not narrowed (notifier.c) */
	if (gc->narrowed || (gc->ptrobj && !gc->capped)) {
		for (s = gc->sfirst; s < gc->sfirst + gc->sn; s++)
			if (g->s[s].bind_ix >= 0)
				mark(w, g->s[s].bind_ix, k);
		return;
	}
	/* a parameter's member: the objects its callers pass */
	known = fp_dispatch_objs(&w->fp, gc, &o, &pk);
	outside = !known && pk >= 0 && fp_outside(&w->fp, gc->func, pk, via);
	i = cg_first_bind(g, via);
	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, via); i++) {
		if (!cg_bind_reaches(g, g->f[gc->func].file, via, &g->binds[i]) ||
		    cg_binder_excludes(g, gc, &g->binds[i]) ||
		    cg_sibling_excludes(gc, &g->binds[i]))
			continue;
		if ((known && !fp_objs_reach(&o, &g->binds[i])) ||
		    (outside && fp_bind_hidden(&g->binds[i]))) {
			w->b->nparam_cut++;
			continue;
		}
		mark(w, i, k);
	}
	cg_objs_free(&o);
}

void blame_build(struct blame *b, struct callgraph *g, const struct fieldsets *fs)
{
	struct walk w = { b, g, NULL, 0, { NULL, NULL, 0, NULL, NULL, NULL, 0 } };
	const struct entry_rule *er;
	int i, k, t;

	memset(b, 0, sizeof(*b));
	fp_init(&w.fp, g, fs);
	b->bind_by = sc_calloc(g->nbinds + 1, sizeof(int));
	b->entry = sc_calloc(g->nf + 1, 1);
	w.list = sc_malloc((g->nf + 1) * sizeof(int));
	for (i = 0; i < g->nc; i++) {
		int a = 0;

		while ((t = blame_next_entry(g, &g->c[i], &a, &er)) != -2)
			enter(&w, t);
	}
	for (i = 0; i < g->nbinds; i++) {
		const struct cg_bind *bd = &g->binds[i];

		er = cg_entry_field(g, bd->b->via);
		if (!er)
			continue;
		b->bind_by[i] = -1;
		/* a summary's field is a dispatch in the kernel: no stacking */
		if (!er->summary)
			enter(&w, cg_find(g, bd->b->func, bd->b->func_static, bd->file));
	}
	for (i = 0; i < g->nc; i++)
		if (g->c[i].atomic)
			dispatch(&w, i);
	while (w.n > 0) {
		int f = w.list[--w.n];

		for (k = g->cfirst[f]; k < g->cfirst[f + 1]; k++)
			if (!g->c[k].atomic)
				dispatch(&w, k);
	}
	for (i = 0; i < g->ns; i++) {
		struct cg_slot *s = &g->s[i];

		s->cut = s->bind_ix >= 0 && b->bind_by[s->bind_ix] != 0;
	}
	for (i = 0; i < g->nbinds; i = k) {
		int any = 0;

		for (k = i; k < g->nbinds && !strcmp(g->binds[k].b->via,
						     g->binds[i].b->via); k++)
			any |= b->bind_by[k] > 0;
		b->nfields += any;
	}
	free(w.list);
	b->nfp_cut = w.fp.ncut;
	fp_free(&w.fp);
}

void blame_free(struct blame *b)
{
	free(b->bind_by);
	free(b->entry);
	memset(b, 0, sizeof(*b));
}
