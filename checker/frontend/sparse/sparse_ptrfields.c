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

static struct symbol *plain(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t;
}

/* the struct a pointer of type @t points to, or NULL */
static struct symbol *pointee_struct(struct symbol *t)
{
	t = plain(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = plain(t->ctype.base_type);
	return t && t->type == SYM_STRUCT ? t : NULL;
}
char *sc_loaded_ptr_field(struct symbol *fn, pseudo_t addr, long offset)
{
	struct symbol *st = NULL;
	struct instruction *def;
	int guard = 0;

	while (addr && addr->type == PSEUDO_REG && (def = addr->def) && guard++ < LIM_WALK) {
		if (def->opcode == OP_COPY) {
			addr = def->src;
		} else if (def->opcode == OP_ADD && def->src2 &&
			   def->src2->type == PSEUDO_VAL) {
			offset += (long)def->src2->value;
			addr = def->src1;
		} else {
			if (def->opcode == OP_LOAD || def->opcode == OP_CALL ||
			    def->opcode == OP_PTRCAST)
				st = pointee_struct(def->type);
			break;
		}
	}
	if (addr && addr->type == PSEUDO_ARG && addr->nr >= 1)
		st = pointee_struct(sc_param_type(fn, addr->nr - 1));
	else if (addr && addr->type == PSEUDO_SYM && addr->sym)
		st = plain(addr->sym);
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
	if (!e || e->type != EXPR_BINOP || e->op != '+' || !(want = pointee_struct(e->ctype)))
		return NULL;
	for (a = e; a && a->type == EXPR_BINOP && a->op == '+' && a->right &&
	     a->right->type == EXPR_VALUE && guard++ < 8; a = strip_casts(a->left))
		off += (long)a->right->value;
	if (!a || !(base = sc_address_struct(a)) || (base == want && off == 0))
		return NULL;
	m = sc_member_at(base, off, want, &holder, 0);
	if (!m || !holder)
		return NULL;
	snprintf(buf, sizeof(buf), "struct %s.%s", show_ident(holder->ident), show_ident(m->ident));
	return sc_tagged(buf) ? sc_strdup(buf) : NULL;
}
