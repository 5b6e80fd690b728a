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
 * A registration that stores the callback in a field (the ctx-entry
 * rule's STRUCT FIELD: init_timer_key() in timer_list.function) counts
 * only while no call through that field runs it by hand (`t->func(t)`)
 * with bottom halves enabled, outside the softirq's own dispatch
 * (ctx-dispatch rules): such a call is not resolved to the functions
 * registered so.  A function passed to a function of the database
 * (mr_table_alloc(), net/ipv4/ipmr_base.c:32) counts as registered by
 * what that function does with the parameter: when the front ends
 * recorded it passed on ("#P", every use of the parameter an argument of
 * a call), each such call must be a registration so, or pass it on
 * again (passed_on()).  The solver asks it of a function whose sleep
 * needs bottom halves enabled (its VC_BH condition, bh_cond()).
 */
#include <string.h>

#include "served.h"

#define USE_SERVED	1	/* registered to run serving a softirq */
#define USE_OTHER	2	/* used otherwise */

/* is field @fill called by hand somewhere: a call through it with bottom
 * halves enabled, outside a ctx-dispatch function? */
static int hand_run(const struct callgraph *g, const char *fill)
{
	int i;

	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const char *via = fcx(gc->c)->via;

		if (!via || gc->c->callee || strcmp(via, fill) ||
		    gc->c->depth[AK_BH] > 0 ||
		    rules_ctx_dispatch(g->rules, g->f[gc->func].fn->name))
			continue;
		return 1;
	}
	return 0;
}

static void note(unsigned char *use, int t, unsigned served)
{
	if (t >= 0)
		use[t] |= served ? USE_SERVED : USE_OTHER;
}

/* does entry rule @er register a callback that runs serving a softirq,
 * and no call runs it by hand? (the answers of the first rules asked,
 * kept: a few rules name registrations) */
#define MEMO 8
struct memo {
	const struct entry_rule *er[MEMO];
	unsigned char ok[MEMO];
	int n;
};

static unsigned served_reg(const struct callgraph *g, struct memo *m,
			   const struct entry_rule *er)
{
	const char *fill;
	unsigned ok;
	int i;

	if (!er || !(rules_entry_ctx(g->rules, er) & (1u << CTX_SERVED)))
		return 0;
	for (i = 0; i < m->n; i++)
		if (m->er[i] == er)
			return m->ok[i];
	fill = rules_entry_fill(g->rules, er);
	ok = !fill || !hand_run(g, fill);
	if (m->n < MEMO) {
		m->er[m->n] = er;
		m->ok[m->n++] = (unsigned char)ok;
	}
	return ok;
}

/* does every function passed as argument @p (from 1) of a call of @gc
 * run serving a softirq there: its callees (the call's targets) pass
 * their parameter @p only to registrations that run it so (the front
 * ends record "#P" only where every use of the parameter is an argument
 * of a call, fact_fnarg), directly or through another such parameter,
 * at most PASS_DEPTH deep, and at least once each? */
#define PASS_DEPTH	4

static unsigned passed_on(const struct callgraph *g, struct memo *m,
			  const struct cg_call *gc, int p, int depth)
{
	int s, t, i, k, found;

	if (depth > PASS_DEPTH || !gc->c->callee || !gc->sn)
		return 0;
	for (s = gc->sfirst; s < gc->sfirst + gc->sn; s++) {
		t = g->s[s].target;
		found = 0;
		for (i = g->cfirst[t]; i < g->cfirst[t + 1]; i++) {
			const struct cg_call *hc = &g->c[i];
			const struct fact_call_x *x = fcx(hc->c);

			for (k = 0; k < x->nfnargs; k++) {
				const struct fact_fnarg *a = &x->fnargs[k];
				const struct entry_rule *er;

				if (fact_fnarg_param(a) != p)
					continue;
				er = hc->c->callee ?
					rules_entry(g->rules, hc->c->callee, a->arg) : NULL;
				if (er ? !served_reg(g, m, er) :
				    !passed_on(g, m, hc, a->arg, depth + 1))
					return 0;
				found = 1;
			}
		}
		if (!found)
			return 0;
	}
	return 1;
}

unsigned char *served_only(const struct callgraph *g)
{
	unsigned char *use = sc_calloc(g->nf + 1, 1);
	struct memo m = { { NULL }, { 0 }, 0 };
	int i, k;

	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const struct fact_call_x *x = fcx(gc->c);

		for (k = 0; k < x->nfnargs; k++) {
			const struct fact_fnarg *a = &x->fnargs[k];
			const struct entry_rule *er = gc->c->callee ?
				rules_entry(g->rules, gc->c->callee, a->arg) : NULL;

			if (fact_fnarg_param(a))
				continue;	/* what its caller passes counts */
			note(use, cg_find(g, a->name, a->is_static,
					  g->f[gc->func].file),
			     er ? served_reg(g, &m, er) :
			     passed_on(g, &m, gc, a->arg, 0));
		}
	}
	for (i = 0; i < g->nbinds; i++) {
		const struct cg_bind *bd = &g->binds[i];
		const struct entry_rule *er = cg_entry_field(g, bd->b->via);

		note(use, cg_find(g, bd->b->func, bd->b->func_static, bd->file),
		     er && (rules_entry_ctx(g->rules, er) & (1u << CTX_SERVED)));
	}
	for (i = 0; i < g->nf; i++)
		use[i] = use[i] == USE_SERVED && g->f[i].fn->is_static &&
			 g->rfirst[i] == g->rfirst[i + 1];
	return use;
}
