/*
 * premap.c - which arguments make a function's sleeps impossible
 * (`premapped NAME ARG OBJ`, kernel-assume.rules): NAME sleeps only for
 * an argument ARG that is not the address of one of the global objects
 * its rules name.  The solver (solver.c, mapped_cond()) asks it at each
 * call of such a function, and for a pointer parameter's VC_MAPPED
 * condition passed on; a call passing anything else may sleep.
 */
#include <stdlib.h>

#include "fieldvals.h"
#include "premap.h"

unsigned char *pm_args(const struct callgraph *g)
{
	const struct premapped *r;
	unsigned char *a = NULL;
	int i;

	for (i = 0; g->rules->npremaps && i < g->nf; i++) {
		if (g->f[i].fn->is_static ||
		    !(r = rules_premapped(g->rules, g->f[i].fn->name)))
			continue;
		if (!a)
			a = sc_calloc(g->nf + 1, 1);
		a[i] = (unsigned char)r->arg;
	}
	return a;
}

int pm_arg_mapped(const struct rules *rules, const char *name,
		  const struct fact_vals *vals, int j)
{
	char obj[FV_FIELD_MAX];
	int is_static;

	return fv_arg_addr(vals, j, obj, sizeof(obj), &is_static) && !is_static &&
	       rules_premapped_obj(rules, name, obj);
}
