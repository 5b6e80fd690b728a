/*
 * sparse_sibling.c - sibling fields of a function pointer's struct, in
 * sparse's linearized code (ir.h struct ir_sib).
 *
 * `switch (nc->type) { case NFNL_CB_RCU: nc->call(...); }` calls through
 * field call of the pointer value nc only where its sibling field type
 * holds NFNL_CB_RCU.  Both are loads through one pseudo: this file names
 * the integer member a load reads ("struct nfnl_callback.type") and the
 * value of the pointer and the offset of that member's struct in what it
 * points to, which is the key (ir_key()) a call through a member of the
 * same struct object has too.  A member is named by the innermost named
 * struct holding it, as sparse_pointers.c names a call's via.  The
 * same walk names the parameter an indirect call loads its function
 * from when the pointer is the parameter itself (sc_param_call(): facts.h
 * fact_obj_param()).
 * Bitfields (read with shifts and masks) and volatile loads are not
 * taken.
 */
#include <stdio.h>
#include <string.h>

#include "sparse_frontend.h"
#include "ir_limits.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"

static int is_struct(struct symbol *t)
{
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION);
}

/* the struct or union pointer value @p points to, or NULL */
static struct symbol *pointee(struct symbol *fn, pseudo_t p)
{
	struct symbol *t = NULL;
	struct instruction *def;

	if (!p)
		return NULL;
	if (p->type == PSEUDO_ARG && p->nr >= 1)
		t = sc_param_type(fn, p->nr - 1);
	else if (p->type == PSEUDO_REG && (def = p->def))
		t = def->type;
	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = sc_strip_node(t->ctype.base_type);
	return is_struct(t) ? t : NULL;
}

struct found {
	struct symbol *m;
	struct symbol *holder;	/* the innermost named struct holding m */
	long base;		/* its offset in what the pointer points to */
};

/*
 * The member of @st at byte @off (@st itself at @at) that @want accepts,
 * searched through struct members; @named: the innermost named struct
 * around, at @nbase.
 */
static int member_at(struct symbol *st, long off, long at, struct symbol *named,
		     long nbase, int (*want)(struct symbol *m, const void *arg),
		     const void *arg, struct found *f, int depth)
{
	struct symbol *m;

	if (depth > LIM_TYPE_CHAIN || !is_struct(st))
		return 0;
	if (st->ident) {
		named = st;
		nbase = at;
	}
	FOR_EACH_PTR(st->symbol_list, m) {
		struct symbol *mt = sc_strip_node(m);
		long start = at + (long)m->offset;

		if (!mt)
			continue;
		if (start == off && named && want(m, arg)) {
			f->m = m;
			f->holder = named;
			f->base = nbase;
			return 1;
		}
		if (is_struct(mt) && off >= start && off < start + (long)(mt->bit_size / 8) &&
		    member_at(mt, off, start, named, nbase, want, arg, f, depth + 1))
			return 1;
	} END_FOR_EACH_PTR(m);
	return 0;
}

/* an integer member (not a bitfield, not gfp flags) read whole by a
 * load of @arg bits */
static int want_integer(struct symbol *m, const void *arg)
{
	struct symbol *t = sc_strip_node(m);

	return m->ident && sc_is_integer(m) && t && t->bit_size == *(const int *)arg;
}

/* the pointer member named @arg */
static int want_named(struct symbol *m, const void *arg)
{
	return sc_ident_is(m->ident, arg);
}

static const char *tag_of(struct symbol *st, char *buf, size_t size)
{
	snprintf(buf, size, "%s %.*s", st->type == SYM_UNION ? "union" : "struct",
		 SC_IDENT_ARGS(st->ident));
	return buf;
}

static const void *ptr_key(struct ir_func *ir, pseudo_t p, long base)
{
	char buf[64];
	size_t n = 0;

	/* "sib %p+%ld" */
	sc_cat(buf, sizeof(buf), &n, "sib ", 4);
	sc_cat_ptr(buf, sizeof(buf), &n, p);
	sc_cat(buf, sizeof(buf), &n, "+", 1);
	sc_cat_ll(buf, sizeof(buf), &n, base);
	return ir_key(ir, buf);
}

/* @v as a member of type @t holds it (bool: 0 or 1) */
static long long as_member(struct symbol *t, long long v)
{
	int bits = t ? t->bit_size : 0;

	while (t && t->type == SYM_ENUM)
		t = sc_strip_node(t->ctype.base_type);
	return fact_int_as(v, bits, t && !(t->ctype.modifiers & MOD_UNSIGNED));
}

