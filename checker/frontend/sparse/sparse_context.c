/*
 * sparse_context.c - the lock annotations of a called function, as the
 * sparse front end sees them under __CHECKER__.
 *
 * The kernel writes __acquires(x), __releases(x) and __must_hold(x) as
 * sparse context attributes (context(x, in, out)).  A call to a function
 * that releases or takes an atomic lock of its caller changes the
 * caller's atomic state after the call, which the caller's own code does
 * not show: the release happens in the callee, whose body may not be in
 * the database (or is, but facts are per function).  This file owns
 * reading those attributes at a direct call: the type of the annotated
 * expression, whose lock kind, and the IR events the call then implies
 * (placed after the call), analysis/lockctx.c decides for both front
 * ends.  Lock primitives named in rules/ are not read here, so no
 * acquire counts twice; inlined functions show their body instead.
 * libclang does not see these attributes (the macros are empty without
 * __CHECKER__): clang_context.c reads the macros' tokens instead.
 */
#include <stdio.h>
#include <string.h>

#include "ir.h"
#include "lockctx.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"

/* the parameter of function @fn named @name, or NULL: the parser reads
 * an attribute after the parameter list, where they are out of scope */
static struct symbol *param_named(struct symbol *fn, struct ident *name)
{
	struct symbol *t = fn, *p, *found = NULL;

	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	if (!t || t->type != SYM_FN || !name)
		return NULL;
	FOR_EACH_PTR(t->arguments, p) {
		if (p->ident == name)
			found = p;
	} END_FOR_EACH_PTR(p);
	return found;
}

/* the member of struct or union @s named @name, looked for in its
 * unnamed struct and union members too (struct lockref's lock, inside
 * an unnamed struct of an unnamed union: dentry->d_lock), or NULL */
static struct symbol *member_named(struct symbol *s, struct ident *name, int depth)
{
	struct symbol *m, *t, *found = NULL;

	while (s && s->type == SYM_NODE)
		s = s->ctype.base_type;
	if (!s || (s->type != SYM_STRUCT && s->type != SYM_UNION) || depth > 8)
		return NULL;
	FOR_EACH_PTR(s->symbol_list, m) {
		if (found)
			break;
		if (m->ident == name)
			found = m;
		else if (!m->ident && (t = member_named(m, name, depth + 1)))
			found = t;
	} END_FOR_EACH_PTR(m);
	return found;
}

/* the type of @e, a context expression of @fn the parser left
 * unevaluated: a global, a parameter, a member of one (a.b, a->b), its
 * address or what it points to */
static struct symbol *expr_type(struct symbol *fn, struct expression *e, int depth)
{
	struct symbol *t;

	if (!e || depth > 16)
		return NULL;
	switch (e->type) {
	case EXPR_SYMBOL:
		t = e->symbol ? e->symbol : param_named(fn, e->symbol_name);
		break;
	case EXPR_PREOP:
		t = expr_type(fn, e->unop, depth + 1);
		if (e->op == '&')
			return t;
		if (e->op != '*')
			return NULL;
		while (t && t->type == SYM_NODE)
			t = t->ctype.base_type;
		if (!t || t->type != SYM_PTR)
			return NULL;
		t = t->ctype.base_type;
		break;
	case EXPR_DEREF:
		t = member_named(expr_type(fn, e->deref, depth + 1), e->member, 0);
		break;
	default:
		return NULL;
	}
	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	return t;
}

/* the atomic kind the lock @e (annotating @fn) denotes, -1 for a struct
 * that is no atomic lock (a mutex), LOCKCTX_UNKNOWN for an expression
 * not typed here (analysis/lockctx.c decides from the struct's tag) */
static int context_kind(struct symbol *fn, struct expression *e)
{
	struct symbol *t, *m;
	const char *raw = NULL;

	if (!e)
		return LOCKCTX_UNKNOWN;
	if (e->type == EXPR_SYMBOL && !e->symbol && e->symbol_name &&
	    !param_named(fn, e->symbol_name))
		return lockctx_pseudo_kind(show_ident(e->symbol_name));
	/* &lock, the lock itself, or a pointer to it */
	if (e->type == EXPR_PREOP && e->op == '&')
		e = e->unop;
	t = expr_type(fn, e, 0);
	while (t && t->type == SYM_PTR) {
		t = t->ctype.base_type;
		while (t && t->type == SYM_NODE)
			t = t->ctype.base_type;
	}
	if (!t || t->type != SYM_STRUCT)
		return t && t->type == SYM_UNION ? -1 : LOCKCTX_UNKNOWN;
	if (t->ident)
		return lockctx_struct_kind(show_ident(t->ident), NULL);
	FOR_EACH_PTR(t->symbol_list, m) {
		struct symbol *mt = m->ctype.base_type;

		while (mt && mt->type == SYM_NODE)
			mt = mt->ctype.base_type;
		if (m->ident && !strcmp(show_ident(m->ident), "raw_lock") &&
		    mt && mt->type == SYM_STRUCT && mt->ident)
			raw = show_ident(mt->ident);
	} END_FOR_EACH_PTR(m);
	return lockctx_struct_kind(NULL, raw);
}

