/*
 * sparse_refs.c - puts that are never the last reference, as the sparse
 * front end sees them: scsi_device_get() takes `get_device(&sdev->
 * sdev_gendev)` and, when try_module_get() fails, drops it again with
 * put_device() (drivers/scsi/scsi.c:601-611); that put only undoes the
 * get, so kobject_release() and what it calls do not run there.  A call
 * of a `ref-put` function (rules/kernel-refcount.rules) is paired when a
 * call of a `ref-get` function on the same value (one SSA value, or the
 * same member offset of one) runs before it on every path, and the
 * function has no other put of that value; the lowering writes "J=%" in
 * its vals and the call graph leaves it out.
 */
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
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

/* one value: the same pseudo, or the same constant offset from one */
static int same_object(pseudo_t a, pseudo_t b)
{
	a = plain(a);
	b = plain(b);
	if (a == b)
		return a != NULL;
	if (!a || !b || a->type != PSEUDO_REG || b->type != PSEUDO_REG ||
	    !a->def || !b->def || a->def->opcode != OP_ADD || b->def->opcode != OP_ADD)
		return 0;
	return plain(a->def->src1) == plain(b->def->src1) &&
	       a->def->src2->type == PSEUDO_VAL && b->def->src2->type == PSEUDO_VAL &&
	       a->def->src2->value == b->def->src2->value;
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

static const struct ref_rule *ref_of(struct sc_unit *unit, struct instruction *insn)
{
	if (insn->opcode != OP_CALL || !insn->func || insn->func->type != PSEUDO_SYM ||
	    !insn->func->sym || !insn->func->sym->ident)
		return NULL;
	return rules_ref(unit->rules, sc_ident(insn->func->sym->ident));
}

int sc_ref_paired(struct sc_unit *unit, struct entrypoint *ep,
		  struct instruction *put, int j)
{
	const struct ref_rule *r = ref_of(unit, put), *o;
	struct basic_block *bb;
	struct instruction *insn;
	pseudo_t obj;
	int got = 0;

	if (!r || !r->put || r->arg != j || !(obj = argument(put, j)) ||
	    obj->type == PSEUDO_VAL)
		return 0;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn == put || !(o = ref_of(unit, insn)) ||
			    !same_object(argument(insn, o->arg), obj))
				continue;
			if (o->put)
				return 0;	/* another put of it */
			if (sc_dominates(ep, insn, put))
				got = 1;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return got;
}
