/*
 * solver.c - the whole-program analysis (see solver.h).
 *
 * Nodes are (function, condition) pairs: "may sleep always", or "may
 * sleep if gfp parameter j allows blocking".  A breadth-first search
 * from the sleep sources named in the rules walks the reversed call
 * graph (callgraph.c), so each node is set at its shortest distance from
 * a sleep source, recursion needs no special case, and its witness (the
 * call that made it true) rebuilds the shortest chain.  A call's gfp
 * guard (checker/analysis/analyze.c) refines the condition it contributes: a sleep
 * reached only where parameter j allows blocking makes "sleeps if j
 * blocks", and a sleep that needs j to block on a path where j cannot is
 * pruned.  A second search marks gfp parameters that some caller feeds
 * with flags that allow blocking, which decides atomic calls whose sleep
 * depends on such a parameter.  Linear in the number of call targets,
 * plus the sorts of callgraph.c.
 *
 * Lock deltas: each chain has, per atomic kind, the depth at its sleep
 * relative to the function's entry (below 0 when a callee released its
 * caller's lock first).  A node keeps one witness per chain that holds
 * more of some kind than every shorter chain of the node (a Pareto front
 * of length against delta, usually one witness, at most LIM_WITNESSES),
 * each pointing to the callee's witness it continues, so a finding is
 * made only where some chain keeps the caller's lock to the sleep and the
 * chain shown is that one.  Witnesses point to shorter witnesses only,
 * so they form no cycle.
 */
#include <stdlib.h>
#include <string.h>

#include "blame.h"
#include "callgraph.h"
#include "contractcut.h"
#include "fieldints.h"
#include "fieldsets.h"
#include "fieldvals.h"
#include "fnparam.h"
#include "objfields.h"
#include "solver.h"
#include "phase.h"
#include "summary.h"
#include "vcond.h"
#include "served.h"
#include "premap.h"
#include "receiver.h"
#include "tables.h"
#include "vmem.h"

/*
 * Conditions: 0 always; 1 + j gfp parameter j allows blocking; VCOND + v
 * the function's condition v beyond them (vcond.h: the gfp flags in a
 * field of a pointer parameter allow blocking, an integer parameter has
 * a bit of a mask set or none), made when a chain first needs it.  A
 * chain that needs one more than VC_MAX is taken as unconditional
 * (counted: nvc_cut).
 */
#define VCOND (GFP_MAX_PARAMS + 1)
#define NCOND (VCOND + VC_MAX)

/*
 * One chain from a node to a sleep source: its first call, the callee's
 * witness it continues with, and the atomic depth at the sleep relative
 * to the node's function's entry, at most 0 (below 0: the chain released
 * its caller's).  A witness never changes once its length is reached,
 * except for a better way of the same length and delta.
 */
struct wit {
	int f;			/* the function */
	int len;		/* calls in the chain */
	int call;		/* its first call */
	int slot;		/* that call's slot, -1 when it is a sleep rule */
	int next;		/* the callee's witness, or -1 */
	int sib;		/* the node's next witness, or -1 */
	char cond;		/* the node's condition */
	char ccond;		/* the callee's condition that holds */
	char sure;		/* the chain needs no wide pointer call */
	signed char delta[CTX_NR];
	/* what way_better() reads of its call and slot, so that two ways
	 * out of a function are weighed without reading either */
	char ug;		/* unguarded() */
	int line, col;		/* the call's */
};

/* a node's witnesses: at most this many; the search drops the others
 * (counted: report --stats) */
#define LIM_WITNESSES 16

struct node {
	int w;			/* first witness + 1; 0: the node is not set */
	int nw;
	/* of its witnesses: the longest, the least sure, the most each kind
	 * holds, so that an offer every witness is preferred to and holds no
	 * more than they do is turned down without reading them */
	int maxlen;
	signed char maxd[CTX_NR];
	char minsure;
};

struct fstate {
	struct node always;
	int rf;			/* callgraph.rfirst[f]: where its reverse
				 * edges start, at hand when it is set */
	struct node *param;	/* per condition - 1, nparam of them (grown to
				 * the highest condition made: a million
				 * functions mostly need one or none) */
	int *blockarg;		/* per condition - 1, nblockarg of them: call
				 * passing blocking gfp + 1 */
	unsigned char nparam, nblockarg;
	int re;			/* callgraph.rfirst[f + 1]: where they end */
	struct vconds vc;	/* conditions VCOND.. */
};

struct qitem {
	int depth, v;
	int rf, re;		/* where the reverse edges of the witness's
				 * function start and end: the search reads
				 * them from here, not from rfirst at random,
				 * and asks for them ahead */
};

/* a call of a no-interrupt contract a callback reaches (entry_findings()):
 * the first found of its contract, reached through the slots
 * ni_path[path..path + npath), then the call */
struct ni_hit {
	const struct contract *c;
	int call;
	int path, npath;
	int last;		/* the callback's last hit */
};

/* a step of a search from a callback: a call of a no-interrupt contract
 * (to < 0: call index @a), or slot @a into function @to; @off, @on: the
 * step's guard on the function's flag atoms (bits 0..5: atoms 0..5), the
 * atoms that must be clear (set) for it to run; @clr, @set: a slot's
 * constant arguments decide these atoms of @to clear (set) */
struct ni_ev {
	int a, to;
	unsigned char off, on, clr, set;
};

struct ctx {
	const struct fact_set *set;
	char *ni_reach;		/* entry_findings(): functions from which a call
				 * of a no-interrupt contract is reachable */
	int *cfirst;		/* entry_findings(): each function's first call,
				 * or NULL when no no-interrupt contract exists */
	unsigned short *ni_cix;	/* entry_findings(): each call's callee's
				 * no-interrupt contract, as 1 + its index in
				 * ni_ctab (0: none; two bytes a call, not a
				 * pointer: five million calls) */
	const struct contract **ni_ctab;
	int nctab;
	int *ni_from, *ni_queue;	/* no_interrupt_findings()'s search,
				 * from[] all -2 between searches */
	unsigned char *ni_clr, *ni_set;	/* its functions' flag atoms the
				 * calls that reached them decide (ni_ev) */
	int *ni_first;		/* per callback: its first hit in ni_hits,
				 * -1 before its search */
	struct ni_hit *ni_hits;	/* each search's hits, in the order found */
	int nhits, hcap;
	int *ni_path;		/* the hits' slots, from the callback on */
	int npath, pcap;
	struct ni_ev *ni_ev;	/* per function of ni_reach, from ni_evfirst[f]:
				 * its calls' contract hits and slots into
				 * ni_reach, in the order of its calls */
	int *ni_evfirst;
	unsigned long long *ni_mask;	/* per function: the contracts
				 * (ni_bit) a search from it finds */
	const struct contract *ni_bit[64];
	int nbits;		/* -1: more than 64 contracts, no mask */
	struct callgraph g;
	struct blame bl;
	struct fstate *st;
	struct wit *w;		/* every witness */
	int nw, wcap;
	int nwcut;		/* witnesses LIM_WITNESSES dropped */
	struct qitem *heap;	/* witnesses to propagate, shortest first */
	int qn, qcap;
	int pass;		/* 1: only sure slots; 2: all */
	int nfi_cut;		/* questions of whether a function stores a
				 * member, cut short (fieldints.h) */
	unsigned char *atom_ok;	/* per function and flag atom: 1 a member
				 * atom tests the value on entry, 2 not,
				 * 0 not asked (member_atom_holds()) */
	int nvc_cut;		/* value conditions left out for want of a
				 * condition (VC_MAX) */
	struct fieldsets fs;	/* the bits each field may hold (field atoms) */
	struct tables tabs;	/* global tables' constants (tables.h) */
	int nvfree_calls, nvfree_never, nvfree_param;	/* vmem_stats() */
	int nfn_conds, nfn_decided;	/* function-pointer field atoms,
					 * and those never NULL */
	int nfield_conds, nfield_decided;	/* field atoms, and those no
				 * store anywhere may make hold */
	unsigned char *vcn;	/* propagate_blockargs(): st[f].vc.n, */
	unsigned long long *fedm;	/* its conditions with blockarg set, */
	unsigned long long *act;	/* the slots to visit (a bit each) */
	unsigned char *vfree;	/* per function, 1 + the argument whose
				 * vmalloc memory its sleeps need (mem-vfree,
				 * vm_free_args()), or NULL */
	unsigned char *premap;	/* per function, 1 + the argument whose
				 * premapped objects its sleeps never need
				 * (premapped rules, pm_args()), or NULL */
	int npremap_calls, npremap_never, npremap_param;	/* premap_stats() */
	unsigned char *served;	/* per function, 1 if it runs only serving
				 * a softirq (served_only()), 2 once that
				 * decided a VC_BH condition (bh_cond()) */
	struct fnparam fp;	/* calls through a parameter's member */
	unsigned char *pcall;	/* per call, 1 + the parameter K whose
				 * member it calls through as the caller was
				 * given it (fp_call_param()), else 0; NULL
				 * when no call is */
	unsigned char *rcall;	/* per call, 1 + the parameter K that is its
				 * receiver `p->ops->n(p)` as the caller was
				 * given it (rv_call_param()), else 0; NULL
				 * when no call is */
	int nrcalls;		/* calls so marked */
};

/* is a condition of kind @k one on what an argument points to or holds
 * (vmalloc memory, a register mapped at boot, the function a member
 * holds, through a parameter's object or its ops tables, a table's
 * element), not on an integer value: no gfp or flag source to show, and
 * a module's caller may pass anything? */
static int object_kind(enum vc_kind k)
{
	return k == VC_VMEM || k == VC_MAPPED || k == VC_TARGET || k == VC_RTARGET ||
	       k == VC_IN;
}

static char arg_class(const struct fact_call *c, int k)
{
	return fact_call_arg_class(c, k);
}

static int blocking(char cls)
{
	return cls == GFP_BLOCK || cls == GFP_UNKNOWN;
}

/*
 * The caller's condition for a sleep that needs bottom halves enabled
 * at call @gc (gfp_any() is GFP_ATOMIC where in_softirq()): none when
 * the caller has them disabled there, or runs only serving a softirq (a
 * timer's callback, served_only()), else "they are enabled where the
 * caller is called".
 */
