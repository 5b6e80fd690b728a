/*
 * unless.c - a store a function makes only where a pointer member did
 * not hold a global object's address (unless.h).
 *
 * The atom is an address atom (ATOM_ADDR: `p->F == &G`, the front end
 * makes it only of a read no store of F through p reaches) tested only
 * where no call has run (fresh.c): what it reads is F as the caller
 * left it.  A block is guarded by it when every path from the entry to
 * the block takes an edge whose branch condition says the atom is false
 * there: the condition's formula, true or false as the edge, implies
 * the atom's being clear (a formula not understood implies nothing, so
 * the edge is taken as open).  A store in such a block runs only where
 * F was not &G on entry: where the caller left &G there, the function's
 * own stores of F never run.
 */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "fresh.h"
#include "unless.h"

/* does formula @f, being @sense, imply that guard bit @bit is clear? */
static int implies_clear(const struct ir_func *ir, int f, int sense, int bit,
			 int depth)
{
	const struct ir_formula *n;

	if (f < 0 || f >= ir->nf || depth > 32)
		return 0;
	n = &ir->f[f];
	switch (n->kind) {
	case IRF_FLAG:
		return n->param == bit && !sense;
	case IRF_NOT:
		return implies_clear(ir, n->a, !sense, bit, depth + 1);
	case IRF_AND:
		/* true: both are; false: one of them is, either */
		if (sense)
			return implies_clear(ir, n->a, 1, bit, depth + 1) ||
			       implies_clear(ir, n->b, 1, bit, depth + 1);
		return implies_clear(ir, n->a, 0, bit, depth + 1) &&
		       implies_clear(ir, n->b, 0, bit, depth + 1);
	case IRF_OR:
		if (sense)
			return implies_clear(ir, n->a, 1, bit, depth + 1) &&
			       implies_clear(ir, n->b, 1, bit, depth + 1);
		return implies_clear(ir, n->a, 0, bit, depth + 1) ||
		       implies_clear(ir, n->b, 0, bit, depth + 1);
	default:
		return 0;
	}
}

/* is edge @e of block @b closed: taken only where guard bit @bit is
 * clear? */
static int closed(const struct ir_func *ir, int b, const struct ir_edge *e, int bit)
{
	const struct ir_block *bb = &ir->bb[b];

	if (e->dead)
		return 1;
	if (e->f >= 0 && implies_clear(ir, e->f, 1, bit, 0))
		return 1;
	return bb->branch && bb->cond.konst < 0 && e->side >= 0 &&
	       implies_clear(ir, bb->cond.f, e->side, bit, 0);
}

/* is block @to reached from the entry through open edges only? */
static int reached(const struct ir_func *ir, int to, int bit)
{
	unsigned char *seen = calloc((size_t)ir->nbb + 1, 1);
	int *work = malloc(((size_t)ir->nbb + 1) * sizeof(*work));
	int n = 0, b, i, found = 0;

	if (!seen || !work) {
		free(seen);
		free(work);
		return 1;
	}
	work[n++] = ir->entry;
	seen[ir->entry] = 1;
	while (n > 0 && !found) {
		b = work[--n];
		if (b == to) {
			found = 1;
			break;
		}
		for (i = 0; i < ir->bb[b].nsucc; i++) {
			const struct ir_edge *e = &ir->bb[b].succ[i];

			if (e->to < 0 || e->to >= ir->nbb || seen[e->to] ||
			    closed(ir, b, e, bit))
				continue;
			seen[e->to] = 1;
			work[n++] = e->to;
		}
	}
	free(seen);
	free(work);
	return found;
}

unsigned long long ir_store_unless(const struct ir_func *ir, int param,
				   const char *field, int block)
{
	struct fresh fr;
	unsigned long long v = 0;
	int i;

	if (block < 0 || block >= ir->nbb || ir->entry < 0 || ir->entry >= ir->nbb)
		return 0;
	for (i = 0; i < ir->natoms && !v; i++) {
		const struct ir_atom *a = &ir->atoms[i];

		if (!(a->eq & ATOM_ADDR) || a->param != param || strcmp(a->field, field))
			continue;
		fresh_compute(ir, &fr);
		if ((fr.atoms & (1u << (IR_ATOM0 + i))) &&
		    !reached(ir, block, IR_ATOM0 + i))
			v = a->mask;
		fresh_free(&fr);
	}
	return v;
}
