/*
 * fresh.c - where in a function no call has run yet (fresh.h).
 *
 * A call is an IR_CALL event (a lock primitive stores nothing of the
 * caller's objects); a block is reached with a call behind it when one
 * of its predecessors is, or has one, along every edge the front end
 * made (taken or not).  A member flag atom is tested where no call has
 * run when every formula that names it is used there: a branch at the
 * end of a block, a case edge, a call's gfp choice (ir_event.sel) or
 * objects, and the blocks of an IRF_DEFS formula's definitions.  What a
 * function stores itself in the member is the front end's to rule out
 * (it makes no member atom of a member the function stores).
 */
#include <stdlib.h>

#include "facts.h"
#include "fresh.h"

/* does block @b have a call? */
static int has_call(const struct ir_func *ir, int b)
{
	int j;

	for (j = 0; j < ir->bb[b].nev; j++)
		if (ir->ev[ir->bb[b].ev[j]].kind == IR_CALL)
			return 1;
	return 0;
}

/* the guard bits of the atoms formula @f names, to a depth */
static unsigned atom_bits(const struct ir_func *ir, const struct fresh *fr, int f,
			  int depth, unsigned *bad)
{
	const struct ir_formula *n;
	unsigned r = 0;
	int i;

	if (f < 0 || f >= ir->nf)
		return 0;
	if (depth > 32)
		return ~0u;	/* deeper than any the front ends make */
	n = &ir->f[f];
	switch (n->kind) {
	case IRF_FLAG:
		return (1u << n->param) | atom_bits(ir, fr, n->a, depth + 1, bad);
	case IRF_NOT:
		return atom_bits(ir, fr, n->a, depth + 1, bad);
	case IRF_AND:
	case IRF_OR:
		return atom_bits(ir, fr, n->a, depth + 1, bad) |
		       atom_bits(ir, fr, n->b, depth + 1, bad);
	case IRF_SEL:
		return atom_bits(ir, fr, n->a, depth + 1, bad) |
		       atom_bits(ir, fr, n->b, depth + 1, bad) |
		       atom_bits(ir, fr, n->c, depth + 1, bad);
	case IRF_DEFS:
		/* each definition's formula holds where it ran */
		for (i = n->a; i < n->a + n->b && i < ir->ndefs; i++) {
			const struct ir_fdef *d = &ir->defs[i];
			unsigned x = atom_bits(ir, fr, d->f, depth + 1, bad);

			if (d->block < 0 || d->block >= ir->nbb || fr->called[d->block] ||
			    has_call(ir, d->block))
				*bad |= x;
			r |= x;
		}
		return r;
	default:
		return 0;
	}
}

/* formula @f is used at a point where a call may have run (@called) */
static void use(const struct ir_func *ir, struct fresh *fr, int f, int called,
		unsigned *bad)
{
	unsigned x = atom_bits(ir, fr, f, 0, bad);

	if (called)
		*bad |= x;
}

void fresh_compute(const struct ir_func *ir, struct fresh *fr)
{
	unsigned char *calls = sc_calloc(ir->nbb ? ir->nbb : 1, 1);
	unsigned bad = 0, member = 0;
	int b, j, k, changed = 1;

	fr->called = sc_calloc(ir->nbb ? ir->nbb : 1, 1);
	for (b = 0; b < ir->nbb; b++)
		calls[b] = (unsigned char)has_call(ir, b);
	while (changed) {
		changed = 0;
		for (b = 0; b < ir->nbb; b++) {
			if (!fr->called[b] && !calls[b])
				continue;
			for (j = 0; j < ir->bb[b].nsucc; j++) {
				int to = ir->bb[b].succ[j].to;

				if (!fr->called[to]) {
					fr->called[to] = 1;
					changed = 1;
				}
			}
		}
	}
	for (b = 0; b < ir->nbb; b++) {
		const struct ir_block *bb = &ir->bb[b];
		int end = fr->called[b] || calls[b], before = fr->called[b];

		if (bb->branch)
			use(ir, fr, bb->cond.f, end, &bad);
		for (j = 0; j < bb->nsucc; j++)
			use(ir, fr, bb->succ[j].f, end, &bad);
		for (j = 0; j < bb->nev; j++) {
			const struct ir_event *e = &ir->ev[bb->ev[j]];

			if (e->kind != IR_CALL)
				continue;
			if (e->sel)
				use(ir, fr, e->sel - 1, before, &bad);
			for (k = e->obj0; k < e->obj0 + e->nobj; k++)
				use(ir, fr, ir->objs[k].cond, before, &bad);
			before = 1;
		}
	}
	for (k = 0; k < ir->natoms; k++)
		if (ir->atoms[k].field[0] && !ir->atoms[k].sfield)
			member |= 1u << (IR_ATOM0 + k);
	fr->atoms = member & ~bad;
	free(calls);
}

void fresh_free(struct fresh *fr)
{
	free(fr->called);
	fr->called = NULL;
}

int fresh_event(const struct ir_func *ir, const struct fresh *fr, int ev)
{
	const struct ir_block *bb = &ir->bb[ir->ev[ev].block];
	int j;

	if (fr->called[ir->ev[ev].block])
		return 0;
	for (j = 0; j < bb->nev && bb->ev[j] != ev; j++)
		if (ir->ev[bb->ev[j]].kind == IR_CALL)
			return 0;
	return 1;
}
