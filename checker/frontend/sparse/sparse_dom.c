/*
 * sparse_dom.c - dominance questions the sparse lowering asks of a
 * linearized function: is a block reachable from the entry without
 * passing another (then that one does not dominate it)?  A walk per
 * question, marking blocks with their `generation`; bounded.
 */
#include <stdlib.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"

/* is @b reachable from the entry of @ep without the edge @d -> @t (@d
 * NULL: without passing block @t)?  1 yes, 0 no, -1 too far to say */
int sc_reach_without(struct entrypoint *ep, struct basic_block *d,
		     struct basic_block *t, struct basic_block *b)
{
	struct basic_block *bb, *child, **work;
	int found = 0, n = 0, cap = 0, steps = 0;

	FOR_EACH_PTR(ep->bbs, bb) {
		bb->generation = 0;
		cap++;
	} END_FOR_EACH_PTR(bb);
	bb = ep->entry ? ep->entry->bb : NULL;
	if (!bb || (!d && bb == t))
		return 0;
	/* each block goes on the stack once: the blocks, and the entry */
	work = sc_malloc((cap + 1) * sizeof(*work));
	bb->generation = 1;
	work[n++] = bb;
	while (!found && n > 0) {
		bb = work[--n];
		if (bb == b)
			found = 1;
		if (steps++ > LIM_WALK * 64)
			break;
		FOR_EACH_PTR(bb->children, child) {
			if ((!d || bb == d) && child == t)
				continue;
			if (child->generation || n > cap)
				continue;
			child->generation = 1;
			work[n++] = child;
		} END_FOR_EACH_PTR(child);
	}
	free(work);
	if (!found && steps > LIM_WALK * 64)
		return -1;
	return found;
}

/* is @b reachable from the entry of @ep without passing @s?  (too far to
 * say counts as reachable) */
int sc_reach_around(struct entrypoint *ep, struct basic_block *s,
		    struct basic_block *b)
{
	return sc_reach_without(ep, NULL, s, b) != 0;
}

int sc_dominates(struct entrypoint *ep, struct instruction *a, struct instruction *b)
{
	struct instruction *insn;

	if (a->bb != b->bb)
		return !sc_reach_around(ep, a->bb, b->bb);
	FOR_EACH_PTR(a->bb->insns, insn) {
		if (insn == a)
			return 1;
		if (insn == b)
			return 0;
	} END_FOR_EACH_PTR(insn);
	return 0;
}
