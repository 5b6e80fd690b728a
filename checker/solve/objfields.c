/*
 * objfields.c - which gfp class a field of an object holds at a call,
 * from the facts of the functions that made the object: a local struct
 * the caller filled in (vals J.F=C), or a pointer some call returned
 * (vals J=^L:C) after the function behind it stored the flags there
 * (fact_func.rets), up to RET_DEPTH returns deep.  The
 * solver (solver.c) asks it when a chain depends on such a field.
 */
#include <string.h>

#include "fieldvals.h"
#include "objfields.h"

/* how deep ret_field() follows returned objects from function to function */
#define RET_DEPTH 8

static char ret_field(const struct callgraph *g, int f, const char *field, int depth);

/*
 * The class of field @field of the object the call at @line:@col of
 * function @f returns, in @f's terms (a parameter letter is @f's gfp
 * parameter): what every target of the call stores there, the target's
 * gfp parameter read at this call.  GFP_UNKNOWN when not known.
 */
static char ret_call_field(const struct callgraph *g, int f, int line, int col,
			   const char *field, int depth)
{
	char cls = 0;
	int i, k;

	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
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

	if (depth > RET_DEPTH)
		return 0;
	fv_rets_each(g->f[f].fn->rets, field, ret_entry, &q);
	if (q.cls)
		return q.cls;
	q.calls = 1;
	fv_rets_each(g->f[f].fn->rets, field, ret_entry, &q);
	return q.cls;
}

char of_obj_field(const struct callgraph *g, const struct cg_call *gc, int j,
		  const char *field)
{
	int line, col;
	char cls = fv_obj_class(gc->c->vals, j, field);

	if (cls)
		return cls;
	if (fv_arg_call(gc->c->vals, j, &line, &col))
		return ret_call_field(g, gc->func, line, col, field, 0);
	return 0;
}

