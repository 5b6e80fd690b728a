/*
 * clang_fnptrs.c - what a file says of the function-pointer members of
 * tagged structs, from the libclang front end's tree: the same "^"
 * records and "*bare" fstores sparse_fnptrs.c writes (see there), for
 * clang_fstores.c's walk (lists, stores, addresses taken, variables),
 * and a header's static variables (clang_frontend.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"

/* "*bare" of @outer (@inner NULL), "*in:@outer" of @inner */
static void bare_rec(void *arg, const char *outer, const char *inner)
{
	struct cunit *u = arg;
	char what[300];

	if (!inner) {
		fact_file_add_fstore(u->facts, outer, "*bare");
		return;
	}
	snprintf(what, sizeof(what), "*in:%s", outer);
	fact_file_add_fstore(u->facts, inner, what);
}

static struct cn *strip_casts(struct cn *n)
{
	int guard = 0;

	n = cn_strip(n);
	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = cn_strip(n->kids[0]);
	return n;
}

/* "^fn", "^0" or "^?" of value @v given to a function pointer */
static const char *fn_value(struct cunit *u, struct cn *v)
{
	long long c;
	int guard = 0;

	v = strip_casts(v);
	if (!v || (clang_const(u->tu, v, &c) && !c))
		return "^0";
	while (v && v->kind == CN_UNOP && v->nkids == 1 && guard++ < LIM_WALK &&
	       (clang_op(u->tu, v) == OP_ADDR || clang_op(u->tu, v) == OP_DEREF))
		v = strip_casts(v->kids[0]);
	return v && v->kind == CN_REF && v->decl && v->decl->kind == CD_FUNC ? "^fn" : "^?";
}

/* "^list" of @name: a list of it, or of what holds it, is made */
static void list_rec(void *arg, const char *name)
{
	struct cunit *u = arg;

	fact_file_add_fstore(u->facts, name, "^list");
}

/* "^copy" of @name: an initializer copies it, or what holds it */
static void copy_rec(void *arg, const char *name)
{
	struct cunit *u = arg;

	fact_file_add_fstore(u->facts, name, "^copy");
}

void clang_fn_copy(struct cunit *u, struct cn *v)
{
	clang_fn_copy_types(u->tu, cn_strip(v), copy_rec, u);
}

void clang_fn_list(struct cunit *u, struct cn *init)
{
	struct cn **val;
	unsigned char *nested;
	char name[600];
	int i, k, nf = 0, next = 0;

	clang_fn_list_types(u->tu, init, list_rec, u);
	clang_fn_array_list(u->tu, init, bare_rec, u);
	if (!clang_fn_list_struct(u->tu, init))
		return;
	while (init->fields[nf])
		nf++;
	val = sc_calloc(nf + 1, sizeof(*val));
	nested = sc_calloc(nf + 1, 1);
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i];

		if (!e)
			continue;
		if (e->kind == CN_DESIG) {
			const char *f0 = e->fdecls && e->fdecls[0] ? e->fdecls[0]->name : NULL;

			for (k = 0; f0 && k < nf; k++)
				if (!strcmp(init->fields[k], f0))
					break;
			if (!f0 || k == nf || !e->nkids)
				continue;
			/* `.a.b = x`: a designator of a member inside */
			snprintf(name, sizeof(name), "%s.%s", init->name, f0);
			val[k] = e->kids[e->nkids - 1];
			nested[k] = !e->name || strcmp(e->name, name);
			next = k + 1;
		} else if (next < nf) {
			val[next] = e;
			nested[next++] = 0;
		}
	}
	for (k = 0; k < nf; k++) {
		struct cdecl *f = init->fdecls[k];
		struct cn *v = val[k] ? cn_strip(val[k]) : NULL;

		if (clang_fn_field(f)) {
			snprintf(name, sizeof(name), "%s.%s", init->name, init->fields[k]);
			if (init->fields[k][0])
				fact_file_add_fstore(u->facts, name,
						     nested[k] ? "^?" : fn_value(u, v));
			continue;
		}
		if (!clang_fn_holds(u->tu, f))
			continue;
		/* a struct member given a list of its own, or a copy of
		 * another object: those say; left out, an array's or a
		 * union's: made bare (sparse_fnptrs.c) */
		if (clang_fn_is_struct(f) && v && !nested[k])
			continue;
		clang_fn_bare(u->tu, f, bare_rec, u);
	}
	free(val);
	free(nested);
}

void clang_fn_var(struct cunit *u, struct cdecl *var, int has_init, int local)
{
	if (!var || var->kind != CD_VAR || clang_fn_extern(var) || !clang_fn_holds(u->tu, var))
		return;
	if (!clang_fn_is_struct(var) || !has_init || (local && var->is_static))
		clang_fn_bare(u->tu, var, bare_rec, u);
}

void clang_fn_store(struct cunit *u, struct cn *lhs, struct cn *rhs)
{
	char name[600];

	lhs = cn_strip(lhs);
	if (lhs && lhs->kind == CN_MEMBER && clang_fn_field(lhs->decl) && lhs->name &&
	    !strncmp(lhs->name, "struct ", 7) && !strstr(lhs->name, "<anonymous>") &&
	    snprintf(name, sizeof(name), "%s", lhs->name) < (int)sizeof(name))
		fact_file_add_fstore(u->facts, name, fn_value(u, rhs));
}

int clang_fn_escape(struct cunit *u, struct cn *n)
{
	struct cn *m;

	n = cn_strip(n);
	if (!n || n->kind != CN_UNOP || n->nkids != 1 || clang_op(u->tu, n) != OP_ADDR ||
	    !(m = cn_strip(n->kids[0])) || m->kind != CN_MEMBER || !clang_fn_field(m->decl))
		return 0;
	if (m->name && !strncmp(m->name, "struct ", 7) && !strstr(m->name, "<anonymous>"))
		fact_file_add_fstore(u->facts, m->name, "^?");
	return 1;
}

/* the lists of initializer @n and of the lists in it */
static void lists(struct cunit *u, struct cn *n, int depth)
{
	int i;

	n = cn_strip(n);
	if (!n || depth > LIM_WALK)
		return;
	if (n->kind == CN_INITLIST)
		clang_fn_list(u, n);
	else if (n->kind != CN_DESIG && n->kind != CN_OTHER)
		return;
	for (i = 0; i < n->nkids; i++)
		lists(u, n->kids[i], depth + 1);
}

void clang_fn_header_var(struct cunit *u, struct cdecl *var, struct cn *init)
{
	clang_fn_var(u, var, init != NULL, 0);
	lists(u, init, 0);
}
