/*
 * sparse_refs.c - puts that are never the last reference, as the sparse
 * front end sees them: scsi_device_get() takes `get_device(&sdev->
 * sdev_gendev)` and, when try_module_get() fails, drops it again with
 * put_device() (drivers/scsi/scsi.c:601-611); that put only undoes the
 * get, so kobject_release() and what it calls do not run there.  A call
 * of a `ref-put` function (rules/kernel-refcount.rules) is paired when a
 * call of a `ref-get` function on the same object runs before it on
 * every path, and the function has no other put of that object; the
 * lowering writes "J=%" in its vals and the call graph leaves it out.
 * One object: one SSA value plus one constant offset.
 *
 * A function of the file whose body is only one such call, on a
 * parameter or on the address of a member of what a parameter points to,
 * is itself a get or a put of that object (a wrapper): kick_hub_wq()'s
 * hub_get(hub) and hub_put(hub) are kref_get(&hub->kref) and
 * kref_put(&hub->kref, hub_release) (drivers/usb/core/hub.c:702-709,
 * 1768-1776).  Its call is left out whole, which is sound only because
 * the put is all it does.
 */
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "expression.h"
#include "symbol.h"

/* @p through copies and pointer casts */
static pseudo_t plain(pseudo_t p)
{
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK &&
	       (p->def->opcode == OP_COPY || p->def->opcode == OP_PTRCAST))
		p = p->def->src;
	return p;
}

/* @p as a value and a constant byte offset from it */
static pseudo_t split(pseudo_t p, long *off)
{
	p = plain(p);
	*off = 0;
	if (p && p->type == PSEUDO_REG && p->def && p->def->opcode == OP_ADD &&
	    p->def->src2->type == PSEUDO_VAL) {
		*off = (long)p->def->src2->value;
		p = plain(p->def->src1);
	}
	return p;
}

/* argument @j of call @insn, or NULL */
static pseudo_t argument(struct instruction *insn, int j)
{
	pseudo_t arg;

	FOR_EACH_PTR(insn->arguments, arg) {
		if (j-- == 0)
			return arg;
	} END_FOR_EACH_PTR(arg);
	return NULL;
}

/* a get or put: which argument, and the object's offset from it */
struct ref {
	int arg, put;
	long off;
};

static int ref_named(struct sc_unit *unit, const struct ident *name, struct ref *ref)
{
	const struct ref_rule *r = rules_ref(unit->rules, sc_ident(name));
	int i;

	if (r) {
		ref->arg = r->arg;
		ref->put = r->put;
		ref->off = 0;
		return 1;
	}
	for (i = 0; i < unit->nrefwraps; i++) {
		if (unit->refwraps[i].name == name) {
			ref->arg = unit->refwraps[i].arg;
			ref->put = unit->refwraps[i].put;
			ref->off = unit->refwraps[i].off;
			return 1;
		}
	}
	return 0;
}

static int ref_of(struct sc_unit *unit, struct instruction *insn, struct ref *ref)
{
	if (insn->opcode != OP_CALL || !insn->func || insn->func->type != PSEUDO_SYM ||
	    !insn->func->sym || !insn->func->sym->ident)
		return 0;
	return ref_named(unit, insn->func->sym->ident, ref);
}

int sc_ref_paired(struct sc_unit *unit, struct entrypoint *ep,
		  struct instruction *put, int j)
{
	struct ref r, o;
	struct basic_block *bb;
	struct instruction *insn;
	pseudo_t obj, p;
	long off, poff;
	int got = 0;

	if (!ref_of(unit, put, &r) || !r.put || r.arg != j ||
	    !(obj = argument(put, j)) || obj->type == PSEUDO_VAL ||
	    !(obj = split(obj, &off)))
		return 0;
	off += r.off;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn == put || !ref_of(unit, insn, &o) ||
			    (p = split(argument(insn, o.arg), &poff)) != obj ||
			    poff + o.off != off)
				continue;
			if (o.put)
				return 0;	/* another put of it */
			if (sc_dominates(ep, insn, put))
				got = 1;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return got;
}

/* @e through casts */
static struct expression *uncast(struct expression *e)
{
	int guard = 0;

