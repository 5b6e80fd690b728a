/*
 * solver.c - the whole-program analysis (see solver.h).
 *
 * Nodes are (function, condition) pairs: "may sleep always", or "may
 * sleep if gfp parameter j allows blocking".  A breadth-first search
 * from the sleep sources named in the rules walks the reversed call
 * graph once, so each node is set at its shortest distance from a sleep
 * source, recursion needs no special case, and its witness (the call
 * that made it true) rebuilds the shortest chain.  A second search marks
 * gfp parameters that some caller feeds with flags that allow blocking,
 * which decides atomic calls whose sleep depends on such a parameter.
 * Everything is linear in the number of calls, plus one sort by name.
 */
#include <stdlib.h>
#include <string.h>

#include "solver.h"

#define NCOND (GFP_MAX_PARAMS + 1)	/* 0: always, 1 + j: parameter j */

struct node {
	int depth;		/* 0: not set */
	int call;		/* witness call (global index) */
	int callee;		/* function called by it, -1 for a rule */
	char cond;		/* the callee's condition that holds */
	signed char delta[AK_NR];	/* atomic depth at the sleep, relative to
					 * the function's entry, at most 0: below
					 * 0, the chain released its caller's */
};

struct gfunc {
	const struct fact_file *file;
	const struct fact_func *fn;
	int first_call;
	struct node always;
	struct node *param;	/* NCOND - 1 entries, or NULL */
	int *blockarg;		/* per parameter: call passing blocking gfp + 1 */
};

struct gcall {
	int func;
	const struct fact_call *c;
	const struct rule *rule;	/* sleep rule naming the callee */
	int tfirst, tn;			/* targets in ctx.targets */
};

struct ctx {
	const struct rules *rules;
	struct gfunc *f;
	int nf;
	struct gcall *c;
	int nc;
	int *targets;
	int ntargets, tcap;
	int *byname;		/* function indices sorted by name */
	int *rfirst, *rcalls;	/* reverse edges: calls into each function */
	int *queue;
	int qhead, qtail, qcap;
};

static const struct ctx *sort_ctx;

static int cmp_byname(const void *a, const void *b)
{
	const struct gfunc *x = &sort_ctx->f[*(const int *)a];
	const struct gfunc *y = &sort_ctx->f[*(const int *)b];
	int d = strcmp(x->fn->name, y->fn->name);

	return d ? d : *(const int *)a - *(const int *)b;
}

