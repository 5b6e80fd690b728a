/*
 * vmem.c - may a pointer be vmalloc memory?  A pointer a call returned
 * (vals J=^L:C) is not, when the callee is an allocator of the slab or
 * the page allocator (mem-linear), or kvmalloc_node() given gfp flags
 * that cannot block (mem-vmalloc-if: it falls back to vmalloc only
 * where they can, mm/util.c:591), or a function every pointer it
 * returns is one of these (fact_func.rets made only of ^L:C entries:
 * the front ends write none when a returned value is anything else, a
 * load, a global, a parameter), up to VM_DEPTH returns deep.  The answer
 * is a gfp class: never (GFP_NOBLOCK), only where a gfp parameter of the
 * caller allows blocking (its letter), or may (GFP_BLOCK).  The solver
 * asks it for the argument of a function whose sleeps need vmalloc
 * memory there (mem-vfree: kvfree()), and for a pointer parameter's
 * VC_VMEM condition passed on.
 */
#include <stdlib.h>
#include <string.h>

#include "fieldvals.h"
#include "vmem.h"

/* how deep vm_ret() follows returned pointers from function to function */
#define VM_DEPTH 8

/* a rets list this long may have lost entries to the front ends' bound
 * (LIM_FIELD_VALS, 512 bytes of text: an entry that does not fit is left
 * out): its ^L:C entries are then not surely all (an over-estimate of
 * the text's length, counted from the records) */
#define VM_RETS_TEXT 300

static char vm_ret(const struct callgraph *g, int t, int depth);

/* what may be vmalloc memory on either of two paths */
static char vm_join(char a, char b)
{
	if (!a || a == b || b == GFP_NOBLOCK)
		return a ? a : b;
	if (a == GFP_NOBLOCK)
		return b;
	return GFP_BLOCK;
}

/* an argument's class @a (of a call) as the answer: a gfp parameter of
 * the caller or flags that cannot block stay, anything else may block
 * (gfp_any() too: it blocks in process context) */
static char vm_class(char a)
{
	return a == GFP_NOBLOCK || GFP_IS_PARAM(a) ? a : GFP_BLOCK;
}

/* the answer of a rule naming @name, the call @c's argument read for
 * mem-vmalloc-if (NULL: @name's own gfp parameter); 0 when none does */
static char vm_rule(const struct callgraph *g, const char *name,
		    const struct fact_call *c)
{
	const struct mem_rule *r;

	if (!name)
		return 0;
	if (rules_mem(g->rules, name, MEM_LINEAR, 0))
		return GFP_NOBLOCK;
	r = rules_mem(g->rules, name, MEM_VMALLOC_IF, 0);
	if (!r)
		return 0;
	return c ? vm_class(fact_call_arg_class(c, r->arg - 1)) : GFP_PARAM(r->arg - 1);
}

static char vm_call(const struct callgraph *g, int f, int line, int col, int depth)
{
	char cls = 0, c;
	int i, k;

	/* the calls an inline function makes all sit at its call site: the
	 * pointer may be what any of them returned */
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
			continue;
		if ((c = vm_rule(g, gc->c->callee, gc->c))) {
			cls = vm_join(cls, c);
			continue;
		}
		if (!gc->sn || gc->rule)
			return GFP_BLOCK;
		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			c = vm_ret(g, g->s[k].target, depth + 1);
			if (GFP_IS_PARAM(c))
				c = vm_class(fact_call_arg_class(gc->c, GFP_PARAM_NR(c)));
			cls = vm_join(cls, c);
		}
		if (cls == GFP_BLOCK)
			return cls;
	}
	return cls ? cls : GFP_BLOCK;
}

/* the answer for what function @t returns, in @t's terms */
static char vm_ret(const struct callgraph *g, int t, int depth)
{
	const struct fact_vals *rets = g->f[t].fn->rets;
	size_t text = 0;
	char cls = 0, c;
	int i;

	if ((c = vm_rule(g, g->f[t].fn->name, NULL)))
		return c;
	if (depth > VM_DEPTH || !rets)
		return GFP_BLOCK;
	for (i = 0; i < rets->n; i++) {
		const struct fact_val *e = &rets->v[i];

		text += 24;
		if (e->kind == VAL_RET_CLASS || e->kind == VAL_RET_GLOBAL ||
		    e->kind == VAL_RET_OUT || e->kind == VAL_RET_GSTORE ||
		    e->kind == VAL_RET_MEMBER_MAY || e->kind == VAL_MEMBER_SET ||
		    e->kind == VAL_RAW)
			text += e->name ? strlen(e->name) : 0;
	}
	if (text > VM_RETS_TEXT)
		return GFP_BLOCK;
	for (i = 0; i < rets->n && cls != GFP_BLOCK; i++) {
		const struct fact_val *e = &rets->v[i];

		if (e->kind == VAL_RET_CLASS || e->kind == VAL_RET_GLOBAL ||
		    e->kind == VAL_RAW)
			return GFP_BLOCK;	/* a returned value not a call's */
		if (e->kind == VAL_RET_CALL || e->kind == VAL_RET_PCALL)
			cls = vm_join(cls, vm_call(g, t, e->line, e->col, depth));
	}
	return cls ? cls : GFP_BLOCK;
}

char vm_arg(const struct callgraph *g, int f, const struct fact_call *c, int j)
{
	int line, col, i = 0;
	char cls = 0;

	if (fv_arg_call(c->vals, j, &line, &col))
		return vm_call(g, f, line, col, 0);
	while (cls != GFP_BLOCK && fv_arg_pcall(c->vals, j, &i, &line, &col))
		cls = vm_join(cls, vm_call(g, f, line, col, 0));
	return cls;
}

unsigned char *vm_free_args(const struct callgraph *g)
{
	unsigned char *a = NULL;
	const struct mem_rule *r;
	int i;

	for (i = 0; i < g->nf; i++) {
		if (!(r = rules_mem(g->rules, g->f[i].fn->name, MEM_VFREE, 0)))
			continue;
		if (!a)
			a = sc_calloc(g->nf + 1, 1);
		a[i] = (unsigned char)r->arg;
	}
	return a;
}
