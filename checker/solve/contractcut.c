/*
 * contractcut.c - calls that rely on a documented contract of their
 * callee (see contractcut.h).
 *
 * A function documented as callable in atomic context is checked in
 * itself (solver.c contract_findings()): a sleep it reaches breaks its
 * document, and the fix goes there (or into the document), not into
 * each caller that relied on it; reporting it at every caller buries it
 * under copies, as dma_alloc_coherent()'s ARM sleep would be reported at
 * every driver that allocates with GFP_ATOMIC under a lock.  So a call
 * that meets the contract's condition carries no unconditional sleep of
 * the callee to the caller: its slot is cut, as blame.c cuts a call into
 * a bound function that is an entry of its own.  A sleep conditional on
 * the caller's own gfp flags or parameters still reaches the caller, and
 * a call that does not surely meet the condition (the flags come from
 * the caller's parameter, a blocking gfp) is not cut: the caller is then
 * to blame.  Static functions have no documented contract.
 */
#include "contractcut.h"
#include "fieldvals.h"

int contract_met(const struct contract *ct, const struct fact_call *c)
{
	long long v;
	int k;

	switch (ct->kind) {
	case CONTRACT_ATOMIC_OK:
		return 1;
	case CONTRACT_IRQS_OFF_OK:
		return fact_call_arg_class(c, ct->arg - 1) == GFP_NOBLOCK;
	case CONTRACT_ATOMIC_OK_IF:
		switch (fv_arg_int(c->vals, ct->arg - 1, 0, &k, &v)) {
		case FV_CONST:
		case FV_OR:
		case FV_PARAM_OR:
			return ((unsigned long long)v & ct->mask) != 0;
		default:
			return 0;
		}
	default:
		return 0;
	}
}

int contract_trusted(const struct rules *rules, const char *name,
		     const struct contract *ct[CONTRACT_TRUSTED])
{
	static const enum contract_kind kinds[CONTRACT_TRUSTED] = {
		CONTRACT_ATOMIC_OK, CONTRACT_ATOMIC_OK_IF, CONTRACT_IRQS_OFF_OK
	};
	int i, n = 0;

	for (i = 0; i < CONTRACT_TRUSTED; i++)
		if ((ct[n] = rules_contract_kind(rules, name, kinds[i])))
			n++;
	return n;
}

int contract_cuts(struct callgraph *g)
{
	int f, k, i, ncut = 0;

	for (f = 0; f < g->nf; f++) {
		const struct contract *ct[CONTRACT_TRUSTED];
		int n;

		if (g->f[f].fn->is_static ||
		    !(n = contract_trusted(g->rules, g->f[f].fn->name, ct)))
			continue;
		for (k = g->rfirst[f]; k < g->rfirst[f + 1]; k++) {
			struct cg_slot *s = &g->s[g->rslots[k]];
			const struct fact_call *c = g->c[s->call].c;

			for (i = 0; i < n && !s->cut; i++) {
				if (contract_met(ct[i], c)) {
					s->cut = 1;
					ncut++;
				}
			}
		}
	}
	return ncut;
}