long long sc_member_value(struct symbol *member, long long v)
{
	return as_member(sc_strip_node(member), v);
}

int sc_sib_atom(struct ir_func *ir, struct symbol *fn, pseudo_t x, long long v)
{
	struct instruction *def;
	struct found f;
	char field[600], tag[500];
	int bits;

	if (v < 0 || v > 0x7fffffffLL)
		return -1;
	x = sc_strip_ext(x, 0);
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    def->is_volatile || !def->src)
		return -1;
	bits = def->size;
	if (!member_at(pointee(fn, def->src), (long)def->offset, 0, NULL, 0,
		       want_integer, &bits, &f, 0))
		return -1;
	if (as_member(sc_strip_node(f.m), v) != v)
		return -1;	/* never equal: says nothing */
	snprintf(field, sizeof(field), "%s.%.*s", tag_of(f.holder, tag, sizeof(tag)),
		 SC_IDENT_ARGS(f.m->ident));
	return ir_sib(ir, ptr_key(ir, def->src, f.base), field, v);
}

/* @p past the copies and pointer casts that keep its value */
static pseudo_t same_value(pseudo_t p)
{
	struct instruction *def;
	int guard = 0;

	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK &&
	       (def->opcode == OP_COPY || def->opcode == OP_PTRCAST))
		p = def->src;
	return p;
}

const void *sc_sib_call(struct ir_func *ir, struct symbol *fn, struct instruction *call,
			const char *via)
{
	const char *dot = via ? strrchr(via, '.') : NULL;
	struct instruction *def;
	pseudo_t x = same_value(call->func);
	struct found f;
	char tag[500];

	if (!dot)
		return NULL;
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    def->is_volatile || !def->src)
		return NULL;
	if (!member_at(pointee(fn, def->src), (long)def->offset, 0, NULL, 0,
		       want_named, dot + 1, &f, 0))
		return NULL;
	tag_of(f.holder, tag, sizeof(tag));
	if (strlen(tag) != (size_t)(dot - via) || strncmp(tag, via, dot - via))
		return NULL;
	return ptr_key(ir, def->src, f.base);
}

int sc_param_call(struct symbol *fn, struct instruction *call, const char *via)
{
	const char *dot = via ? strrchr(via, '.') : NULL;
	struct instruction *def;
	struct symbol *st, *m;
	pseudo_t x = same_value(call->func);
	char tag[500];
	int found = 0;

	if (!dot)
		return -1;
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    def->is_volatile || !def->src || def->src->type != PSEUDO_ARG ||
	    def->src->nr < 1)
		return -1;
	st = pointee(fn, def->src);
	if (!st || !st->ident || st->type != SYM_STRUCT)
		return -1;
	tag_of(st, tag, sizeof(tag));
	if (strlen(tag) != (size_t)(dot - via) || strncmp(tag, via, dot - via))
		return -1;
	/* a member of the parameter's own struct, not of one inside it */
	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident && (long)m->offset == (long)def->offset &&
		    sc_ident_is(m->ident, dot + 1))
			found = 1;
	} END_FOR_EACH_PTR(m);
	return found ? def->src->nr - 1 : -1;
}

int sc_receiver_arg(struct instruction *call)
{
	struct instruction *fload, *oload, *insn;
	pseudo_t x = same_value(call->func), r, arg;
	int j = 0, seen = 0;

	/* the function loaded from the ops struct, the ops struct loaded
	 * from the object r */
	if (!x || x->type != PSEUDO_REG || !(fload = x->def) || fload->opcode != OP_LOAD ||
	    fload->is_volatile || !(x = same_value(fload->src)) || x->type != PSEUDO_REG ||
	    !(oload = x->def) || oload->opcode != OP_LOAD || oload->is_volatile ||
	    !(r = same_value(oload->src)))
		return -1;
	/* nothing that may store runs between that load and the call in
	 * the call's block (a load sparse took from a block before it,
	 * as for `if (p->ops->f) p->ops->f(p)`, is one its memops found
	 * nothing stores into between) */
	FOR_EACH_PTR_REVERSE(call->bb->insns, insn) {
		if (!seen) {
			seen = insn == call;
			continue;
		}
		if (insn == oload)
			break;
		if (!insn->bb)
			continue;
		if (insn->opcode == OP_CALL || insn->opcode == OP_STORE ||
		    insn->opcode == OP_ASM)
			return -1;
	} END_FOR_EACH_PTR_REVERSE(insn);
	FOR_EACH_PTR(call->arguments, arg) {
		if (same_value(arg) == r)
			return j;
		j++;
	} END_FOR_EACH_PTR(arg);
	return -1;
}