static int bh_cond(struct ctx *cx, const struct cg_call *gc)
{
	int v;

	if (gc->c->depth[AK_BH] > 0)
		return -1;
	if (cx->served[gc->func]) {
		cx->served[gc->func] = 2;	/* counted: report --stats */
		return -1;
	}
	v = vc_bh(&cx->st[gc->func].vc, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

static struct node *node_of(struct ctx *cx, int f, int cond, int create)
{
	struct fstate *s = &cx->st[f];

	if (cond == 0)
		return &s->always;
	if (cond > s->nparam) {
		if (!create)
			return NULL;
		s->param = sc_realloc(s->param, cond * sizeof(struct node));
		memset(s->param + s->nparam, 0, (cond - s->nparam) * sizeof(struct node));
		s->nparam = (unsigned char)cond;
	}
	return &s->param[cond - 1];
}

static void push(struct ctx *cx, int w, const struct fstate *st)
{
	int i, depth = cx->w[w].len;

	if (cx->qn == cx->qcap) {
		cx->qcap = cx->qcap ? 2 * cx->qcap : 1024;
		cx->heap = sc_realloc(cx->heap, cx->qcap * sizeof(*cx->heap));
	}
	for (i = cx->qn++; i > 0 && cx->heap[(i - 1) / 2].depth > depth; i = (i - 1) / 2)
		cx->heap[i] = cx->heap[(i - 1) / 2];
	cx->heap[i].depth = depth;
	cx->heap[i].v = w;
	cx->heap[i].rf = st->rf;
	cx->heap[i].re = st->re;
}

static struct qitem pop(struct ctx *cx)
{
	struct qitem last = cx->heap[--cx->qn], v = cx->heap[0];
	int i = 0, c;

	while ((c = 2 * i + 1) < cx->qn) {
		if (c + 1 < cx->qn && cx->heap[c + 1].depth < cx->heap[c].depth)
			c++;
		if (cx->heap[c].depth >= last.depth)
			break;
		cx->heap[i] = cx->heap[c];
		i = c;
	}
	if (cx->qn)
		cx->heap[i] = last;
	return v;
}

/* a call's gfp guard, or the guard of the object a slot reaches through */
static int unguarded(const struct callgraph *g, int call, int slot)
{
	unsigned blk, nblk;

	if (slot < 0)
		return !fcx(g->c[call].c)->gblk && !fcx(g->c[call].c)->gnblk;
	cg_slot_guard(g, slot, &blk, &nblk);
	return !blk && !nblk;
}

/* two targets of one call: the binding first bound, by file and line,
 * then the target's file and name */
static int slot_before(const struct callgraph *g, const struct cg_slot *a,
		       const struct cg_slot *b)
{
	const struct fact_binding *ab = cg_slot_bind(g, a), *bb = cg_slot_bind(g, b);
	int d;

	if (ab && bb) {
		d = strcmp(cg_slot_bind_file(g, a)->path, cg_slot_bind_file(g, b)->path);
		if (d)
			return d < 0;
		if (ab->line != bb->line)
			return ab->line < bb->line;
		if (ab->col != bb->col)
			return ab->col < bb->col;
	}
	d = strcmp(g->f[a->target].file->path, g->f[b->target].file->path);
	if (d)
		return d < 0;
	d = strcmp(g->f[a->target].fn->name, g->f[b->target].fn->name);
	if (d)
		return d < 0;
	return a < b;
}

/*
 * Of two ways out of one function at one distance from a sleep, the one
 * a chain shows: a call on a path with no gfp condition first (it is
 * known to be taken: wit.ug, which wit_before() weighs first), then the
 * earlier line and column, then the target's name and file.  A fixed
 * order, so the chain never depends on the order of the database or of
 * the search.  This is the part after the first: of two ways both
 * guarded or both not.
 */
static int way_better(const struct callgraph *g, int ca, int sa, int cb, int sb)
{
	const struct fact_call *a = g->c[ca].c, *b = g->c[cb].c;

	if (a->line != b->line)
		return a->line < b->line;
	if (a->col != b->col)
		return a->col < b->col;
	if (sa < 0 || sb < 0)
		return sa < sb;
	return slot_before(g, &g->s[sa], &g->s[sb]);
}

/*
 * Of two witnesses of one node, the one a chain shows: a sure chain
 * first, then the shortest, then the better way out of the function,
 * then the callee's lower condition, then the callee's witness that holds
 * more (its deltas are distinct among witnesses of one length).
 */
static int wit_before(const struct ctx *cx, const struct wit *a, const struct wit *b)
{
	int k;

	if (a->sure != b->sure)
		return a->sure > b->sure;
	if (a->len != b->len)
		return a->len < b->len;
	if (a->call != b->call || a->slot != b->slot) {
		/* way_better() from what the witnesses keep of it */
		if (a->ug != b->ug)
			return a->ug > b->ug;
		if (a->line != b->line)
			return a->line < b->line;
		if (a->col != b->col)
			return a->col < b->col;
		return way_better(&cx->g, a->call, a->slot, b->call, b->slot);
	}
	if (a->ccond != b->ccond)
		return a->ccond < b->ccond;
	if (a->next < 0 || b->next < 0 || a->next == b->next)
		return 0;
	for (k = 0; k < CTX_NR; k++)
		if (cx->w[a->next].delta[k] != cx->w[b->next].delta[k])
			return cx->w[a->next].delta[k] > cx->w[b->next].delta[k];
	return 0;
}

/*
 * Offers node (@f, @cond) a chain of @len calls: @call (@slot) into the
 * callee's witness @next (condition @ccond), ending with @delta (@ug,
 * @line and @col: unguarded() of the call and slot, and the call's
 * place).  It is kept when it holds more of some kind than every chain
 * the node prefers to it (a sure one, or a shorter one); of two of one
 * length with one delta, the better way.
 * The search goes shortest first, so every preferred chain is known when
 * one is offered, and the witnesses kept do not depend on the order of
 * the search or of the database.
 */
static void set_node(struct ctx *cx, int f, int cond, int len, int call,
		     int slot, int ccond, int next, const signed char *delta,
		     int ug, int line, int col)
{
	struct node *n = node_of(cx, f, cond, 1);
	struct wit nw, *e;
	signed char held[CTX_NR];
	int i, k, more = 0, same = -1;
	char sure = cx->pass == 1;

	if (n->w && (n->minsure > sure ||
		     (n->minsure == sure && n->maxlen < len))) {
		/* every witness is preferred: held is their most (most
		 * offers end here, before the witness is made) */
		for (k = 0; k < CTX_NR; k++)
			more |= delta[k] > n->maxd[k];
		if (!more)
			return;
		more = 0;
	}
	memset(&nw, 0, sizeof(nw));
	nw.f = f;
	nw.len = len;
	nw.call = call;
	nw.slot = slot;
	nw.ug = (char)ug;
	nw.line = line;
	nw.col = col;
	nw.next = next;
	nw.cond = (char)cond;
	nw.ccond = (char)ccond;
	nw.sure = cx->pass == 1;
	memcpy(nw.delta, delta, sizeof(nw.delta));
	memset(held, -128, sizeof(held));
	for (i = n->w - 1; i >= 0; i = e->sib) {
		e = &cx->w[i];
		if (e->sure > nw.sure || (e->sure == nw.sure && e->len < len)) {
			for (k = 0; k < CTX_NR; k++)
				if (e->delta[k] > held[k])
					held[k] = e->delta[k];
		} else if (e->sure == nw.sure && e->len == len &&
			   !memcmp(e->delta, delta, sizeof(e->delta))) {
			same = i;
		}
	}
	for (k = 0; k < CTX_NR; k++)
		more |= delta[k] > held[k];
	if (!more)
		return;
	if (same >= 0) {
		/* not yet propagated: its callers see the better way */
		e = &cx->w[same];
		if (wit_before(cx, &nw, e)) {
			nw.sib = e->sib;
			*e = nw;
		}
		return;
	}
	if (n->nw >= LIM_WITNESSES) {
		cx->nwcut++;
		return;
	}
	if (cx->nw == cx->wcap) {
		cx->wcap = cx->wcap ? 2 * cx->wcap : 4096;
		cx->w = sc_realloc(cx->w, cx->wcap * sizeof(*cx->w));
	}
	nw.sib = n->w - 1;
	cx->w[cx->nw] = nw;
	if (!n->w) {
		n->maxlen = len;
		n->minsure = nw.sure;
		memcpy(n->maxd, delta, sizeof(n->maxd));
	} else {
		if (len > n->maxlen)
			n->maxlen = len;
		if (nw.sure < n->minsure)
			n->minsure = nw.sure;
		for (k = 0; k < CTX_NR; k++)
			if (delta[k] > n->maxd[k])
				n->maxd[k] = delta[k];
	}
	n->w = ++cx->nw;
	n->nw++;
	push(cx, cx->nw - 1, &cx->st[f]);
}

/*
 * A kind in a base or a witness's delta that a test of the context said
 * was off (rules/kernel-context.rules): the sleep is reached only where
 * the function's entry holds none of it (the test, made with it held,
 * says atomic), whatever else it holds.  Below every delta (-15..0): a
 * witness with it is reported for fewer callers than one without.
 */
#define DELTA_OFF (-AK_MAX_DEPTH - 1)

/* a call's depth less what assertions assumed of the caller's caller
 * (no lower than -15); DELTA_OFF of a kind a test said was off there
 * (fact_call_x.ctxoff); of CTX_SERVED, which no depth counts, 0 or
 * DELTA_OFF */
static void call_base(const struct fact_call *c, signed char *base)
{
	const struct fact_call_x *x = fcx(c);
	int k;

	if (!c->x) {	/* nothing assumed, nothing off: most calls */
		for (k = 0; k < AK_NR; k++)
			base[k] = (signed char)(c->depth[k] < -AK_MAX_DEPTH ?
						-AK_MAX_DEPTH : c->depth[k]);
		base[CTX_SERVED] = 0;
		return;
	}
	for (k = 0; k < AK_NR; k++) {
		int b = c->depth[k] - x->assumed[k];

		base[k] = (signed char)(b < -AK_MAX_DEPTH ? -AK_MAX_DEPTH : b);
		if (x->ctxoff & (1u << k))
			base[k] = DELTA_OFF;
	}
	base[CTX_SERVED] = x->ctxoff & (1u << CTX_SERVED) ? DELTA_OFF : 0;
}

/*
 * What sleep rule @r leaves held of its caller's state at its sleep,
 * in @d: one level less of each kind it unlocks (`doc-sleep __xa_insert
 * gfp unlocks spin`: "Expects xa_lock to be held on entry.  May release
 * and reacquire xa_lock", lib/xarray.c:1641); NULL when it leaves all.
 */
static const signed char *rule_delta(const struct rule *r, signed char *d)
{
	int k;

	if (!r->unlocks)
		return NULL;
	for (k = 0; k < CTX_NR; k++)
		d[k] = k < AK_NR && (r->unlocks & (1u << k)) ? -1 : 0;
	return d;
}

/*
 * The delta of a caller through a call of @base (call_base()) into a
 * callee's @delta; 0 when the sleep cannot be reached through it: the
 * callee's test says atomic wherever the caller holds at the call, from
 * its own entry, a kind the test rules out.  A kind off at the call is
 * off in the caller; off in the callee, where the caller holds what its
 * entry held, off in the caller too; where it dropped some of its
 * entry's, the caller's entry no more counts for it.
 */
static int chain_delta(const signed char *base, const signed char *delta,
		       signed char *out)
{
	int k;

	for (k = 0; k < CTX_NR; k++) {
		int d = delta ? delta[k] : 0;

		if (base[k] == DELTA_OFF) {
			out[k] = DELTA_OFF;
		} else if (d == DELTA_OFF) {
			if (base[k] > 0)
				return 0;
			out[k] = base[k] == 0 ? DELTA_OFF : -AK_MAX_DEPTH;
		} else {
			d += base[k];
			out[k] = d > 0 ? 0 : d < -AK_MAX_DEPTH ? -AK_MAX_DEPTH : d;
		}
	}
	return 1;
}


/* the condition of @f for field @field of pointer parameter @k, made if
 * needed; 0 (always) when @f has no room */
static int field_cond(struct ctx *cx, int f, int k, const char *field)
{
	int v = vc_field(&cx->st[f].vc, k, field, 1);

	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

/* the condition of @f that `param & mask` is nonzero (@set) or zero, or
 * with @eq that `param == mask` holds (@set) or not; with @field (not
 * NULL), of `param->field` */
static int flag_cond(struct ctx *cx, int f, int k, const char *field,
		     unsigned long long mask, int eq, int set)
{
	int v = vc_flag(&cx->st[f].vc, k, field, mask, eq, set, 1);

	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

/*
 * The condition of @f that its conditions @x and @y both hold: -1 if
 * either cannot, the other if one always does; a gfp parameter's kept
 * alone (a conjunction is of value conditions only); one of the two when
 * @f has no room for one more (counted).
 */
static int and_cond(struct ctx *cx, int f, int x, int y)
{
	int v;

	if (x < 0 || y < 0)
		return -1;
	if (x == 0 || x == y)
		return y;
	if (y == 0)
		return x;
	if (x < VCOND || y < VCOND)
		return x < VCOND ? x : y;
	v = vc_and(&cx->st[f].vc, x - VCOND, y - VCOND, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return x;
	}
	return VCOND + v;
}

/* is condition @v of @f one of those @cond needs? */
static int needs(const struct ctx *cx, int f, int cond, int v)
{
	const struct vcond *vc;

	if (cond == v)
		return 1;
	if (cond < VCOND)
		return 0;
	vc = &cx->st[f].vc.v[cond - VCOND];
	return vc->kind == VC_AND &&
	       (needs(cx, f, VCOND + vc->a, v) || needs(cx, f, VCOND + vc->b, v));
}

/* does condition @cond of @f contradict integer parameter @k (or its
 * member @field, "" for none) having a bit of @mask set (@set) or none,
 * or (@eq) equalling @mask or not? */
static int contradicts(const struct ctx *cx, int f, int cond, int k,
		       const char *field, unsigned long long mask, int eq, int set)
{
	const struct vcond *vc;

	if (cond < VCOND)
		return 0;
	vc = &cx->st[f].vc.v[cond - VCOND];
	if (vc->kind == VC_AND)
		return contradicts(cx, f, VCOND + vc->a, k, field, mask, eq, set) ||
		       contradicts(cx, f, VCOND + vc->b, k, field, mask, eq, set);
	if (vc->kind != VC_FLAG || vc->param != k || vc->eq != eq ||
	    strcmp(vc->field ? vc->field : "", field))
		return 0;
	if (vc->mask == mask && vc->set != set)
		return 1;
	/* equal to two different values */
	return (eq & ATOM_EQ) && vc->set && set && vc->mask != mask;
}

/* value_derive() of a set condition (ATOM_IN): a constant is in the set
 * or not; the caller's parameter passed on is in the same set or not;
 * of anything else nothing is known (it may hold) */
static int set_derive(struct ctx *cx, int caller, const struct vcond *vc,
		      enum fv_int what, int k, long long v)
{
	unsigned long long bits = (unsigned long long)v, s;
	int in, e, any = 0, all = 1;

	switch (what) {
	case FV_CONST:
		in = v >= 0 && v <= ATOM_IN_MAX && (vc->mask & (1ULL << v));
		return in == vc->set ? 0 : -1;
	case FV_PARAM:
		return flag_cond(cx, caller, k, NULL, vc->mask, vc->eq, vc->set);
	case FV_AND:
		/* no bit outside V: the values are V's submasks (0 among
		 * them); those above ATOM_IN_MAX (2^6 - 1, so also the mask
		 * of the values a set holds) are in no set */
		s = bits & ATOM_IN_MAX;
		do {
			in = !!(vc->mask & (1ULL << s));
			any |= in;
			all &= in;
			s = (s - 1) & bits & ATOM_IN_MAX;
		} while (s != (bits & ATOM_IN_MAX));
		if (vc->set)
			return any ? 0 : -1;
		return all && !(bits & ~(unsigned long long)ATOM_IN_MAX) ? -1 : 0;
	case FV_OR:
		/* bits V surely set: only the set's values that have them */
		for (e = 0; e <= ATOM_IN_MAX; e++)
			any |= (vc->mask & (1ULL << e)) && (e & bits) == bits;
		return vc->set && !any ? -1 : 0;
	default:
		return 0;
	}
}

/* value_derive() of an ATOM_ADDR condition (`p->temp == G`, @vc->mask
 * G's fact_addr_value()): the address of an object is that of G only
 * if it is G, NULL never; anything else may be */
static int addr_derive(const struct vcond *vc, enum fv_int what, long long v)
{
	if (what == FV_ADDR)
		return ((unsigned long long)v == vc->mask) == vc->set ? 0 : -1;
	if (what == FV_CONST && v == 0)
		return vc->set ? -1 : 0;
	return 0;
}

/* the caller's condition for the callee's flag condition @vc where the
 * value tested is @what (fv_arg_int(): @k, @v) in the caller's terms */
static int value_derive(struct ctx *cx, int caller, const struct vcond *vc,
			enum fv_int what, int k, long long v)
{
	int eq = vc->eq & ATOM_EQ;

	if (vc->eq & ATOM_IN)
		return set_derive(cx, caller, vc, what, k, v);
	if (vc->eq & ATOM_ADDR)
		return addr_derive(vc, what, v);
	if (what == FV_ADDR)
		what = FV_NONZERO;	/* an address tested as an integer */
	switch (what) {
	case FV_CONST:
		if (eq)
			return ((unsigned long long)v == vc->mask) == vc->set ? 0 : -1;
		return (((unsigned long long)v & vc->mask) != 0) == vc->set ? 0 : -1;
	case FV_PARAM_OR:
		if (eq) {
			/* bits set that the value lacks: never equal */
			if ((unsigned long long)v & ~vc->mask)
				return vc->set ? -1 : 0;
			return 0;
		}
		if ((unsigned long long)v & vc->mask)
			return vc->set ? 0 : -1;
		__attribute__((fallthrough));
	case FV_PARAM:
		return flag_cond(cx, caller, k, NULL, vc->mask, eq, vc->set);
	case FV_PARAM_AND:
		/* K & V: a bit of M set is a bit of V & M set in K; equal to
		 * 0 is no bit of V set; equal to anything else, only what
		 * V keeps can be */
		if (!eq) {
			if (!((unsigned long long)v & vc->mask))
				return vc->set ? -1 : 0;
			return flag_cond(cx, caller, k, NULL,
					 (unsigned long long)v & vc->mask, 0, vc->set);
		}
		if (vc->mask == 0)
			return flag_cond(cx, caller, k, NULL, (unsigned long long)v, 0,
					 !vc->set);
		if (vc->mask & ~(unsigned long long)v)
			return vc->set ? -1 : 0;
		return 0;
	case FV_OR:
		/* bits surely set: a bit test of one holds; equal to a
		 * value without them never */
		if (!eq)
			return ((unsigned long long)v & vc->mask) ? (vc->set ? 0 : -1) : 0;
		return ((unsigned long long)v & ~vc->mask) ? (vc->set ? -1 : 0) : 0;
	case FV_AND:
		/* no bit outside V: a test of other bits never holds; equal
		 * to a value with other bits never */
		if (!eq)
			return ((unsigned long long)v & vc->mask) ? 0 : (vc->set ? -1 : 0);
		return (vc->mask & ~(unsigned long long)v) ? (vc->set ? -1 : 0) : 0;
	case FV_NONZERO:
		/* an address: `!= 0` holds, `== 0` does not; of its bits
		 * nothing is known */
		if (!eq && vc->mask == ~0ULL)
			return vc->set ? 0 : -1;
		if (eq && vc->mask == 0)
			return vc->set ? -1 : 0;
		return 0;
	case FV_PARAM_ZERO:
	case FV_PARAM_NONZERO:
		/* a value zero where K is (or where K is not): one with a
		 * bit set, or equal to a constant other than 0, needs K
		 * non-zero (zero) */
		if (vc->set && !(eq && vc->mask == 0))
			return flag_cond(cx, caller, k, NULL, ~0ULL, 0,
					 what == FV_PARAM_ZERO);
		return 0;
	default:
		return 0;
	}
}

/*
 * May the caller of @gc (or what it calls) store member F of what its
 * parameter @k points to before @gc passes it on as the argument of
 * @vc?  Passed after listed calls (J=*K~L:C): its own stores and what
 * those calls store (fi_may_store_after(), as for a member atom tested
 * after them), not the calls after it (`__dentry_kill(dentry)` at
 * fs/dcache.c:749 after __lock_parent() and retain_dentry()'s calls,
 * not the other __dentry_kill() at 737 that clears d_inode); else
 * whatever the caller calls.
 */
static int after_calls_store(struct ctx *cx, const struct cg_call *gc, int k,
			     const struct vcond *vc, unsigned long long unless)
{
	struct fact_atom a;

	/* (a store made only where the member did not hold V counts
	 * here: fi_may_store_after() knows no @unless) */
	if (fv_arg_param_after(gc->c->vals, vc->param, &a))
		return fi_may_store_after(&cx->g, gc->func, k, vc->field, &a, &cx->nfi_cut);
	return fi_may_store(&cx->g, gc->func, k, vc->field, unless, &cx->nfi_cut);
}

/*
 * The caller's condition for the callee's flag condition @vc on member
 * F of what its parameter points to, at call @gc: the value the caller
 * stored there right before the call (J.F==V); the caller's own
 * member F where it passes its pointer parameter on; where it passes a
 * local object, each value the member may hold there (fieldints.c), the
 * condition if one value may make it hold (-1 if none can); else it may.
 */
static int member_derive(struct ctx *cx, const struct cg_call *gc,
			 const struct vcond *vc)
{
	struct fi_val vals[FI_MAX_VALUES];
	int n, i, r, up = -1;
	int k = fv_arg_param(gc->c->vals, vc->param);

	/* `p->F == &G` false: where F held &G it still does after a store
	 * made only where it did not (K.F!^&&V) */
	unsigned long long unless = (vc->eq & ATOM_ADDR) && !vc->set ? vc->mask : 0;

	/* stored right before the call (J.F==V) */
	if (fi_known(&cx->g, gc, vc->param, vc->field, &vals[0], &cx->nfi_cut))
		return value_derive(cx, gc->func, vc, vals[0].what, vals[0].k, vals[0].v);
	if (k >= 0) {
		/* the caller's member as on its entry, unless it (or what
		 * it calls) may store it first; passed on before any call
		 * (J=*K^), only its own stores can */
		if (fv_arg_param_fresh(gc->c->vals, vc->param) ?
		    fi_own_store(&cx->g, gc->func, k, vc->field, unless) :
		    after_calls_store(cx, gc, k, vc, unless))
			return 0;
		return flag_cond(cx, gc->func, k, vc->field, vc->mask, vc->eq, vc->set);
	}
	n = fi_values(&cx->g, gc, vc->param, vc->field, unless, vals, &cx->nfi_cut);
	if (n <= 0)
		return 0;
	for (i = 0; i < n; i++) {
		r = value_derive(cx, gc->func, vc, vals[i].what, vals[i].k, vals[i].v);
		if (r == 0 || (r > 0 && up > 0 && up != r))
			return 0;	/* one of two conditions: either */
		if (r > 0)
			up = r;
	}
	return up;
}

/*
 * The caller's condition for the callee's flag condition @vc where the
 * argument is what integer field @field ("struct T.F") holds (J=$F): it
 * holds nowhere when it needs a bit set (a bit of a mask, a value other
 * than 0, or not 0) that no store of the program sets in that field
 * (fieldsets.c); else it may.
 */
static int sfield_derive(struct ctx *cx, const struct vcond *vc, const char *field)
{
	unsigned long long need;

	if (vc->eq & ATOM_IN)
		return 0;	/* a set of values: no bit is needed */
	if (!(vc->eq & ATOM_EQ))
		need = vc->set ? vc->mask : 0;
	else if (vc->set)
		need = vc->mask;		/* == V, V != 0 */
	else
		need = vc->mask ? 0 : ~0ULL;	/* != 0 */
	return need && fs_may_set(&cx->fs, field, need) == 0 ? -1 : 0;
}

/* is argument @j of @c (from 0) never NULL: the address of a global
 * object or of a member (J=&NAME, J=&struct T.F), or a function? */
static int arg_address(const struct fact_call *c, int j)
{
	const struct fact_call_x *x = fcx(c);
	char name[300];
	int i, is_static;

	for (i = 0; i < x->nfnargs; i++)
		if (x->fnargs[i].arg == j + 1 && !fact_fnarg_param(&x->fnargs[i]))
			return 1;
	return fv_arg_addr(c->vals, j, name, sizeof(name), &is_static);
}

/*
 * The caller's condition for "argument @j of @gc is non-zero" when it is
 * what a call at L:C of the caller returned (J=^L:C) and every function
 * that call reaches returns 0 unless a test of the context said bottom
 * halves are off (rets ~M, analyze.c ctx_return(): i915's stop_timeout()
 * under `in_atomic() || irqs_disabled()`): never where bottom halves are
 * disabled at that call, else bh_cond()'s; -2 when it does not apply (a
 * call that released its caller's bottom halves first, too).
 */
static int ctx_ret_cond(struct ctx *cx, const struct cg_call *gc, int j)
{
	const struct callgraph *g = &cx->g;
	const struct fact_vals *rets;
	const struct cg_call *hc = NULL;
	int line, col, i, k, s, found;

	if (!fv_arg_call(gc->c->vals, j, &line, &col))
		return -2;
	for (i = g->cfirst[gc->func]; i < g->cfirst[gc->func + 1]; i++)
		if (g->c[i].c->line == line && g->c[i].c->col == col &&
		    g->c[i].c->callee) {
			if (hc)
				return -2;	/* two calls at one place */
			hc = &g->c[i];
		}
	if (!hc || !hc->sn || hc->c->depth[AK_BH] < 0)
		return -2;
	for (s = hc->sfirst; s < hc->sfirst + hc->sn; s++) {
		rets = g->f[g->s[s].target].fn->rets;
		found = 0;
		for (k = 0; rets && k < rets->n; k++)
			if (rets->v[k].kind == VAL_RET_CTX &&
			    (rets->v[k].c & (1u << AK_BH)))
				found = 1;
		if (!found)
			return -2;
	}
	return bh_cond(cx, hc);
}

/* does the callee's value condition @arg (a VC_FLAG of the parameter
 * itself, or a VC_IN) hold for value @v? */
static int value_holds(const void *arg, long long v)
{
	const struct vcond *vc = arg;

	if (vc->kind == VC_IN)
		return vc_in_holds(vc, v);
	if (vc->eq & ATOM_EQ)
		return ((unsigned long long)v == vc->mask) == vc->set;
	return (((unsigned long long)v & vc->mask) != 0) == vc->set;
}

/* the condition of @f that its integer parameter @k is one of @mask's
 * values (or outside 0..63 with @out) */
static int in_cond(struct ctx *cx, int f, int k, unsigned long long mask, int out)
{
	int v;

	if (mask == ~0ULL && out)
		return 0;
	v = vc_in(&cx->st[f].vc, k, mask, out, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

/*
 * The caller's condition for @vc where the value tested is member @field
 * of element (index: @what, @k, @v as fv_arg_int() says) of table @name
 * (tables.h): decided for a constant index, the caller's VC_IN of the
 * elements that make it hold for an index that is its parameter, else
 * it may.
 */
static int element_cond(struct ctx *cx, int f, const char *name, int is_static,
			const char *field, enum fv_int what, int k, long long v,
			const struct vcond *vc)
{
	const struct fact_file *file = cx->g.f[f].file;
	unsigned long long mask;
	long long x;

	if (what == FV_CONST)
		return tb_value(&cx->tabs, name, is_static, file, field, (long)v, &x) &&
		       !value_holds(vc, x) ? -1 : 0;
	if (what != FV_PARAM ||
	    !tb_index_set(&cx->tabs, name, is_static, file, field, value_holds, vc, &mask))
		return 0;
	return in_cond(cx, f, k, mask, 1);
}

/* the caller's condition for @vc where argument @j of @gc is member
 * @field of what the call at @line:@col returned, an element of a table
 * in every function it reaches (rets &[G:K]); -2 when not */
static int ret_elem_cond(struct ctx *cx, const struct cg_call *gc, int line, int col,
			 const char *field, const struct vcond *vc)
{
	const struct callgraph *g = &cx->g;
	const struct cg_call *hc = NULL;
	int i, s, r, up = -2, k;
	enum fv_int what;
	long long v;

	for (i = g->cfirst[gc->func]; i < g->cfirst[gc->func + 1]; i++)
		if (g->c[i].c->line == line && g->c[i].c->col == col && g->c[i].c->callee) {
			if (hc)
				return -2;	/* two calls at one place */
			hc = &g->c[i];
		}
	if (!hc || !hc->sn)
		return -2;
	for (s = hc->sfirst; s < hc->sfirst + hc->sn; s++) {
		const struct fact_vals *rets = g->f[g->s[s].target].fn->rets;
		const struct fact_val *e = NULL;

		for (i = 0; rets && i < rets->n; i++) {
			/* a class stored through a returned pointer is of
			 * another object than a table's (a return that said
			 * nothing else of it) */
			if (rets->v[i].kind == VAL_RET_CALL || rets->v[i].kind == VAL_RET_CLASS ||
			    rets->v[i].kind == VAL_RET_GLOBAL || rets->v[i].kind == VAL_RET_ELEM) {
				if (e || rets->v[i].kind != VAL_RET_ELEM)
					return -2;	/* another pointer */
				e = &rets->v[i];
			}
		}
		if (!e)
			return -2;
		if (e->k == FACT_VAL_NONE) {
			what = FV_CONST;
			v = e->line;
		} else {
			what = fv_arg_int(hc->c->vals, e->k, 0, &k, &v);
		}
		r = element_cond(cx, gc->func, e->name, e->c, field, what, k, v, vc);
		if (up == -2 || up == -1)
			up = r;
		else if (r != -1 && r != up)
			up = 0;		/* one of two: either */
	}
	return up;
}

/* the caller's condition for @vc (a flag condition of the parameter
 * itself, or a VC_IN) where the argument is a member of an element of a
 * table (J=[G:K]$F) or of what a call returned (J=^L:C$F); -2 when it
 * is neither */
static int table_derive(struct ctx *cx, const struct cg_call *gc, const struct vcond *vc)
{
	const struct fact_vals *l = gc->c->vals;
	enum fv_int what;
	long long v;
	int i, k;

	for (i = 0; l && i + 1 < l->n; i++) {
		const struct fact_val *r = &l->v[i], *m = &l->v[i + 1];

		if (r->j != vc->param || m->kind != VAL_MORE)
			continue;
		if (r->kind == VAL_CALL_FIELD)
			return ret_elem_cond(cx, gc, r->line, r->col, m->name, vc);
		if (r->kind != VAL_TABLE)
			continue;
		if (m->k == FACT_VAL_NONE) {
			what = FV_CONST;
			v = m->line;
			k = 0;
		} else {
			what = FV_PARAM;
			k = m->k;
			v = 0;
		}
		return element_cond(cx, gc->func, r->name, r->c, m->name, what, k, v, vc);
	}
	return -2;
}

/* the caller's condition for the callee's VC_IN condition @vc at @gc */
static int in_derive(struct ctx *cx, const struct cg_call *gc, const struct vcond *vc)
{
	enum fv_int what;
	long long v;
	int k, r = table_derive(cx, gc, vc);

	if (r != -2)
		return r;
	what = fv_arg_int(gc->c->vals, vc->param, 0, &k, &v);
	if (what == FV_CONST)
		return vc_in_holds(vc, v) ? 0 : -1;
	if (what == FV_PARAM)
		return in_cond(cx, gc->func, k, vc->mask, vc->set);
	return 0;
}

/* the caller's condition for the callee's flag condition @vc at @gc */
static int flag_derive(struct ctx *cx, const struct cg_call *gc,
		       const struct vcond *vc)
{
	char field[256];
	enum fv_int what;
	long long v;
	int k;

	if (vc->field)
		return member_derive(cx, gc, vc);
	/* a member of a table's element (tables.h): decided by its
	 * initializer, unless the program's stores already say never */
	if (!(vc->eq & ATOM_DEREF) && (k = table_derive(cx, gc, vc)) != -2 && k != 0) {
		if (k > 0 && fv_arg_sfield(gc->c->vals, vc->param, field, sizeof(field)) &&
		    sfield_derive(cx, vc, field) == -1)
			return -1;
		return k;
	}
	/* what the argument is, or (ATOM_DEREF) what it points to */
	what = fv_arg_int(gc->c->vals, vc->param, vc->eq & ATOM_DEREF, &k, &v);
	if (what == FV_NONE && !(vc->eq & ATOM_DEREF) &&
	    fv_arg_sfield(gc->c->vals, vc->param, field, sizeof(field)))
		return sfield_derive(cx, vc, field);
	/* J=K.F: the caller's member F of what its parameter K points to,
	 * as on the caller's entry unless it (or what it calls) may store
	 * it first (`ip_fib_metrics_init(net, cfg->fc_mx, ...)`) */
	if (what == FV_NONE && !(vc->eq & ATOM_DEREF) &&
	    (k = fv_arg_field(gc->c->vals, vc->param, field, sizeof(field))) >= 0) {
		if (fi_may_store(&cx->g, gc->func, k, field, 0, &cx->nfi_cut))
			return 0;
		return flag_cond(cx, gc->func, k, field, vc->mask, vc->eq, vc->set);
	}
	/* J=*K: the caller's pointer parameter itself (a test of it
	 * against NULL) */
	if (what == FV_NONE && !(vc->eq & ATOM_DEREF) &&
	    (k = fv_arg_param(gc->c->vals, vc->param)) >= 0)
		what = FV_PARAM;
	else if (what == FV_NONE && !(vc->eq & ATOM_DEREF) &&
		 arg_address(gc->c, vc->param))
		what = FV_NONZERO;
	/* J=^L:C of a function that returns 0 where bottom halves may be
	 * disabled: a bit set (or a non-zero value) needs them enabled */
	if (what == FV_NONE && !(vc->eq & ATOM_DEREF) && vc->set && vc->mask &&
	    (k = ctx_ret_cond(cx, gc, vc->param)) != -2)
		return k;
	return value_derive(cx, gc->func, vc, what, k, v);
}

/*
 * What decides the callee's condition @cond (not 0) at call @gc into
 * @target: a gfp class the call passes; the gfp flags in field @field of
 * the caller's pointer parameter @param; or, for a flag condition of the
 * callee, @flag (the integer argument decides, flag_derive()).
 */
struct cond_src {
	char cls;			/* facts.h class, when neither below;
					 * GFP_SOFTIRQ also for the callee's
					 * VC_BH condition */
	int param;			/* -1: not a field of a parameter */
	char field[FV_FIELD_MAX];
	const struct vcond *flag;
};

/*
 * Is gfp field @field of what argument @j of call @c points to, a struct
 * inside another (J=&struct T.M: `&blkcg->blkg_tree`), one that no store
 * of the program may make allow blocking (fieldsets.c: the stores into
 * "struct T.M.F" and those through plain pointers into "struct X.F")?
 */
struct member_q {
	const struct fieldsets *fs;
	const char *field;
};

/* does no store make gfp field q->field of struct member @member
 * ("struct T.M") allow blocking? */
static int member_noblock(void *arg, const char *member)
{
	const struct member_q *q = arg;
	char path[400];

	snprintf(path, sizeof(path), "%s.%s", member, q->field);
	return fs_gfp_blocks(q->fs, path) == 0;
}

static int member_field_noblock(const struct ctx *cx, const struct fact_call *c,
				int j, const char *field)
{
	struct member_q q = { &cx->fs, field };
	char name[300];
	int is_static;

	/* J=>struct X.P: the pointer a field holds, the members of
	 * structs the program stores there (xhci's ring->trb_address_map,
	 * drivers/usb/host/xhci-mem.c:663) */
	if (fv_arg_ptrfield(c->vals, j, name, sizeof(name)))
		return fs_ptr_targets(&cx->fs, name, member_noblock, &q) > 0;
	if (!fv_arg_addr(c->vals, j, name, sizeof(name), &is_static) ||
	    strncmp(name, "struct ", 7) || !strchr(name, '.'))
		return 0;
	return member_noblock(&q, name);
}

static void cond_source(const struct ctx *cx, const struct cg_call *gc,
			int target, int cond, struct cond_src *s)
{
	const struct fact_call *c = gc->c;
	const struct vcond *vc;

	s->cls = 0;
	s->param = -1;
	s->flag = NULL;
	if (cond < VCOND) {
		s->cls = arg_class(c, cond - 1);
		if (s->cls == GFP_UNKNOWN)
			s->param = fv_arg_field(c->vals, cond - 1, s->field,
						sizeof(s->field));
		return;
	}
	vc = &cx->st[target].vc.v[cond - VCOND];
	if (vc->kind == VC_FLAG) {
		s->flag = vc;
		return;
	}
	if (vc->kind == VC_BH) {
		s->cls = GFP_SOFTIRQ;
		return;
	}
	if (vc->kind == VC_AND)
		return;		/* derive() takes its two apart */
	s->cls = of_obj_field(&cx->g, gc, vc->param, vc->field);
	if (s->cls)
		return;
	if (member_field_noblock(cx, c, vc->param, vc->field)) {
		s->cls = GFP_NOBLOCK;
		return;
	}
	s->param = fv_arg_param(c->vals, vc->param);
	if (s->param >= 0)
		snprintf(s->field, sizeof(s->field), "%s", vc->field);
	else
		s->cls = GFP_UNKNOWN;	/* the call says nothing: it may block */
}

/* the caller's condition a gfp class @cls at a call gives */
static int class_cond(char cls)
{
	if (blocking(cls))
		return 0;
	if (GFP_IS_PARAM(cls))
		return 1 + GFP_PARAM_NR(cls);
	return -1;
}

/*
 * The caller's condition for "argument @j of call @gc may point to
 * vmalloc memory" (a callee's sleep that needs it: kvfree()'s vfree(),
 * or its VC_VMEM condition): a pointer parameter passed on is the
 * caller's VC_VMEM condition, a pointer a call returned is never such
 * memory, or only where a gfp parameter allows blocking (vmem.c);
 * anything else may be.
 */
static int vmem_cond(struct ctx *cx, const struct cg_call *gc, int j)
{
	int k = fv_arg_param(gc->c->vals, j), v;
	char cls;

	if (k >= 0) {
		v = vc_vmem(&cx->st[gc->func].vc, k, 1);
		if (v < 0) {
			cx->nvc_cut++;
			return 0;
		}
		return VCOND + v;
	}
	cls = vm_arg(&cx->g, gc->func, gc->c, j);
	if (!cls)
		return 0;
	if (cls == GFP_NOBLOCK)
		return -1;
	return GFP_IS_PARAM(cls) ? 1 + GFP_PARAM_NR(cls) : 0;
}

/*
 * The caller's condition for "argument @j of call @gc may be other than
 * the objects the premapped rules of function @name name" (a callee's
 * sleep that needs a register not mapped at boot: acpi_hw_read(), or
 * its VC_MAPPED condition): such an object's address never sleeps, a
 * pointer parameter passed on is the caller's VC_MAPPED condition,
 * anything else may.
 */
static int mapped_cond(struct ctx *cx, const struct cg_call *gc, int j,
		       const char *name)
{
	int k, v;

	if (pm_arg_mapped(cx->g.rules, name, gc->c->vals, j))
		return -1;
	if ((k = fv_arg_param(gc->c->vals, j)) < 0)
		return 0;
	v = vc_mapped(&cx->st[gc->func].vc, k, name, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

/*
 * The caller's condition for the callee's VC_TARGET condition @vc at
 * @gc: never where the argument is a global object whose member cannot
 * hold that function, or only callers outside the database pass the
 * object, which cannot hold it (fp_outside_never()); the caller's own
 * where it passes its parameter on as it was given it (fnparam.c); else
 * it may.
 */
static int target_derive(struct ctx *cx, const struct cg_call *gc,
			 const struct vcond *vc)
{
	int r = fp_arg_holds(&cx->fp, gc, vc->param, vc->field, (int)vc->mask), v;

	if (r <= 0)
		return r;
	if (fp_outside_never(&cx->fp, gc->func, r - 1, vc->field, (int)vc->mask))
		return -1;
	v = vc_target(&cx->st[gc->func].vc, r - 1, vc->field, (int)vc->mask, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

/*
 * The caller's condition for the callee @target's VC_RTARGET condition
 * @vc at @gc: never where @gc is a receiver dispatch whose tables cannot
 * hold that function; the caller's own where it passes its parameter on
 * as it was given it (receiver.c); else it may.
 */
static int rtarget_derive(struct ctx *cx, const struct cg_call *gc, int target,
			  const struct vcond *vc)
{
	int r = rv_arg_holds(&cx->fp, gc, target, vc->param, vc->field, (int)vc->mask), v;

	if (r <= 0)
		return r;
	v = vc_rtarget(&cx->st[gc->func].vc, r - 1, vc->field, (int)vc->mask, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return 0;
	}
	return VCOND + v;
}

/*
 * The caller's condition for reaching @target through slot @slot of call
 * @call, whose condition is @up otherwise: joined with "the member the
 * call goes through holds @target" (VC_TARGET) where the call is through
 * a member of what a parameter points to, as the caller was given it
 * (fnparam.c); @up where it is not, or the caller has no room.
 */
static int param_target(struct ctx *cx, int call, int target, int up)
{
	const struct cg_call *gc = &cx->g.c[call];
	char key[700];
	int v;

	if (up >= 0 && cx->rcall && cx->rcall[call] &&
	    rv_call_key(gc, key, sizeof(key)) >= 0) {
		v = vc_rtarget(&cx->st[gc->func].vc, cx->rcall[call] - 1, key, target, 1);
		if (v < 0) {
			cx->nvc_cut++;
			return up;
		}
		return and_cond(cx, gc->func, up, VCOND + v);
	}
	if (up < 0 || !cx->pcall || !cx->pcall[call])
		return up;
	if (fp_outside_never(&cx->fp, gc->func, cx->pcall[call] - 1, fcx(gc->c)->via,
			     target))
		return -1;
	v = vc_target(&cx->st[gc->func].vc, cx->pcall[call] - 1, fcx(gc->c)->via,
		      target, 1);
	if (v < 0) {
		cx->nvc_cut++;
		return up;
	}
	return and_cond(cx, gc->func, up, VCOND + v);
}

/*
 * The condition of the caller (gc->func) under which the callee's @cond
 * holds, through call @gc into @target: a gfp argument is a constant, a
 * gfp parameter of the caller or a field of one of its pointer
 * parameters; a field of the callee's pointer parameter is a field of an
 * object the caller filled in, or of a pointer parameter it passes on.
 * What the call does not say is taken to allow blocking.
 */
static int derive(struct ctx *cx, const struct cg_call *gc, int target, int cond)
{
	struct cond_src s;

	if (cond == 0 && target >= 0 && cx->premap && cx->premap[target])
		return mapped_cond(cx, gc, cx->premap[target] - 1,
				   cx->g.f[target].fn->name);
	if (cond == 0)
		return target >= 0 && cx->vfree && cx->vfree[target] ?
		       vmem_cond(cx, gc, cx->vfree[target] - 1) : 0;
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_VMEM)
		return vmem_cond(cx, gc, cx->st[target].vc.v[cond - VCOND].param);
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_MAPPED)
		return mapped_cond(cx, gc, cx->st[target].vc.v[cond - VCOND].param,
				   cx->st[target].vc.v[cond - VCOND].field);
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_TARGET)
		return target_derive(cx, gc, &cx->st[target].vc.v[cond - VCOND]);
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_RTARGET)
		return rtarget_derive(cx, gc, target, &cx->st[target].vc.v[cond - VCOND]);
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_IN)
		return in_derive(cx, gc, &cx->st[target].vc.v[cond - VCOND]);
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_AND) {
		int a = VCOND + cx->st[target].vc.v[cond - VCOND].a;
		int b = VCOND + cx->st[target].vc.v[cond - VCOND].b;

		return and_cond(cx, gc->func, derive(cx, gc, target, a),
				derive(cx, gc, target, b));
	}
	cond_source(cx, gc, target, cond, &s);
	if (s.flag)
		return flag_derive(cx, gc, s.flag);
	if (s.param >= 0)
		return field_cond(cx, gc->func, s.param, s.field);
	if (s.cls == GFP_SOFTIRQ)
		return bh_cond(cx, gc);
	return class_cond(s.cls);
}

#define GFP_BITS ((1u << GFP_MAX_PARAMS) - 1)

/* flag atoms a function may have: guard bits GFP_MAX_PARAMS..31 */
#define NATOM_BITS (32 - GFP_MAX_PARAMS)

/*
 * Does member flag atom @a of @f (on member @field of what parameter @k
 * points to) test the member's value on entry?  Not when something @f
 * calls may store the member first (fieldints.c; @f itself never does,
 * or the front end made no atom): of an atom that lists the calls its
 * tests may come after (ATOM_BEFORE), one of those.  Asked once per atom (cx->atom_ok).
 */
static int member_atom_holds(struct ctx *cx, int f, int a, int k, const char *field)
{
	unsigned char *ok;

	if (!cx->atom_ok)
		cx->atom_ok = sc_calloc((size_t)cx->g.nf * NATOM_BITS, 1);
	ok = &cx->atom_ok[(size_t)f * NATOM_BITS + a];
	if (!*ok) {
		const struct fact_atom *fa = &cx->g.f[f].fn->atoms[a];

		/* tested only after some calls (ATOM_BEFORE): what they may
		 * store, not what the calls after every test do */
		if (fa->how & ATOM_BEFORE)
			*ok = fi_may_store_after(&cx->g, f, k, field, fa, &cx->nfi_cut) ?
			      2 : 1;
		else
			*ok = fi_may_store(&cx->g, f, k, field, 0, &cx->nfi_cut) ? 2 : 1;
	}
	return *ok == 1;
}

/*
 * Refine the condition @up of function @f by the guard of a call in it:
 * gfp parameters that must allow (@blk) or forbid (@nblk) blocking, and
 * above them its flag atoms (fact_func.atoms) that must be set or clear.
 * A condition the guard contradicts is -1; an unconditional one becomes
 * the guard's first condition, and a value condition gets the guard's
 * flags joined to it (VC_AND: `switch (type) case EV_ABS:` around a call
 * whose callee needs `code != ABS_MT_SLOT`); a vmalloc test of a pointer
 * parameter on its true side (ATOM_VMEM) gives its VC_VMEM condition, so
 * joined.
 */
static int guarded(struct ctx *cx, int f, int up, unsigned blk, unsigned nblk)
{
	const struct fact_atom *fa;
	int j, k, set, v, eq, pass;
	const char *field;
	unsigned long long mask;

	if (up < 0)
		return -1;
	if (up > 0 && up < VCOND && (nblk & (1u << (up - 1))))
		return -1;	/* needs j to block where j cannot */
	/* only reached where j allows blocking; a value condition the
	 * callee's sleep needs gives way to it, as and_cond() keeps a gfp
	 * parameter's condition alone (dma_alloc_contiguous(): `if
	 * (!gfpflags_allow_blocking(gfp)) return NULL;` before its test of
	 * dev->cma_area passed on) */
	if ((up == 0 || up >= VCOND) && (blk & GFP_BITS)) {
		for (j = 0; !(blk & (1u << j)); j++)
			;
		return 1 + j;
	}
	/* tests of particular bits or values first, a parameter's being
	 * non-zero at all last: when the function's conditions run out of
	 * room, the ones left out are the least telling (`if (length)`
	 * before `if (flags & MSG_ZEROCOPY)` in __ip_append_data()) */
	for (pass = 0; pass < 2; pass++) {
		for (j = GFP_MAX_PARAMS; j < 32; j++) {
			if (!((blk | nblk) & (1u << j)))
				continue;
			set = !!(blk & (1u << j));
			if (set && (nblk & (1u << j)))
				return -1;
			fa = j - GFP_MAX_PARAMS < cx->g.f[f].fn->natoms ?
			     &cx->g.f[f].fn->atoms[j - GFP_MAX_PARAMS] : NULL;
			if (fa && (fa->how & ATOM_FIELD) && fa->value == ~0ULL) {
				/* `if (!p->ops->f) fallback();` where every
				 * object of the struct has f set (fieldsets.c) */
				if (!set && fs_fn_nonnull(&cx->fs, fa->sfield) == 1)
					return -1;
				continue;
			}
			if (fa && (fa->how & ATOM_FIELD)) {
				/* `p->flags & MASK` where no store anywhere sets
				 * a bit of MASK in that field (fieldsets.c) */
				if (set && fs_may_set(&cx->fs, fa->sfield, fa->value) == 0)
					return -1;
				continue;
			}
			if (fa && (fa->how & ATOM_VMEM)) {
				/* `if (is_vmalloc_addr(p))`: reached only where
				 * pointer parameter p points to vmalloc memory
				 * (VC_VMEM); the other side says nothing */
				if (!set || pass || (up > 0 && up < VCOND))
					continue;
				v = vc_vmem(&cx->st[f].vc, fa->param, 1);
				if (v < 0) {
					cx->nvc_cut++;
					continue;
				}
				if (!needs(cx, f, up, VCOND + v))
					up = and_cond(cx, f, up, VCOND + v);
				continue;
			}
			if (!fact_func_atom(cx->g.f[f].fn, j - GFP_MAX_PARAMS, &k, &mask,
					    &eq))
				continue;
			field = fact_func_atom_field(cx->g.f[f].fn, j - GFP_MAX_PARAMS);
			/* a member tested before any call (ATOM_ENTRY) is as
			 * the caller left it */
			if (field[0] && !(eq & ATOM_ENTRY) &&
			    !member_atom_holds(cx, f, j - GFP_MAX_PARAMS, k, field))
				continue;
			eq &= ~ATOM_ENTRY;
			if ((!(eq & ATOM_EQ) && mask == ~0ULL) != pass)
				continue;
			if (contradicts(cx, f, up, k, field, mask, eq, set))
				return -1;
			if (up > 0 && up < VCOND)
				continue;	/* a gfp parameter's stays alone */
			v = vc_flag(&cx->st[f].vc, k, field, mask, eq, set, 1);
			if (v < 0) {
				cx->nvc_cut++;
				continue;
			}
			if (!needs(cx, f, up, VCOND + v))
				up = and_cond(cx, f, up, VCOND + v);
		}
	}
	return up;
}

static int rule_cond(struct ctx *cx, const struct cg_call *gc)
{
	int need = gc->rule->kind == RULE_SLEEP ? 0 : 1 + gc->rule->arg;

	return guarded(cx, gc->func, derive(cx, gc, -1, need), fcx(gc->c)->gblk,
		       fcx(gc->c)->gnblk);
}

/* a slot into a function, with what propagate_sleep() reads of it and
 * of its call, in the order of the reverse edges (callgraph.rslots):
 * reading them one after the other, not the slots and calls at random */
#define REV_CLS 4
#define REV_AHEAD 6

struct rev {
	int call, func;			/* the slot is callgraph.rslots' */
	unsigned lc;			/* the call's line and column (way_better();
					 * read here, not from the call at
					 * random for each offer set_node()
					 * keeps): REV_LC() of them, or ~0 when
					 * they do not fit (rev_line_col()) */
	/* 20 bytes, one per slot (five million in a large program): */
	unsigned base : 5 * AK_NR + 1;	/* call_base() of the call, 5 bits
					 * each, one of CTX_SERVED (rev_base()) */
	unsigned cut : 1, wide : 1;
	unsigned guard : 1;		/* the slot has a guard (blk, nblk) */
	unsigned novals : 1;		/* the call has no vals */
	char cls[REV_CLS];		/* arg_class() of its first arguments */
};

/* a line below 2^20 and a column below 2^12 in one word (rev.lc) */
#define REV_COL_BITS 12
#define REV_LC(line, col) ((unsigned)(line) << REV_COL_BITS | (unsigned)(col))

static unsigned rev_pack_lc(const struct fact_call *c)
{
	if (c->line < 0 || c->line >= 1 << (32 - REV_COL_BITS) ||
	    c->col < 0 || c->col >= 1 << REV_COL_BITS)
		return ~0u;
	return REV_LC(c->line, c->col);
}

/* the line and column of @r's call */
static void rev_line_col(const struct ctx *cx, const struct rev *r,
			 int *line, int *col)
{
	if (r->lc == ~0u) {
		*line = cx->g.c[r->call].c->line;
		*col = cx->g.c[r->call].c->col;
		return;
	}
	*line = (int)(r->lc >> REV_COL_BITS);
	*col = (int)(r->lc & ((1u << REV_COL_BITS) - 1));
}

/*
 * A call_base() in rev.base: each kind within -16..15, 5 bits: -15..15
 * (call_base() keeps a depth of -15 less what assertions assumed at
 * -15: chain_delta() adds a delta of at most 0 and makes anything below
 * -AK_MAX_DEPTH that, so it makes the same of either) or DELTA_OFF; and
 * one bit, CTX_SERVED off (DELTA_OFF) or not (0).
 */
static unsigned rev_pack_base(const signed char *base)
{
	unsigned v = 0;
	int k;

	for (k = 0; k < AK_NR; k++)
		v |= (unsigned)(base[k] & 0x1f) << (5 * k);
	if (base[CTX_SERVED] == DELTA_OFF)
		v |= 1u << (5 * AK_NR);
	return v;
}

static void rev_base(const struct rev *r, signed char *base)
{
	int k;

	for (k = 0; k < AK_NR; k++) {
		int b = (r->base >> (5 * k)) & 0x1f;

		base[k] = (signed char)(b >= 16 ? b - 32 : b);
	}
	base[CTX_SERVED] = r->base >> (5 * AK_NR) & 1 ? DELTA_OFF : 0;
}

/*
 * Is condition @cond of @f only on what its calls through members of
 * its parameters' objects reach (VC_TARGET, and conjunctions of them)?
 * For blame and for a callback's own sleeps it is as none: which
 * callback a dispatcher's object holds is no more the dispatcher's doing
 * than the callback's unconditional sleep.
 */
static int target_only(const struct ctx *cx, int f, int cond)
{
	const struct vcond *vc;

	if (cond < VCOND || cond - VCOND >= cx->st[f].vc.n)
		return 0;
	vc = &cx->st[f].vc.v[cond - VCOND];
	if (vc->kind == VC_AND)
		return target_only(cx, f, VCOND + vc->a) && target_only(cx, f, VCOND + vc->b);
	return vc->kind == VC_TARGET || vc->kind == VC_RTARGET;
}

/*
 * May a sleep of node (@t, @cond) reach the caller through reverse edge
 * @r?
 * Not through a field called in atomic context when the sleep is
 * unconditional (or needs only what the callback's own calls through its
 * parameters' members reach): that is the bound function's bug
 * (blame.c); a sleep that depends on gfp flags the caller passes stays
 * the caller's.
 * Pass 1 also leaves out wide pointer calls.
 */
static int slot_open(const struct ctx *cx, const struct rev *r, int t, int cond)
{
	if (r->cut && (cond == 0 || target_only(cx, t, cond)))
		return 0;
	return cx->pass == 2 || !r->wide;
}

/* does a call through a wide pointer reach @f (a slot pass 2 opens)? */
static char *wide_into(const struct callgraph *g)
{
	char *wide = sc_calloc(g->nf + 1, 1);
	int i;

	for (i = 0; i < g->ns; i++)
		if (g->c[g->s[i].call].wide)
			wide[g->s[i].target] = 1;
	return wide;
}

/*
 * Two passes, each a search from the nearest nodes outwards: first
 * through direct calls and pointer calls with few candidates (a "sure"
 * chain), then through every call, for the nodes the first left unset.
 *
 * Pass 2 pops every witness again, in the same order, but a witness of
 * pass 1 offers again only through the slots pass 1 left closed (wide
 * calls): through the others its offer is the one pass 1 made, now not
 * sure, which loses to the sure witness that offer made or lost to.
 * Only a witness some of whose pass-1 offers were dropped for want of
 * room (nwcut, nvc_cut) offers all again, as before, to count them.
 */
/*
 * The gfp parameters a call's arguments carry, a bit each: an argument
 * is carried when the call's classes reach it and it is not GFP_NOT.
 */
static unsigned call_carried(const struct fact_call *c)
{
	unsigned m = 0;
	int j;

	for (j = 0; c->args && j < GFP_MAX_PARAMS && c->args[j]; j++)
		if (c->args[j] != GFP_NOT)
			m |= 1u << j;
	return m;
}

/* arg_class() of @c's first REV_CLS arguments, in one reading of args */
static void rev_classes(const struct fact_call *c, char *cls)
{
	const char *a = c->args;
	int k;

	for (k = 0; k < REV_CLS; k++) {
		char ch = a ? a[k] : 0;

		if (!ch)
			a = NULL;	/* past its end: unknown */
		cls[k] = !ch || ch == GFP_NOT ? GFP_UNKNOWN : ch;
	}
}

/*
 * The reverse edges.  The slots are read in their order and each record
 * written where rslots has it, in two steps so that the writes are not
 * at random in the whole array: first appended to the range of its
 * target's group of 4096 functions, then, a group at a time (in the
 * cache), moved to its target's place, in the order they came (a
 * counting sort).
 */
#define REV_GROUP_SHIFT 12

/* the end of group @b of functions */
static int group_end(const struct callgraph *g, int b)
{
	int hi = (b + 1) << REV_GROUP_SHIFT;

	return hi < g->nf ? hi : g->nf;
}

static struct rev *rev_edges(const struct callgraph *g)
{
	struct rev *r = sc_malloc((g->ns + 1) * sizeof(*r)), *tmp;
	int ngroups = (g->nf >> REV_GROUP_SHIFT) + 1;
	int *gfill = sc_malloc((ngroups + 1) * sizeof(int));
	int *tg = sc_malloc((g->ns + 1) * sizeof(int));
	int *fill = sc_malloc(((1 << REV_GROUP_SHIFT) + 1) * sizeof(int));
	signed char base[CTX_NR];
	int i, k, b, maxn = 0;

	for (b = 0; b < ngroups; b++)
		gfill[b] = g->rfirst[b << REV_GROUP_SHIFT];
	for (i = 0; i < g->ns; i++) {
		const struct cg_slot *s = &g->s[i];
		const struct cg_call *gc = &g->c[s->call];
		int at = gfill[s->target >> REV_GROUP_SHIFT]++;
		struct rev *e = &r[at];

		tg[at] = s->target;
		e->call = s->call;
		e->func = gc->func;
		e->guard = !unguarded(g, s->call, i);
		e->cut = s->cut;
		e->wide = gc->wide;
		e->novals = !gc->c->vals;
		e->lc = rev_pack_lc(gc->c);
		call_base(gc->c, base);
		e->base = rev_pack_base(base);
		rev_classes(gc->c, e->cls);
	}
	for (b = 0; b < ngroups; b++) {
		int lo = b << REV_GROUP_SHIFT, hi = group_end(g, b);
		int n = lo < g->nf ? g->rfirst[hi] - g->rfirst[lo] : 0;

		if (n > maxn)
			maxn = n;
	}
	tmp = sc_malloc((maxn + 1) * sizeof(*tmp));
	for (b = 0; b < ngroups; b++) {
		int lo = b << REV_GROUP_SHIFT, hi = group_end(g, b), first, n;

		if (lo >= g->nf)
			break;
		first = g->rfirst[lo];
		n = g->rfirst[hi] - first;
		for (k = lo; k <= hi; k++)
			fill[k - lo] = g->rfirst[k] - first;
		for (i = 0; i < n; i++)
			tmp[fill[tg[first + i] - lo]++] = r[first + i];
		memcpy(r + first, tmp, n * sizeof(*tmp));
	}
	free(tmp);
	free(fill);
	free(tg);
	free(gfill);
	return r;
}

/*
 * derive() through reverse edge @r: a gfp parameter's condition decided
 * by a class the call passes among its first arguments is taken from
 * @r, without reading the call (what cond_source() and derive() make of
 * it; an unknown class with vals, which may name a field, and a
 * softirq's class are left to them).
 */
static int rev_derive(struct ctx *cx, const struct rev *r, int t, int cond)
{
	char cls;

	if (cond == 0)
		return (cx->vfree && cx->vfree[t]) || (cx->premap && cx->premap[t]) ?
		       derive(cx, &cx->g.c[r->call], t, 0) : 0;
	if (cond <= REV_CLS) {
		cls = r->cls[cond - 1];
		/* unknown: a field of a parameter if vals says so */
		if ((cls != GFP_UNKNOWN || r->novals) && cls != GFP_SOFTIRQ)
			return class_cond(cls);
	}
	return derive(cx, &cx->g.c[r->call], t, cond);
}

static void propagate_sleep(struct ctx *cx)
{
	struct callgraph *g = &cx->g;
	char *redo = NULL, *wide = wide_into(g);
	struct rev *rev;
	int i, nw1 = 0, ncap = 0, work2 = 0;

	rev = rev_edges(g);
	phase_mark("ps: rev");
	cx->pass = 1;
	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		signed char base[CTX_NR], d[CTX_NR], rd[CTX_NR];
		int cond;

		if (!gc->rule || (cond = rule_cond(cx, gc)) < 0)
			continue;
		call_base(gc->c, base);
		if (!chain_delta(base, rule_delta(gc->rule, rd), d))
			continue;
		set_node(cx, gc->func, cond, 1, i, -1, 0, -1, d,
			 unguarded(g, i, -1), gc->c->line, gc->c->col);
	}
	for (;;) {
		while (cx->qn) {
			struct qitem q = pop(cx);
			int v = q.v;
			struct wit w = cx->w[v];	/* set_node() may move it */
			int t = w.f, cond = w.cond, k;
			int again = cx->pass == 2 && v < nw1 && !redo[v];
			int cut = cx->nwcut, vcut = cx->nvc_cut;

			/*
			 * Each anywhere in memory: the next witness (likely)
			 * and its first reverse edges, one witness ahead;
			 * this one's callers' state, its edges being here.
			 */
			for (k = 1; k <= 2 && k < cx->qn; k++) {
				__builtin_prefetch(&cx->w[cx->heap[k].v]);
				__builtin_prefetch(&rev[cx->heap[k].rf]);
				__builtin_prefetch(&g->rslots[cx->heap[k].rf]);
			}
			if (cx->qn) {
				const struct qitem *nq = &cx->heap[0];

				__builtin_prefetch(&cx->w[nq->v]);
				__builtin_prefetch(&g->rslots[nq->rf]);
				for (k = nq->rf; k < nq->re && k < nq->rf + REV_AHEAD; k++)
					__builtin_prefetch(&cx->st[rev[k].func]);
			}

			if (again && !wide[t])
				continue;
			/* the callers' state asked for one witness ago: their
			 * unconditional node's last witness, which an offer
			 * of the same length is weighed against */
			for (k = q.rf; cond == 0 && k < q.re && k < q.rf + REV_AHEAD; k++) {
				int lw = cx->st[rev[k].func].always.w;

				if (lw)
					__builtin_prefetch(&cx->w[lw - 1]);
			}
			for (k = q.rf; k < q.re; k++) {
				const struct rev *r = &rev[k];
				int up, line, col;
				signed char base[CTX_NR], d[CTX_NR];

				/* the callers are anywhere in memory: ask for
				 * the state of one a few edges on */
				if (k + REV_AHEAD < q.re)
					__builtin_prefetch(&cx->st[rev[k + REV_AHEAD].func]);

				if (again && (!r->wide || (r->cut && cond == 0)))
					continue;
				/* guarded() keeps a condition no guard refines */
				up = rev_derive(cx, r, t, cond);
				if (r->guard) {
					unsigned blk, nblk;

					cg_slot_guard(g, g->rslots[k], &blk, &nblk);
					up = guarded(cx, r->func, up, blk, nblk);
				}
				up = param_target(cx, r->call, t, up);
				if (up < 0 || !slot_open(cx, r, t, cond))
					continue;
				/* a call with nothing held or assumed (most):
				 * chain_delta() gives the callee's delta */
				if (!r->base) {
					memcpy(d, w.delta, sizeof(d));
				} else {
					rev_base(r, base);
					if (!chain_delta(base, w.delta, d))
						continue;
				}
				rev_line_col(cx, r, &line, &col);
				set_node(cx, r->func, up, w.len + 1, r->call,
					 g->rslots[k], cond, v, d, !r->guard,
					 line, col);
			}
			if (cx->pass == 1 && (cx->nwcut != cut || cx->nvc_cut != vcut)) {
				if (v >= ncap) {
					int n = cx->wcap > v ? cx->wcap : v + 1;

					redo = sc_realloc(redo, n);
					memset(redo + ncap, 0, n - ncap);
					ncap = n;
				}
				redo[v] = 1;
				work2++;	/* pass 2 has work */
			}
		}
		if (cx->pass == 2)
			break;
		cx->pass = 2;
		/* no wide call and nothing to redo: pass 2 would pop every
		 * witness again and offer nothing */
		for (i = 0; i < g->nf && !work2; i++)
			work2 += wide[i];
		if (!work2)
			break;
		nw1 = cx->nw;
		if (ncap < nw1) {
			redo = sc_realloc(redo, nw1 + 1);
			memset(redo + ncap, 0, nw1 + 1 - ncap);
			ncap = nw1 + 1;
		}
		for (i = 0; i < cx->nw; i++)
			push(cx, i, &cx->st[cx->w[i].f]);
	}
	free(redo);
	free(wide);
	free(rev);
}

/*
 * The class of the value that decides the callee's @cond at call @gc
 * into @target, for the notes: a constant, or a parameter's (any
 * parameter letter: "passing on its caller's GFP flags").
 */
static char cond_class(const struct ctx *cx, const struct cg_call *gc,
		       int target, int cond)
{
	struct cond_src s;

	if (cond == 0)
		return 0;
	if (cond >= VCOND && cx->st[target].vc.v[cond - VCOND].kind == VC_BH)
		return GFP_NOTE_BH;
	if (cond >= VCOND && (cx->st[target].vc.v[cond - VCOND].kind == VC_AND ||
			      object_kind(cx->st[target].vc.v[cond - VCOND].kind)))
		return 0;
	cond_source(cx, gc, target, cond, &s);
	if (s.flag)
		return 0;
	return s.param >= 0 ? GFP_PARAM(0) : s.cls;
}

/*
 * May some caller make condition @cond of function @f hold?  One whose
 * blockarg says so; and for a condition beyond the gfp parameters (a
 * flag, a field), a function no call in the database reaches: its
 * callers are outside, and may pass anything.  (A gfp parameter nobody
 * in the database feeds stays unfed: a function taking gfp flags leaves
 * the choice to its callers.)
 */
static int fed(const struct ctx *cx, int f, int cond)
{
	const struct fstate *st = &cx->st[f];

	if (cond <= st->nblockarg && st->blockarg[cond - 1])
		return 1;
	return cond >= VCOND && cx->g.rfirst[f] == cx->g.rfirst[f + 1];
}

/*
 * What derive() said for a slot and condition in an earlier round of
 * propagate_blockargs(), and whether it counted a condition cut then: it
 * says the same again (the conditions it found or made are still there;
 * a table that was full still is), so a later round takes it from there
 * and counts the cut again, instead of parsing the call's values again.
 * A round asks for (slot, condition) pairs in increasing order, each
 * pair of the round before again (conditions are only ever added), so
 * each round reads the list the round before wrote, in order, and
 * writes its own.
 */
struct dpair {
	int slot, cond;
	int val;		/* derive() + 1, plus 1 << 16 for a cut */
};

struct dcache {
	struct dpair *old, *cur;	/* the round before's, this one's */
	int nold, ncur, cap, at;	/* at: next of old to read */
};

static void dcache_round(struct dcache *d)
{
	struct dpair *t = d->old;

	d->old = d->cur;
	d->nold = d->ncur;
	d->cur = t;
	d->ncur = 0;
	d->at = 0;
	if (d->cap < d->nold + 64) {
		d->cap = 2 * d->nold + 64;
		d->old = sc_realloc(d->old, d->cap * sizeof(*d->old));
		d->cur = sc_realloc(d->cur, d->cap * sizeof(*d->cur));
	}
}

static int derive_again(struct ctx *cx, struct dcache *d, int slot, int cond)
{
	const struct cg_slot *s = &cx->g.s[slot];
	const struct dpair *o;
	struct dpair *e;
	int cut = cx->nvc_cut, up, f;

	while (d->at < d->nold && (d->old[d->at].slot < slot ||
				   (d->old[d->at].slot == slot &&
				    d->old[d->at].cond < cond)))
		d->at++;
	if (d->ncur == d->cap) {
		d->cap = 2 * d->cap + 64;
		d->old = sc_realloc(d->old, d->cap * sizeof(*d->old));
		d->cur = sc_realloc(d->cur, d->cap * sizeof(*d->cur));
	}
	e = &d->cur[d->ncur++];
	e->slot = slot;
	e->cond = cond;
	o = d->at < d->nold ? &d->old[d->at] : NULL;
	if (o && o->slot == slot && o->cond == cond) {
		e->val = o->val;
		cx->nvc_cut += o->val >> 16;
		return (o->val & 0xffff) - 1;
	}
	up = derive(cx, &cx->g.c[s->call], s->target, cond);
	e->val = (up + 1) | (cx->nvc_cut != cut) << 16;
	/* derive() makes conditions of the caller only; its first makes
	 * the slots into it worth a visit */
	f = cx->g.c[s->call].func;
	if (!cx->vcn[f] && cx->st[f].vc.n) {
		int k;

		for (k = cx->g.rfirst[f]; k < cx->g.rfirst[f + 1]; k++)
			cx->act[cx->g.rslots[k] / 64] |= 1ull << (cx->g.rslots[k] % 64);
	}
	cx->vcn[f] = (unsigned char)cx->st[f].vc.n;
	return up;
}

/* fed() while propagate_blockargs() runs, from its side-by-side masks */
static int fed_now(const struct ctx *cx, int f, int cond)
{
	if (cx->fedm[f] >> (cond - 1) & 1)
		return 1;
	return cond >= VCOND && cx->g.rfirst[f] == cx->g.rfirst[f + 1];
}

/* the first slot from @i on whose bit in @act is set, or @n */
static int next_active(const unsigned long long *act, int i, int n)
{
	while (i < n) {
		unsigned long long b = act[i / 64] >> (i % 64);

		if (b)
			return i + __builtin_ctzll(b) < n ? i + __builtin_ctzll(b) : n;
		i = (i / 64 + 1) * 64;
	}
	return n;
}

/*
 * blockarg[f][cond - 1]: a slot whose call feeds condition cond of f
 * (a gfp parameter, or a field of a pointer parameter) with gfp flags
 * that allow blocking, + 1.
 */
static void propagate_blockargs(struct ctx *cx)
{
	struct callgraph *g = &cx->g;
	int i, changed, rounds = 0;
	struct dcache dc = { NULL, NULL, 0, 0, 0, 0 };
	/* per call, the gfp parameters its arguments carry, so a round
	 * reads no call's facts for a callee they cannot feed (made here,
	 * in the order of the calls, not during propagate_sleep(): the most
	 * memory is taken there) */
	unsigned *carried = sc_malloc((g->nc + 1) * sizeof(*carried));

	for (i = 0; i < g->nc; i++)
		carried[i] = call_carried(g->c[i].c);

	/* each function's count of value conditions and its conditions fed
	 * (blockarg set), side by side; the slots that carry gfp or go into
	 * a function with value conditions, a bit each: a round visits only
	 * those, in order, without reading any other slot or state
	 * (derive_again() sets the bits of a function's callers when it
	 * gets its first value condition, which a round sees where the
	 * slots come later, as reading its count at each slot would) */
	cx->vcn = sc_malloc(g->nf + 1);
	cx->fedm = sc_calloc(g->nf + 1, sizeof(*cx->fedm));
	cx->act = sc_calloc(g->ns / 64 + 1, sizeof(*cx->act));
	for (i = 0; i < g->nf; i++)
		cx->vcn[i] = (unsigned char)cx->st[i].vc.n;
	for (i = 0; i < g->ns; i++)
		if (carried[g->s[i].call] || cx->vcn[g->s[i].target])
			cx->act[i / 64] |= 1ull << (i % 64);
	do {
		changed = 0;
		dcache_round(&dc);
		for (i = 0; (i = next_active(cx->act, i, g->ns)) < g->ns; i++) {
			const struct cg_slot *s = &g->s[i];
			const struct cg_call *gc;
			struct fstate *t;
			unsigned m = carried[s->call];
			int cond, ncond;

			gc = &g->c[s->call];
			t = &cx->st[s->target];
			ncond = VCOND + cx->vcn[s->target];

			for (cond = 1; cond < ncond; cond++) {
				int up;

				/* the next gfp parameter carried, else the
				 * conditions beyond them */
				if (cond < VCOND) {
					if (!(m >> (cond - 1))) {
						cond = VCOND - 1;
						continue;
					}
					cond += __builtin_ctz(m >> (cond - 1));
				}
				up = derive_again(cx, &dc, i, cond);
				if (up < 0 || (up > 0 && !fed_now(cx, gc->func, up)))
					continue;
				if (cx->fedm[s->target] >> (cond - 1) & 1)
					continue;	/* blockarg set */
				if (cond > t->nblockarg) {
					t->blockarg = sc_realloc(t->blockarg,
								 cond * sizeof(int));
					memset(t->blockarg + t->nblockarg, 0,
					       (cond - t->nblockarg) * sizeof(int));
					t->nblockarg = (unsigned char)cond;
				}
				if (!t->blockarg[cond - 1]) {
					t->blockarg[cond - 1] = i + 1;
					cx->fedm[s->target] |= 1ull << (cond - 1);
					changed = 1;
				}
			}
		}
	} while (changed && ++rounds < 64);
	free(cx->vcn);
	free(cx->fedm);
	free(cx->act);
	cx->vcn = NULL;
	cx->fedm = cx->act = NULL;
	free(carried);
	free(dc.old);
	free(dc.cur);
}

static void add_step(struct finding *fd, const struct ctx *cx, int call,
		     int slot, const struct rule *rule, char gfp)
{
	const struct callgraph *g = &cx->g;
	const struct cg_call *gc = &g->c[call];
	struct chain_step *s;

	/* grown at each power of two: its room is the next one up (only
	 * here does a chain grow) */
	if (!(fd->nsteps & (fd->nsteps - 1)))
		fd->steps = sc_realloc(fd->steps, (fd->nsteps ? 2 * fd->nsteps : 1) *
				       sizeof(*fd->steps));
	s = &fd->steps[fd->nsteps++];
	memset(s, 0, sizeof(*s));
	s->file = g->f[gc->func].file;
	s->func = g->f[gc->func].fn;
	s->call = gc->c;
	s->rule = rule;
	s->gfp = gfp;
	if (gc->wide && slot >= 0) {
		s->ncand = gc->ncand;
		if (!fd->indirect) {
			fd->indirect = gc->ncand;
			fd->indirect_file = s->file;
			fd->indirect_func = s->func;
			fd->indirect_call = s->call;
		}
	}
	if (slot >= 0 && cg_slot_bind(g, &g->s[slot])) {
		s->target = g->f[g->s[slot].target].fn->name;
		s->bind = cg_slot_bind(g, &g->s[slot]);
		s->bind_file = cg_slot_bind_file(g, &g->s[slot]);
	}
}

/* the chain of witness @w, one step a call, down to the sleep source */
static void chain_from(struct finding *fd, struct ctx *cx, int w)
{
	const struct callgraph *g = &cx->g;

	/* witnesses point to shorter ones: this ends */
	while (w >= 0) {
		const struct wit *n = &cx->w[w];
		const struct cg_call *gc = &g->c[n->call];
		char gfp = 0;

		if (n->slot < 0) {
			if (gc->rule->kind == RULE_SLEEP_IF_GFP)
				gfp = cond_class(cx, gc, -1, 1 + gc->rule->arg);
			add_step(fd, cx, n->call, -1, gc->rule, gfp);
			return;
		}
		if (n->ccond)
			gfp = cond_class(cx, gc, g->s[n->slot].target, n->ccond);
		add_step(fd, cx, n->call, n->slot, NULL, gfp);
		w = n->next;
	}
}

/* walk blockarg witnesses up to the call that passes the constant */
static void gfp_origin(struct finding *fd, struct ctx *cx, int f, int cond)
{
	const struct callgraph *g = &cx->g;
	int guard = 0;

	while (cond > 0 && guard++ < 1000) {
		const struct fstate *st = &cx->st[f];
		const struct cg_slot *s;
		const struct cg_call *gc;

		if (cond > st->nblockarg || !st->blockarg[cond - 1] ||
		    (cond >= VCOND && (st->vc.v[cond - VCOND].kind == VC_BH ||
				       st->vc.v[cond - VCOND].kind == VC_AND ||
				       object_kind(st->vc.v[cond - VCOND].kind))))
			return;
		s = &g->s[st->blockarg[cond - 1] - 1];
		gc = &g->c[s->call];
		fd->gfp_file = g->f[gc->func].file;
		fd->gfp_func = g->f[gc->func].fn;
		fd->gfp_call = gc->c;
		fd->gfp_param = cond < VCOND ? cond - 1 : st->vc.v[cond - VCOND].param;
		fd->gfp_flag = cond >= VCOND && st->vc.v[cond - VCOND].kind == VC_FLAG;
		cond = derive(cx, gc, s->target, cond);
		f = gc->func;
	}
}

/* "its argument 1 is one of 0, 3, 20..63, or outside 0..63" of VC_IN
 * @vc */
static void in_text(const struct vcond *vc, char *buf, size_t size)
{
	size_t n;
	int i, j, first = 1;

	snprintf(buf, size, "its argument %d is one of", vc->param + 1);
	for (i = 0; i < 64; i = j) {
		for (j = i; j < 64 && ((vc->mask >> j) & 1); j++)
			;
		if (j == i) {
			j++;
			continue;
		}
		n = strlen(buf);
		if (j - i > 2)
			snprintf(buf + n, size - n, "%s %d..%d", first ? "" : ",", i, j - 1);
		else if (j - i == 2)
			snprintf(buf + n, size - n, "%s %d, %d", first ? "" : ",", i, i + 1);
		else
			snprintf(buf + n, size - n, "%s %d", first ? "" : ",", i);
		first = 0;
	}
	n = strlen(buf);
	if (vc->set)
		snprintf(buf + n, size - n, "%s outside 0..63", first ? "" : ", or");
}

/* the words for condition @cond (not 0) of @f, for `explain` */
static const char *cond_text(const struct ctx *cx, int f, int cond, char *buf,
			     size_t size)
{
	const struct vcond *vc;
	char a[160], b[160];

	if (cond < VCOND) {
		snprintf(buf, size, "its gfp argument %d allows blocking", cond);
		return buf;
	}
	vc = &cx->st[f].vc.v[cond - VCOND];
	switch (vc->kind) {
	case VC_FIELD:
		snprintf(buf, size, "the gfp flags in field '%s' of its argument %d "
			 "allow blocking", vc->field, vc->param + 1);
		break;
	case VC_BH:
		snprintf(buf, size, "bottom halves are enabled where it is called");
		break;
	case VC_VMEM:
		snprintf(buf, size, "its argument %d may point to vmalloc memory",
			 vc->param + 1);
		break;
	case VC_MAPPED:
		snprintf(buf, size, "its argument %d may be a register not mapped "
			 "at boot (premapped %s)", vc->param + 1, vc->field);
		break;
	case VC_TARGET:
		snprintf(buf, size, "'%s' of what its argument %d points to may be "
			 "'%s'", vc->field, vc->param + 1,
			 cx->g.f[vc->mask].fn->name);
		break;
	case VC_RTARGET:
		snprintf(buf, size, "'%s' of the ops struct of what its argument %d "
			 "points to may be '%s'", strchr(vc->field, '>') + 1, vc->param + 1,
			 cx->g.f[vc->mask].fn->name);
		break;
	case VC_IN:
		in_text(vc, buf, size);
		break;
	case VC_AND:
		snprintf(buf, size, "%s, and %s",
			 cond_text(cx, f, VCOND + vc->a, a, sizeof(a)),
			 cond_text(cx, f, VCOND + vc->b, b, sizeof(b)));
		break;
	default:
		snprintf(buf, size, "its ");
		vc_flag_text(vc->param, vc->field, vc->mask, vc->eq, vc->set, buf + 4,
			     size > 4 ? size - 4 : 0);
		break;
	}
	return buf;
}

/* does a sleep @delta deep in a callee happen with @depth still held?
 * Not at all where @depth holds a kind a test there said was off
 * (DELTA_OFF): the test said atomic */
static int still_atomic(const signed char *depth, const signed char *delta)
{
	int k;

	for (k = 0; k < AK_NR; k++)
		if (delta[k] == DELTA_OFF && depth[k] > 0)
			return 0;
	for (k = 0; k < AK_NR; k++)
		if (depth[k] > 0 && depth[k] + delta[k] > 0)
			return 1;
	return 0;
}

/*
 * The witness of node (@f, @cond) a chain shows (wit_before()), of those
 * on which a caller's atomic @depth is still held at the sleep (any,
 * when @depth is NULL), and, with @in (a callback's ctx-entry kinds),
 * of those no test of the context said were out of it (a sleep on the
 * side where `in_serving_softirq()` said false is not made serving a
 * softirq); -1 if none.
 */
static int best_wit_in(const struct ctx *cx, int f, int cond,
		       const signed char *depth, unsigned in)
{
	const struct node *n = node_of((struct ctx *)cx, f, cond, 0);
	int i, best = -1;

	for (i = n ? n->w - 1 : -1; i >= 0; i = cx->w[i].sib) {
		if (depth && !still_atomic(depth, cx->w[i].delta))
			continue;
		if ((in & (1u << CTX_SERVED)) &&
		    cx->w[i].delta[CTX_SERVED] == DELTA_OFF)
			continue;
		if (best < 0 || wit_before(cx, &cx->w[i], &cx->w[best]))
			best = i;
	}
	return best;
}

static int best_wit(const struct ctx *cx, int f, int cond, const signed char *depth)
{
	return best_wit_in(cx, f, cond, depth, 0);
}

/* may the caller's condition @up hold? (its gfp parameter is fed) */
static int feasible(const struct ctx *cx, int f, int up, int *param)
{
	*param = -1;
	if (up < 0)
		return 0;
	if (up == 0)
		return 1;
	if (!fed(cx, f, up))
		return 0;
	*param = up - 1;
	return 1;
}

/*
 * Best way for atomic call @i to sleep: returns the chain's length, 0 if
 * none; *@wit is the callee's witness (-1 when the call is a sleep rule),
 * one on which the call's atomic context is still held at the sleep.
 */
static int judge(struct ctx *cx, int i, int *slot, int *wit, int *param)
{
	const struct callgraph *g = &cx->g;
	const struct cg_call *gc = &g->c[i];
	unsigned blk, nblk;
	int best = 0, best_sure = 0, k, c, p;

	*slot = -1;
	*wit = -1;
	*param = -1;
	if (gc->rule) {
		signed char rd[CTX_NR];
		const signed char *d = rule_delta(gc->rule, rd);

		if (d && !still_atomic(gc->c->depth, d))
			return 0;
		return feasible(cx, gc->func, rule_cond(cx, gc), param) ? 1 : 0;
	}
	for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
		const struct cg_slot *s = &g->s[k];

		for (c = 0; c < NCOND; c++) {
			int w, sure, len;

			if (s->cut && (c == 0 || target_only(cx, s->target, c)))
				continue;
			w = best_wit(cx, s->target, c, gc->c->depth);
			if (w < 0)
				continue;
			/* a sure chain first, then the shortest, then the
			 * first slot (sorted by field, function, file) */
			sure = cx->w[w].sure && !gc->wide;
			len = cx->w[w].len + 1;
			if (best && (sure < best_sure ||
				     (sure == best_sure && len > best) ||
				     (sure == best_sure && len == best &&
				      (*slot == k || !slot_before(g, s, &g->s[*slot])))))
				continue;
			cg_slot_guard(g, k, &blk, &nblk);
			if (!feasible(cx, gc->func,
				      param_target(cx, i, s->target,
						   guarded(cx, gc->func,
							   derive(cx, gc, s->target, c),
							   blk, nblk)), &p))
				continue;
			best = len;
			best_sure = sure;
			*slot = k;
			*wit = w;
			*param = p;
		}
	}
	return best;
}

/*
 * Contracts mined from API documentation (rules: contract).
 * irqs-off-ok NAME ARG: NAME may be called with IRQs off as long as its
 * gfp argument ARG cannot block, so NAME itself must not reach a sleep
 * source unless that argument blocks: reported from NAME, no caller
 * needed; atomic-ok NAME: NAME may be called in interrupt context, so it
 * must not reach one at all; atomic-ok-if NAME ARG MASK: nor when its
 * flags argument ARG has a bit of MASK set.  irqs-on NAME: each call made
 * with IRQs off is reported.  (no-interrupt NAME: entry_findings().)
 */
static struct finding *new_finding(struct findings *out)
{
	struct finding *fd;

	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 16;
		out->v = sc_realloc(out->v, out->cap * sizeof(*out->v));
	}
	fd = &out->v[out->n++];
	memset(fd, 0, sizeof(*fd));
	return fd;
}

/*
 * Can condition @cond of function @f hold where contract @c allows the
 * call (@c atomic-ok-if: its argument has a bit of the mask set)?  Not
 * when it says that argument has none of those bits.
 */
static int cond_allowed(const struct ctx *cx, int f, int cond,
			const struct contract *c)
{
	const struct vcond *vc;

	if (c->kind == CONTRACT_IRQS_OFF_OK)
		return cond != c->arg;
	if (c->kind != CONTRACT_ATOMIC_OK_IF || cond < VCOND)
		return 1;
	vc = &cx->st[f].vc.v[cond - VCOND];
	if (vc->kind == VC_AND)
		return cond_allowed(cx, f, VCOND + vc->a, c) &&
		       cond_allowed(cx, f, VCOND + vc->b, c);
	if (vc->kind != VC_FLAG || vc->param != c->arg - 1 ||
	    (vc->field && *vc->field) || (vc->eq & (ATOM_DEREF | ATOM_IN)))
		return 1;
	if (vc->eq & ATOM_EQ)	/* equal to mask (set) or not */
		return !vc->set || (vc->mask & c->mask);
	return vc->set || (c->mask & ~vc->mask);
}

/*
 * The calls made in atomic context that meet contract @c of function @f
 * (the ones contractcut.c cut): their number in fd->nrelied, the first
 * by file, line and column in fd->relied.
 */
static void relied_on(const struct ctx *cx, struct finding *fd, int f,
		      const struct contract *c)
{
	const struct callgraph *g = &cx->g;
	int k;

	for (k = g->rfirst[f]; k < g->rfirst[f + 1]; k++) {
		const struct cg_call *gc = &g->c[g->s[g->rslots[k]].call];
		const struct fact_file *file = g->f[gc->func].file;
		int d;

		if (!gc->atomic || !contract_met(c, gc->c))
			continue;
		d = fd->nrelied++ ? strcmp(file->path, fd->relied.file->path) : -1;
		if (!d)
			d = gc->c->line != fd->relied.call->line ?
			    gc->c->line - fd->relied.call->line :
			    gc->c->col - fd->relied.call->col;
		if (d < 0) {
			memset(&fd->relied, 0, sizeof(fd->relied));
			fd->relied.file = file;
			fd->relied.func = g->f[gc->func].fn;
			fd->relied.call = gc->c;
		}
	}
}

/* the finding of function @f breaking contract @c, if it does: 1 */
static int contract_broken(struct ctx *cx, struct findings *out, int f,
			   const struct contract *c)
{
	struct finding *fd;
	int cond;

	/* sleeping always, or on another gfp parameter, breaks it;
	 * callable in interrupt context: any sleep does, but one that
	 * needs flags the contract rules out */
	for (cond = 0; cond < NCOND; cond++) {
		int w = best_wit(cx, f, cond, NULL);

		if (w < 0 || !cond_allowed(cx, f, cond, c))
			continue;
		fd = new_finding(out);
		chain_from(fd, cx, w);
		if (!fd->nsteps) {
			out->n--;
			continue;
		}
		fd->contract = c;
		relied_on(cx, fd, f, c);
		return 1;
	}
	return 0;
}

static void contract_findings(struct ctx *cx, struct findings *out)
{
	const struct callgraph *g = &cx->g;
	int i, j;

	/* the contracts contractcut.c trusts, each checked in the function
	 * (one finding a function) */
	for (i = 0; i < g->nf; i++) {
		const struct contract *ct[CONTRACT_TRUSTED];
		int n = contract_trusted(g->rules, g->f[i].fn->name, ct), t;

		for (t = 0; t < n && !contract_broken(cx, out, i, ct[t]); t++)
			;
	}
	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const struct contract *c;
		struct finding *fd;
		int dup = 0;

		/* with IRQs off (an atomic call), then the callee's contract */
		if (!gc->atomic || gc->c->depth[AK_IRQ] <= 0 ||
		    !(c = cg_contract(g, gc->c->callee, CONTRACT_IRQS_ON)))
			continue;
		/* an inline and the call it wraps sit at one place: report once */
		for (j = 0; j < out->n && !dup; j++)
			dup = out->v[j].contract && out->v[j].contract->kind ==
			      CONTRACT_IRQS_ON && out->v[j].steps[0].call->line ==
			      gc->c->line && out->v[j].steps[0].call->col == gc->c->col &&
			      out->v[j].steps[0].file == g->f[gc->func].file;
		if (dup)
			continue;
		fd = new_finding(out);
		add_step(fd, cx, i, -1, NULL, 0);
		fd->contract = c;
	}
}

