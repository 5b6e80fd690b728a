/*
 * receiver.c - receiver typing (receiver.h): which ops tables a function
 * reached as an ops table's entry is called with, and what their other
 * members hold.
 */
#include <stdio.h>
#include <string.h>

#include "fieldints.h"
#include "fieldvals.h"
#include "receiver.h"

int rv_call_key(const struct cg_call *gc, char *key, size_t size)
{
	const struct fact_call_x *x = fcx(gc->c);
	char field[300], plain[300];
	int j;

	if (gc->c->callee || !x->via || x->nobjs != 1 ||
	    !fact_ptr_source_parse(x->objs[0].name, field, plain, sizeof(field)) ||
	    plain[0] || (j = fact_ptr_source_receiver(x->objs[0].name)) < 0 ||
	    snprintf(key, size, "%s>%s", field, x->via) >= (int)size)
		return -1;
	return j;
}

/*
 * May member @field of what the caller's parameter @k points to have
 * changed before call @gc, which passes it as argument @j: the caller
 * stores it, or another of its calls given it may (fieldints.c); a store
 * @gc's own targets make comes after the call reads it (fnparam.c's
 * stored_first() counts those too: its question is the member after
 * the call as well).
 */
static int stored_before(struct fnparam *p, const struct cg_call *gc, int j, int k,
			 const char *field)
{
	if (fv_arg_param_fresh(gc->c->vals, j))
		return fi_own_store(p->g, gc->func, k, field, 0);
	return fi_may_store_but(p->g, gc->func, k, field, (int)(gc - p->g->c), &p->ncut);
}

int rv_call_param(struct fnparam *p, const struct cg_call *gc)
{
	char key[700], *gt;
	int j = rv_call_key(gc, key, sizeof(key)), k;

	if (j < 0 || (k = fv_arg_param(gc->c->vals, j)) < 0 || k >= GFP_MAX_PARAMS ||
	    !(gt = strchr(key, '>')))
		return -1;
	*gt = '\0';
	return stored_before(p, gc, j, k, fp_member_of(key)) ? -1 : k;
}

/* the struct part "struct T" of @via ("struct T.F"): its length */
static size_t struct_len(const char *via)
{
	const char *dot = strrchr(via, '.');

	return dot ? (size_t)(dot - via) : strlen(via);
}

/* may member @n ("struct T.N") of the table object @name (whose list
 * was read: a binding names it) hold @fn? */
static int obj_holds(struct fnparam *p, const char *n, const char *name, int is_static,
		     const struct fact_file *file, int fn)
{
	const struct callgraph *g = p->g;
	int i = fp_first_bind(g, n), by_object;

	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, n); i++)
		if (fp_bind_names(g, &g->binds[i], fn, &by_object) &&
		    (!by_object || fp_bind_object(&g->binds[i], name, is_static, file)))
			return 1;
	return 0;
}

/*
 * May an ops struct whose member @m ("struct T.M") holds @callee hold
 * @fn in member @n ("struct T.N")?  Only the tables whose initializer
 * binds @callee to @m are such structs, when no store through a pointer
 * binds it, no object of T is written or copied whole, and neither
 * member is given a value not a function nor NULL anywhere.
 */
static int tables_hold(struct fnparam *p, const char *m, int callee, const char *n,
		       int fn)
{
	const struct callgraph *g = p->g;
	int i = fp_first_bind(g, m), by_object, tables = 0;

	if (fp_via_whole(p, m) || fs_fn_other(p->fs, m) || fs_fn_other(p->fs, n))
		return 1;
	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, m); i++) {
		const struct cg_bind *bd = &g->binds[i];

		if (!fp_bind_names(g, bd, callee, &by_object))
			continue;
		if (!by_object || !bd->b->object)
			return 1;
		tables++;
		if (obj_holds(p, n, bd->b->object, bd->b->object_static, bd->file, fn))
			return 1;
	}
	return !tables;
}

int rv_arg_holds(struct fnparam *p, const struct cg_call *gc, int callee, int j,
		 const char *key, int fn)
{
	const char *gt = strchr(key, '>'), *n, *via = fcx(gc->c)->via;
	char field[300], ckey[700];
	int k;

	if (!gt || (size_t)(gt - key) >= sizeof(field))
		return 0;
	memcpy(field, key, (size_t)(gt - key));
	field[gt - key] = '\0';
	n = gt + 1;
	/* a dispatch `r->P->M(.., r, ..)` passing r as argument j: the
	 * ops struct holds the callee in M */
	if (rv_call_key(gc, ckey, sizeof(ckey)) == j &&
	    !strncmp(ckey, key, (size_t)(gt - key) + 1)) {
		if (struct_len(via) != struct_len(n) || strncmp(via, n, struct_len(n)))
			return 0;
		return tables_hold(p, via, callee, n, fn) ? 0 : -1;
	}
	k = fv_arg_param(gc->c->vals, j);
	if (k < 0 || k >= GFP_MAX_PARAMS || stored_before(p, gc, j, k, fp_member_of(field)))
		return 0;
	return 1 + k;
}
