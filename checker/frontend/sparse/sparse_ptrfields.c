/*
 * sparse_ptrfields.c - pointer members that hold the address of a struct
 * member, as the libsparse lowering sees them: the pointer field a
 * call's argument is read from (facts.h vals J=>struct T.P, for
 * sparse_fields.c) and the member whose address a store puts there
 * ("=&struct T.M" fstore records, for sparse_fstores.c); the libclang
 * lowering names both from its tree (clang_fields.c, clang_fstores.c).
 * The solver follows them to the gfp flags of a radix tree inside
 * another struct (fieldsets.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"

char *sc_loaded_ptr_field(struct symbol *fn, pseudo_t addr, long offset)
{
	struct symbol *st = sc_load_base(fn, addr, &offset);

	return st ? sc_ptr_field_at(st, offset) : NULL;
}

static struct expression *strip_casts(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST))
		e = e->cast_expression;
	return e;
}

char *sc_struct_member_address(struct expression *e)
{
	struct symbol *want, *base, *holder = NULL, *m;
	struct expression *a;
	long off = 0;
	int guard = 0;
	char buf[600];

	e = strip_casts(e);
	if (!e || e->type != EXPR_BINOP || e->op != '+' || !(want = sc_pointee_struct(e->ctype)))
		return NULL;
	for (a = e; a && a->type == EXPR_BINOP && a->op == '+' && a->right &&
	     a->right->type == EXPR_VALUE && guard++ < 8; a = strip_casts(a->left))
		off += (long)a->right->value;
	if (!a || !(base = sc_address_struct(a)) || (base == want && off == 0))
		return NULL;
	m = sc_member_at(base, off, want, &holder, 0);
	if (!m || !holder)
		return NULL;
	snprintf(buf, sizeof(buf), "struct %.*s.%.*s", holder->ident->len, holder->ident->name,
		 m->ident->len, m->ident->name);
	return sc_tagged(buf) ? sc_strdup(buf) : NULL;
}