/*
 * The next function stored, at *@i of @set's bindings (file *@fi), in a
 * field an entry-field rule names: its function index (-1 if not in the
 * database) with *@er and *@bp set, or -2 when there are no more.
 */
static int next_field_entry(const struct callgraph *g, const struct fact_set *set,
			    int *fi, int *i, const struct entry_rule **er,
			    const struct fact_binding **bp)
{
	for (; *fi < set->nfiles; (*fi)++, *i = 0) {
		const struct fact_file *file = &set->files[*fi];

		while (*i < file->nbinds) {
			const struct fact_binding *b = &file->binds[(*i)++];

			*er = cg_entry_field(g, b->via);
			if (*er) {
				*bp = b;
				return cg_find(g, b->func, b->func_static, file);
			}
		}
	}
	return -2;
}

/* one finding per callback, context and contract, at its first registration */
static int reported(const struct findings *out, const struct fact_func *fn,
		    const struct entry_rule *er, const struct contract *c)
{
	int i;

	for (i = 0; i < out->n; i++)
		if (out->v[i].entry && out->v[i].steps[0].func == fn &&
		    out->v[i].contract == c && !strcmp(out->v[i].entry->kind, er->kind))
			return 1;
	return 0;
}

/* where a callback is registered: a call, or a store in a field; and
 * for a field made atomic by a call through it, that call */
