/*
 * clang_zeroedge.c - what a branch on a value that is zero wherever an
 * integer parameter is non-zero (or zero) says about that parameter, as
 * the libclang front end sees it: sparse_zeroedge.c's rule, read from
 * the reaching definitions of the variable tested.  `timeo =
 * sock_sndtimeo(sk, noblock); for (;;) { ... if (!timeo) goto failure;
 * timeo = sock_wait_for_wmem(sk, timeo); }`: the edge where timeo is not
 * zero implies noblock == 0; the assignment in the loop, in a block that
 * edge's target dominates, is left out.
 */
#include <stdlib.h>

#include "ir_limits.h"
#include "clang_frontend.h"

/* is block @b reachable from the entry (block 0) of @g without the edge
 * from block @d to its successor number @k (@d < 0: without passing
 * block @k)?  With @live, a block's dead successor is not taken either */
int clang_reach_without(struct cfg *g, int d, int k, int b, int live)
{
	char *seen;
	int *work, n = 0, found = 0, i, j;

	if (d < 0 && k == 0)
		return 0;
	seen = sc_calloc(g->nbb, 1);
	work = sc_malloc(g->nbb * sizeof(*work));
	seen[0] = 1;
	work[n++] = 0;
	while (n && !found) {
		i = work[--n];
		if (i == b)
			found = 1;
		for (j = 0; j < g->bb[i].nsucc; j++) {
			int t = g->bb[i].succ[j];

			if ((d < 0 ? t == k : i == d && j == k) || seen[t] ||
			    (live && g->bb[i].dead >= 0 && j == g->bb[i].dead))
				continue;
			seen[t] = 1;
			work[n++] = t;
		}
	}
	free(seen);
	free(work);
	return found;
}

/* is block @b reachable from the entry (block 0) of @g without @s? */
int clang_reach_around(struct cfg *g, int s, int b)
{
	return clang_reach_without(g, -1, s, b, 0);
}

int clang_zero_edge(struct fx *x, int b, struct cn *base, int sense, int *nonzero)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cbb *bb = &g->bb[b];
	int s = bb->succ[sense ? 0 : 1], defs[LIM_REACH], nd, entry, i, k = -1, kk, nz;

	if (!base || base->kind != CN_REF || !base->decl || base->decl->kind != CD_VAR ||
	    base->decl->is_global || base->decl->is_static || base->decl->is_object ||
	    clang_fx_address_taken(x, base->decl))
		return clang_zero_with_param(x, base, bb->cenv, bb->cond_ev, nonzero);
	nd = clang_fx_reaching(x, base, bb->cenv, bb->cond_ev, defs, LIM_REACH, &entry);
	if (nd <= 0 || nd == LIM_REACH || entry)
		return -1;
	for (i = 0; i < nd; i++) {
		struct cev *d = &g->ev[defs[i]];

		if (!clang_reach_around(g, s, d->block))
			continue;	/* set only after the edge */
		if (d->op != OP_ASSIGN_PLAIN || !d->rhs)
			return -1;
		kk = clang_zero_with_param(x, d->rhs, d->env, defs[i], &nz);
		if (kk < 0 || (k >= 0 && (kk != k || nz != *nonzero)))
			return -1;
		k = kk;
		*nonzero = nz;
	}
	return k;
}