/* first index in byname whose name is @name, or -1 */
static int find_name(const struct ctx *cx, const char *name)
{
	int lo = 0, hi = cx->nf - 1, found = -1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;
		int d = strcmp(cx->f[cx->byname[mid]].fn->name, name);

		if (d == 0)
			found = mid;
		if (d >= 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return found;
}

static char arg_class(const struct fact_call *c, int k)
{
	if (!c->args || k < 0 || (size_t)k >= strlen(c->args))
		return GFP_UNKNOWN;
	if (c->args[k] == GFP_NOT)
		return GFP_UNKNOWN;
	return c->args[k];
}

static int blocking(char cls)
{
	return cls == GFP_BLOCK || cls == GFP_UNKNOWN;
}

static struct node *node_of(struct ctx *cx, int f, int cond, int create)
{
	struct gfunc *g = &cx->f[f];

	if (cond == 0)
		return &g->always;
	if (!g->param) {
		if (!create)
			return NULL;
		g->param = sc_calloc(NCOND - 1, sizeof(struct node));
	}
	return &g->param[cond - 1];
}

static void push(struct ctx *cx, int f, int cond)
{
	if (cx->qtail == cx->qcap) {
		cx->qcap = cx->qcap ? 2 * cx->qcap : 1024;
		cx->queue = sc_realloc(cx->queue, cx->qcap * sizeof(int));
	}
	cx->queue[cx->qtail++] = f * NCOND + cond;
}

/*
 * Sets node (@f, @cond) at its first (shortest) chain.  A later chain
 * that releases less of the caller's atomic context raises the node's
 * delta and is propagated again; the witness stays the shortest chain,
 * so witnesses never form a cycle.  Deltas only rise and are bounded,
 * so this ends.
 */
static void set_node(struct ctx *cx, int f, int cond, int depth, int call,
		     int callee, int callee_cond, const signed char *delta)
{
	struct node *n = node_of(cx, f, cond, 1);
	int k, raised = 0;

	if (n->depth) {
		for (k = 0; k < AK_NR; k++) {
			if (delta[k] > n->delta[k]) {
				n->delta[k] = delta[k];
				raised = 1;
			}
		}
		if (raised)
			push(cx, f, cond);
		return;
	}
	n->depth = depth;
	n->call = call;
	n->callee = callee;
	n->cond = (char)callee_cond;
	memcpy(n->delta, delta, sizeof(n->delta));
	push(cx, f, cond);
}

/* the delta of a caller through a call at @depth into a callee's @delta */
static void chain_delta(const signed char *depth, const signed char *delta,
			signed char *out)
{
	int k;

	for (k = 0; k < AK_NR; k++) {
		int d = depth[k] + (delta ? delta[k] : 0);

		out[k] = d > 0 ? 0 : d < -AK_MAX_DEPTH ? -AK_MAX_DEPTH : d;
	}
}

/* the condition of the caller under which the callee's @cond holds */
static int derive(const struct fact_call *c, int cond)
{
	char cls;

	if (cond == 0)
		return 0;
	cls = arg_class(c, cond - 1);
	if (blocking(cls))
		return 0;
	if (GFP_IS_PARAM(cls))
		return 1 + GFP_PARAM_NR(cls);
	return -1;
}

static void build(struct ctx *cx, const struct fact_set *set)
{
	int i, j, k, nf = 0, nc = 0;

	for (i = 0; i < set->nfiles; i++) {
		nf += set->files[i].nfuncs;
		for (j = 0; j < set->files[i].nfuncs; j++)
			nc += set->files[i].funcs[j].ncalls;
	}
	cx->f = sc_calloc(nf, sizeof(*cx->f));
	cx->c = sc_calloc(nc, sizeof(*cx->c));
	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *file = &set->files[i];

		for (j = 0; j < file->nfuncs; j++) {
			struct gfunc *g = &cx->f[cx->nf];

			g->file = file;
			g->fn = &file->funcs[j];
			g->first_call = cx->nc;
			for (k = 0; k < g->fn->ncalls; k++) {
				cx->c[cx->nc].func = cx->nf;
				cx->c[cx->nc].c = &g->fn->calls[k];
				cx->nc++;
			}
			cx->nf++;
		}
	}
	cx->byname = sc_malloc(cx->nf * sizeof(int));
	for (i = 0; i < cx->nf; i++)
		cx->byname[i] = i;
	sort_ctx = cx;
	qsort(cx->byname, cx->nf, sizeof(int), cmp_byname);

	/* resolve calls */
	for (i = 0; i < cx->nc; i++) {
		struct gcall *gc = &cx->c[i];
		const struct fact_call *c = gc->c;
		const struct rule *r;
		int at;

		gc->tfirst = cx->ntargets;
		if (!c->callee)
			continue;
		r = c->callee_static ? NULL : rules_lookup(cx->rules, c->callee);
		if (r) {
			if (r->kind == RULE_SLEEP || r->kind == RULE_SLEEP_IF_GFP)
				gc->rule = r;
			continue;	/* rules win over definitions */
		}
		at = find_name(cx, c->callee);
		if (at < 0)
			continue;
		for (; at < cx->nf; at++) {
			int t = cx->byname[at];
			const struct gfunc *g = &cx->f[t];

			if (strcmp(g->fn->name, c->callee))
				break;
			if (c->callee_static ? (g->file != cx->f[gc->func].file ||
						!g->fn->is_static)
					     : g->fn->is_static)
				continue;
			if (cx->ntargets == cx->tcap) {
				cx->tcap = cx->tcap ? 2 * cx->tcap : 1024;
				cx->targets = sc_realloc(cx->targets,
						       cx->tcap * sizeof(int));
			}
			cx->targets[cx->ntargets++] = t;
			gc->tn++;
			if (c->callee_static)
				break;
		}
	}

	/* reverse edges */
	cx->rfirst = sc_calloc(cx->nf + 1, sizeof(int));
	cx->rcalls = sc_malloc((cx->ntargets + 1) * sizeof(int));
	for (i = 0; i < cx->nc; i++)
		for (k = 0; k < cx->c[i].tn; k++)
			cx->rfirst[cx->targets[cx->c[i].tfirst + k] + 1]++;
	for (i = 0; i < cx->nf; i++)
		cx->rfirst[i + 1] += cx->rfirst[i];
	{
		int *fill = sc_malloc((cx->nf + 1) * sizeof(int));

		memcpy(fill, cx->rfirst, (cx->nf + 1) * sizeof(int));
		for (i = 0; i < cx->nc; i++)
			for (k = 0; k < cx->c[i].tn; k++)
				cx->rcalls[fill[cx->targets[cx->c[i].tfirst + k]]++] = i;
		free(fill);
	}
}