struct registration {
	const char *path;
	int line, col;
	const char *by, *with;
	int stored;
	int dispatch;		/* callgraph call index, or -1 */
};

static void set_entry(struct finding *fd, const struct ctx *cx,
		      const struct entry_rule *er, const struct registration *r)
{
	if (r->dispatch >= 0) {
		const struct cg_call *gc = &cx->g.c[r->dispatch];

		fd->disp_file = cx->g.f[gc->func].file;
		fd->disp_func = cx->g.f[gc->func].fn;
		fd->disp_call = gc->c;
		fd->disp_nf = cg_call_nf(gc);
		if (gc->wide && !fd->indirect) {
			fd->indirect = gc->ncand;
			fd->indirect_file = fd->disp_file;
			fd->indirect_func = fd->disp_func;
			fd->indirect_call = fd->disp_call;
		}
	}
	fd->entry = er;
	fd->entry_path = r->path;
	fd->entry_line = r->line;
	fd->entry_col = r->col;
	fd->entry_by = r->by;
	fd->entry_with = r->with;
	fd->entry_stored = r->stored;
}

/*
 * Is slot @s a call through a field an entry-field rule says runs in
 * interrupt context (ndo_tx_timeout from dev_watchdog())?  The function
 * bound there is an entry of its own and its no-interrupt findings are
 * its own (entry_found()), not the dispatcher's.  An "atomic" field (a
 * lock held) is not interrupt context: its callees' contracts stay the
 * caller's.
 */
