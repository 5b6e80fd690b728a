/*
 * objfields.c - which gfp class a field of an object holds at a call,
 * from the facts of the functions that made the object: a local struct
 * the caller filled in (vals J.F=C), or a pointer some call returned
 * (vals J=^L:C) after the function behind it stored the flags there
 * (fact_func.rets), up to RET_DEPTH returns deep; or an object kept in a
 * global pointer (vals J=@G): every object any function stores there
 * (rets @G=..., the stores of a static G only from its own file), each
 * a pointer a call returned or one a call wrote through its `T **`
 * argument (rets *K.F=C of the callee), joined; a store of anything else
 * makes it unknown.  The solver (solver.c) asks it when a chain depends
 * on such a field.
 */
#include <stdlib.h>
#include <string.h>

#include "fieldvals.h"
#include "objfields.h"

/* how deep ret_field() follows returned objects from function to function */
#define RET_DEPTH 8

static char ret_field(const struct callgraph *g, int f, const char *field, int depth);
static char global_field(const struct callgraph *g, int f, const char *name,
			 int is_static, const char *field);

/* a store into a global pointer: rets entry "@NAME=WHAT" of function f */
struct of_store {
	const struct fact_val *store;	/* VAL_RET_GSTORE */
	int f;
};

/*
 * The class of field @field of the object the call at @line:@col of
 * function @f returns, in @f's terms (a parameter letter is @f's gfp
 * parameter): what every target of the call stores there, the target's
 * gfp parameter read at this call.  GFP_UNKNOWN when not known.
 */
/* does some target of call @gc say what it returns (fact_func.rets, an
 * entry other than ~M, which says when it returns 0)? */
static int says_return(const struct callgraph *g, const struct cg_call *gc)
{
	const struct fact_vals *rets;
	int k, i;

	for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
		rets = g->f[g->s[k].target].fn->rets;
		for (i = 0; rets && i < rets->n; i++)
			if (rets->v[i].kind != VAL_RET_CTX)
				return 1;
	}
	return 0;
}

static char ret_call_field(const struct callgraph *g, int f, int line, int col,
			   const char *field, int depth)
{
	char cls = 0;
	int i, k, n = 0, nsay = 0;

	/* the calls an inline function makes all sit at its call site: when
	 * several calls share @line:@col (xfrm_audit_start() calls
	 * audit_log_start() and audit_log_format()), the object is one
	 * whose callee says what it returns, if any does */
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++)
		if (g->c[i].c->line == line && g->c[i].c->col == col) {
			n++;
			nsay += says_return(g, &g->c[i]);
		}
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
			continue;
		if (n > 1 && nsay && !says_return(g, gc))
			continue;
		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			char c = ret_field(g, g->s[k].target, field, depth + 1);

			if (GFP_IS_PARAM(c))
				c = fact_call_arg_class(gc->c, GFP_PARAM_NR(c));
			cls = gfp_join0(cls, c ? c : GFP_UNKNOWN);
		}
	}
	return cls ? cls : GFP_UNKNOWN;
}

struct retq {
	const struct callgraph *g;
	int f, depth, calls;	/* calls: take the calls' objects too */
	const char *field;
	char cls;
};

static int ret_entry(void *arg, char cls, int line, int col)
{
	struct retq *q = arg;

	if (!cls && !q->calls)
		return 0;
	if (!cls)
		cls = ret_call_field(q->g, q->f, line, col, q->field, q->depth);
	q->cls = gfp_join0(q->cls, cls);
	return 0;
}

/*
 * The class function @f stores in field @field of what it returns; 0
 * when its facts say nothing of it.  A store of the field (F=C) wins
 * over the objects of calls (^L:C): `ab = kmalloc(); ab->gfp_mask = gfp;
 * return ab;` (a function that returns a stored object on one path and
 * another call's object unchanged on another is read as the first).
 */
