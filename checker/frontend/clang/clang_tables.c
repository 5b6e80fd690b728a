/*
 * clang_tables.c - the record of a global table's initializer (fact_fstore
 * "table G", sparse_tables.c): "#N:struct T", then "I:struct T.F=V" for
 * each integer member of element I its list gives a constant other than
 * 0 ("=?" for anything else), from libclang's initializer lists: elements
 * in order, `[I] =` and `[A ... B] =` designators, and in each element's
 * list its members in order and `.F =` designators of its own members (a
 * nested struct's members are named by their own struct, which the solver
 * does not ask of this table).  The loads of a table's members and the
 * addresses of its elements are clang_fields.c's.
 */
#include <stdio.h>
#include <string.h>

#include "clang_ast.h"
#include "clang_cfg.h"
#include "clang_frontend.h"
#include "facts.h"
#include "ir_limits.h"

/* member @k of the element list @init of element @i */
static void member(struct cunit *u, const char *field, long i, struct cn *init, int k,
		   struct cn *v)
{
	struct cdecl *f = clang_init_field(u->tu, init, k);
	char what[700];
	long long c;
	int bits, is_signed;

	v = cn_strip(v);
	if (!f || !v || v->kind == CN_INITLIST || !clang_field_int(f, 0, &bits) ||
	    !clang_field_int_type(u->tu, f, &bits, &is_signed))
		return;
	if (!clang_const(u->tu, v, &c)) {
		snprintf(what, sizeof(what), "%ld:%s.%s=?", i, init->name, init->fields[k]);
	} else {
		c = fact_int_as(c, bits, is_signed);
		if (!c)
			return;
		snprintf(what, sizeof(what), "%ld:%s.%s=%lld", i, init->name,
			 init->fields[k], c);
	}
	fact_file_add_fstore(u->facts, field, what);
}

/* the element list @init of element @i */
static void element(struct cunit *u, const char *field, long i, struct cn *init)
{
	const char *dot;
	int j, k, nf = 0, next = 0;

	init = cn_strip(init);
	if (!init || init->kind != CN_INITLIST || !init->name) {
		fact_file_add_fstore(u->facts, field, "?");
		return;
	}
	while (init->fields && init->fields[nf])
		nf++;
	for (j = 0; j < init->nkids; j++) {
		struct cn *e = init->kids[j];

		if (!e)
			continue;
		if (e->kind != CN_DESIG) {
			if (next < nf)
				member(u, field, i, init, next++, e);
			continue;
		}
		dot = e->name ? strrchr(e->name, '.') : NULL;
		for (k = 0; dot && k < nf; k++)
			if (!strcmp(init->fields[k], dot + 1) &&
			    !strncmp(e->name, init->name, (size_t)(dot - e->name)) &&
			    strlen(init->name) == (size_t)(dot - e->name))
				break;
		if (k == nf || !e->nkids || e->fdecls[0] != e->decl) {
			next = nf;	/* a nested member: not this table's */
			continue;
		}
		member(u, field, i, init, k, e->kids[e->nkids - 1]);
		next = k + 1;
	}
}

void clang_table_record(struct cunit *u, struct cdecl *d, struct cn *init)
{
	char tag[300], field[300], what[340];
	long n, i, lo, hi;
	long long c;
	int j;

	init = cn_strip(init);
	if (!init || init->kind != CN_INITLIST || init->name ||
	    !clang_table_type(u->tu, d, &n, tag, sizeof(tag)))
		return;
	snprintf(field, sizeof(field), "table %s%s", d->name, d->is_static ? "/s" : "");
	snprintf(what, sizeof(what), "#%ld:%s", n, tag);
	fact_file_add_fstore(u->facts, field, what);
	for (i = 0, j = 0; j < init->nkids; j++) {
		struct cn *v = cn_strip(init->kids[j]);

		if (!v)
			continue;
		lo = hi = i;
		if (v->kind == CN_OTHER && v->nkids >= 2 && v->nkids <= 3 &&
		    cn_strip(v->kids[v->nkids - 1]) &&
		    cn_strip(v->kids[v->nkids - 1])->kind == CN_INITLIST) {
			/* [I] = or [A ... B] = */
			if (!clang_const(u->tu, v->kids[0], &c)) {
				fact_file_add_fstore(u->facts, field, "?");
				return;
			}
			lo = hi = (long)c;
			if (v->nkids == 3) {
				if (!clang_const(u->tu, v->kids[1], &c)) {
					fact_file_add_fstore(u->facts, field, "?");
					return;
				}
				hi = (long)c;
			}
			v = cn_strip(v->kids[v->nkids - 1]);
		}
		if (lo < 0 || hi >= n || hi - lo > n) {
			fact_file_add_fstore(u->facts, field, "?");
			return;
		}
		for (i = lo; i <= hi; i++)
			element(u, field, i, v);
	}
}