/* pointer value @p through copies, pointer casts and constant offsets
 * (`&p->lock` is p) */
static pseudo_t strip_offsets(pseudo_t p)
{
	struct instruction *def;
	int guard = 0;

	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < 8) {
		if (def->opcode == OP_ADD && def->src2 && def->src2->type == PSEUDO_VAL)
			p = def->src1;
		else if (def->opcode == OP_COPY || def->opcode == OP_PTRCAST)
			p = def->src;
		else
			break;
	}
	return p;
}

const void *sc_value_key(struct ir_func *ir, pseudo_t p, int *made)
{
	char buf[48];

	p = strip_offsets(p);
	if (!p || (p->type != PSEUDO_REG && p->type != PSEUDO_ARG))
		return NULL;
	if (made)
		*made = p->type == PSEUDO_REG && p->def && p->def->bb ?
			(int)(long)p->def->bb->priv : -1;
	snprintf(buf, sizeof(buf), "val %p", (void *)p);
	return ir_key(ir, buf);
}

int sc_object_addr(pseudo_t p)
{
	p = strip_offsets(p);
	return p && p->type == PSEUDO_SYM && p->sym;
}

/* the argument of call @insn that the context expression @e of its
 * callee @fn names the lock by (`lock` of `__acquires(lock)`, `p` of
 * `__releases(&p->lock)`), or NULL */
static pseudo_t context_arg(struct symbol *fn, struct instruction *insn,
			    struct expression *e)
{
	struct symbol *param, *t = fn, *q;
	pseudo_t arg;
	int depth, i = 0, k = -1;

	for (depth = 0; e && depth < 8; depth++) {
		if (e->type == EXPR_PREOP && (e->op == '&' || e->op == '*'))
			e = e->unop;
		else if (e->type == EXPR_DEREF)
			e = e->deref;
		else
			break;
	}
	if (!e || e->type != EXPR_SYMBOL || e->symbol ||
	    !(param = param_named(fn, e->symbol_name)))
		return NULL;
	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	FOR_EACH_PTR(t->arguments, q) {
		if (q == param)
			k = i;
		i++;
	} END_FOR_EACH_PTR(q);
	i = 0;
	FOR_EACH_PTR(insn->arguments, arg) {
		if (i++ == k)
			return arg;
	} END_FOR_EACH_PTR(arg);
	return NULL;
}

int sc_call_contexts(struct ir_func *ir, struct instruction *insn)
{
	struct symbol *fn;
	struct context *c;
	int n = 0, partial = 0;

	if (insn->opcode != OP_CALL || !insn->func || insn->func->type != PSEUDO_SYM)
		return 0;
	fn = insn->func->sym;
	FOR_EACH_PTR(fn->ctype.contexts, c) {
		partial |= lockctx_partial((int)c->in, (int)c->out,
					   context_kind(fn, c->context));
	} END_FOR_EACH_PTR(c);
	FOR_EACH_PTR(fn->ctype.contexts, c) {
		int kind;

		if ((int)c->in < 0 || (int)c->out < 0 || c->in == c->out)
			continue;
		kind = context_kind(fn, c->context);
		if (kind < 0)
			continue;
		n += lockctx_call(ir, (int)(long)insn->bb->priv, (int)c->in, (int)c->out,
				  kind, partial, show_ident(fn->ident),
				  kind == AK_RCU ? NULL :
				  sc_value_key(ir, context_arg(fn, insn, c->context), NULL),
				  insn->pos.line, insn->pos.pos);
	} END_FOR_EACH_PTR(c);
	return n;
}

int sc_must_hold(struct ir_func *ir, struct symbol *fn, int block)
{
	struct context *c;
	int n = 0;

	FOR_EACH_PTR(fn->ctype.contexts, c) {
		if ((int)c->in < 1 || (int)c->out < 1)
			continue;
		n += lockctx_must_hold(ir, block, (int)c->in, (int)c->out,
				       context_kind(fn, c->context),
				       fn->pos.line, fn->pos.pos);
	} END_FOR_EACH_PTR(c);
	return n;
}