static char ret_field(const struct callgraph *g, int f, const char *field, int depth)
{
	struct retq q = { g, f, depth, 0, field, 0 };
	const char *name;
	int i, is_static;

	if (depth > RET_DEPTH)
		return 0;
	fv_rets_each(g->f[f].fn->rets, field, ret_entry, &q);
	if (q.cls)
		return q.cls;
	q.calls = 1;
	fv_rets_each(g->f[f].fn->rets, field, ret_entry, &q);
	for (i = 0; (name = fv_rets_global_at(g->f[f].fn->rets, i, &is_static)); i++) {
		char c = global_field(g, f, name, is_static, field);

		q.cls = gfp_join0(q.cls, c ? c : GFP_UNKNOWN);
	}
	return q.cls;
}

/*
 * The class of field @field of the object the call at @line:@col of @f
 * wrote through its argument @j (the callee's rets *J.F=C), in @f's
 * terms; GFP_UNKNOWN when a target says nothing.
 */
static char out_call_field(const struct callgraph *g, int f, int line, int col,
			   int j, const char *field)
{
	char cls = 0;
	int i, k;

	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
			continue;
		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			char c = fv_rets_out(g->f[g->s[k].target].fn->rets, j, field);

			if (GFP_IS_PARAM(c))
				c = fact_call_arg_class(gc->c, GFP_PARAM_NR(c));
			cls = gfp_join0(cls, c ? c : GFP_UNKNOWN);
		}
	}
	return cls ? cls : GFP_UNKNOWN;
}

/* by name, static ones after, then by function */
static int store_key_cmp(const struct of_store *x, const char *name, int is_static)
{
	int c = strcmp(x->store->name, name);

	return c ? c : x->store->c - is_static;
}

static int store_cmp(const void *a, const void *b)
{
	const struct of_store *x = a, *y = b;
	int c = store_key_cmp(x, y->store->name, y->store->c);

	return c ? c : x->f - y->f;
}

struct collect {
	struct callgraph *g;
	int f, cap;
};

static int collect_store(void *arg, const struct fact_val *store)
{
	struct collect *c = arg;
	struct callgraph *g = c->g;

	if (g->ngstores == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		g->gstores = sc_realloc(g->gstores, c->cap * sizeof(*g->gstores));
	}
	g->gstores[g->ngstores++] = (struct of_store){ store, c->f };
	return 0;
}

void of_index_globals(struct callgraph *g)
{
	struct collect c = { g, 0, 0 };

	for (c.f = 0; c.f < g->nf; c.f++)
		fv_rets_globals(g->f[c.f].fn->rets, collect_store, &c);
	if (g->ngstores)
		qsort(g->gstores, g->ngstores, sizeof(*g->gstores), store_cmp);
}

/* the class field @field holds in the objects stored in global @name, as
 * function @f (a reader) sees it; 0 when nothing is stored there */
static char global_field(const struct callgraph *g, int f, const char *name,
			 int is_static, const char *field)
{
	int lo = 0, hi = g->ngstores, line, col, j;
	char cls = 0;

	while (lo < hi) {
		int mid = (lo + hi) / 2;

		if (store_key_cmp(&g->gstores[mid], name, is_static) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < g->ngstores; lo++) {
		const struct of_store *s = &g->gstores[lo];
		char c;

		if (store_key_cmp(s, name, is_static))
			break;
		if (is_static && g->f[s->f].file != g->f[f].file)
			continue;
		if (!fv_store_call(s->store, &line, &col, &j))
			c = GFP_UNKNOWN;
		else if (j < 0)
			c = ret_call_field(g, s->f, line, col, field, 0);
		else
			c = out_call_field(g, s->f, line, col, j, field);
		/* a store's class in terms of the storing function's gfp
		 * parameters says nothing of the reader's */
		if (GFP_IS_PARAM(c))
			c = GFP_UNKNOWN;
		cls = gfp_join0(cls, c);
	}
	return cls;
}

char of_obj_field(const struct callgraph *g, const struct cg_call *gc, int j,
		  const char *field)
{
	const char *name;
	int line, col, is_static;
	char cls = fv_obj_class(gc->c->vals, j, field);

	if (cls)
		return cls;
	if (fv_arg_call(gc->c->vals, j, &line, &col))
		return ret_call_field(g, gc->func, line, col, field, 0);
	if ((name = fv_arg_global(gc->c->vals, j, &is_static)))
		return global_field(g, gc->func, name, is_static, field);
	return 0;
}

