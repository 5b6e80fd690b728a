/*
 * served.c - does a function run only serving a softirq?  A timer_list
 * callback runs from run_timer_softirq() (kernel/time/timer.c:1701,
 * :2312), a tasklet from tasklet_action_common() (kernel/softirq.c:827),
 * with SOFTIRQ_OFFSET in preempt_count() all along: in_softirq() is true
 * in all of it, and gfp_any() (include/net/sock.h:2721) is GFP_ATOMIC
 * there.  Which registrations run so is what the ctx-entry rules of
 * kernel-context.rules say (CTX_SERVED).  A function runs only so when
 * it is static (nothing outside the database calls it), no call of the
 * database reaches it (directly or through a field), it is registered
 * so at least once, and every use of it the facts record (a function
 * passed as an argument, stored into a field) is such a registration.
 * The solver asks it of a function whose sleep needs bottom halves
 * enabled (its VC_BH condition, bh_cond()).
 */
#include "served.h"

#define USE_SERVED	1	/* registered to run serving a softirq */
#define USE_OTHER	2	/* used otherwise */

static void note(unsigned char *use, int t, const struct entry_rule *er,
		 const struct rules *rules)
{
	if (t < 0)
		return;
	use[t] |= er && (rules_entry_ctx(rules, er) & (1u << CTX_SERVED)) ?
		  USE_SERVED : USE_OTHER;
}

unsigned char *served_only(const struct callgraph *g)
{
	unsigned char *use = sc_calloc(g->nf + 1, 1);
	int i, k;

	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const struct fact_call_x *x = fcx(gc->c);

		for (k = 0; k < x->nfnargs; k++) {
			const struct fact_fnarg *a = &x->fnargs[k];
			const struct entry_rule *er = gc->c->callee ?
				rules_entry(g->rules, gc->c->callee, a->arg) : NULL;

			note(use, cg_find(g, a->name, a->is_static,
					  g->f[gc->func].file), er, g->rules);
		}
	}
	for (i = 0; i < g->nbinds; i++) {
		const struct cg_bind *bd = &g->binds[i];

		note(use, cg_find(g, bd->b->func, bd->b->func_static, bd->file),
		     cg_entry_field(g, bd->b->via), g->rules);
	}
	for (i = 0; i < g->nf; i++)
		use[i] = use[i] == USE_SERVED && g->f[i].fn->is_static &&
			 g->rfirst[i] == g->rfirst[i + 1];
	return use;
}