static int contract_cut(const struct ctx *cx, const struct cg_slot *s)
{
	const struct entry_rule *er;

	if (!s->cut || s->bind_ix < 0 || cx->bl.bind_by[s->bind_ix] != -1)
		return 0;
	er = cg_entry_field(&cx->g, cx->g.binds[s->bind_ix].b->via);
	return er && !er->summary && strcmp(er->kind, blame_dispatch_entry.kind);
}

/*
 * no-interrupt contracts: the calls of functions documented as not
 * callable in interrupt context on a path from callback @t, which runs in
 * interrupt context: breadth-first over the calls, so the chain to each is
 * a shortest one; the first call of each contract, in the order found.
 * One search per callback (ni_first[] keeps its hits): a callback is
 * often registered many times.
 */
/* the no-interrupt contract call @k's callee has, or NULL */
static const struct contract *ni_contract(const struct ctx *cx, int k)
{
	return cx->ni_cix[k] ? cx->ni_ctab[cx->ni_cix[k] - 1] : NULL;
}

/*
 * Step @ev from @f reaches function ev->to: the first time, with the
 * atoms its call decides; again, with fewer decided (those both calls
 * decide alike), it is searched again, which it can be at most once per
 * atom.  Each function's from[] is the step of the last arrival that
 * searched it, unless @f was reached from ev->to itself (a loop).
 */
