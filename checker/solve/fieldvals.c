/*
 * fieldvals.c - answers questions about a call's vals and a function's
 * rets (records, facts.h struct fact_val; made from the front ends' text
 * by facts/fact_vals.c, the one reader of that text).  An entry the
 * reader did not understand (VAL_RAW) matches nothing: the solver then
 * knows nothing of that argument, which is the conservative answer (the
 * value may allow blocking).
 */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "fieldvals.h"

/* the first record of @l from index *@i on that is of @kind about
 * argument @j (any argument when @j is -1); *@i moves past it */
static const struct fact_val *next(const struct fact_vals *l, int *i, int kind,
				   int j)
{
	for (; l && *i < l->n; (*i)++) {
		const struct fact_val *r = &l->v[*i];

		if (r->kind == kind && (j < 0 || r->j == j)) {
			(*i)++;
			return r;
		}
	}
	return NULL;
}

/* the first of @kind about argument @j whose name fits @size bytes, copied
 * into @buf */
static const struct fact_val *named(const struct fact_vals *l, int kind, int j,
				    char *buf, size_t size)
{
	const struct fact_val *r;
	int i = 0;

	while ((r = next(l, &i, kind, j))) {
		size_t len = strlen(r->name);

		if (len < size) {
			memcpy(buf, r->name, len + 1);
			return r;
		}
	}
	return NULL;
}

int fv_arg_field(const struct fact_vals *vals, int j, char *field, size_t size)
{
	const struct fact_val *r = named(vals, VAL_PARAM_FIELD, j, field, size);

	return r ? r->k : -1;
}

char fv_obj_class(const struct fact_vals *vals, int j, const char *field)
{
	const struct fact_val *r;
	int i = 0;

	while ((r = next(vals, &i, VAL_OBJ_CLASS, j)))
		if (!strcmp(r->name, field))
			return (char)r->c;
	return 0;
}

int fv_arg_param(const struct fact_vals *vals, int j)
{
	int i = 0;
	const struct fact_val *r = next(vals, &i, VAL_PARAM, j);

	return r ? r->k : -1;
}

int fv_arg_param_fresh(const struct fact_vals *vals, int j)
{
	int i = 0;
	const struct fact_val *r = next(vals, &i, VAL_PARAM, j);

	return r && r->c;
}

int fv_arg_param_after(const struct fact_vals *vals, int j, struct fact_atom *a)
{
	int i = 0;
	const struct fact_val *r;

	a->nbefore = 0;
	while ((r = next(vals, &i, VAL_PARAM_AFTER, j)) && a->nbefore < ATOM_BEFORE_MAX) {
		a->bline[a->nbefore] = r->line;
		a->bcol[a->nbefore++] = r->col;
	}
	return r ? 0 : a->nbefore;	/* one more than there is room for */
}

int fv_arg_call(const struct fact_vals *vals, int j, int *line, int *col)
{
	int i = 0;
	const struct fact_val *r = next(vals, &i, VAL_CALL, j);

	if (!r)
		return 0;
	*line = r->line;
	*col = r->col;
	return 1;
}

int fv_arg_pcall(const struct fact_vals *vals, int j, int *i, int *line, int *col)
{
	const struct fact_val *r = next(vals, i, VAL_PCALL, j);

	if (!r)
		return 0;
	*line = r->line;
	*col = r->col;
	return 1;
}

int fv_rets_each(const struct fact_vals *rets, const char *field,
		 int (*fn)(void *arg, char cls, int line, int col), void *arg)
{
	int i, r;

	for (i = 0; rets && i < rets->n; i++) {
		const struct fact_val *e = &rets->v[i];

		r = 0;
		if (e->kind == VAL_RET_CALL)
			r = fn(arg, 0, e->line, e->col);
		else if (e->kind == VAL_RET_CLASS && !strcmp(e->name, field))
			r = fn(arg, (char)e->c, 0, 0);
		if (r)
			return r;
	}
	return 0;
}

enum fv_int fv_value(const struct fact_val *r, int *k, long long *v)
{
	if (r->c == FV_NONE)
		return FV_NONE;
	*k = r->k;
	*v = r->v;
	return (enum fv_int)r->c;
}

enum fv_int fv_arg_int(const struct fact_vals *vals, int j, int deref, int *k,
		       long long *v)
{
	int i = 0;
	const struct fact_val *r = next(vals, &i, deref ? VAL_INT_DEREF : VAL_INT, j);

	return r ? fv_value(r, k, v) : FV_NONE;
}

int fv_arg_sfield(const struct fact_vals *vals, int j, char *field, size_t size)
{
	return !!named(vals, VAL_SFIELD, j, field, size);
}

int fv_arg_addr(const struct fact_vals *vals, int j, char *name, size_t size,
		int *is_static)
{
	const struct fact_val *r = named(vals, VAL_ADDR, j, name, size);

	if (r)
		*is_static = r->c;
	return !!r;
}

int fv_arg_ptrfield(const struct fact_vals *vals, int j, char *name, size_t size)
{
	return !!named(vals, VAL_PTRFIELD, j, name, size);
}

const char *fv_arg_global(const struct fact_vals *vals, int j, int *is_static)
{
	int i = 0;
	const struct fact_val *r = next(vals, &i, VAL_GLOBAL, j);

	if (!r)
		return NULL;
	*is_static = r->c;
	return r->name;
}

char fv_rets_out(const struct fact_vals *rets, int k, const char *field)
{
	const struct fact_val *r;
	int i = 0;

	while ((r = next(rets, &i, VAL_RET_OUT, k)))
		if (!strcmp(r->name, field))
			return (char)r->c;
	return 0;
}

int fv_rets_globals(const struct fact_vals *rets,
		    int (*fn)(void *arg, const struct fact_val *store), void *arg)
{
	const struct fact_val *r;
	int i = 0, ret;

	while ((r = next(rets, &i, VAL_RET_GSTORE, -1)))
		if ((ret = fn(arg, r)))
			return ret;
	return 0;
}

int fv_store_call(const struct fact_val *store, int *line, int *col, int *j)
{
	const struct fact_val *m = store + 1;

	*j = -1;
	if (!m->c)
		return 0;
	*line = m->line;
	*col = m->col;
	if (m->k != FACT_VAL_NONE)
		*j = m->k;
	return 1;
}

const char *fv_rets_global_at(const struct fact_vals *rets, int n, int *is_static)
{
	const struct fact_val *r;
	int i = 0;

	while ((r = next(rets, &i, VAL_RET_GLOBAL, -1)))
		if (n-- == 0) {
			*is_static = r->c;
			return r->name;
		}
	return NULL;
}

int fv_arg_paired(const struct fact_vals *vals, int j)
{
	int i = 0;

	return !!next(vals, &i, VAL_PAIRED, j);
}