static void propagate_sleep(struct ctx *cx)
{
	int i;

	/* seeds: calls of sleep sources */
	for (i = 0; i < cx->nc; i++) {
		const struct gcall *gc = &cx->c[i];
		int cond;

		if (!gc->rule)
			continue;
		if (gc->rule->kind == RULE_SLEEP)
			cond = 0;
		else
			cond = derive(gc->c, 1 + gc->rule->arg);
		if (cond >= 0) {
			signed char d[AK_NR];

			chain_delta(gc->c->depth, NULL, d);
			set_node(cx, gc->func, cond, 1, i, -1, 0, d);
		}
	}
	while (cx->qhead < cx->qtail) {
		int v = cx->queue[cx->qhead++];
		int g = v / NCOND, cond = v % NCOND, k;
		const struct node *n = node_of(cx, g, cond, 0);

		for (k = cx->rfirst[g]; k < cx->rfirst[g + 1]; k++) {
			int call = cx->rcalls[k];
			int up = derive(cx->c[call].c, cond);
			signed char d[AK_NR];

			if (up < 0)
				continue;
			chain_delta(cx->c[call].c->depth, n->delta, d);
			set_node(cx, cx->c[call].func, up, n->depth + 1, call, g,
				 cond, d);
		}
	}
}

/* blockarg[f][j]: a call that feeds parameter j of f with a blocking gfp */
static void propagate_blockargs(struct ctx *cx)
{
	int i, k, changed, rounds = 0;

	do {
		changed = 0;
		for (i = 0; i < cx->nc; i++) {
			const struct gcall *gc = &cx->c[i];
			const char *args = gc->c->args;
			size_t a, len;

			if (!args || !gc->tn)
				continue;
			len = strlen(args);
			for (a = 0; a < len && a < GFP_MAX_PARAMS; a++) {
				char cls = args[a];
				int feeds = 0;

				if (cls == GFP_BLOCK || cls == GFP_UNKNOWN)
					feeds = 1;
				else if (GFP_IS_PARAM(cls)) {
					const struct gfunc *f = &cx->f[gc->func];

					feeds = f->blockarg && f->blockarg[GFP_PARAM_NR(cls)];
				}
				if (!feeds)
					continue;
				for (k = 0; k < gc->tn; k++) {
					struct gfunc *t = &cx->f[cx->targets[gc->tfirst + k]];

					if (!t->blockarg)
						t->blockarg = sc_calloc(GFP_MAX_PARAMS, sizeof(int));
					if (!t->blockarg[a]) {
						t->blockarg[a] = i + 1;
						changed = 1;
					}
				}
			}
		}
	} while (changed && ++rounds < 64);
}

static void add_step(struct finding *fd, const struct ctx *cx, int call,
		     const struct rule *rule, char gfp)
{
	struct chain_step *s;
	const struct gcall *gc = &cx->c[call];

	fd->steps = sc_realloc(fd->steps, (fd->nsteps + 1) * sizeof(*fd->steps));
	s = &fd->steps[fd->nsteps++];
	s->file = cx->f[gc->func].file;
	s->func = cx->f[gc->func].fn;
	s->call = gc->c;
	s->rule = rule;
	s->gfp = gfp;
}

static void chain_from(struct finding *fd, struct ctx *cx, int f, int cond)
{
	int guard = 0;

	while (guard++ < 100000) {
		const struct node *n = node_of(cx, f, cond, 0);
		const struct gcall *gc;
		char gfp = 0;

		if (!n || !n->depth)
			return;
		gc = &cx->c[n->call];
		if (n->callee < 0) {
			if (gc->rule->kind == RULE_SLEEP_IF_GFP)
				gfp = arg_class(gc->c, gc->rule->arg);
			add_step(fd, cx, n->call, gc->rule, gfp);
			return;
		}
		if (n->cond)
			gfp = arg_class(gc->c, n->cond - 1);
		add_step(fd, cx, n->call, NULL, gfp);
		f = n->callee;
		cond = n->cond;
	}
}