static void ni_arrive(struct ctx *cx, const struct ni_ev *ev, int f, int *tail)
{
	const struct callgraph *g = &cx->g;
	int *from = cx->ni_from, to = ev->to, x, n;
	unsigned char clr, set;

	if (from[to] == -2) {
		from[to] = ev->a;
		cx->ni_clr[to] = ev->clr;
		cx->ni_set[to] = ev->set;
		cx->ni_queue[(*tail)++] = to;
		return;
	}
	clr = cx->ni_clr[to] & ev->clr;
	set = cx->ni_set[to] & ev->set;
	if (clr == cx->ni_clr[to] && set == cx->ni_set[to])
		return;
	cx->ni_clr[to] = clr;
	cx->ni_set[to] = set;
	cx->ni_queue[(*tail)++] = to;
	for (n = 0, x = f; x != to && from[x] >= 0 && n < 256; n++)
		x = g->c[g->s[from[x]].call].func;
	if (x != to && from[x] == -1 && from[to] >= 0)
		from[to] = ev->a;
}

static int no_interrupt_hits(struct ctx *cx, int t)
{
	const struct callgraph *g = &cx->g;
	int *from = cx->ni_from;	/* slot that reached it */
	int *queue = cx->ni_queue;
	int head = 0, tail = 0, first = cx->nhits, e, i;
	unsigned long long found = 0, all = cx->nbits >= 0 ? cx->ni_mask[t] : 0;

	from[t] = -1;
	cx->ni_clr[t] = cx->ni_set[t] = 0;
	queue[tail++] = t;
	while (head < tail) {
		int f = queue[head++];
		unsigned char clr = cx->ni_clr[f], set = cx->ni_set[f];

		for (e = cx->ni_evfirst[f]; e < cx->ni_evfirst[f + 1]; e++) {
			const struct ni_ev *ev = &cx->ni_ev[e];
			const struct contract *c;
			struct ni_hit *h;
			int x, n;

			/* a step its own guard excludes where the calls that
			 * reached @f decide its atoms */
			if ((ev->on & clr) || (ev->off & set))
				continue;
			if (ev->to >= 0) {
				ni_arrive(cx, ev, f, &tail);
				continue;
			}
			c = ni_contract(cx, ev->a);
			for (i = first; c && i < cx->nhits; i++)
				if (cx->ni_hits[i].c == c)
					c = NULL;	/* found before */
			if (!c)
				continue;
			if (cx->nhits == cx->hcap) {
				cx->hcap = cx->hcap ? 2 * cx->hcap : 64;
				cx->ni_hits = sc_realloc(cx->ni_hits, cx->hcap *
							 sizeof(*cx->ni_hits));
			}
			h = &cx->ni_hits[cx->nhits++];
			h->c = c;
			h->call = ev->a;
			for (n = 0, x = f; from[x] >= 0 && n < 256; n++)
				x = g->c[g->s[from[x]].call].func;
			if (cx->npath + n > cx->pcap) {
				cx->pcap = 2 * (cx->npath + n) + 256;
				cx->ni_path = sc_realloc(cx->ni_path, cx->pcap * sizeof(int));
			}
			h->path = cx->npath;
			h->npath = n;
			cx->npath += n;
			for (x = f; n--; x = g->c[g->s[from[x]].call].func)
				cx->ni_path[h->path + n] = from[x];
			/* every contract it can reach found: the rest of the
			 * search would find none for the first time */
			for (i = 0; i < cx->nbits; i++)
				if (cx->ni_bit[i] == c)
					found |= 1ull << i;
			if (cx->nbits >= 0 && found == all)
				head = tail;
			if (head == tail)
				break;
		}
	}
	/* only what this search set goes back */
	while (tail)
		from[queue[--tail]] = -2;
	for (i = first; i < cx->nhits; i++)
		cx->ni_hits[i].last = cx->nhits - 1;
	return first < cx->nhits ? first : -2;
}