	while (e && (e->type == EXPR_CAST || e->type == EXPR_IMPLIED_CAST ||
		     e->type == EXPR_FORCE_CAST) && guard++ < LIM_WALK)
		e = e->cast_expression;
	return e;
}

/* the function call @e names directly, or NULL */
static const struct ident *callee(struct expression *e)
{
	struct expression *fn = uncast(e->fn);
	struct symbol *type;

	if (fn && fn->type == EXPR_PREOP && fn->op == '*')
		fn = uncast(fn->unop);
	if (!fn || fn->type != EXPR_SYMBOL || !fn->symbol || !fn->symbol->ident)
		return NULL;
	type = fn->symbol->ctype.base_type;
	return type && type->type == SYM_FN ? fn->symbol->ident : NULL;
}

/* the parameter of @type @e is (`p`), or whose pointed-to member's
 * address it is (`&p->m`: p plus m's offset, *@off), from 0; -1 else */
static int param_at(struct symbol *type, struct expression *e, long *off)
{
	struct symbol *param;
	int k = 0, guard = 0;

	*off = 0;
	e = uncast(e);
	while (e && e->type == EXPR_BINOP && e->op == '+' && e->right &&
	       e->right->type == EXPR_VALUE && guard++ < LIM_WALK) {
		*off += (long)e->right->value;
		e = uncast(e->left);
	}
	if (!e || e->type != EXPR_PREOP || e->op != '*' || !e->unop ||
	    e->unop->type != EXPR_SYMBOL)
		return -1;
	FOR_EACH_PTR(type->arguments, param) {
		if (param == e->unop->symbol)
			return is_ptr_type(param->ctype.base_type) ? k : -1;
		k++;
	} END_FOR_EACH_PTR(param);
	return -1;
}

/* the one call @body is (`f(...);` or `return f(...);`), or NULL */
static struct expression *only_call(struct statement *body)
{
	struct statement *s;
	struct expression *e = NULL;

	if (!body || body->type != STMT_COMPOUND ||
	    ptr_list_size((struct ptr_list *)body->stmts) != 1)
		return NULL;
	s = first_ptr_list((struct ptr_list *)body->stmts);
	if (s && s->type == STMT_EXPRESSION)
		e = s->expression;
	else if (s && s->type == STMT_RETURN)
		e = s->ret_value;
	e = uncast(e);
	return e && e->type == EXPR_CALL ? e : NULL;
}

/* is @sym a wrapper: 1 and *@w */
static int wrapper(struct sc_unit *unit, struct symbol *sym, struct sc_refwrap *w)
{
	struct symbol *type = sym->ctype.base_type;
	struct expression *call, *arg;
	struct ref in;
	const struct ident *name;
	int j = 0, k = -1;
	long off = 0;

	if (sym->type != SYM_NODE || !sym->ident || !type || type->type != SYM_FN ||
	    !(call = only_call(type->stmt)) || !(name = callee(call)) ||
	    !ref_named(unit, name, &in))
		return 0;
	FOR_EACH_PTR(call->args, arg) {
		if (j++ == in.arg)
			k = param_at(type, arg, &off);
	} END_FOR_EACH_PTR(arg);
	if (k < 0)
		return 0;
	w->name = sym->ident;
	w->arg = k;
	w->put = in.put;
	w->off = off + in.off;
	return 1;
}

void sc_ref_wrappers(struct sc_unit *unit, struct symbol_list *list)
{
	struct symbol *sym;
	struct sc_refwrap w;
	struct ref seen;
	int round, found = 1;

	/* a wrapper of a wrapper defined before or after it */
	for (round = 0; round < 3 && found; round++) {
		found = 0;
		FOR_EACH_PTR(list, sym) {
			if (!sym->ident || ref_named(unit, sym->ident, &seen) ||
			    !wrapper(unit, sym, &w))
				continue;
			if (unit->nrefwraps == unit->refwraps_cap) {
				unit->refwraps_cap = unit->refwraps_cap ?
						     2 * unit->refwraps_cap : 8;
				unit->refwraps = sc_realloc(unit->refwraps,
							    unit->refwraps_cap *
							    sizeof(*unit->refwraps));
			}
			unit->refwraps[unit->nrefwraps++] = w;
			found = 1;
		} END_FOR_EACH_PTR(sym);
	}
}