/* walk blockarg witnesses up to the call that passes the constant */
static void gfp_origin(struct finding *fd, struct ctx *cx, int f, int param)
{
	int guard = 0;

	while (guard++ < 1000) {
		const struct gfunc *g = &cx->f[f];
		const struct gcall *gc;
		char cls;

		if (!g->blockarg || !g->blockarg[param])
			return;
		gc = &cx->c[g->blockarg[param] - 1];
		cls = arg_class(gc->c, param);
		fd->gfp_file = cx->f[gc->func].file;
		fd->gfp_func = cx->f[gc->func].fn;
		fd->gfp_call = gc->c;
		fd->gfp_param = param;
		if (!GFP_IS_PARAM(cls))
			return;
		f = gc->func;
		param = GFP_PARAM_NR(cls);
	}
}

/* does a sleep @delta deep in a callee happen with @depth still held? */
static int still_atomic(const signed char *depth, const signed char *delta)
{
	int k;

	for (k = 0; k < AK_NR; k++)
		if (depth[k] > 0 && depth[k] + delta[k] > 0)
			return 1;
	return 0;
}

/* best way for atomic call @i to sleep: returns depth, 0 if none */
static int judge(struct ctx *cx, int i, int *callee, int *cond, int *param)
{
	const struct gcall *gc = &cx->c[i];
	const struct gfunc *caller = &cx->f[gc->func];
	int best = 0, k, c;

	*callee = -1;
	*cond = 0;
	*param = -1;
	if (gc->rule) {
		int need = gc->rule->kind == RULE_SLEEP ? 0 : 1 + gc->rule->arg;
		int up = derive(gc->c, need);

		if (up == 0)
			return 1;
		if (up > 0 && caller->blockarg && caller->blockarg[up - 1]) {
			*param = up - 1;
			return 1;
		}
		return 0;
	}
	for (k = 0; k < gc->tn; k++) {
		int t = cx->targets[gc->tfirst + k];

		for (c = 0; c < NCOND; c++) {
			const struct node *n = node_of(cx, t, c, 0);
			int up, p = -1;

			if (!n || !n->depth || (best && n->depth + 1 >= best))
				continue;
			if (!still_atomic(gc->c->depth, n->delta))
				continue;
			up = derive(gc->c, c);
			if (up < 0)
				continue;
			if (up > 0) {
				if (!caller->blockarg || !caller->blockarg[up - 1])
					continue;
				p = up - 1;
			}
			best = n->depth + 1;
			*callee = t;
			*cond = c;
			*param = p;
		}
	}
	return best;
}

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	const struct chain_step *s = &x->steps[0], *t = &y->steps[0];
	int d = strcmp(s->file->path, t->file->path);

	if (d)
		return d;
	if (s->call->line != t->call->line)
		return s->call->line - t->call->line;
	if (s->call->col != t->call->col)
		return s->call->col - t->call->col;
	d = strcmp(s->call->callee ? s->call->callee : "",
		   t->call->callee ? t->call->callee : "");
	if (d)
		return d;
	return x->nsteps - y->nsteps;
}

void solve(const struct fact_set *set, const struct rules *rules,
	   struct findings *out)
{
	struct ctx cx;
	int i;

	memset(&cx, 0, sizeof(cx));
	cx.rules = rules;
	build(&cx, set);
	propagate_sleep(&cx);
	propagate_blockargs(&cx);

	for (i = 0; i < cx.nc; i++) {
		const struct gcall *gc = &cx.c[i];
		struct finding *fd;
		int callee, cond, param;

		if (!atomic_active(gc->c->depth))
			continue;
		if (!judge(&cx, i, &callee, &cond, &param))
			continue;
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 16;
			out->v = sc_realloc(out->v, out->cap * sizeof(*out->v));
		}
		fd = &out->v[out->n++];
		memset(fd, 0, sizeof(*fd));
		if (gc->rule) {
			add_step(fd, &cx, i, gc->rule,
				 gc->rule->kind == RULE_SLEEP_IF_GFP ?
				 arg_class(gc->c, gc->rule->arg) : 0);
		} else {
			add_step(fd, &cx, i, NULL,
				 cond ? arg_class(gc->c, cond - 1) : 0);
			chain_from(fd, &cx, callee, cond);
		}
		if (param >= 0)
			gfp_origin(fd, &cx, gc->func, param);
	}
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), cmp_finding);

	for (i = 0; i < cx.nf; i++) {
		free(cx.f[i].param);
		free(cx.f[i].blockarg);
	}
	free(cx.f);
	free(cx.c);
	free(cx.targets);
	free(cx.byname);
	free(cx.rfirst);
	free(cx.rcalls);
	free(cx.queue);
}

void findings_free(struct findings *f)
{
	int i;

	for (i = 0; i < f->n; i++)
		free(f->v[i].steps);
	free(f->v);
	memset(f, 0, sizeof(*f));
}