/*
 * Does the callee of call @k of a no-interrupt contract sleep on every
 * call it gets: a sleep rule, or each function the call may reach sleeps
 * whatever its arguments (vunmap()'s might_sleep(), mm/vmalloc.c:2879;
 * not one whose sleeps need vmalloc memory or an object not premapped)?
 */
static int ni_call_sleeps(const struct ctx *cx, int k)
{
	const struct cg_call *gc = &cx->g.c[k];
	int s, t;

	if (gc->rule)
		return gc->rule->kind == RULE_SLEEP && !gc->rule->convention;
	for (s = gc->sfirst; s < gc->sfirst + gc->sn; s++) {
		t = cx->g.s[s].target;
		if (best_wit(cx, t, 0, NULL) < 0 || (cx->vfree && cx->vfree[t]) ||
		    (cx->premap && cx->premap[t]))
			return 0;
	}
	return gc->sn > 0;
}

/* is call @k on the chain of witness @w? */
static int wit_calls(const struct ctx *cx, int w, int k)
{
	for (; w >= 0; w = cx->w[w].slot < 0 ? -1 : cx->w[w].next)
		if (cx->w[w].call == k)
			return 1;
	return 0;
}

/*
 * One finding per callback, entry kind and contract hit.  A hit whose
 * callee sleeps on every call (ni_call_sleeps()) is a sleep, and the
 * search for sleeps from the same callback decides whether the callback
 * reaches it, with the values and objects on the way (a parameter's
 * member that holds one function, a flag, the call's own guard: `if
 * (is_vmalloc_addr(p))`), which the breadth-first search here does not
 * know: it would report a contract broken by a call that never runs
 * (fib6_gc_timer_cb() reaching fib6_node_dump() through a cleaner's
 * walker, net/ipv6/ip6_fib.c:2121).  Such a hit is shown only where the
 * sleep the callback is reported for (witness @w, entry_found()) is that
 * call: as that finding's documented contract.
 */
static void no_interrupt_findings(struct ctx *cx, struct findings *out, int t,
				  const struct entry_rule *er,
				  const struct registration *reg, int w)
{
	const struct callgraph *g = &cx->g;
	int i, k;

	if (!cx->ni_reach[t])
		return;
	if (cx->ni_first[t] == -1)
		cx->ni_first[t] = no_interrupt_hits(cx, t);
	for (i = cx->ni_first[t]; i >= 0; i = i < cx->ni_hits[i].last ? i + 1 : -1) {
		const struct ni_hit *h = &cx->ni_hits[i];
		struct finding *fd;

		if (reported(out, g->f[t].fn, er, h->c))
			continue;
		if (!wit_calls(cx, w, h->call) && ni_call_sleeps(cx, h->call)) {
			out->nni_sleeps++;
			continue;
		}
		fd = new_finding(out);
		for (k = 0; k < h->npath; k++)
			add_step(fd, cx, g->s[cx->ni_path[h->path + k]].call,
				 cx->ni_path[h->path + k], NULL, 0);
		add_step(fd, cx, h->call, -1, NULL, 0);
		fd->contract = h->c;
		set_entry(fd, cx, er, reg);
	}
}

/* the findings of callback @t registered by @reg under @er */
static void entry_found(struct ctx *cx, struct findings *out, int t,
			const struct entry_rule *er, const struct registration *reg)
{
	const signed char *held = NULL;
	struct finding *fd;
	unsigned in;
	int w, c;

	if (t < 0)
		return;
	/* a callback that drops the dispatcher's lock before it sleeps
	 * (rcu_read_unlock(); mutex_lock()) does not sleep in its context:
	 * the chain shown is one that keeps it */
	if (reg->dispatch >= 0 && atomic_active(cx->g.c[reg->dispatch].c->depth))
		held = cx->g.c[reg->dispatch].c->depth;
	/* a callback that runs serving a softirq (ctx-entry) does not
	 * reach a sleep a test of the context said is not made there */
	in = rules_entry_ctx(cx->g.rules, er);
	w = best_wit_in(cx, t, 0, held, in);
	/* its dispatcher may pass any object (target_only()) */
	for (c = VCOND; w < 0 && c < VCOND + cx->st[t].vc.n; c++)
		if (target_only(cx, t, c))
			w = best_wit_in(cx, t, c, held, in);
	/* a lock held across a call is not interrupt context */
	if (cx->cfirst && strcmp(er->kind, blame_dispatch_entry.kind))
		no_interrupt_findings(cx, out, t, er, reg, w);
	if (in && w < 0 && best_wit(cx, t, 0, held) >= 0 &&
	    !reported(out, cx->g.f[t].fn, er, NULL))
		out->nentry_ctx_cut++;
	if (w < 0 || reported(out, cx->g.f[t].fn, er, NULL))
		return;
	fd = new_finding(out);
	chain_from(fd, cx, w);
	if (!fd->nsteps) {
		out->n--;
		return;
	}
	set_entry(fd, cx, er, reg);
}

/*
 * Callbacks registered with a function that an `entry` rule names (an
 * IRQ handler, a timer, a tasklet), or stored in a field that an
 * `entry-field` rule names, run in atomic context from their first
 * instruction: each registration whose callback may sleep is a finding,
 * with the chain from the callback, and so is each call it makes, at any
 * depth, to a function documented as not callable in interrupt context.
 */
/* the guard bits of a call or slot on its function's flag atoms 0..5
 * (struct ni_ev's off and on) */
#define NI_ATOMS(bits)	((unsigned char)((bits) >> GFP_MAX_PARAMS))

/*
 * The flag atoms 0..5 of function @t that call @gc's arguments decide:
 * clear (*@clr) or set (*@set).  Only a test of the parameter itself
 * (bits or a value) by a constant, constant bits surely set or surely
 * the only ones, or an address (never NULL); a member's, a field's or
 * what a pointer points to stay undecided.
 */
static void ni_decided(struct ctx *cx, const struct cg_call *gc, int t,
		       unsigned char *clr, unsigned char *set)
{
	const struct fact_func *fn = cx->g.f[t].fn;
	int i;

	*clr = *set = 0;
	for (i = 0; i < fn->natoms && i < 32 - GFP_MAX_PARAMS; i++) {
		struct vcond vc;
		enum fv_int what;
		unsigned long long mask;
		long long v = 0;
		int k, how, kk = -1, no_set, no_clr;

		if (!fact_func_atom(fn, i, &k, &mask, &how) || (how & ~ATOM_EQ) ||
		    fact_func_atom_field(fn, i)[0])
			continue;
		what = fv_arg_int(gc->c->vals, k, 0, &kk, &v);
		if (what == FV_NONE && arg_address(gc->c, k))
			what = FV_NONZERO;
		if (what != FV_CONST && what != FV_OR && what != FV_AND &&
		    what != FV_NONZERO)
			continue;	/* value_derive() would make conditions */
		memset(&vc, 0, sizeof(vc));
		vc.kind = VC_FLAG;
		vc.param = k;
		vc.mask = mask;
		vc.eq = how;
		vc.set = 1;
		no_set = value_derive(cx, gc->func, &vc, what, kk, v) < 0;
		vc.set = 0;
		no_clr = value_derive(cx, gc->func, &vc, what, kk, v) < 0;
		if (no_set && !no_clr)
			*clr |= (unsigned char)(1u << i);
		else if (no_clr && !no_set)
			*set |= (unsigned char)(1u << i);
	}
}

/*
 * The searches' steps, per function of ni_reach (struct ni_ev, compact:
 * a search reads no call or slot of the graph), and each function's
 * contracts found from it (ni_mask: a fixpoint over the steps), so a
 * search stops once it has found them all.
 */
static void no_interrupt_events(struct ctx *cx)
{
	const struct callgraph *g = &cx->g;
	int f, k, sl, n = 0, cap = 1024, changed, e;

	cx->ni_evfirst = sc_calloc(g->nf + 1, sizeof(int));
	cx->ni_ev = sc_malloc(cap * sizeof(*cx->ni_ev));
	cx->ni_mask = sc_calloc(g->nf + 1, sizeof(*cx->ni_mask));
	cx->nbits = 0;
	for (f = 0; f < g->nf; f++) {
		cx->ni_evfirst[f] = n;
		if (!cx->ni_reach[f])
			continue;
		for (k = g->cfirst[f]; k < g->cfirst[f + 1]; k++) {
			const struct cg_call *gc = &g->c[k];

			if (n + gc->sn + 1 > cap) {
				cap = 2 * (n + gc->sn + 1);
				cx->ni_ev = sc_realloc(cx->ni_ev, cap * sizeof(*cx->ni_ev));
			}
			if (cx->ni_cix[k]) {
				const struct contract *c = ni_contract(cx, k);
				int b;

				memset(&cx->ni_ev[n], 0, sizeof(cx->ni_ev[n]));
				cx->ni_ev[n].a = k;
				cx->ni_ev[n].off = NI_ATOMS(fcx(gc->c)->gnblk);
				cx->ni_ev[n].on = NI_ATOMS(fcx(gc->c)->gblk);
				cx->ni_ev[n++].to = -1;
				for (b = 0; b < cx->nbits && cx->ni_bit[b] != c; b++)
					;
				if (b == cx->nbits && cx->nbits >= 0) {
					if (cx->nbits == 64)
						cx->nbits = -1;
					else
						cx->ni_bit[cx->nbits++] = c;
				}
				if (cx->nbits >= 0)
					cx->ni_mask[f] |= 1ull << b;
			}
			for (sl = gc->sfirst; sl < gc->sfirst + gc->sn; sl++) {
				struct ni_ev *ev = &cx->ni_ev[n];
				unsigned blk, nblk;

				if (!cx->ni_reach[g->s[sl].target] ||
				    contract_cut(cx, &g->s[sl]))
					continue;
				cg_slot_guard(g, sl, &blk, &nblk);
				ev->a = sl;
				ev->to = g->s[sl].target;
				ev->off = NI_ATOMS(nblk);
				ev->on = NI_ATOMS(blk);
				ni_decided(cx, gc, ev->to, &ev->clr, &ev->set);
				n++;
			}
		}
	}
	cx->ni_evfirst[g->nf] = n;
	if (cx->nbits < 0)
		return;
	do {
		changed = 0;
		for (f = 0; f < g->nf; f++)
			for (e = cx->ni_evfirst[f]; e < cx->ni_evfirst[f + 1]; e++) {
				int to = cx->ni_ev[e].to;

				if (to >= 0 && (cx->ni_mask[to] & ~cx->ni_mask[f])) {
					cx->ni_mask[f] |= cx->ni_mask[to];
					changed = 1;
				}
			}
	} while (changed);
}

/*
 * The functions from which a call of a function with a no-interrupt
 * contract is reachable (one search backwards from those calls), so that
 * each entry's forward search visits only them; each call's contract,
 * looked up once; and the arrays every entry's search reuses.
 */
#define NI_MEMO 1021

struct ni_memo {
	const char *name;
	const struct contract *c;
	unsigned short ix;	/* ni_index(c) */
};

/* 1 + the index of contract @c in cx->ni_ctab, added if new (a rules
 * directory has a few no-interrupt contracts, not 65535) */
static unsigned short ni_index(struct ctx *cx, const struct contract *c)
{
	int i;

	for (i = 0; i < cx->nctab; i++)
		if (cx->ni_ctab[i] == c)
			return (unsigned short)(i + 1);
	if (cx->nctab == 65535) {
		fprintf(stderr, "sleepcheck: error: more than 65535 no-interrupt "
			"contracts are called\n");
		exit(2);
	}
	cx->ni_ctab = sc_realloc(cx->ni_ctab, (cx->nctab + 1) * sizeof(*cx->ni_ctab));
	cx->ni_ctab[cx->nctab++] = c;
	return (unsigned short)cx->nctab;
}

static void no_interrupt_reach(struct ctx *cx)
{
	const struct callgraph *g = &cx->g;
	struct ni_memo memo[NI_MEMO];
	int n = g->nf ? g->nf : 1;
	char *reach = sc_calloc(n, 1);
	/* a function is searched at most once more per flag atom a call
	 * into it decided (ni_arrive()) */
	int *queue = sc_malloc(n * (size_t)(32 - GFP_MAX_PARAMS + 1) * sizeof(int));
	int head = 0, tail = 0, i, k;

	memset(memo, 0, sizeof(memo));
	cx->ni_cix = sc_calloc(g->nc + 1, sizeof(*cx->ni_cix));
	for (i = 0; i < g->nc; i++) {
		const char *name = g->c[i].c->callee;
		/* a file's calls of one function share its name's string
		 * (a pack's): the last lookups, by the string's address */
		struct ni_memo *m = &memo[((unsigned long)name >> 3) % NI_MEMO];

		if (name && m->name != name) {
			m->name = name;
			m->c = cg_contract(g, name, CONTRACT_NO_INTERRUPT);
			m->ix = m->c ? ni_index(cx, m->c) : 0;
		}
		cx->ni_cix[i] = name ? m->ix : 0;
		if (cx->ni_cix[i] && !reach[g->c[i].func]) {
			reach[g->c[i].func] = 1;
			queue[tail++] = g->c[i].func;
		}
	}
	while (head < tail) {
		int f = queue[head++];

		for (k = g->rfirst[f]; k < g->rfirst[f + 1]; k++) {
			int up = g->c[g->s[g->rslots[k]].call].func;

			if (!reach[up]) {
				reach[up] = 1;
				queue[tail++] = up;
			}
		}
	}
	cx->ni_reach = reach;
	cx->ni_queue = queue;
	no_interrupt_events(cx);
	cx->ni_from = sc_malloc(n * sizeof(int));
	cx->ni_clr = sc_calloc(n, 1);
	cx->ni_set = sc_calloc(n, 1);
	cx->ni_first = sc_malloc(n * sizeof(int));
	for (i = 0; i < n; i++) {
		cx->ni_from[i] = -2;
		cx->ni_first[i] = -1;
	}
	cx->cfirst = g->cfirst;
}

static void entry_findings(struct ctx *cx, struct findings *out)
{
	const struct callgraph *g = &cx->g;
	const struct fact_binding *b;
	const struct entry_rule *er;
	int i, fi, bi, t;

	if (cg_any_contract(g, CONTRACT_NO_INTERRUPT))
		no_interrupt_reach(cx);
	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		int a = 0;

		if (!gc->fnargs)
			continue;

		while ((t = blame_next_entry(g, gc, &a, &er)) != -2) {
			struct registration reg = {
				g->f[gc->func].file->path, gc->c->line, gc->c->col,
				g->f[gc->func].fn->name, gc->c->callee, 0, -1
			};

			entry_found(cx, out, t, er, &reg);
		}
	}
	/* functions stored in a field the kernel calls in atomic context
	 * (hrtimer.function, a DECLARE_TASKLET() initializer) */
	for (fi = 0, bi = 0; (t = next_field_entry(g, cx->set, &fi, &bi, &er, &b)) != -2;) {
		struct registration reg = {
			cx->set->files[fi].path, b->line, b->col, b->object, b->via, 1, -1
		};

		entry_found(cx, out, t, er, &reg);
	}
	/* functions bound to a field that a call made in atomic context
	 * calls through (blame.c), in the order of the bindings */
	for (i = 0; i < g->nbinds; i++) {
		const struct cg_bind *bd = &g->binds[i];
		struct registration reg = {
			bd->file->path, bd->b->line, bd->b->col, bd->b->object,
			bd->b->via, 1, cx->bl.bind_by[i] - 1
		};

		if (cx->bl.bind_by[i] <= 0)
			continue;
		t = cg_find(g, bd->b->func, bd->b->func_static, bd->file);
		entry_found(cx, out, t, &blame_dispatch_entry, &reg);
	}
	cx->cfirst = NULL;
	free(cx->ni_reach);
	free(cx->ni_cix);
	free(cx->ni_ctab);
	free(cx->ni_from);
	free(cx->ni_clr);
	free(cx->ni_set);
	cx->ni_clr = cx->ni_set = NULL;
	free(cx->ni_queue);
	cx->ni_reach = NULL;
	cx->ni_cix = NULL;
	cx->ni_ctab = NULL;
	cx->nctab = 0;
	cx->ni_from = cx->ni_queue = NULL;
	free(cx->ni_first);
	free(cx->ni_hits);
	free(cx->ni_path);
	free(cx->ni_ev);
	free(cx->ni_evfirst);
	free(cx->ni_mask);
	cx->ni_ev = NULL;
	cx->ni_evfirst = NULL;
	cx->ni_mask = NULL;
	cx->ni_first = cx->ni_path = NULL;
	cx->ni_hits = NULL;
	cx->nhits = cx->hcap = cx->npath = cx->pcap = 0;
}

/* builds the call graph and every sleep and blocking-gfp summary */
/* the calls of functions whose sleeps need vmalloc memory (kvfree()),
 * and what their pointer is: never such memory, or a parameter passed on
 * (report --stats) */
static void vmem_stats(struct ctx *cx)
{
	const struct callgraph *g = &cx->g;
	int i, k;

	for (i = 0; cx->vfree && i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];

		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			int j = cx->vfree[g->s[k].target] - 1;

			if (j < 0)
				continue;
			cx->nvfree_calls++;
			if (fv_arg_param(gc->c->vals, j) >= 0)
				cx->nvfree_param++;
			else if (vm_arg(g, gc->func, gc->c, j) == GFP_NOBLOCK)
				cx->nvfree_never++;
			break;
		}
	}
}

/* the calls of functions a premapped rule names (acpi_hw_read()), and
 * what their argument is: a premapped object (they do not sleep), or a
 * parameter passed on (report --stats) */
