/*
 * sparse_guard.c - which gfp parameters a block's execution depends on.
 *
 * A branch on gfpflags_allow_blocking(gfp), on `gfp & __GFP_DIRECT_RECLAIM`,
 * on a local variable assigned from either, or on `!`, `&&`, `||` and
 * `?:` built from them, tells each side something about the caller's
 * gfp: on one side it allows blocking, on the other it does not.  This
 * is a forward must-analysis over the blocks: a block's guard is what
 * holds on every path into it (the intersection over its predecessors).
 * The guard is stored with each call, so the solver can decide, for each
 * caller's gfp class, which calls a function really makes: one database
 * serves every caller.  A branch on a constant sparse left unfolded
 * (IS_ENABLED() through a variable) has one dead side: blocks reached
 * only through dead edges keep `set` 0 and their calls are not facts.
 */
#include "sparse_frontend.h"

#include "linearize.h"

static void implied(struct sc_unit *u, pseudo_t p, int truth, unsigned *blk,
		    unsigned *nblk, int depth);

void sc_implied(struct sc_unit *u, pseudo_t p, int truth, unsigned *blk,
		unsigned *nblk)
{
	implied(u, p, truth, blk, nblk, 0);
}

/* what @p being @truth implies about gfp parameters */
static void implied(struct sc_unit *u, pseudo_t p, int truth, unsigned *blk,
		    unsigned *nblk, int depth)
{
	struct instruction *def;
	pseudo_t x = NULL;
	long long c = 0;

	if (!p || p->type != PSEUDO_REG || !(def = p->def) || depth > 16)
		return;
	switch (def->opcode) {
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		implied(u, def->src, truth, blk, nblk, depth + 1);
		return;
	case OP_CALL: {
		/* a test rules/ says is true only when the function's gfp
		 * allows blocking (not inlined: keep_tests() in sparse_frontend.c) */
		const struct rule *r = NULL;

		if (def->func && def->func->type == PSEUDO_SYM && def->func->sym->ident)
			r = rules_lookup(u->rules, show_ident(def->func->sym->ident));
		if (truth && r && r->kind == RULE_IMPLIES_BLOCKING)
			*blk |= u->gfp_params;
		return;
	}
	case OP_SET_NE:
	case OP_SET_EQ:
		if (def->src2->type != PSEUDO_VAL || def->src2->value != 0)
			return;
		implied(u, def->src1, def->opcode == OP_SET_NE ? truth : !truth,
			blk, nblk, depth + 1);
		return;
	case OP_AND:
		if (def->src2->type == PSEUDO_VAL) {
			x = def->src1;
			c = def->src2->value;
		} else if (def->src1->type == PSEUDO_VAL) {
			x = def->src2;
			c = def->src1->value;
		}
		if (x && u->have_mask && (c & u->gfp_blocking_mask)) {
			char cls = sc_gfp_class(u, x);

			if (!GFP_IS_PARAM(cls))
				return;
			/* x & c == 0: x lacks every bit of c, the blocking one too */
			if (!truth)
				*nblk |= 1u << GFP_PARAM_NR(cls);
			else if (!(c & ~u->gfp_blocking_mask))
				*blk |= 1u << GFP_PARAM_NR(cls);
			return;
		}
		/* a && b on booleans: both hold when it is true */
		if (truth) {
			implied(u, def->src1, 1, blk, nblk, depth + 1);
			implied(u, def->src2, 1, blk, nblk, depth + 1);
		}
		return;
	case OP_OR:
		/* a || b: both fail when it is false */
		if (!truth) {
			implied(u, def->src1, 0, blk, nblk, depth + 1);
			implied(u, def->src2, 0, blk, nblk, depth + 1);
		}
		return;
	case OP_SEL:
		/* c ? x : 0 is c && x; c ? 1 : 0 is c */
		if (is_zero(def->src3)) {
			if (truth) {
				implied(u, def->src1, 1, blk, nblk, depth + 1);
				implied(u, def->src2, 1, blk, nblk, depth + 1);
			} else if (is_nonzero(def->src2)) {
				implied(u, def->src1, 0, blk, nblk, depth + 1);
			}
		} else if (is_zero(def->src2)) {
			/* c ? 0 : y is !c && y */
			if (truth) {
				implied(u, def->src1, 0, blk, nblk, depth + 1);
				implied(u, def->src3, 1, blk, nblk, depth + 1);
			} else if (is_nonzero(def->src3)) {
				implied(u, def->src1, 1, blk, nblk, depth + 1);
			}
		}
		return;
	default:
		return;
	}
}

/*
 * The constant value of @p, if it has one that sparse did not fold:
 * `bool remap = false; if (!coherent) remap = IS_ENABLED(X);` leaves a
 * phi of two zeros.  Returns 1 and sets *v when constant.
 */
static int const_value(pseudo_t p, long long *v, int depth)
{
	struct instruction *def;
	pseudo_t phi;
	int have = 0;

	if (!p || depth > 8)
		return 0;
	if (p->type == PSEUDO_VAL) {
		*v = p->value;
		return 1;
	}
	if (p->type == PSEUDO_PHI && p->def && p->def->opcode == OP_PHISOURCE)
		return const_value(p->def->phi_src, v, depth + 1);
	if (p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	switch (def->opcode) {
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		return const_value(def->src, v, depth + 1);
	case OP_PHI:
		FOR_EACH_PTR(def->phi_list, phi) {
			long long x;

			if (phi == VOID)
				continue;
			if (!const_value(phi, &x, depth + 1) || (have && x != *v))
				return 0;
			*v = x;
			have = 1;
		} END_FOR_EACH_PTR(phi);
		return have;
	default:
		return 0;
	}
}

/* returns 0 when the edge from @bb to @child cannot be taken */
static int edge_guard(struct sc_unit *u, struct basic_block *bb,
		      struct basic_block *child, struct guard *g)
{
	struct instruction *last = last_instruction(bb->insns);
	long long v;

	if (!last || last->opcode != OP_CBR || last->bb_true == last->bb_false)
		return 1;
	if (const_value(last->cond, &v, 0))
		return child == (v ? last->bb_true : last->bb_false);
	implied(u, last->cond, child == last->bb_true, &g->blk, &g->nblk, 0);
	return 1;
}

void sc_compute_guards(struct sc_unit *u, struct entrypoint *ep,
		       struct guard *guards)
{
	struct basic_block *bb, *child;
	int changed, rounds = 0;

	guards[(long)ep->entry->bb->priv].set = 1;
	do {
		changed = 0;
		FOR_EACH_PTR(ep->bbs, bb) {
			struct guard g = guards[(long)bb->priv];

			if (!guard_on_path(&g))
				continue;
			FOR_EACH_PTR(bb->children, child) {
				struct guard e = g, *t = &guards[(long)child->priv];

				if (!edge_guard(u, bb, child, &e))
					continue;
				if (!t->set) {
					*t = e;
					changed = 1;
				} else if ((t->blk & e.blk) != t->blk ||
					   (t->nblk & e.nblk) != t->nblk) {
					t->blk &= e.blk;
					t->nblk &= e.nblk;
					changed = 1;
				}
			} END_FOR_EACH_PTR(child);
		} END_FOR_EACH_PTR(bb);
	} while (changed && ++rounds < 64);
}
