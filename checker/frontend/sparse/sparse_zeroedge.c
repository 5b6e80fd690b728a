/*
 * sparse_zeroedge.c - what a branch on a value that is zero wherever an
 * integer parameter is non-zero (or zero) says about that parameter, as
 * the sparse front end sees it (clang_zeroedge.c reads the same from
 * libclang's tree).
 *
 * sock_alloc_send_pskb() sets `timeo = sock_sndtimeo(sk, noblock)`,
 * which is `noblock ? 0 : sk->sk_sndtimeo`, and in its loop waits only
 * after `if (!timeo) goto failure;`: the edge where timeo is not zero
 * implies noblock == 0.  The loop's own `timeo = sock_wait_for_wmem(sk,
 * timeo)` is a source of timeo's phi that only runs after that edge was
 * taken once, with noblock as it is (a parameter's SSA value does not
 * change), so it is left out: a phi source set in a block that the edge's
 * target dominates.  The formula is AND(atom, nothing): the other edge
 * implies nothing (the timeout itself may be zero).
 */
#include "ir.h"
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

int sc_zero_edge(struct entrypoint *ep, struct instruction *br, pseudo_t base,
		 int sense, int *nonzero)
{
	struct basic_block *s = sense ? br->bb_true : br->bb_false;
	struct instruction *def = base && base->type == PSEUDO_REG ? base->def : NULL;
	pseudo_t src;
	int k = -1, kk, nz;

	if (!def || def->opcode != OP_PHI)
		return sc_zero_with_param(base, nonzero);
	FOR_EACH_PTR(def->phi_list, src) {
		if (src == VOID || src->type != PSEUDO_PHI || !src->def)
			continue;
		if (!sc_reach_around(ep, s, src->def->bb))
			continue;	/* set only after the edge */
		kk = sc_zero_with_param(src->def->phi_src, &nz);
		if (kk < 0 || (k >= 0 && (kk != k || nz != *nonzero)))
			return -1;
		k = kk;
		*nonzero = nz;
	} END_FOR_EACH_PTR(src);
	return k;
}