static void premap_stats(struct ctx *cx)
{
	const struct callgraph *g = &cx->g;
	int i, k;

	for (i = 0; cx->premap && i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];

		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			int t = g->s[k].target, j = cx->premap[t] - 1;

			if (j < 0)
				continue;
			cx->npremap_calls++;
			if (pm_arg_mapped(g->rules, g->f[t].fn->name, gc->c->vals, j))
				cx->npremap_never++;
			else if (fv_arg_param(gc->c->vals, j) >= 0)
				cx->npremap_param++;
			break;
		}
	}
}

/* cx->pcall: the calls through a parameter's member as the caller was
 * given it (fnparam.c) */
static unsigned char *param_calls(struct ctx *cx)
{
	unsigned char *pc = NULL;
	int i, k;

	for (i = 0; i < cx->g.nc; i++) {
		if (!cx->g.c[i].c->x || fcx(cx->g.c[i].c)->nobjs != 1 ||
		    (k = fp_call_param(&cx->fp, &cx->g.c[i])) < 0)
			continue;
		if (!pc)
			pc = sc_calloc(cx->g.nc + 1, 1);
		pc[i] = (unsigned char)(1 + k);
	}
	return pc;
}

/* cx->rcall: the calls `p->ops->n(p)` through a parameter p as the
 * caller was given it (receiver.c) */
static unsigned char *receiver_calls(struct ctx *cx)
{
	unsigned char *rc = NULL;
	int i, k;

	for (i = 0; i < cx->g.nc; i++) {
		if (!cx->g.c[i].c->x || fcx(cx->g.c[i].c)->nobjs != 1 ||
		    fcx(cx->g.c[i].c)->objs[0].name[0] != '=' ||
		    (k = rv_call_param(&cx->fp, &cx->g.c[i])) < 0)
			continue;
		if (!rc)
			rc = sc_calloc(cx->g.nc + 1, 1);
		rc[i] = (unsigned char)(1 + k);
		cx->nrcalls++;
	}
	return rc;
}

static void ctx_solve(struct ctx *cx, const struct fact_set *set,
		      const struct rules *rules)
{
	struct cg_ptr_objects po;
	int i;

	memset(cx, 0, sizeof(*cx));
	cx->set = set;
	/* the pointer members' stores, which the call graph asks */
	fs_build_ptrs(&cx->fs, set, rules);
	po.objects = fs_ptr_objects;
	po.fs = &cx->fs;
	cg_build(&cx->g, set, rules, &po);
	fs_free(&cx->fs);
	fs_build(&cx->fs, &cx->g);
	tb_build(&cx->tabs, set);
	for (i = 0; i < cx->g.nf; i++) {
		const struct fact_func *fn = cx->g.f[i].fn;
		int j;

		for (j = 0; j < fn->natoms; j++) {
			if (!(fn->atoms[j].how & ATOM_FIELD))
				continue;
			if (fn->atoms[j].value == ~0ULL) {
				cx->nfn_conds++;
				cx->nfn_decided += fs_fn_nonnull(&cx->fs,
								 fn->atoms[j].sfield) == 1;
				continue;
			}
			cx->nfield_conds++;
			cx->nfield_decided += fs_may_set(&cx->fs, fn->atoms[j].sfield,
							 fn->atoms[j].value) == 0;
		}
	}
	phase_mark("call graph");
	blame_build(&cx->bl, &cx->g, &cx->fs);
	fp_init(&cx->fp, &cx->g, &cx->fs);
	cx->pcall = param_calls(cx);
	cx->rcall = receiver_calls(cx);
	/* a document's "atomic context" is a spinlock_t held, not a raw
	 * one: on PREEMPT_RT the caller holding raw state is to blame */
	if (!rules->rt_view)
		cx->g.ncontract_cut = contract_cuts(&cx->g);
	phase_mark("blame");
	cx->st = sc_calloc(cx->g.nf ? cx->g.nf : 1, sizeof(*cx->st));
	for (i = 0; i < cx->g.nf; i++) {
		cx->st[i].rf = cx->g.rfirst[i];
		cx->st[i].re = cx->g.rfirst[i + 1];
	}
	cx->vfree = vm_free_args(&cx->g);
	cx->premap = pm_args(&cx->g);
	premap_stats(cx);
	cx->served = served_only(&cx->g);
	vmem_stats(cx);
	propagate_sleep(cx);
	phase_mark("propagate sleep");
	propagate_blockargs(cx);
	phase_mark("propagate gfp");
}

static void ctx_free(struct ctx *cx)
{
	int i;

	for (i = 0; i < cx->g.nf; i++) {
		free(cx->st[i].param);
		free(cx->st[i].blockarg);
		vc_free(&cx->st[i].vc);
	}
	free(cx->st);
	free(cx->w);
	free(cx->heap);
	free(cx->atom_ok);
	cx->atom_ok = NULL;
	free(cx->vfree);
	cx->vfree = NULL;
	free(cx->premap);
	tb_free(&cx->tabs);
	cx->premap = NULL;
	free(cx->served);
	cx->served = NULL;
	free(cx->pcall);
	cx->pcall = NULL;
	free(cx->rcall);
	cx->rcall = NULL;
	fp_free(&cx->fp);
	blame_free(&cx->bl);
	fs_free(&cx->fs);
	cg_free(&cx->g);
}

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	const struct chain_step *s = &x->steps[0], *t = &y->steps[0];
	int d = strcmp(s->file->path, t->file->path);

	if (d)
		return d;
	if (s->call->line != t->call->line)
		return s->call->line - t->call->line;
	if (s->call->col != t->call->col)
		return s->call->col - t->call->col;
	d = strcmp(s->call->callee ? s->call->callee : "",
		   t->call->callee ? t->call->callee : "");
	if (d)
		return d;
	return x->nsteps - y->nsteps;
}

void solve(const struct fact_set *set, const struct rules *rules,
	   struct findings *out)
{
	struct ctx cx;
	const struct rule *nr;
	int i, k;

	ctx_solve(&cx, set, rules);
	for (i = 0; i < cx.g.nc; i++) {
		const struct cg_call *gc = &cx.g.c[i];
		struct finding *fd;
		int slot, w, param;

		if (!gc->atomic)
			continue;
		/* a function documented never to sleep: what its own body
		 * does on rare paths is covered by that rule (rules/README) */
		if ((nr = rules_lookup(rules, cx.g.f[gc->func].fn->name)) &&
		    nr->kind == RULE_NOSLEEP) {
			out->nnosleep_body++;
			continue;
		}
		if (!judge(&cx, i, &slot, &w, &param))
			continue;
		fd = new_finding(out);
		if (gc->rule) {
			add_step(fd, &cx, i, -1, gc->rule,
				 gc->rule->kind == RULE_SLEEP_IF_GFP ?
				 cond_class(&cx, gc, -1, 1 + gc->rule->arg) : 0);
		} else {
			int cond = cx.w[w].cond;

			add_step(fd, &cx, i, slot, NULL,
				 cond_class(&cx, gc, cx.g.s[slot].target, cond));
			chain_from(fd, &cx, w);
		}
		if (param >= 0)
			gfp_origin(fd, &cx, gc->func, param + 1);
		for (k = 0; k < fd->nsteps && !fd->may_sleep; k++)
			if (fd->steps[k].bind)
				fd->may_sleep = rules_sleep_field(rules,
							fd->steps[k].bind->via);
	}
	phase_mark("judge atomic calls");
	entry_findings(&cx, out);
	phase_mark("entry findings");
	contract_findings(&cx, out);
	phase_mark("contract findings");
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), cmp_finding);
	findings_merge(out);
	phase_mark("sort, merge findings");
	out->nindirect = cx.g.nindirect;
	out->nunresolved = cx.g.nunresolved;
	out->ncapped = cx.g.ncapped;
	out->nvc_cut = cx.nvc_cut;
	for (i = 0; i < cx.g.nf; i++)
		out->nserved += cx.served[i] == 2;
	out->nfield_conds = cx.nfield_conds;
	out->nfield_decided = cx.nfield_decided;
	out->nvfree_calls = cx.nvfree_calls;
	out->nvfree_never = cx.nvfree_never;
	out->nvfree_param = cx.nvfree_param;
	out->npremap_calls = cx.npremap_calls;
	out->npremap_never = cx.npremap_never;
	out->npremap_param = cx.npremap_param;
	tb_stats(&cx.tabs, &out->ntables, &out->ntables_known);
	out->nfn_conds = cx.nfn_conds;
	out->nfn_decided = cx.nfn_decided;
	out->nfn_fields = cx.fs.nfn;
	out->nfn_nullable = cx.fs.nnullable;
	out->nfields_stored = cx.fs.n;
	out->nfields_unknown = cx.fs.nunknown;
	out->nguarded = cx.fs.nguarded;
	out->nguard_dropped = cx.fs.ndropped;
	out->nstructs_whole = cx.fs.ntainted;
	out->nfi_cut = cx.nfi_cut + cx.fp.ncut + cx.bl.nfp_cut;
	out->nunits = cx.g.nunits;
	out->nunit_skipped = cx.g.nunit_skipped;
	out->nfield_split = cx.g.nfield_split;
	out->nbinder_cut = cx.g.nbinder_cut;
	out->nsibling_cut = cx.g.nsibling_cut;
	out->nparam_cut = cx.bl.nparam_cut;
	out->nfp_outside = cx.fp.nout;
	out->nreceiver_calls = cx.nrcalls;
	out->nptrobj_cut = cx.g.nptrobj_cut;
	out->nptrobj_calls = cx.g.nptrobj_calls;
	for (i = 0; i < cx.g.nc; i++)
		out->nwide += cx.g.c[i].wide;
	out->natomic_fields = cx.bl.nfields;
	out->nwcut = cx.nwcut;
	out->nnotifier_cut = cx.g.nnotifier_cut;
	out->nnotifier_elsewhere = cx.g.nnotifier_elsewhere;
	out->nref_paired = cx.g.nref_paired;
	out->nnocall = cx.g.nnocall;
	out->nocall_hit = cx.g.nocall_hit;	/* the findings own it */
	cx.g.nocall_hit = NULL;
	out->ncontract_cut = cx.g.ncontract_cut;
	for (i = 0; i < cx.g.notif.nd; i++)
		out->nnotifier_field += cx.g.notif.d[i].mode == NF_FIELD;
	out->notif = cx.g.notif;	/* the findings point into it */
	memset(&cx.g.notif, 0, sizeof(cx.g.notif));
	ctx_free(&cx);
}

void finding_free(struct finding *fd)
{
	int i;

	for (i = 0; i < fd->nsame; i++)
		finding_free(&fd->same[i]);
	free(fd->same);
	free(fd->steps);
	free(fd->also);
}

void findings_free(struct findings *f)
{
	int i;

	for (i = 0; i < f->n; i++)
		finding_free(&f->v[i]);
	free(f->v);
	free(f->nocall_hit);
	nf_plan_free(&f->notif);
	nf_plan_free(&f->rtnotif);
	if (f->rtview)
		rt_view_free(f->rtview);
	memset(f, 0, sizeof(*f));
}

/* `sleepcheck explain`: print a chain, one step a line */
static void print_chain(FILE *out, const struct finding *fd)
{
	int i;

	for (i = 0; i < fd->nsteps; i++) {
		const struct chain_step *s = &fd->steps[i];

		fprintf(out, "    %s:%d:%d: '%s' calls '%s'%s%s%s\n", s->file->path,
			s->call->line, s->call->col, s->func->name,
			s->target ? s->target : s->call->callee ? s->call->callee : "?",
			s->bind ? " via " : "", s->bind ? s->bind->via : "",
			rule_sleep_text(s->rule));
	}
}

int explain(const struct fact_set *set, const struct rules *rules,
	    const char *name, FILE *out)
{
	struct ctx cx;
	char text[256];
	int f, cond, k, found = 0;

	ctx_solve(&cx, set, rules);
	for (f = 0; f < cx.g.nf; f++) {
		const struct cg_func *gf = &cx.g.f[f];
		int sleeps = 0, entered = 0;

		if (strcmp(gf->fn->name, name))
			continue;
		found++;
		fprintf(out, "%s:%d:%d: '%s'%s\n", gf->file->path, gf->fn->line,
			gf->fn->col, name, gf->fn->is_static ? " (static)" : "");
		for (cond = 0; cond < NCOND; cond++) {
			int w = best_wit(&cx, f, cond, NULL);
			struct finding fd;

			if (w < 0)
				continue;
			memset(&fd, 0, sizeof(fd));
			chain_from(&fd, &cx, w);
			if (cond == 0)
				fprintf(out, "  may sleep:\n");
			else
				fprintf(out, "  may sleep only if %s:\n",
					cond_text(&cx, f, cond, text, sizeof(text)));
			print_chain(out, &fd);
			free(fd.steps);
			sleeps = 1;
			if (cond == 0)
				break;
		}
		if (!sleeps)
			fprintf(out, "  does not sleep (no chain to a sleep source)\n");
		for (k = cx.g.rfirst[f]; k < cx.g.rfirst[f + 1]; k++) {
			const struct cg_slot *s = &cx.g.s[cx.g.rslots[k]];
			const struct cg_call *gc = &cx.g.c[s->call];
			char atomic[160];

			if (!gc->atomic)
				continue;
			atomic_describe(gc->c->depth, atomic, sizeof(atomic));
			fprintf(out, "  entered with %s: from '%s' at %s:%d:%d\n", atomic,
				cx.g.f[gc->func].fn->name, cx.g.f[gc->func].file->path,
				gc->c->line, gc->c->col);
			entered = 1;
		}
		for (k = 0; k < cx.g.nc; k++) {
			const struct cg_call *gc = &cx.g.c[k];
			const struct entry_rule *er;
			int t, a = 0;

			while ((t = blame_next_entry(&cx.g, gc, &a, &er)) != -2) {
				if (t != f)
					continue;
				fprintf(out, "  runs in %s context: registered by '%s' with '%s' "
					"at %s:%d:%d (%s:%d)\n", er->kind,
					cx.g.f[gc->func].fn->name, gc->c->callee,
					cx.g.f[gc->func].file->path, gc->c->line, gc->c->col,
					rule_file_display(er->file), er->line);
				entered = 1;
			}
		}
		{
			const struct fact_binding *b;
			const struct entry_rule *er;
			int fi = 0, bi = 0, t;

			while ((t = next_field_entry(&cx.g, set, &fi, &bi, &er, &b)) != -2) {
				if (t != f)
					continue;
				fprintf(out, "  runs in %s context: stored in '%s' at %s:%d:%d "
					"(%s:%d)\n", er->kind, b->via, set->files[fi].path,
					b->line, b->col, rule_file_display(er->file), er->line);
				entered = 1;
			}
		}
		for (k = 0; k < cx.g.nbinds; k++) {
			const struct cg_bind *bd = &cx.g.binds[k];
			const struct cg_call *d;

			if (cx.bl.bind_by[k] <= 0 ||
			    cg_find(&cx.g, bd->b->func, bd->b->func_static, bd->file) != f)
				continue;
			d = &cx.g.c[cx.bl.bind_by[k] - 1];
			fprintf(out, "  runs in atomic context: stored in '%s' at %s:%d:%d, "
				"which '%s' calls in atomic context at %s:%d:%d\n",
				bd->b->via, bd->file->path, bd->b->line, bd->b->col,
				cx.g.f[d->func].fn->name, cx.g.f[d->func].file->path,
				d->c->line, d->c->col);
			entered = 1;
		}
		if (!entered)
			fprintf(out, "  not entered in atomic context by any call in the "
				"database\n");
		for (k = 0; k < rules->ncontracts; k++) {
			const struct contract *c = &rules->contracts[k];

			if (strcmp(c->name, name))
				continue;
			fprintf(out, "  contract %s", contract_kind_name(c->kind));
			if (c->kind == CONTRACT_IRQS_OFF_OK)
				fprintf(out, " (gfp argument %d)", c->arg);
			if (c->kind == CONTRACT_ATOMIC_OK_IF)
				fprintf(out, " (argument %d with a bit of %#llx set)",
					c->arg, c->mask);
			fprintf(out, ": %s:%d%s%s\n", rule_file_display(c->file), c->line,
				c->source ? ", documented at " : "", c->source ? c->source : "");
		}
	}
	ctx_free(&cx);
	return found;
}

void solve_summaries(const struct fact_set *set, const struct rules *rules,
		     void (*fn)(const struct solved *s, void *arg), void *arg)
{
	struct solved sv;
	struct ctx cx;
	int f, cond, w, vm;

	ctx_solve(&cx, set, rules);
	sv.g = &cx.g;
	sv.bl = &cx.bl;
	sv.f = sc_calloc(cx.g.nf ? cx.g.nf : 1, sizeof(*sv.f));
	for (f = 0; f < cx.g.nf; f++) {
		struct func_sleep *fs = &sv.f[f];

		fs->cond = -1;
		for (cond = NCOND - 1; cond >= 0; cond--) {
			if (best_wit(&cx, f, cond, NULL) < 0)
				continue;
			if (cond >= VCOND)
				fs->nother++;
			else if (cond > 0)
				fs->gfp |= 1u << (cond - 1);
			fs->cond = cond >= VCOND ? -2 : cond;
		}
		if (fs->cond == -1)
			continue;
		/* "its argument may point to vmalloc memory" (VC_VMEM): a
		 * module's caller may pass any pointer, so the summary says
		 * it sleeps, as it did before the condition was known */
		vm = -1;
		for (cond = VCOND; fs->cond != 0 && cond < VCOND + cx.st[f].vc.n; cond++)
			if (object_kind(cx.st[f].vc.v[cond - VCOND].kind) &&
			    best_wit(&cx, f, cond, NULL) >= 0) {
				fs->cond = 0;
				fs->nother--;
				vm = cond;
			}
		w = best_wit(&cx, f, vm >= 0 ? vm : fs->cond == -2 ? VCOND : fs->cond, NULL);
		for (cond = VCOND; w < 0 && cond < NCOND; cond++)
			w = best_wit(&cx, f, cond, NULL);
		fs->sure = cx.w[w].sure;
		chain_from(&fs->chain, &cx, w);
	}
	fn(&sv, arg);
	for (f = 0; f < cx.g.nf; f++)
		free(sv.f[f].chain.steps);
	free(sv.f);
	ctx_free(&cx);
}
