/*
 * analyze.c - facts of one function from its IR (ir.h), for both front
 * ends.
 *
 * Guards: what each block's execution implies about the function's gfp
 * parameters, a forward must-analysis (intersection at merges) over the
 * edges that can be taken, each two-way branch adding what its formula
 * implies on each side.  A flag set on some paths (IRF_DEFS) implies
 * what held where each definition that can give the tested value ran
 * (this round's guard of its block, else the previous run's), and an
 * edge no definition can give is on no path: a definition not reached
 * yet is left out until a later round reaches it (rounds go on while a
 * guard changes, so the last one reads the final guards), and the
 * guards are computed again (up to twice more) while they change.  At a
 * merge, two "some bit set" atoms of one parameter join into the one
 * with both masks (meet_blk()).
 *
 * Atomic state: forward data flow over the blocks a path reaches (guard
 * set and not contradictory), the per-kind maximum at merges
 * (may-be-atomic), acquire/release events moving the counts, a trylock
 * acting on the edge its success takes.  `if (c) lock; ... if (c)
 * unlock;` takes the lock exactly when it drops it, but a merge that
 * keeps the maximum sees it held after the second `if`: values tested by
 * two or more branches of a function that locks are fixed, true and
 * false, in separate runs (at most LIM_SPLIT values, 2^LIM_SPLIT
 * runs), and a block's state is the maximum over the runs that reach it.
 * A flag atom of the function (split_guards()) is split on also where
 * one branch tests it, if a side of that branch takes or drops a lock
 * and no cycle passes the branch (`if (*locked) spin_unlock(lock);
 * cond_resched();`): the calls after it are then two facts, one per
 * side, each with its guard: that side's bits and the guard of its own
 * runs (run_guards(): past `if (atomic && bad) return;` the runs where
 * atomic holds know bad is not).
 * Counts saturate at +-AK_MAX_DEPTH, so the iteration ends.
 *
 * Tests of the context (rules/kernel-context.rules): an IR_TEST event
 * keeps the depth of the kinds it may rule out (flow.h astate_test());
 * on an edge whose formula says the test answered "not atomic"
 * (IRF_CTX, also through a flag: IRF_DEFS reads the guards' ctx), those
 * kinds are off from there on: a call's depth of them is what was taken
 * since the test, and its fact says so (fact_call_x.ctxoff), so that
 * the solver lets the sleep reach only callers that hold none of them
 * (solver.c DELTA_OFF).  An edge that says so
 * of a kind no test ran for on the path is not taken (a value split on
 * is keyed apart from the tests it is made of).
 *
 * An edge taken only when a kernel warning fires (ir.h warned: `if
 * (WARN_ON(x))`) is a bug path by the kernel's own statement, closed as
 * a dead one: a block only such edges reach is on no path, and nothing
 * in it is a fact, so neither `report` nor `explain` shows a sleep
 * reached only through a warning.
 *
 * Facts: each call event of a block a path reaches becomes a fact_call
 * with the block's guard and atomic state; an indirect call's objects
 * are those of its candidates whose guard holds on some path.
 *
 * Callees of the file that release or take: a direct call of a
 * function of the same file (or a static function of a header) moves
 * the state after it by what that function leaves released or held at
 * its returns, the most over them (exits.c): lower by what it drops on
 * every path, higher by what it may return holding (a lock helper such
 * as core.c's raw_spin_rq_lock_nested(): its caller's section goes on
 * after it), beyond what the __releases()/__acquires() annotations the
 * front end placed after the call say; a branch on the result of one
 * whose every return is a constant gets what it leaves for that value on
 * each edge.  So the functions of a file are queued (ir_analyze()) and
 * analyzed when the file ends (ir_unit_finish()): first what each
 * leaves, again while it changes (at most LIM_EXIT_ROUNDS rounds, from
 * "leaves nothing"), then the facts of each in the order queued.  Values to split on are
 * taken first where a branch on them leads to a lock event, comparisons
 * of two values (`hb1 != hb2`) last among the others.
 *
 * The limits are ir_limits.h's; each cut is counted there.
 * SLEEPCHECK_IR_DUMP=FUNCTION prints the IR of FUNCTION to stderr.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flow.h"
#include "fresh.h"
#include "textbuf.h"
#include "analyze.h"
#include "ir_limits.h"

#define ATOM_BITS (~0u << IR_ATOM0)

struct an {
	const struct ir_func *ir;
	struct guard *guards;	/* per block */
	struct guard *prev;	/* of the previous run (IRF_DEFS) */
	struct guard guard;	/* of the block being recorded */
	const void *assume[LIM_SPLIT][2];
	int assume_val[LIM_SPLIT], nassume;
	/* per value split on: the pointer its branches test against NULL
	 * (a pointer atom, ir_cond.ptr) when a trylock's lock is made from
	 * it, and the value assumed where it is NULL (-1: none), so that
	 * the runs of that value take no success edge of such a trylock
	 * (null_base()) */
	const void *assume_ptr[LIM_SPLIT];
	int assume_null[LIM_SPLIT];
	/* the value split on whose value says what the function's
	 * parameters hold (split_guards()): its index in assume, -1 none;
	 * what each of its values implies of them (guard bits) */
	int gsplit;
	unsigned gs_blk[2], gs_nblk[2];
	/* the guards of the runs of each of its values (run_guards()),
	 * NULL where not computed; while computing them, 1 + the value */
	struct guard *rguards[2];
	int gseed;
	char *tried;		/* per event: a trylock run in some block */
	int ntried;		/* how many are set */
	int lock_only;		/* lock_reads() counts locks, not
				 * dereferences (var_lock_pointer()) */
	int *order;		/* blocks the entry reaches, reverse postorder */
	int norder;
	const struct exit_table *exits;	/* the file's callees */
	/* per event: exit_find() of its callee in xtab (of xtab_n
	 * functions, sorted once: the table does not move after) */
	const struct exit_fn **xev;
	unsigned char *xev_known;
	const struct exit_table *xtab;
	int xtab_n;
	const struct exit_fn **edge_exit;	/* per block: the callee whose
				 * result its branch tests, which releases
				 * per value (exits.c), or NULL */
	signed char *relock;	/* per event: its lock's bit in astate.held
				 * (relock_sites()), or -1 */
	/* the flag whose definitions the states are kept apart by
	 * (flag_tags()): */
	signed char *tag_test;	/* per block: its branch tests the flag (0),
				 * or its negation (1), or compares it with a
				 * pointer not NULL (2 + the equal side: tag_allows());
				 * -1 none */
	int *tag_of;		/* per block: the tag its end sets, or -1 */
	int tag_var;		/* the flag is var_tags()'s variable */
	const void *tag_key;	/* ... keyed so (ir_cond.var), or NULL */
	int cur_tagval;		/* 1 + the flag's value in the state being
				 * run (callee_exit()), 0 not known */
	/* where a call is given the flag's address (ir_event.vkey): per
	 * block, the states where it is 0 ([0]) and where it is not ([1]),
	 * a state of a value not known in both; NULL: no such call */
	struct astate *tv[2];
	signed char tag_val[LIM_FLAG_TAGS + 1];	/* per tag: the flag's
				 * value (0, 1, -1 not known); tag 0: none */
	int ntags;		/* tags + 1 */
	struct fresh fresh;	/* where no call has run yet (fresh.h) */
	char *mvals;		/* the vals of the call being recorded, with
				 * what the split says of its members
				 * (mkey_vals()), or NULL: its own */
};

/* a function waiting for the end of its file */
struct ir_queued {
	struct ir_func ir;
	struct an a;
	struct fact_file *file;
	int fi;			/* its fact_func in @file, or -1: none */
	const char *name;	/* owned by @ir */
};

/* ---- guards ---- */

/* an edge no path the analysis follows takes: never taken, or taken
 * only when a kernel warning fires (ir.h) */
static int closed(const struct ir_edge *e)
{
	return e->dead || e->warned;
}

/* is edge @j of block @b never taken: closed, or the other side of a
 * branch on a constant (the libclang front end keeps such branches,
 * `if (!(cond)) __compiletime_assert_N();` of a constant cond; sparse
 * folds them away) */
static int untaken(const struct ir_func *ir, int b, int j)
{
	const struct ir_block *bb = &ir->bb[b];
	const struct ir_edge *ed = &bb->succ[j];

	return closed(ed) || (bb->branch && ed->side >= 0 && bb->cond.konst >= 0 &&
			      ed->side != bb->cond.konst);
}

/*
 * What holds after a merge of paths whose guards say @t and @e: what
 * both say, and of two flag atoms testing bits of one parameter, one
 * on each side, the one whose mask holds the other's, or else a new
 * atom with both masks (`p & A` on one path, `p & B` on the other: `p &
 * (A | B)` after them; __filemap_get_folio()'s FGP_LOCK test, true
 * where the caller passed FGP_LOCK or its loop came round the FGP_CREAT
 * path).  Only "some bit set" atoms join so, and only two of one kind:
 * of the parameter itself, or of one member of what it points to (a
 * program-wide field atom, ATOM_FIELD in eq, never joins); a new one
 * takes a free atom, none left: the bits of neither (ir_cut()).
 */
static unsigned meet_blk(struct an *a, unsigned t, unsigned e)
{
	/* the analysis adds the joined atoms to the function's IR */
	struct ir_func *ir = (struct ir_func *)a->ir;
	unsigned r = t & e, x = t & ~r & ATOM_BITS, y = e & ~r & ATOM_BITS;
	int i, j, k;

	for (i = IR_ATOM0; x && i < 32; i++) {
		const struct ir_atom *ai = &ir->atoms[i - IR_ATOM0];

		if (!(x & (1u << i)) || ai->eq)
			continue;
		for (j = IR_ATOM0; j < 32; j++) {
			const struct ir_atom *aj = &ir->atoms[j - IR_ATOM0];

			if (!(y & (1u << j)) || aj->eq || aj->param != ai->param ||
			    strcmp(aj->field, ai->field))
				continue;
			if (!(ai->mask & ~aj->mask)) {
				r |= 1u << j;
			} else if (!(aj->mask & ~ai->mask)) {
				r |= 1u << i;
			} else {
				k = ir_atom_field(ir, ai->param, ai->field,
						  ai->mask | aj->mask, 0);
				if (k >= 0)
					r |= 1u << k;
			}
		}
	}
	return r;
}

/*
 * The values of the equalities formula @f is an OR of, a bit each in
 * *@set: 1 and the parameter they test in *@param (-1 on entry: not yet
 * known) when every leaf is an equality atom (ATOM_EQ alone) of that one
 * integer parameter with a value from 0 to ATOM_IN_MAX; else 0.
 */
static int or_values(const struct ir_func *ir, int f, int *param,
		     unsigned long long *set)
{
	const struct ir_formula *n = &ir->f[f];
	const struct ir_atom *at;

	if (n->kind == IRF_OR)
		return n->a >= 0 && n->b >= 0 && or_values(ir, n->a, param, set) &&
		       or_values(ir, n->b, param, set);
	if (n->kind != IRF_FLAG)
		return 0;
	at = &ir->atoms[n->param - IR_ATOM0];
	if (at->eq != ATOM_EQ || at->field[0] || at->sfield || at->ptr ||
	    at->mask > ATOM_IN_MAX || (*param >= 0 && at->param != *param))
		return 0;
	*param = at->param;
	*set |= 1ULL << at->mask;
	return 1;
}

/*
 * What an OR formula @f being true says: where it is a disjunction of
 * equalities of one parameter (`k == A || k == B`, a switch's cases that
 * share a body), the parameter is one of those values, a set atom
 * (ATOM_IN; it takes a free atom, none left: nothing, ir_cut()).
 */
static void set_atom(struct an *a, int f, struct guard *g)
{
	/* the analysis adds the set atoms to the function's IR */
	struct ir_func *ir = (struct ir_func *)a->ir;
	unsigned long long set = 0;
	int param = -1, bit;

	if (!or_values(ir, f, &param, &set))
		return;
	bit = ir_atom(ir, param, set, ATOM_IN);
	if (bit >= 0)
		g->blk |= 1u << bit;
}

static void implied(struct an *a, int f, int truth, struct guard *g)
{
	const struct ir_formula *n;
	int i, any = 0;
	unsigned b = ~0u, nb = ~0u, cx = ~0u;

	if (f < 0)
		return;
	assert(f < a->ir->nf);
	n = &a->ir->f[f];
	switch (n->kind) {
	case IRF_GFP:
		if (!truth)
			g->nblk |= 1u << n->param;
		else if (n->exact)
			g->blk |= 1u << n->param;
		return;
	case IRF_FLAG:
		if (truth)
			g->blk |= 1u << n->param;
		else
			g->nblk |= 1u << n->param;
		/* the other atom of the same value (ir_same_flags()) */
		implied(a, n->a, truth, g);
		return;
	case IRF_BLOCKING:
		if (truth)
			g->blk |= a->ir->gfp_params;
		return;
	case IRF_CTX:
		if (truth)
			g->ctx |= (unsigned)n->param;
		return;
	case IRF_SIB:
		if (truth)
			g->sib |= 1u << n->param;
		else
			g->nsib |= 1u << n->param;
		return;
	case IRF_NOT:
		implied(a, n->a, !truth, g);
		return;
	case IRF_AND:
		if (truth) {
			implied(a, n->a, 1, g);
			implied(a, n->b, 1, g);
		}
		return;
	case IRF_OR:
		if (!truth) {
			implied(a, n->a, 0, g);
			implied(a, n->b, 0, g);
		} else {
			set_atom(a, f, g);
		}
		return;
	case IRF_SEL:
		if (n->flags & IRF_C_ZERO) {
			/* a ? b : 0 is a && b; a ? 1 : 0 is a */
			if (truth) {
				implied(a, n->a, 1, g);
				implied(a, n->b, 1, g);
			} else if (n->flags & IRF_B_NONZERO) {
				implied(a, n->a, 0, g);
			}
		} else if (n->flags & IRF_B_ZERO) {
			/* a ? 0 : c is !a && c */
			if (truth) {
				implied(a, n->a, 0, g);
				implied(a, n->c, 1, g);
			} else if (n->flags & IRF_C_NONZERO) {
				implied(a, n->a, 1, g);
			}
		}
		return;
	case IRF_DEFS:
		for (i = n->a; i < n->a + n->b; i++) {
			const struct ir_fdef *d = &a->ir->defs[i];
			struct guard dg;

			if (d->konst >= 0 && d->konst != truth)
				continue;	/* cannot give @truth */
			if (a->guards[d->block].set)
				dg = a->guards[d->block];
			else if (a->prev[d->block].set)
				dg = a->prev[d->block];
			else
				continue;	/* not reached (yet) */
			implied(a, d->f, truth, &dg);
			b = any ? meet_blk(a, b, dg.blk) : dg.blk;
			nb &= dg.nblk;
			cx &= dg.ctx;
			any = 1;
		}
		if (any) {
			g->blk |= b;
			g->nblk |= nb;
			g->ctx |= cx;
		} else {
			/* no definition that can give @truth runs: the
			 * edge is on no path (every bit, both ways) */
			g->blk = g->nblk = g->ctx = g->sib = g->nsib = ~0u;
		}
		return;
	}
}

/*
 * The blocks the entry reaches along edges that can be taken, in reverse
 * postorder: a block comes after its predecessors but along back edges,
 * so the guard fixpoint needs a round per loop nesting, not per block.
 * (The guards do not depend on the order, only the rounds it takes; the
 * atomic state, whose merges keep the first atomic section met, keeps
 * the front end's block order.)
 */
static void reverse_postorder(struct an *a)
{
	const struct ir_func *ir = a->ir;
	struct { int b, j; } *stack = sc_malloc(ir->nbb * sizeof(*stack));
	char *seen = sc_calloc(ir->nbb, 1);
	int n = 0, post = ir->nbb;

	a->order = sc_malloc(ir->nbb * sizeof(*a->order));
	stack[n].b = ir->entry;
	stack[n++].j = 0;
	seen[ir->entry] = 1;
	while (n) {
		const struct ir_block *bb = &ir->bb[stack[n - 1].b];
		int j = stack[n - 1].j++;

		if (j == bb->nsucc) {
			a->order[--post] = stack[--n].b;
			continue;
		}
		if (closed(&bb->succ[j]) || seen[bb->succ[j].to])
			continue;
		assert(n < ir->nbb);
		seen[bb->succ[j].to] = 1;
		stack[n].b = bb->succ[j].to;
		stack[n++].j = 0;
	}
	/* the reached blocks are order[post..nbb) */
	memmove(a->order, a->order + post, (ir->nbb - post) * sizeof(*a->order));
	a->norder = ir->nbb - post;
	free(stack);
	free(seen);
}

static void compute_guards(struct an *a)
{
	const struct ir_func *ir = a->ir;
	int changed, rounds = 0, b, j, k;
	unsigned blk;

	a->guards[ir->entry].set = 1;
	if (a->gseed) {
		a->guards[ir->entry].blk |= a->gs_blk[a->gseed - 1];
		a->guards[ir->entry].nblk |= a->gs_nblk[a->gseed - 1];
	}
	do {
		changed = 0;
		for (k = 0; k < a->norder; k++) {
			const struct ir_block *bb = &ir->bb[b = a->order[k]];
			struct guard gd = a->guards[b];

			if (!guard_on_path(&gd))
				continue;
			for (j = 0; j < bb->nsucc; j++) {
				const struct ir_edge *ed = &bb->succ[j];
				struct guard e = gd, *t = &a->guards[ed->to];

				if (closed(ed))
					continue;
				if (bb->branch && ed->side >= 0) {
					if (bb->cond.konst >= 0) {
						if (ed->side != bb->cond.konst)
							continue;
					} else {
						implied(a, bb->cond.f, ed->side, &e);
					}
				}
				if (ed->f >= 0)
					implied(a, ed->f, 1, &e);
				/* in the runs of one value (run_guards()), an
				 * edge that contradicts it is on none of them */
				if (a->gseed && !guard_on_path(&e))
					continue;
				if (!t->set) {
					*t = e;
					changed = 1;
				} else if ((blk = meet_blk(a, t->blk, e.blk)) != t->blk ||
					   (t->nblk & e.nblk) != t->nblk ||
					   (t->ctx & e.ctx) != t->ctx ||
					   (t->sib & e.sib) != t->sib ||
					   (t->nsib & e.nsib) != t->nsib) {
					t->blk = blk;
					t->nblk &= e.nblk;
					t->ctx &= e.ctx;
					t->sib &= e.sib;
					t->nsib &= e.nsib;
					changed = 1;
				}
			}
		}
	} while (changed && ++rounds < LIM_GUARD_ROUNDS);
	if (changed)
		ir_cut(CUT_GUARD_ROUNDS);
}

static void guards(struct an *a)
{
	size_t size = a->ir->nbb * sizeof(*a->guards);
	int i;

	compute_guards(a);
	for (i = 1; i < LIM_GUARD_RUNS && memcmp(a->prev, a->guards, size); i++) {
		memcpy(a->prev, a->guards, size);
		memset(a->guards, 0, size);
		compute_guards(a);
	}
	if (i == LIM_GUARD_RUNS && memcmp(a->prev, a->guards, size))
		ir_cut(CUT_GUARD_RUNS);
}

/*
 * The guards of the runs that assume value @v of the split
 * split_guards() chose, into @out (a block none of them reaches is not
 * set): its bits hold at the entry, and an edge whose guard then
 * contradicts itself is on none of those runs, so it adds nothing to
 * the merge it reaches.  After `if (atomic && bad) return;` the runs
 * where atomic holds pass only where bad does not, which the merge of
 * all runs forgets (the runs where atomic is zero pass either way).
 */
static void run_guards(struct an *a, int v, struct guard *out)
{
	struct guard *keep = a->guards, *keep_prev = a->prev;

	memset(out, 0, a->ir->nbb * sizeof(*out));
	a->guards = out;
	a->prev = sc_calloc(a->ir->nbb, sizeof(*a->prev));
	a->gseed = v + 1;
	guards(a);
	a->gseed = 0;
	free(a->prev);
	a->guards = keep;
	a->prev = keep_prev;
}

/* ---- atomic state ---- */

/* on the edge where a callee's result is non-zero (@nonzero) or 0: what
 * it leaves released for that value beyond exit_fn.depth (the most over
 * its returns), which the call applied already */
static void value_exit(struct astate *s, const struct exit_fn *x, int nonzero)
{
	int k, d;

	for (k = 0; k < AK_NR; k++) {
		for (d = x->vdepth[nonzero][k]; d < x->depth[k]; d++)
			astate_release(s, 1u << k);
		for (d = x->vraw[nonzero][k]; d < x->raw[k]; d++)
			astate_raw(s, 1u << k, -1, 0, 0, NULL);
	}
}

/* does this run assume pointer value @base NULL (a value split on whose
 * branches test it, split_conditions())?  No lock made from it can be
 * taken then: `inode && !spin_trylock(&inode->i_lock)` (fs/dcache.c:721)
 * tries the lock only where inode is not NULL, and where sparse's
 * if-conversion calls the trylock whatever inode is, its success edge is
 * still one no path with inode NULL takes (a lock at an address made
 * from NULL faults, it is never held) */
static int null_base(const struct an *a, const void *base)
{
	int i;

	for (i = 0; base && i < a->nassume; i++)
		if (a->assume_ptr[i] == base && a->assume_val[i] == a->assume_null[i])
			return 1;
	return 0;
}

/* 0 when the edge cannot be taken under this run's assumptions */
static int edge_state(struct an *a, int b, int j, struct astate *s)
{
	const struct ir_block *bb = &a->ir->bb[b];
	const struct ir_edge *ed = &bb->succ[j];
	const struct ir_cond *c = &bb->cond;
	int i;

	if (closed(ed))
		return 0;
	if (!bb->branch || ed->side < 0)
		return 1;
	if (c->konst >= 0)
		return ed->side == c->konst;
	if (c->f >= 0) {
		/* a test of the context said "not atomic" (IRF_CTX) */
		struct guard g;

		memset(&g, 0, sizeof(g));
		implied(a, c->f, ed->side, &g);
		/* an answer of a test that did not run on this path: the
		 * path does not take it (a value split on that the tests
		 * decide: clang's `x = !in_atomic() && !irqs_disabled();
		 * if (x)` keyed apart from the tests) */
		if (g.ctx & ~s->tested)
			return 0;
		if (g.ctx)
			astate_off(s, g.ctx);
	}
	/* a variable var_tags() follows may change round a loop: one
	 * value assumed for the run would contradict its tags there (the
	 * first round's NULL, a later round's pointer), which decide */
	for (i = 0; c->key[0] && i < a->nassume; i++) {
		if (a->tag_var && a->tag_test[b] >= 0 && a->tag_test[b] < 2)
			break;
		if (a->assume[i][0] != c->key[0] || a->assume[i][1] != c->key[1])
			continue;
		if (ed->side != (a->assume_val[i] == c->sense))
			return 0;
	}
	/* an operand of `a && b` is true on the true edge, of `a || b`
	 * false on the false one: a run that assumes its value otherwise
	 * does not take that edge */
	for (i = 0; c->opkey[0] && ed->side == c->opside && i < a->nassume; i++) {
		if (a->tag_var && a->tag_test[b] >= 0 && a->tag_test[b] < 2)
			break;
		if (a->assume[i][0] != c->opkey[0] || a->assume[i][1] != c->opkey[1])
			continue;
		if ((a->assume_val[i] == c->opsense) != (c->opside == 1))
			return 0;
	}
	if (c->try_ev >= 0 && a->tried[c->try_ev] && ed->side == c->try_sense) {
		const struct ir_event *t = &a->ir->ev[c->try_ev];

		if (!t->held && null_base(a, t->base))
			return 0;
		if (c->try_dup) {
			/* acted on at the branch before it */
		} else if (t->held) {
			astate_release(s, t->kinds);	/* it had not, after all */
		} else {
			astate_acquire(s, t->kinds, t->line, t->col, t->what);
			astate_raw(s, lock_raw_kinds(t->kinds, t->what, t->inl), 1,
				   t->line, t->col, t->what);
		}
	}
	if (a->edge_exit && a->edge_exit[b])
		value_exit(s, a->edge_exit[b], ed->side == c->sense);
	return 1;
}

static int branch_locks_past(const struct ir_func *ir, int b);
static int atom_formula(const struct ir_func *ir, int f);
static int in_cycle(const struct ir_func *ir, int b, char *seen, int *stack);

/* can block @b reach itself again? */
static int branch_in_cycle(const struct ir_func *ir, int b)
{
	char *seen = sc_malloc(ir->nbb);
	int *stack = sc_malloc((size_t)ir->nbb * sizeof(*stack));
	int r = in_cycle(ir, b, seen, stack);

	free(seen);
	free(stack);
	return r;
}

/*
 * Block @b's branch tests pointer value P against NULL (a pointer atom,
 * ir_cond.ptr) and a trylock's lock is made from P (ir_event.base), the
 * branch and the trylock on no cycle (so both read one value of P): P,
 * and in *@null_v the value a run of the branch's key assumes where P is
 * NULL (edge_state(): the true edge is taken where the assumed value
 * equals the sense).  Else NULL.
 */
static const void *null_test_of_base(const struct ir_func *ir, int b, int *null_v)
{
	const struct ir_cond *c = &ir->bb[b].cond;
	const struct ir_atom *at;
	int f = c->f, neg = 0, i, found = 0;

	*null_v = -1;
	if (!c->ptr.val || c->cmp || c->pair)
		return NULL;
	while (f >= 0 && ir->f[f].kind == IRF_NOT) {
		neg = !neg;
		f = ir->f[f].a;
	}
	if (f < 0 || ir->f[f].kind != IRF_FLAG)
		return NULL;
	at = &ir->atoms[ir->f[f].param - IR_ATOM0];
	if (!at->ptr || at->eq)
		return NULL;
	for (i = 0; !found && i < ir->nev; i++)
		found = ir->ev[i].kind == IR_TRYLOCK && !ir->ev[i].held &&
			ir->ev[i].base == c->ptr.val &&
			!branch_in_cycle(ir, ir->ev[i].block);
	if (!found || branch_in_cycle(ir, b))
		return NULL;
	/* the atom (P != NULL) is false on the side it is negated on */
	*null_v = neg ? c->sense : !c->sense;
	return c->ptr.val;
}

static int split_conditions(struct an *a)
{
	struct {
		const void *key[2], *ptr;
		int count, pair, locking, atom, b, null_v;	/* null_v: of ptr */
	} seen[LIM_SPLIT_SEEN];
	const struct ir_func *ir = a->ir;
	int nseen = 0, i, b, pass, null_v;
	const void *ptr;

	a->nassume = 0;
	if (!ir->locks)
		return 0;
	for (b = 0; b < ir->nbb; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;

		if (!ir->bb[b].branch || c->konst >= 0 || !c->key[0])
			continue;
		for (i = 0; i < nseen; i++)
			if (seen[i].key[0] == c->key[0] && seen[i].key[1] == c->key[1])
				break;
		ptr = null_test_of_base(ir, b, &null_v);
		if (i == nseen) {
			if (nseen == LIM_SPLIT_SEEN) {
				ir_cut(CUT_SPLIT_SEEN);
				continue;
			}
			seen[nseen].key[0] = c->key[0];
			seen[nseen].key[1] = c->key[1];
			seen[nseen].pair = c->pair;
			seen[nseen].locking = 0;
			seen[nseen].atom = 1;
			seen[nseen].b = b;
			seen[nseen].ptr = ptr;
			seen[nseen].null_v = null_v;
			seen[nseen++].count = 0;
		}
		seen[i].count++;
		/* through libclang's empty blocks, as sparse's branch goes
		 * to the block of the lock itself */
		seen[i].locking |= branch_locks_past(ir, b);
		seen[i].atom &= atom_formula(ir, c->f);
		/* every branch on the value says the same of the pointer */
		if (seen[i].ptr != ptr || seen[i].null_v != null_v)
			seen[i].ptr = NULL;
	}
	/* an operand of an `&&` or `||` branch tests its value too
	 * (ir_cond.opkey): a trylock's result tested by its own branch
	 * and by one that says it failed is a value tested twice, so the
	 * runs that assume the trylock succeeded do not take the edge
	 * that says it failed */
	for (b = 0; b < ir->nbb; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;

		if (!ir->bb[b].branch || c->konst >= 0 || c->opside < 0 || !c->opkey[0])
			continue;
		for (i = 0; i < nseen; i++)
			if (seen[i].key[0] == c->opkey[0] && seen[i].key[1] == c->opkey[1])
				break;
		if (i == nseen)
			continue;	/* its own branch is what is split on */
		seen[i].count++;
		seen[i].atom = 0;
	}
	/* values whose branches lead to a lock or unlock first, and of
	 * the others comparisons of two values last; then, where room is
	 * left, values tested once: only a flag atom whose branch takes or
	 * drops a lock, or a pointer atom a trylock's lock is made from
	 * (null_test_of_base()) (split_guards() keeps the calls after it
	 * apart by what it says of the parameters), the branch on no
	 * cycle: a path passes it once, so one value for the run is that
	 * path's (a member read again round a loop may change) */
	for (pass = 0; pass < 4; pass++) {
		for (i = 0; i < nseen; i++) {
			int want = seen[i].count < 2 ? 3 : seen[i].locking ? 0 :
				   seen[i].pair ? 2 : 1;

			if (want != pass || (want == 3 && ((!seen[i].locking && !seen[i].ptr) ||
			    !seen[i].atom || branch_in_cycle(ir, seen[i].b))))
				continue;
			if (a->nassume == LIM_SPLIT) {
				if (want != 3)
					ir_cut(CUT_SPLIT);
				goto out;
			}
			a->assume_ptr[a->nassume] = seen[i].ptr;
			a->assume_null[a->nassume] = seen[i].ptr ? seen[i].null_v : -1;
			a->assume[a->nassume][0] = seen[i].key[0];
			a->assume[a->nassume++][1] = seen[i].key[1];
		}
	}
out:
	/* a comparison split on is one value for the run: var_tags()'s
	 * NULL round, which the comparison's tags keep off its equal
	 * edge, would contradict it; the split alone decides there */
	for (b = 0; a->tag_var && b < ir->nbb; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;

		if (a->tag_test[b] < 2)
			continue;
		for (i = 0; i < a->nassume; i++)
			if (a->assume[i][0] == c->key[0] && a->assume[i][1] == c->key[1])
				a->tag_test[b] = -1;
	}
	return a->nassume;
}

/*
 * Of the values split on, the first whose every branch says, on each
 * side, the same of the function's parameters (a flag atom, whose
 * bits one side says are set and the other clear): in the runs that
 * assume one value, every path holds that of them, whether it passes a
 * branch on the value or not.  `if (atomic) spin_lock(&l); f(atomic);
 * if (atomic) spin_unlock(&l);` holds the lock at f() only where the
 * parameter is not zero, which f()'s sleep on a zero argument then
 * contradicts (record_split()).  A branch var_tags() exempts from the
 * assumption, or one whose sides imply nothing of the parameters, rules
 * the value out.
 */
/* is formula @f a flag atom, or its negation: one side implies its bits
 * set, the other clear, and every run of the function is on one side */
static int atom_formula(const struct ir_func *ir, int f)
{
	while (f >= 0 && ir->f[f].kind == IRF_NOT)
		f = ir->f[f].a;
	return f >= 0 && ir->f[f].kind == IRF_FLAG;
}

static void split_guards(struct an *a)
{
	const struct ir_func *ir = a->ir;
	int i, b, v, seen;

	a->gsplit = -1;
	for (i = 0; i < a->nassume; i++) {
		unsigned blk[2] = { 0, 0 }, nblk[2] = { 0, 0 };
		int ok = 1;

		seen = 0;
		for (b = 0; ok && b < ir->nbb; b++) {
			const struct ir_cond *c = &ir->bb[b].cond;

			if (!ir->bb[b].branch || c->konst >= 0 ||
			    a->assume[i][0] != c->key[0] || a->assume[i][1] != c->key[1])
				continue;
			if (!atom_formula(ir, c->f) || (a->tag_var && a->tag_test[b] >= 0 &&
							 a->tag_test[b] < 2)) {
				ok = 0;
				break;
			}
			for (v = 0; v < 2; v++) {
				struct guard g;

				memset(&g, 0, sizeof(g));
				/* the side a run assuming @v takes (edge_state()) */
				implied(a, c->f, v == c->sense, &g);
				if (seen && (g.blk != blk[v] || g.nblk != nblk[v]))
					ok = 0;
				blk[v] = g.blk;
				nblk[v] = g.nblk;
			}
			seen = 1;
		}
		if (!ok || !seen || !(blk[0] | nblk[0]) || blk[0] != nblk[1] ||
		    nblk[0] != blk[1])
			continue;
		a->gsplit = i;
		for (v = 0; v < 2; v++) {
			a->gs_blk[v] = blk[v];
			a->gs_nblk[v] = nblk[v];
		}
		return;
	}
	/* else the first whose value a call's pointer argument carries in
	 * a member (ir.h ir_mkey): the runs of each value say that
	 * member's bits (mkey_vals()), of the parameters nothing */
	for (i = 0; i < a->nassume; i++)
		for (b = 0; b < ir->nmkeys; b++)
			if (ir->mkeys[b].key[0] == a->assume[i][0] &&
			    ir->mkeys[b].key[1] == a->assume[i][1]) {
				a->gsplit = i;
				memset(a->gs_blk, 0, sizeof(a->gs_blk));
				memset(a->gs_nblk, 0, sizeof(a->gs_nblk));
				return;
			}
}

/* does list @buf have an entry that begins with @head? */
static int vals_have(const char *buf, const char *head)
{
	const char *p;

	for (p = buf; (p = strstr(p, head)); p++)
		if (p == buf || p[-1] == ',')
			return 1;
	return 0;
}

/* @entry appended to list @buf (of LIM_FIELD_VALS bytes): 1, or 0 when
 * there is no room (counted) */
static int vals_add(char *buf, const char *entry)
{
	if (strlen(buf) + strlen(entry) + 2 > LIM_FIELD_VALS) {
		ir_cut(CUT_FIELD_VALS);
		return 0;
	}
	if (buf[0])
		strcat(buf, ",");
	strcat(buf, entry);
	return 1;
}

/*
 * The vals of call @e in the runs that assume value @v of the split
 * split_guards() chose: its own, and for each member its arguments
 * point to that holds the value tested (ir.h ir_mkey), what @v says of
 * the member's bits, as the value the caller stored right before the
 * call (facts.h J.F==V): `V & M` non-zero has M's one bit set ("|M")
 * or, of all ones, is not zero ("!0"); zero has none of M ("&~M").  A
 * member the front end already knows (J.F==) keeps its entry.  NULL:
 * nothing to add (the event's own vals).
 */
static char *mkey_vals(const struct an *a, const struct ir_event *e, int v)
{
	const struct ir_func *ir = a->ir;
	char buf[LIM_FIELD_VALS], entry[ATOM_FIELD_MAX + 48], head[ATOM_FIELD_MAX + 16];
	int i, n = 0;

	snprintf(buf, sizeof(buf), "%s", e->vals ? e->vals : "");
	for (i = e->mk0; i < e->mk0 + e->nmk; i++) {
		const struct ir_mkey *m = &ir->mkeys[i];
		unsigned long long mask = m->mask;

		if (m->key[0] != a->assume[a->gsplit][0] ||
		    m->key[1] != a->assume[a->gsplit][1])
			continue;
		/* only a single bit, or the whole value, says bits */
		if (v && mask != ~0ULL && (mask & (mask - 1)))
			continue;
		snprintf(head, sizeof(head), "%d.%s==", m->arg, m->field);
		if (vals_have(buf, head))
			continue;
		if (!v)
			snprintf(entry, sizeof(entry), "%s&%lld", head, (long long)~mask);
		else if (mask == ~0ULL)
			snprintf(entry, sizeof(entry), "%s!0", head);
		else
			snprintf(entry, sizeof(entry), "%s|%lld", head, (long long)mask);
		if (!vals_add(buf, entry))
			break;
		n++;
	}
	if (!n)
		return NULL;
	fact_list_sort(buf);
	return sc_strdup(buf);
}

/* ---- facts ---- */

static char *dup(const char *s)
{
	return s ? sc_strdup(s) : NULL;
}

static void call_objects(struct an *a, const struct ir_event *e, struct fact_call *c)
{
	int i;

	for (i = e->obj0; i < e->obj0 + e->nobj; i++) {
		const struct ir_obj *o = &a->ir->objs[i];
		struct guard g = { .set = 1 };

		if (o->block >= 0) {
			/* a store or definition on no path sets nothing */
			if (!a->guards[o->block].set)
				continue;
			g = a->guards[o->block];
		} else if (o->cond >= 0) {
			g = a->guard;
			implied(a, o->cond, o->truth, &g);
		}
		if (fcx(c)->nobjs == LIM_OBJECTS) {
			ir_cut(CUT_OBJECTS);
			break;
		}
		fact_call_add_obj(c, o->name, o->is_static, g.blk, g.nblk, LIM_OBJECTS);
	}
}

static void record_raw(const struct astate *s, struct fact_call *c)
{
	int k;

	for (k = 0; k < AK_NR; k++) {
		int r = s->raw[k];

		/* of a kind off: no more than was taken since the test */
		if ((s->off & (1u << k)) && r > astate_since(s, k))
			r = astate_since(s, k);
		if ((s->off & (1u << k)) && r < 0)
			r = 0;
		if (r)
			fact_call_x(c)->raw[k] = (signed char)r;
	}
	if (atomic_active(fcx(c)->raw)) {
		fact_call_x(c)->raline = s->rline;
		c->x->racol = s->rcol;
		c->x->rawhat = sc_strdup((const char *)s->rwhat);
	}
}

static void record_rtlock(struct an *a, const struct astate *s,
			  const struct ir_event *e, struct fact_func *fn);

/* the atomic state @s at call @c: depth, what assertions assumed, the
 * kinds a test said were off (what they hold is what was taken since
 * the test), where the outermost section began */
static void record_depth(const struct astate *s, struct fact_call *c)
{
	int k;

	for (k = 0; k < AK_NR; k++) {
		c->depth[k] = s->depth[k];
		if (s->off & (1u << k))
			c->depth[k] = (signed char)astate_since(s, k);
		else if (s->assumed[k])
			fact_call_x(c)->assumed[k] = s->assumed[k];
	}
	if (s->off)
		fact_call_x(c)->ctxoff = s->off;
	if (atomic_active(c->depth)) {
		fact_call_x(c)->aline = s->line;
		c->x->acol = s->col;
		c->x->awhat = sc_strdup((const char *)s->what);
		c->x->aassert = s->aassert;
	}
}

/*
 * What the guard says of the sibling fields of the pointer an indirect
 * call @e goes through (facts.h fact_call_x.sib): the atoms of that
 * pointer value on F's struct that hold ("G=V") or do not ("G!=V") on
 * every path to it, in the order of the atoms, at most FACT_MAX_SIBS.
 */
static void record_sibs(struct an *a, const struct ir_event *e, struct fact_call *c)
{
	const char *dot = e->via ? strrchr(e->via, '.') : NULL;
	size_t tlen = dot ? (size_t)(dot - e->via) : 0;
	char buf[FACT_MAX_SIBS * 48], entry[160];
	int i, n = 0;

	if (!dot || !e->sibptr || !(a->guard.sib | a->guard.nsib))
		return;
	buf[0] = '\0';
	for (i = 0; i < a->ir->nsibs; i++) {
		const struct ir_sib *sb = &a->ir->sibs[i];
		int yes = (a->guard.sib >> i) & 1, no = (a->guard.nsib >> i) & 1;

		if ((!yes && !no) || sb->ptr != e->sibptr ||
		    strncmp(sb->field, e->via, tlen) || sb->field[tlen] != '.')
			continue;
		if (n == FACT_MAX_SIBS) {
			ir_cut(CUT_SIBS);
			break;
		}
		snprintf(entry, sizeof(entry), "%s%s%s=%lld", n ? "," : "",
			 sb->field + tlen + 1, no ? "!" : "", sb->value);
		if (strlen(buf) + strlen(entry) >= sizeof(buf)) {
			ir_cut(CUT_SIBS);
			break;
		}
		strcat(buf, entry);
		n++;
	}
	if (n)
		fact_call_x(c)->sib = sc_strdup(buf);
}

/*
 * The vals of call event @e, made where a call may have run: each
 * pointer parameter passed on (J=*K) with the calls that may run before
 * it (J=*K~L:C, fresh_calls_before()), when they are few.
 */
static const struct fact_vals *vals_after(struct an *a, const struct ir_event *e,
					  const char *vals)
{
	struct fresh_before bf;
	const struct fact_vals *l = fact_vals_parse(vals, NULL, NULL), *r;
	struct textbuf o = { NULL, 0, 0 };
	int i, p, any = 0;

	for (i = 0; l && i < l->n; i++)
		any |= l->v[i].kind == VAL_PARAM;
	if (!any || !fresh_calls_before(a->ir, &a->fresh, (int)(e - a->ir->ev), &bf))
		return l;
	tb_puts(&o, vals);
	for (i = 0; i < l->n; i++)
		for (p = 0; l->v[i].kind == VAL_PARAM && p < bf.n; p++) {
			tb_putc(&o, ',');
			tb_put_ll(&o, l->v[i].j);
			tb_puts(&o, "=*");
			tb_put_ll(&o, l->v[i].k);
			tb_putc(&o, '~');
			tb_put_ll(&o, bf.line[p]);
			tb_putc(&o, ':');
			tb_put_ll(&o, bf.col[p]);
		}
	r = fact_vals_parse(o.s, NULL, NULL);
	free(o.s);
	free((void *)l);
	return r;
}

/*
 * The one block with an edge into @b, through that edge (*@side), or -1
 * when there are none or several (a loop's head, a join).
 */
static int only_pred(const struct ir_func *ir, int b, int *side)
{
	int p, i, found = -1;

	for (p = 0; p < ir->nbb; p++)
		for (i = 0; i < ir->bb[p].nsucc; i++) {
			if (ir->bb[p].succ[i].to != b || ir->bb[p].succ[i].dead)
				continue;
			if (found >= 0)
				return -1;
			found = p;
			*side = ir->bb[p].succ[i].side;
		}
	return found;
}

/*
 * Is the value keyed @key zero wherever block @b runs: the blocks before
 * it, each the only way into the next, go back to a branch testing it
 * and leave it on the edge taken where it is zero?  (Only a single line
 * of blocks is followed, at most LIM_WALK of them: a join, even of two
 * zero edges, says nothing.)
 */
static int zero_at(const struct ir_func *ir, int b, const void *const key[2])
{
	int p, side = -1, steps = 0;

	while ((p = only_pred(ir, b, &side)) >= 0 && p != b && steps++ < LIM_WALK) {
		const struct ir_cond *c = &ir->bb[p].cond;

		if (ir->bb[p].branch && c->konst < 0 && !c->pair && c->key[0] == key[0] &&
		    c->key[1] == key[1])
			return side >= 0 && side != c->sense;
		b = p;
	}
	return 0;
}

/*
 * @vals of call @e with J=#0 for each integer argument J that is a value
 * branches test (ir.h ir_akey) and is zero wherever the call runs
 * (zero_at()), where @vals says nothing of J; NULL when none is.
 */
static char *zero_args(const struct an *a, const struct ir_event *e, const char *vals)
{
	const struct ir_func *ir = a->ir;
	char buf[LIM_FIELD_VALS], head[16], entry[20];
	int i, n = 0;

	snprintf(buf, sizeof(buf), "%s", vals ? vals : "");
	for (i = e->ak0; i < e->ak0 + e->nak; i++) {
		const struct ir_akey *k = &ir->akeys[i];

		if (!zero_at(ir, e->block, k->key))
			continue;
		snprintf(head, sizeof(head), "%d=", k->arg);
		if (vals_have(buf, head))
			continue;
		snprintf(entry, sizeof(entry), "%s#0", head);
		if (!vals_add(buf, entry))
			break;
		n++;
	}
	if (!n)
		return NULL;
	fact_list_sort(buf);
	return sc_strdup(buf);
}

/* call event @e as a fact with gfp classes @args under guard @g */
static void record_one(struct an *a, const struct astate *s, const struct ir_event *e,
		       struct fact_func *fn, const char *args, const struct guard *g)
{
	struct fact_call *c = fact_func_add_call(fn, e->callee);
	const char *vals;
	char *zvals;
	int k;

	if (e->callee) {
		c->callee_static = e->callee_static;
	} else {
		if (e->via)
			fact_call_x(c)->via = dup(e->via);
		call_objects(a, e, c);
		record_sibs(a, e, c);
	}
	if (g->blk || g->nblk) {
		fact_call_x(c)->gblk = g->blk;
		c->x->gnblk = g->nblk;
	}
	for (k = e->fnarg0; k < e->fnarg0 + e->nfnarg; k++)
		fact_call_add_fnarg(c, a->ir->fnargs[k].arg, a->ir->fnargs[k].name,
				    a->ir->fnargs[k].is_static);
	c->line = e->line;
	c->col = e->col;
	record_depth(s, c);
	c->args = dup(args);
	/* a pointer parameter passed on before any call: its members are
	 * as the caller left them (J=*K^) */
	vals = a->mvals ? a->mvals : e->vals;
	zvals = e->nak ? zero_args(a, e, vals) : NULL;
	if (zvals)
		vals = zvals;
	if (fresh_event(a->ir, &a->fresh, (int)(e - a->ir->ev)))
		c->vals = fact_vals_parse_fresh(vals);
	else
		c->vals = vals_after(a, e, vals);
	free(zvals);
	if (e->inl)
		fact_call_x(c)->inl = dup(e->inl);
	record_raw(s, c);
}

/*
 * Call event @e as a fact; one whose gfp argument a condition chooses
 * (ir_event.sel) as two, each with its classes and the guard plus what
 * the condition's value implies, the one whose guard no path meets (a
 * bit both required and excluded) left out.
 */
static void record(struct an *a, const struct astate *s, const struct ir_event *e,
		   struct fact_func *fn)
{
	struct guard g;
	int truth;

	/* a user access where pagefault_disable() holds on every path:
	 * a fault is fixed up, no sleep (sleep-fault rules) */
	if (e->fault && s->pf > 0)
		return;
	if (!e->sel) {
		record_one(a, s, e, fn, e->args, &a->guard);
		return;
	}
	for (truth = 1; truth >= 0; truth--) {
		g = a->guard;
		implied(a, e->sel - 1, truth, &g);
		if (!(g.blk & g.nblk) && !(g.sib & g.nsib))
			record_one(a, s, e, fn, truth ? e->args : e->args2, &g);
	}
}

/* a spinlock_t, rwlock_t or local_lock_t acquired: a pseudo-call that
 * only the -Wrt-wait-context view follows (facts.h fact_call.rtlock) */
static void record_rtlock(struct an *a, const struct astate *s,
			  const struct ir_event *e, struct fact_func *fn)
{
	struct fact_call *c = fact_func_add_call(fn, e->inl ? e->inl : e->what);

	c->rtlock = 1;
	if (a->guard.blk || a->guard.nblk) {
		fact_call_x(c)->gblk = a->guard.blk;
		c->x->gnblk = a->guard.nblk;
	}
	c->line = e->line;
	c->col = e->col;
	record_depth(s, c);
	if (e->inl)
		fact_call_x(c)->inl = dup(e->inl);
	record_raw(s, c);
}

/* apply event @e to @s; record a call into @fn when @fn is not NULL */
static void transfer(struct an *a, struct astate *s, int ev, struct fact_func *fn)
{
	const struct ir_event *e = &a->ir->ev[ev];

	switch (e->kind) {
	case IR_ACQUIRE:
		if (e->asserted)
			astate_assert(s, e->kinds, e->line, e->col, e->what);
		else
			astate_acquire(s, e->kinds, e->line, e->col, e->what);
		if (a->relock[ev] >= 0)
			s->held |= 1u << a->relock[ev];
		/* an annotated function's body says what it takes: the
		 * call is a fact, followed in the -Wrt-wait-context view */
		if (e->asserted || e->annotated)
			return;
		astate_raw(s, lock_raw_kinds(e->kinds, e->what, e->inl), 1,
			   e->line, e->col, e->what);
		if (fn && lock_sleeps_on_rt(e->kinds, e->what, e->inl))
			record_rtlock(a, s, e, fn);
		return;
	case IR_RELEASE:
		astate_release(s, e->kinds);
		if (!e->annotated)
			astate_raw(s, lock_raw_kinds(e->kinds, e->what, e->inl), -1,
				   e->line, e->col, e->what);
		return;
	case IR_TRYLOCK:
		if (!fn && !a->tried[ev]) {
			a->tried[ev] = 1;
			a->ntried++;
		}
		/* acquire-if-zero: held until a branch finds it non-zero;
		 * its body says what it takes (the call is a fact) */
		if (e->held)
			astate_acquire(s, e->kinds, e->line, e->col, e->what);
		return;
	case IR_CALL:
		if (fn)
			record(a, s, e, fn);
		return;
	case IR_TEST:
		astate_test(s, e->kinds);
		return;
	case IR_PAGEFAULT:
		if (s->pf + e->held >= -AK_MAX_DEPTH && s->pf + e->held <= AK_MAX_DEPTH)
			s->pf = (signed char)(s->pf + e->held);
		return;
	case IR_RET:
	case IR_BIND:
		return;
	}
}

/* does the front end place annotations of the call that is event @j of
 * @bb right after it (sparse_context.c)? */
static int annotated_after(const struct ir_func *ir, const struct ir_block *bb, int j)
{
	const struct ir_event *e = &ir->ev[bb->ev[j]], *n;

	for (; j + 1 < bb->nev; j++) {
		n = &ir->ev[bb->ev[j + 1]];
		if (n->line != e->line || n->col != e->col)
			return 0;
		if ((n->kind == IR_ACQUIRE || n->kind == IR_RELEASE) && n->annotated)
			return 1;
	}
	return 0;
}

/* what the annotations the front end placed right after the call that
 * is event @j of @bb do, per kind, into @sum (lockctx.c); 1 if there
 * are some and they say all the call changes (IR_ANN_ALL) */
static int annotated_sum(const struct ir_func *ir, const struct ir_block *bb, int j,
			 int *sum)
{
	const struct ir_event *e = &ir->ev[bb->ev[j]], *n;
	int k, all = -1;

	for (k = 0; k < AK_NR; k++)
		sum[k] = 0;
	for (; j + 1 < bb->nev; j++) {
		n = &ir->ev[bb->ev[j + 1]];
		if (n->line != e->line || n->col != e->col)
			break;
		if ((n->kind != IR_ACQUIRE && n->kind != IR_RELEASE) || !n->annotated)
			continue;
		all = all && n->annotated == IR_ANN_ALL;
		for (k = 0; k < AK_NR; k++)
			if (n->kinds & (1u << k))
				sum[k] += n->kind == IR_ACQUIRE ? 1 : -1;
	}
	return all > 0;
}

/* @v, what a callee of the file leaves of one kind by its body (its net
 * change, or the least at its returns), floored by @sum, what its
 * annotations say it releases when they say all (@all): the body may not
 * see a release that depends on a value, as dentry_kill()'s
 * __dentry_kill() drops the parent's lock only when there is a parent
 * (fs/dcache.c:609), but `__releases(dentry->d_lock)` (dcache.c:716) is
 * the function's word that it drops the lock on every path */
static int exit_floor(int v, int sum, int all)
{
	return all && sum < 0 && sum < v ? sum : v;
}

/* what callee @x leaves of kind @k, net, after the annotations of its
 * call (@sum, @all: annotated_sum()); @dv: what the pointer parameter
 * it splits on points to is 0 (0) or not (1) at the call, -1 not known
 * (exits.h ddepth) */
static int exit_net(const struct exit_fn *x, int k, const int *sum, int all, int dv)
{
	if (dv >= 0)
		return exit_floor(x->ddepth[dv][k] < 0 ? x->ddepth[dv][k] : x->dheld[dv][k],
				  sum[k], all);
	return exit_floor(x->depth[k] < 0 ? x->depth[k] : x->held[k], sum[k], all);
}

/* exit_find() of the callee of event @i of @ir (@a's function) in table
 * @t, looked up once per event while @t is the same table of the same
 * size (it is sorted once, and does not move after) */
static const struct exit_fn *event_exit(struct an *a, const struct ir_func *ir,
					const struct exit_table *t, int i)
{
	if (a->xtab != t || a->xtab_n != t->n) {
		free(a->xev);
		free(a->xev_known);
		a->xev = sc_calloc(ir->nev + 1, sizeof(*a->xev));
		a->xev_known = sc_calloc(ir->nev + 1, 1);
		a->xtab = t;
		a->xtab_n = t->n;
	}
	if (!a->xev_known[i]) {
		a->xev[i] = exit_find(t, ir->ev[i].callee);
		a->xev_known[i] = 1;
	}
	return a->xev[i];
}

/* event @j of @bb, a direct call of a function of the file: what that
 * function leaves released or held, beyond what its annotations placed
 * after the call say (`__releases(rnp->lock)` of a
 * raw_spin_unlock_irqrestore() leaves interrupts to the body; an
 * `__acquires()` of a function that takes the lock is the body's too) */
static void callee_exit(struct an *a, const struct ir_block *bb, int j,
			struct astate *s)
{
	int i = bb->ev[j];
	const struct ir_event *e = &a->ir->ev[i];
	const struct exit_fn *x;
	int k, d, all, dv, sum[AK_NR];

	if (e->kind != IR_CALL || !e->callee || !a->exits ||
	    !(x = event_exit(a, a->ir, a->exits, i)))
		return;
	all = annotated_sum(a->ir, bb, j, sum);
	/* given the address of the flag the states are kept apart by,
	 * of a value known in this one: what the callee leaves for it */
	if (x->dparam < 0 || !e->vkey || e->vkey != a->tag_key || e->varg != x->dparam ||
	    !a->cur_tagval)
		dv = -1;
	else
		dv = a->cur_tagval - 1;
	for (k = 0; k < AK_NR; k++) {
		int net = exit_net(x, k, sum, all, dv);

		for (d = net - sum[k]; d < 0; d++)
			astate_release(s, 1u << k);
		for (d = net - sum[k]; d > 0; d--)
			astate_acquire(s, 1u << k, e->line, e->col, e->callee);
		for (d = x->raw[k]; d < 0; d++)
			astate_raw(s, 1u << k, -1, e->line, e->col, e->what);
		for (d = x->raw[k] < 0 ? 0 : x->rheld[k]; d > 0; d--)
			astate_raw(s, 1u << k, 1, e->line, e->col, e->callee);
	}
}

/* the state at the end of block @b, entered in state @in, into @s; 0 if
 * no path reaches it */
static int run_state(struct an *a, const struct astate *in, int b,
		     struct fact_func *fn, struct astate *s)
{
	const struct ir_block *bb = &a->ir->bb[b];
	int j;

	*s = *in;
	if (!s->reached || !guard_on_path(&a->guards[b]))
		return 0;
	a->guard = a->guards[b];
	for (j = 0; j < bb->nev; j++) {
		transfer(a, s, bb->ev[j], fn);
		callee_exit(a, bb, j, s);
	}
	return 1;
}

/* the state at the end of block @b into @s; 0 if no path reaches it */
static int run_block(struct an *a, const struct astate *states, int b,
		     struct fact_func *fn, struct astate *s)
{
	return run_state(a, &states[b], b, fn, s);
}

/* do @x and @y say different things of a call made there? */
static int call_states_differ(const struct astate *x, const struct astate *y)
{
	int k;

	if (x->off != y->off)
		return 1;
	for (k = 0; k < AK_NR; k++)
		if (x->depth[k] != y->depth[k] || x->raw[k] != y->raw[k] ||
		    x->assumed[k] != y->assumed[k] ||
		    ((x->off & (1u << k)) && x->snap[k] != y->snap[k]))
			return 1;
	return 0;
}

/*
 * Block @b's events as run_block() records them, and, where the runs of
 * the two values of the split split_guards() chose reach a call with
 * different states (`if (atomic) spin_lock(&l); f(atomic);`), the call
 * as two facts instead of one: each with the state of its value's runs
 * (@half) and the block's guard plus what that value says of the
 * parameters.  Every run is on one side, so the two cover what the one
 * would; a side whose guard contradicts the block's is on no path.
 */
static void run_split(struct an *a, const struct astate *merged,
		      struct astate *const half[2], int b, struct fact_func *fn)
{
	const struct ir_block *bb = &a->ir->bb[b];
	struct astate s, h[2];
	struct guard g[2], base;
	int j, v, on[2];

	s = merged[b];
	if (!s.reached || !guard_on_path(&a->guards[b]))
		return;
	for (v = 0; v < 2; v++) {
		h[v] = half[v][b];
		g[v] = a->guards[b];
		g[v].blk |= a->gs_blk[v];
		g[v].nblk |= a->gs_nblk[v];
		on[v] = h[v].reached;
		if (a->rguards[v]) {
			const struct guard *r = &a->rguards[v][b];

			g[v].blk |= r->blk;
			g[v].nblk |= r->nblk;
			g[v].sib |= r->sib;
			g[v].nsib |= r->nsib;
			on[v] &= r->set;
		}
		on[v] = on[v] && guard_on_path(&g[v]);
	}
	/* a block the runs of one value only reach has their guard
	 * (`if (atomic) spin_lock(&l);` after the test above, whichever
	 * way the front end laid the two tests out) */
	base = a->guards[b];
	for (v = 0; v < 2; v++)
		if (a->rguards[v] && on[v] && !on[!v])
			base = g[v];
	for (j = 0; j < bb->nev; j++) {
		int ev = bb->ev[j];
		const struct ir_event *e = &a->ir->ev[ev];

		a->guard = base;
		if (e->kind == IR_CALL && on[0] && on[1] &&
		    call_states_differ(&h[0], &h[1])) {
			for (v = 0; v < 2; v++) {
				a->guard = g[v];
				a->mvals = mkey_vals(a, e, v);
				record(a, &h[v], e, fn);
				free(a->mvals);
				a->mvals = NULL;
			}
			a->guard = base;
		} else {
			transfer(a, &s, ev, fn);
		}
		callee_exit(a, bb, j, &s);
		for (v = 0; v < 2; v++) {
			if (!on[v])
				continue;
			transfer(a, &h[v], ev, NULL);
			callee_exit(a, bb, j, &h[v]);
		}
	}
}

/* the vals of call @e given the flag's address as argument varg, with
 * what that argument points to 0 (@v 0) or not (J*=#0, J*=!0) in place
 * of what the front end said of it */
static char *deref_vals(const struct ir_event *e, int v)
{
	const char *p = e->vals ? e->vals : "", *q;
	char head[16], entry[24];
	size_t n = strlen(p) + sizeof(entry) + 2, hl;
	char *buf = sc_malloc(n);

	snprintf(head, sizeof(head), "%d*=", e->varg);
	hl = strlen(head);
	buf[0] = 0;
	while (*p) {
		q = strchr(p, ',');
		if (!q)
			q = p + strlen(p);
		if ((size_t)(q - p) < hl || memcmp(p, head, hl)) {
			if (buf[0])
				strcat(buf, ",");
			strncat(buf, p, (size_t)(q - p));
		}
		p = *q ? q + 1 : q;
	}
	snprintf(entry, sizeof(entry), "%d*=%s", e->varg, v ? "!0" : "#0");
	vals_add(buf, entry);
	return buf;
}

/*
 * Block @b's events as run_block() records them, but a call given the
 * address of the flag the states are kept apart by (ir_event.vkey), of a
 * value known in the states that reach it, or whose states differ by it:
 * one fact per value, each with the state of that value's runs (a->tv)
 * and vals that say what the argument points to, which the callee's
 * facts split on (`if (*locked) spin_unlock(lock); cond_resched();`).
 * The states of a value not known are in both.
 */
static void run_tagged(struct an *a, const struct astate *merged, int b,
		       struct fact_func *fn)
{
	const struct ir_block *bb = &a->ir->bb[b];
	struct astate s, h[2];
	int j, v, on[2];

	s = merged[b];
	if (!s.reached || !guard_on_path(&a->guards[b]))
		return;
	a->guard = a->guards[b];
	for (v = 0; v < 2; v++) {
		h[v] = a->tv[v][b];
		on[v] = h[v].reached;
	}
	for (j = 0; j < bb->nev; j++) {
		int ev = bb->ev[j];
		const struct ir_event *e = &a->ir->ev[ev];

		if (e->kind == IR_CALL && e->vkey == a->tag_key &&
		    (on[0] != on[1] || (on[0] && call_states_differ(&h[0], &h[1])))) {
			for (v = 0; v < 2; v++) {
				if (!on[v])
					continue;
				a->mvals = deref_vals(e, v);
				record(a, &h[v], e, fn);
				free(a->mvals);
				a->mvals = NULL;
			}
		} else {
			transfer(a, &s, ev, fn);
		}
		a->cur_tagval = 0;
		callee_exit(a, bb, j, &s);
		for (v = 0; v < 2; v++) {
			if (!on[v])
				continue;
			transfer(a, &h[v], ev, NULL);
			a->cur_tagval = v + 1;
			callee_exit(a, bb, j, &h[v]);
		}
	}
	a->cur_tagval = 0;
}

/* does block @b call a function given the flag's address? */
static int calls_tagged(const struct an *a, int b)
{
	const struct ir_block *bb = &a->ir->bb[b];
	int j;

	for (j = 0; a->tv[0] && j < bb->nev; j++)
		if (a->ir->ev[bb->ev[j]].kind == IR_CALL &&
		    a->ir->ev[bb->ev[j]].vkey == a->tag_key)
			return 1;
	return 0;
}

/* the guard bits of flag atoms */

/* guard bits @g with atom bits renumbered by @map (old bit -> new bit) */
static unsigned remap_bits(unsigned g, const int *map)
{
	unsigned out = g & ~ATOM_BITS;
	int b;

	for (b = IR_ATOM0; b < 32; b++)
		if (g & (1u << b))
			out |= 1u << map[b];
	return out;
}

/*
 * The function's flag atoms (facts.h fact_func.atoms): only those some
 * guard of its calls (or of their objects) names, renumbered in order.
 * Which atoms a lowering makes depends on where its library keeps a
 * branch (sparse turns `if (c) x = a;` into a select); which guard a
 * call has does not.
 */
static void func_atoms(const struct ir_func *ir, const struct fresh *fr,
		       struct fact_func *fn)
{
	struct fact_atom *fa;
	unsigned used = 0;
	int i, k, map[32], n = 0;

	for (k = 0; k < fn->ncalls; k++) {
		used |= (fcx(&fn->calls[k])->gblk | fcx(&fn->calls[k])->gnblk) & ATOM_BITS;
		for (i = 0; i < fcx(&fn->calls[k])->nobjs; i++)
			used |= (fcx(&fn->calls[k])->objs[i].blk | fcx(&fn->calls[k])->objs[i].nblk) &
				ATOM_BITS;
	}
	for (i = 0; i < ir->natoms; i++) {
		if (!(used & (1u << (IR_ATOM0 + i))))
			continue;
		map[IR_ATOM0 + i] = IR_ATOM0 + n++;
		if (ir->atoms[i].sfield)
			fact_func_add_field_atom(fn, ir->atoms[i].sfield, ir->atoms[i].mask);
		else {
			fa = fact_func_add_atom(fn, ir->atoms[i].param, ir->atoms[i].eq,
						ir->atoms[i].mask);
			strcpy(fa->field, ir->atoms[i].field);
			/* a member tested only where no call has run yet */
			if (fr->atoms & (1u << (IR_ATOM0 + i)))
				fa->how |= ATOM_ENTRY;
			else if (fr->listed & (1u << (IR_ATOM0 + i)))
				fresh_places(fr, IR_ATOM0 + i, fa);
		}
	}
	if (n == ir->natoms)
		return;
	for (k = 0; k < fn->ncalls; k++) {
		struct fact_call *c = &fn->calls[k];

		if (!c->x)
			continue;	/* no guard, no objects */
		c->x->gblk = remap_bits(c->x->gblk, map);
		c->x->gnblk = remap_bits(c->x->gnblk, map);
		for (i = 0; i < fcx(c)->nobjs; i++) {
			fcx(c)->objs[i].blk = remap_bits(fcx(c)->objs[i].blk, map);
			fcx(c)->objs[i].nblk = remap_bits(fcx(c)->objs[i].nblk, map);
		}
	}
}

static void bindings(const struct ir_func *ir, struct fact_file *file)
{
	int i;

	for (i = 0; i < ir->nev; i++) {
		const struct ir_event *e = &ir->ev[i];
		struct fact_binding *b;

		if (e->kind != IR_BIND)
			continue;
		b = fact_file_add_binding(file, e->via, e->callee);
		b->func_static = e->callee_static;
		b->object = e->bind_obj ? sc_strdup(e->bind_obj) : NULL;
		b->fresh = e->bind_fresh;
		b->binder = e->inl ? sc_strdup(e->inl) : NULL;
		b->line = e->line;
		b->col = e->col;
	}
}

static char returned_class(struct an *a)
{
	const struct ir_func *ir = a->ir;
	char c = 0;
	int i;

	if (!ir->returns_gfp)
		return 0;
	for (i = 0; i < ir->nev; i++)
		if (ir->ev[i].kind == IR_RET && a->guards[ir->ev[i].block].set)
			c = gfp_join0(c, ir->ev[i].cls);
	return c;
}

static void value_branches(struct an *a);

/*
 * Taking a spinlock again where it is held (relock): a spinlock does not
 * nest, so a path that comes back to a spin_lock() of a lock still
 * holding it, with no spinlock released since, is one the code cannot
 * take (it would deadlock on itself): get_signal()'s `relock:
 * spin_lock_irq(&sighand->siglock);`, whose loop goes back to it only
 * after an unlock or a callee that dropped the lock, but through a
 * branch the analysis cannot rule out (`if (jobctl & (A | B)) { if
 * (jobctl & A) ...; else if (jobctl & B) ...; goto relock; }`).  Such a
 * path counted the lock twice, and once it was released after the loop
 * the function still held it.  So on the edge into a block whose first
 * event takes a lock held on every path of the edge, that lock is left
 * (a release the analysis did not see, or no path), and the block's
 * acquire counts it once.  A lock is the front end's key of
 * its address (ir_event.lock) when its value is made where no cycle of
 * the function passes (once per call: one lock wherever the function
 * takes it), with the kinds its primitive enters;
 * not a read lock, which may nest, nor an assertion or an annotated
 * callee.  Each has a bit, the first LIM_RELOCKS of them; a spinlock
 * released anywhere clears them all (flow.c astate_release()): which
 * one it was is not known.
 */
/* can block @b reach itself again?  (@seen: scratch, a byte a block) */
static int in_cycle(const struct ir_func *ir, int b, char *seen, int *stack)
{
	int n = 0, j, t;

	memset(seen, 0, ir->nbb);
	stack[n++] = b;
	while (n) {
		const struct ir_block *bb = &ir->bb[stack[--n]];

		for (j = 0; j < bb->nsucc; j++) {
			t = bb->succ[j].to;
			if (t == b)
				return 1;
			if (!seen[t]) {
				seen[t] = 1;
				stack[n++] = t;
			}
		}
	}
	return 0;
}

/* is the key of acquire @e one lock wherever the function takes it: its
 * value made where no cycle passes (ir_event.lockdef)?  @cyc caches the
 * answer per block (0 not known, 1 no, 2 yes) */
static int lock_once(const struct ir_func *ir, const struct ir_event *e, char *cyc,
		     char *seen, int *stack)
{
	if (e->lockdef < 0)
		return 1;
	if (e->lockdef >= ir->nbb)
		return 0;
	if (!cyc[e->lockdef])
		cyc[e->lockdef] = in_cycle(ir, e->lockdef, seen, stack) ? 2 : 1;
	return cyc[e->lockdef] == 1;
}

static void relock_sites(struct an *a)
{
	const struct ir_func *ir = a->ir;
	int i, j, n = 0, *stack = NULL;
	char *cyc = NULL, *seen = NULL;

	a->relock = sc_malloc(ir->nev ? ir->nev : 1);
	for (i = 0; i < ir->nev; i++) {
		const struct ir_event *e = &ir->ev[i];

		a->relock[i] = -1;
		if (e->kind == IR_ACQUIRE && e->lock && e->lockdef >= 0 && !cyc) {
			cyc = sc_calloc(ir->nbb, 1);
			seen = sc_malloc(ir->nbb);
			stack = sc_malloc(ir->nbb * sizeof(*stack));
		}
		if (e->kind != IR_ACQUIRE || !e->lock || e->asserted || e->annotated ||
		    !lock_once(ir, e, cyc, seen, stack) ||
		    !(e->kinds & (1u << AK_SPIN)) ||
		    (e->what && (!strncmp(e->what, "_raw_read_", 10) ||
				 !strncmp(e->what, "__raw_read_", 11))))
			continue;
		for (j = 0; j < i; j++)
			if (a->relock[j] >= 0 && ir->ev[j].lock == e->lock &&
			    ir->ev[j].kinds == e->kinds)
				break;
		if (j < i) {
			a->relock[i] = a->relock[j];
			continue;
		}
		if (n == LIM_RELOCKS) {
			ir_cut(CUT_RELOCKS);
			continue;
		}
		a->relock[i] = (signed char)n++;
	}
	free(cyc);
	free(seen);
	free(stack);
}

/* the edge state @s into block @to: a lock that @to (or the first block
 * with events that it alone leads to, through empty ones: clang's
 * blocks of a label) takes first, held on every path of @s, is left
 * (relock_sites()); nothing runs between the edge and the acquire */
static void relock_edge(struct an *a, int to, struct astate *s)
{
	const struct ir_block *bb;
	const struct ir_event *e;
	int steps, ev;

	for (steps = 0; s->held; steps++) {
		if (steps == LIM_RELOCK_STEPS) {
			ir_cut(CUT_RELOCK_STEPS);
			return;
		}
		bb = &a->ir->bb[to];
		if (bb->nev) {
			ev = bb->ev[0];
			e = &a->ir->ev[ev];
			if (e->kind == IR_ACQUIRE && a->relock[ev] >= 0 &&
			    (s->held & (1u << a->relock[ev]))) {
				astate_release(s, e->kinds);
				astate_raw(s, lock_raw_kinds(e->kinds, e->what, e->inl), -1,
					   e->line, e->col, e->what);
			}
			return;
		}
		if (bb->branch || bb->nsucc != 1)
			return;
		to = bb->succ[0].to;
	}
}

/*
 * Block @b defines the flag's value @v: its tag, made if new; 0 when it
 * already has a tag of another value, or the tags ran out (counted).
 */
static int tag_block(struct an *a, int b, int v)
{
	if (a->tag_of[b] >= 0)
		return a->tag_val[a->tag_of[b]] == v;
	if (a->ntags == LIM_FLAG_TAGS + 1) {
		ir_cut(CUT_FLAG_TAGS);
		return 0;
	}
	a->tag_val[a->ntags] = (signed char)v;
	a->tag_of[b] = a->ntags++;
	return 1;
}

/*
 * A flag set with a lock (`if (c) { spin_lock(&l); locked = true; } ...
 * if (locked) spin_unlock(&l);`, mm/memory.c __wp_page_copy_user()): a
 * merge before the test keeps the maximum, so the edge where the flag is
 * false had the lock too.  The states of the function are kept apart by
 * which definition of one such flag ran last (a tag each, set at the end
 * of its block; tag 0 none yet), and on the test's edges only the tags
 * that can give that value go on.  The flag: the first branch on a
 * flag set on some paths (IRF_DEFS, its definitions' definitions
 * followed) whose side takes or drops a lock (branch_locks_past()), when
 * no cycle passes through a definition's block (each runs at most once
 * on a path, so the last one run is the flag's value, also for a copy of
 * another flag); a block defining two values, or more than LIM_FLAG_TAGS
 * definitions: no flag.  ntags 1: none.
 */
static int tag_leaves(struct an *a, int f, int depth, char *seen, int *stack)
{
	const struct ir_func *ir = a->ir;
	const struct ir_formula *fm;
	int i, b, v;

	if (depth > LIM_FLAG_DEPTH || f < 0 || f >= ir->nf || ir->f[f].kind != IRF_DEFS)
		return 0;
	fm = &ir->f[f];
	for (i = fm->a; i < fm->a + fm->b; i++) {
		const struct ir_fdef *d = &ir->defs[i];

		if (d->konst < 0 && d->f >= 0 && ir->f[d->f].kind == IRF_DEFS) {
			if (!tag_leaves(a, d->f, depth + 1, seen, stack))
				return 0;
			continue;
		}
		b = d->block;
		v = d->konst;
		if (b < 0 || b >= ir->nbb || in_cycle(ir, b, seen, stack))
			return 0;
		if (!tag_block(a, b, v))
			return 0;
	}
	return 1;
}

/* does a successor of block @b, or the first block with events each
 * leads to alone (through clang's empty ones), take, try or drop a
 * lock? */
static int branch_locks_past(const struct ir_func *ir, int b)
{
	int j, i, t, steps;

	for (j = 0; j < ir->bb[b].nsucc; j++) {
		t = ir->bb[b].succ[j].to;
		for (steps = 0; !ir->bb[t].nev && !ir->bb[t].branch &&
		     ir->bb[t].nsucc == 1 && steps < LIM_RELOCK_STEPS; steps++)
			t = ir->bb[t].succ[0].to;
		for (i = 0; i < ir->bb[t].nev; i++) {
			enum ir_ev_kind k = ir->ev[ir->bb[t].ev[i]].kind;

			if (k == IR_ACQUIRE || k == IR_RELEASE || k == IR_TRYLOCK)
				return 1;
		}
	}
	return 0;
}

/*
 * A pointer variable's definition whose value is not NULL (`locked =
 * lruvec;` after `spin_lock_irqsave(&lruvec->lru_lock, flags)`, `ret =
 * this_cpu_ptr(p)` before `spin_trylock(&ret->lock)`): a lock in the
 * object it points to was taken, tried or dropped (ir_event.base), or
 * the pointer was dereferenced (ir_block.dr: `uport->type` before
 * uart_port_unlock(uport, flags)'s `if (__uport)`,
 * drivers/tty/serial/serial_core.c:236-259), after the value was made,
 * on every path to the end of the definition's block, so the pointer
 * was read there.  A forward must-analysis over
 * the blocks: a block that makes the value (ir_vdef.valdef) starts it
 * over, one that reads it through a lock (past the event that makes it,
 * valev) sets it.
 */
static int lock_reads(const struct ir_func *ir, int b, const struct ir_vdef *d, int dr)
{
	const struct ir_block *bb = &ir->bb[b];
	int i = 0, k;

	if (b == d->valdef && d->valev >= 0) {
		while (i < bb->nev && bb->ev[i] != d->valev)
			i++;
		if (i == bb->nev)
			return 0;
	}
	/* or dereferenced past that event (ir.h struct ir_deref) */
	for (k = 0; dr && k < bb->ndr; k++)
		if (bb->dr[k].val == d->val &&
		    (b != d->valdef || d->valev < 0 || bb->dr[k].pos > i))
			return 1;
	for (; i < bb->nev; i++) {
		const struct ir_event *e = &ir->ev[bb->ev[i]];

		if ((e->kind == IR_ACQUIRE || e->kind == IR_RELEASE || e->kind == IR_TRYLOCK) &&
		    e->base == d->val)
			return 1;
	}
	return 0;
}

/*
 * Is the pointer of @d read through a lock on every path from block
 * @from on, before it is made again or the function returns?  Then it
 * is not NULL on the way into @from either (`lockdep_assert_held(
 * &lruvec->lru_lock)` in del_page_from_lru_list() after `if (lruvec !=
 * locked)`, mm/compaction.c:1058-1091): a backward must-analysis.
 */
static int read_ahead(struct an *a, const struct ir_vdef *d, int from)
{
	const struct ir_func *ir = a->ir;
	char *ant = sc_malloc(ir->nbb);
	int b, j, changed, rounds = 0, r, any;

	memset(ant, 1, ir->nbb);
	do {
		changed = 0;
		for (b = ir->nbb - 1; b >= 0; b--) {
			char v;

			if (!ant[b])
				continue;
			if (b == d->valdef) {
				v = 0;
			} else if (lock_reads(ir, b, d, !a->lock_only)) {
				v = 1;
			} else {
				v = 1;
				any = 0;
				for (j = 0; j < ir->bb[b].nsucc; j++) {
					if (untaken(ir, b, j))
						continue;
					any = 1;
					if (!ant[ir->bb[b].succ[j].to])
						v = 0;
				}
				if (!any)
					v = 0;
			}
			if (!v) {
				ant[b] = 0;
				changed = 1;
			}
		}
	} while (changed && ++rounds < LIM_GUARD_ROUNDS);
	r = !changed && d->val && from >= 0 && from < ir->nbb && ant[from];
	free(ant);
	return r;
}

static int read_at(struct an *a, const struct ir_vdef *d, int at)
{
	const struct ir_func *ir = a->ir;
	char *in, *out;
	int k, b, j, changed, rounds = 0, r;

	if (!d->val || at < 0 || at >= ir->nbb)
		return 0;
	in = sc_malloc(ir->nbb);
	out = sc_malloc(ir->nbb);
	memset(in, 1, ir->nbb);
	memset(out, 1, ir->nbb);
	in[ir->entry] = 0;
	do {
		changed = 0;
		for (k = 0; k < a->norder; k++) {
			char o;

			b = a->order[k];
			o = lock_reads(ir, b, d, !a->lock_only) ? 1 : b == d->valdef ? 0 : in[b];
			if (o != out[b]) {
				out[b] = o;
				changed = 1;
			}
			for (j = 0; j < ir->bb[b].nsucc; j++) {
				const struct ir_edge *ed = &ir->bb[b].succ[j];

				if (!untaken(ir, b, j) && in[ed->to] && !o) {
					in[ed->to] = 0;
					changed = 1;
				}
			}
		}
	} while (changed && ++rounds < LIM_GUARD_ROUNDS);
	r = !changed && out[at];
	free(in);
	free(out);
	return r;
}

static int def_nonnull(struct an *a, const struct ir_vdef *d)
{
	return read_at(a, d, d->block);
}

/*
 * A branch on a pointer read through a lock on every path to it
 * (ir_cond.ptr: `other` of `if (other) unix_state_unlock(other);` at
 * net/unix/af_unix.c:1618, every path to it past unix_state_lock(other);
 * `if (!pcp)` right after the spin_trylock(&pcp->lock) of
 * pcp_spin_trylock(), mm/page_alloc.c:5559): the edge where it is NULL
 * is never taken (dead), as a branch on a constant.  1 if an edge was
 * closed (the order is computed again).
 */
static int null_edges(struct an *a)
{
	struct ir_func *ir = (struct ir_func *)a->ir;
	int b, j, n = 0;

	for (b = 0; b < ir->nbb; b++) {
		struct ir_block *bb = &ir->bb[b];

		if (!bb->branch || bb->cond.konst >= 0 || !bb->cond.ptr.val || bb->cond.cmp ||
		    !read_at(a, &bb->cond.ptr, b))
			continue;
		for (j = 0; j < bb->nsucc; j++)
			if (bb->succ[j].side == !bb->cond.sense && !bb->succ[j].dead) {
				bb->succ[j].dead = 1;
				n++;
			}
	}
	return n > 0;
}

/* tags for the definitions @d of a tested variable (ir_cond.var): 0 when
 * one block would define two values, or past LIM_FLAG_TAGS */
/* the value a definition that is the result of a call of the file
 * (ir_vdef.rcall) has: the one constant its callee returns, or -1 */
static int rcall_value(struct an *a, const struct ir_vdef *d)
{
	const struct exit_fn *x;
	int ev = d->rcall - 1;

	if (ev < 0 || ev >= a->ir->nev || !a->exits ||
	    !(x = event_exit(a, a->ir, a->exits, ev)) || !x->byval)
		return -1;
	return x->rvals == 1 ? 0 : x->rvals == 2 ? 1 : -1;
}

/* the value a call given the variable's address leaves in it
 * (ir_vdef.acall): the one its callee of the file leaves there whatever
 * was there (exits.h dleaves), or -1 */
static int acall_value(struct an *a, const struct ir_vdef *d)
{
	const struct exit_fn *x;
	int ev = d->acall - 1;

	if (ev < 0 || ev >= a->ir->nev || !a->ir->ev[ev].vkey || !a->exits ||
	    !(x = event_exit(a, a->ir, a->exits, ev)) || x->dparam < 0 ||
	    x->dparam != a->ir->ev[ev].varg || x->dleaves[0] != x->dleaves[1])
		return -1;
	return x->dleaves[0];
}

static int tag_vdefs(struct an *a, const struct ir_vdef *d, int n)
{
	int i, v, b;

	for (i = 0; i < n; i++) {
		b = d[i].block;
		v = d[i].konst;
		if (b < 0 || b >= a->ir->nbb)
			return 0;
		if (v < 0 && d[i].rcall)
			v = rcall_value(a, &d[i]);
		if (v < 0 && d[i].acall)
			v = acall_value(a, &d[i]);
		if (v < 0 && def_nonnull(a, &d[i]))
			v = 1;
		if (!tag_block(a, b, v))
			return 0;
	}
	return 1;
}

#define LIM_VAR_CANDIDATES 8	/* variables var_tags() weighs */

/* does some definition of the variable tested at @c point to a lock
 * read there (def_nonnull())? */
static int var_lock_pointer(struct an *a, const struct ir_cond *c)
{
	int i, r = 0;

	/* a lock's pointer: not one only dereferenced */
	a->lock_only = 1;
	for (i = 0; i < c->nvdefs && !r; i++)
		if (a->ir->vdefs[c->vdef0 + i].konst < 0 &&
		    def_nonnull(a, &a->ir->vdefs[c->vdef0 + i]))
			r = 1;
	a->lock_only = 0;
	return r;
}

/*
 * Failing a flag of tag_leaves(): a local variable whose definitions
 * the front end lists at each test of it (ir_cond.var), when a side of
 * some test takes, tries or drops a lock (`if (locked) {
 * unlock_page_lruvec_irqrestore(locked, flags); locked = NULL; }` in
 * isolate_migratepages_block(), mm/compaction.c:862; `if (!pcp) goto
 * failed_irq;` after pcp_spin_trylock(), mm/page_alloc.c:5560).  Its
 * value at a test is the one of the definition last run, also round a
 * loop (each definition is the variable's own, none a copy of another
 * variable that may change after it), so every test of it splits the
 * states; a definition of a pointer not NULL (def_nonnull()) is
 * non-zero.
 */
/* block @b compares the variable with a pointer (ir_cond.cmp): is that
 * pointer not NULL where the two are equal (a variable's address, read
 * through a lock before the test, or on every path past its equal
 * edge)? */
static int cmp_nonnull(struct an *a, int b)
{
	const struct ir_block *bb = &a->ir->bb[b];
	int j;

	if (bb->cond.ptr.konst == 1 || read_at(a, &bb->cond.ptr, b))
		return 1;
	for (j = 0; j < bb->nsucc; j++)
		if (bb->succ[j].side == !bb->cond.sense && !closed(&bb->succ[j]))
			return read_ahead(a, &bb->cond.ptr, bb->succ[j].to);
	return 0;
}

static void var_tags(struct an *a)
{
	const struct ir_func *ir = a->ir;
	const void *var = NULL, *seen[LIM_VAR_CANDIDATES], *locking = NULL;
	int b, i, nseen = 0;

	/* the first variable holding a lock's pointer, else the first
	 * whose test takes or drops a lock on a side */
	for (b = 0; b < ir->nbb && !var; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;

		if (!ir->bb[b].branch || c->konst >= 0 || !c->nvdefs || !c->var)
			continue;
		if (!locking && branch_locks_past(ir, b))
			locking = c->var;
		for (i = 0; i < nseen && seen[i] != c->var; i++)
			;
		if (i < nseen)
			continue;
		if (nseen == LIM_VAR_CANDIDATES)
			break;
		seen[nseen++] = c->var;
		if (var_lock_pointer(a, c))
			var = c->var;
	}
	if (!var)
		var = locking;
	if (!var)
		return;
	for (b = 0; b < ir->nbb; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;

		if (!ir->bb[b].branch || c->konst >= 0 || c->var != var)
			continue;
		if (!tag_vdefs(a, &ir->vdefs[c->vdef0], c->nvdefs))
			goto none;
		if (!c->cmp)
			a->tag_test[b] = (signed char)!c->sense;
		else if (cmp_nonnull(a, b))
			a->tag_test[b] = (signed char)(2 + !c->sense);
	}
	/* a block that defines the variable and tests it: sparse's phi
	 * source there gives the phi its value past the branch, which
	 * tests the value before; left alone for both front ends */
	for (b = 0; b < ir->nbb; b++)
		if (a->tag_test[b] >= 0 && a->tag_of[b] >= 0)
			goto none;
	/* tags that say nothing of any value leave the splits on values
	 * tested twice to decide (`if (ci) lock; ... if (ci) unlock;`) */
	for (i = 1; i < a->ntags; i++)
		if (a->tag_val[i] >= 0) {
			a->tag_var = 1;
			a->tag_key = var;
			return;
		}
none:
	for (i = 0; i < ir->nbb; i++) {
		a->tag_of[i] = -1;
		a->tag_test[i] = -1;
	}
	a->ntags = 1;
}

static void flag_tags(struct an *a)
{
	const struct ir_func *ir = a->ir;
	int nbb = ir->nbb ? ir->nbb : 1;
	char *seen = sc_malloc(nbb);
	int *stack = sc_malloc(nbb * sizeof(*stack));
	int b, i, found = 0;

	free(a->tag_of);
	free(a->tag_test);
	a->tag_of = sc_malloc(nbb * sizeof(*a->tag_of));
	a->tag_test = sc_malloc(nbb);
	memset(a->tag_test, -1, nbb);
	a->ntags = 1;
	a->tag_val[0] = -1;
	a->tag_var = 0;
	a->tag_key = NULL;
	for (b = 0; ir->locks && b < ir->nbb; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;
		int f = c->f, neg;

		if (!ir->bb[b].branch || c->konst >= 0 || f < 0 || !branch_locks_past(ir, b))
			continue;
		neg = ir->f[f].kind == IRF_NOT;
		if (neg)
			f = ir->f[f].a;
		if (f < 0 || ir->f[f].kind != IRF_DEFS)
			continue;
		for (i = 0; i < ir->nbb; i++)
			a->tag_of[i] = -1;
		a->ntags = 1;
		if (tag_leaves(a, f, 0, seen, stack) && a->ntags > 1) {
			a->tag_test[b] = (signed char)neg;
			found = 1;
			break;
		}
		a->ntags = 1;
	}
	if (!found) {
		for (i = 0; i < ir->nbb; i++)
			a->tag_of[i] = -1;
		if (ir->locks)
			var_tags(a);
	}
	free(seen);
	free(stack);
}

/* may the flag's value with tag @t take the edge of side @side of block
 * @b?  (tag_test 2 + S: a comparison with a pointer not NULL, whose
 * equal edge S a variable found NULL does not take) */
static int tag_allows(const struct an *a, int b, int t, int side)
{
	if (side < 0 || a->tag_test[b] < 0 || a->tag_val[t] < 0)
		return 1;
	if (a->tag_test[b] >= 2)
		return !(a->tag_val[t] == 0 && side == a->tag_test[b] - 2);
	return a->tag_val[t] == (side ^ a->tag_test[b]);
}

/*
 * The atomic state at each block, the maximum over the runs that split
 * on values tested twice (analyze.c's header).  Each round runs the
 * blocks in the front end's order; a block whose state in has not
 * changed since it last ran (and no trylock has run since: the edges of
 * a branch on one depend on it) is not run again, as what it would
 * merge into its successors is in them already (astate_merge() keeps
 * the maximum, and the place of a section only when one begins): the
 * same states and rounds, without running every block every round.
 * Within a run each block has one state per tag of the flag flag_tags()
 * chose (one state when none), merged at the end.
 */
static struct astate *flow(struct an *a, int *cut, struct astate **half)
{
	/* the states of the blocks, all zeros between runs (each run
	 * clears those it reached): kept from one function to the next */
	static struct astate *states;
	static size_t states_cap;
	const struct ir_func *ir = a->ir;
	struct astate *merged, s;
	int b, j, t, nt, k, changed, rounds, nsplit, combo, i, *ran;
	char *dirty;

	*cut = 0;

	flag_tags(a);
	nt = a->ntags;
	free(a->tv[0]);
	free(a->tv[1]);
	a->tv[0] = a->tv[1] = NULL;
	for (i = 0; a->tag_key && i < ir->nev; i++)
		if (ir->ev[i].kind == IR_CALL && ir->ev[i].vkey == a->tag_key) {
			a->tv[0] = sc_calloc(ir->nbb, sizeof(*a->tv[0]));
			a->tv[1] = sc_calloc(ir->nbb, sizeof(*a->tv[1]));
			break;
		}
	if ((size_t)ir->nbb * nt > states_cap) {
		free(states);
		states_cap = 2 * (size_t)ir->nbb * nt;
		states = sc_calloc(states_cap, sizeof(*states));
	}
	merged = sc_calloc(ir->nbb, sizeof(*merged));
	dirty = sc_malloc((size_t)ir->nbb * nt);
	ran = sc_malloc((size_t)ir->nbb * nt * sizeof(*ran));
	value_branches(a);
	nsplit = split_conditions(a);
	a->gsplit = -1;
	if (half) {
		/* the states of the runs of each value of the one split
		 * that says what the parameters hold (split_guards()) */
		split_guards(a);
		if (a->gsplit >= 0) {
			half[0] = sc_calloc(ir->nbb, sizeof(*half[0]));
			half[1] = sc_calloc(ir->nbb, sizeof(*half[1]));
		}
	}
	for (combo = 0; combo < (1 << nsplit); combo++) {
		for (i = 0; i < nsplit; i++)
			a->assume_val[i] = (combo >> i) & 1;
		/* states are all zeros here: sc_calloc()'s, or cleared
		 * below (astate_merge() marks every state it writes
		 * reached) */
		memset(dirty, 1, (size_t)ir->nbb * nt);
		states[ir->entry * nt].reached = 1;
		rounds = 0;
		do {
			changed = 0;
			for (k = 0; k < ir->nbb * nt; k++) {
				b = k / nt;
				if (!dirty[k] && ran[k] == a->ntried)
					continue;
				dirty[k] = 0;
				ran[k] = a->ntried;
				a->cur_tagval = a->tag_val[k % nt] + 1;
				if (!run_state(a, &states[k], b, NULL, &s))
					continue;
				ran[k] = a->ntried;	/* after its own trylock */
				t = a->tag_of[b] >= 0 ? a->tag_of[b] : k % nt;
				for (j = 0; j < ir->bb[b].nsucc; j++) {
					struct astate e = s;
					int to = ir->bb[b].succ[j].to * nt + t;

					if (!tag_allows(a, b, t, ir->bb[b].succ[j].side))
						continue;
					if (!edge_state(a, b, j, &e))
						continue;
					relock_edge(a, to / nt, &e);
					if (astate_merge(&states[to], &e))
						changed = dirty[to] = 1;
				}
			}
		} while (changed && ++rounds < LIM_STATE_ROUNDS);
		if (changed) {
			ir_cut(CUT_STATE_ROUNDS);
			*cut = 1;
		}
		for (k = 0; k < ir->nbb * nt; k++)
			if (states[k].reached) {
				astate_merge(&merged[k / nt], &states[k]);
				if (a->gsplit >= 0)
					astate_merge(&half[a->assume_val[a->gsplit]][k / nt],
						     &states[k]);
				for (j = 0; a->tv[0] && j < 2; j++)
					if (a->tag_val[k % nt] != !j)
						astate_merge(&a->tv[j][k / nt], &states[k]);
				memset(&states[k], 0, sizeof(states[k]));
			}
	}
	a->cur_tagval = 0;
	free(dirty);
	free(ran);
	return merged;
}

/* the branches that test the result of a callee releasing per value
 * (a->edge_exit) */
static void value_branches(struct an *a)
{
	const struct ir_func *ir = a->ir;
	const struct exit_fn *x;
	int i, b, n = 0, *calls = NULL;

	free(a->edge_exit);
	a->edge_exit = NULL;
	for (i = 0; a->exits && i < ir->nev; i++) {
		const struct ir_event *e = &ir->ev[i];
		const struct ir_block *bb = &ir->bb[e->block];
		int j;

		if (e->kind != IR_CALL || !e->rkey[0] ||
		    !(x = event_exit(a, ir, a->exits, i)) || !x->byval)
			continue;
		for (j = 0; j < bb->nev && bb->ev[j] != i; j++)
			;
		if (j == bb->nev || annotated_after(ir, bb, j))
			continue;
		calls = sc_realloc(calls, (n + 1) * sizeof(*calls));
		calls[n++] = i;
	}
	for (b = 0; n && b < ir->nbb; b++) {
		const struct ir_cond *c = &ir->bb[b].cond;

		if (!ir->bb[b].branch || c->konst >= 0 || !c->key[0])
			continue;
		for (i = 0; i < n; i++) {
			const struct ir_event *e = &ir->ev[calls[i]];

			if (e->rkey[0] != c->key[0] || e->rkey[1] != c->key[1])
				continue;
			if (!a->edge_exit)
				a->edge_exit = sc_calloc(ir->nbb, sizeof(*a->edge_exit));
			a->edge_exit[b] = event_exit(a, ir, a->exits, calls[i]);
			break;
		}
	}
	free(calls);
}

/* could @q leave released what it did not take, or held what it took?
 * Only if it takes, tries or drops something itself or calls a function
 * of the file that does */
static int may_change(struct ir_queued *q, const struct exit_table *t)
{
	const struct exit_fn *x;
	int i;

	for (i = 0; i < q->ir.nev; i++) {
		const struct ir_event *e = &q->ir.ev[i];

		if (e->kind == IR_RELEASE || e->kind == IR_TRYLOCK ||
		    (e->kind == IR_ACQUIRE && !e->asserted))
			return 1;
		if (e->kind == IR_CALL && (x = event_exit(&q->a, &q->ir, t, i)) &&
		    exit_changes(x))
			return 1;
	}
	return 0;
}

/* the highest depth of each kind in @s (relative to the entry) into
 * @hi, @rhi */
static void note_exit(const struct astate *s, int *hi, int *rhi)
{
	int k;

	for (k = 0; k < AK_NR; k++) {
		if (s->depth[k] - s->assumed[k] > hi[k])
			hi[k] = s->depth[k] - s->assumed[k];
		if (s->raw[k] > rhi[k])
			rhi[k] = s->raw[k];
	}
}

/* is block @b on a path? */
static int on_path(const struct an *a, const struct astate *merged, int b)
{
	return merged[b].reached && guard_on_path(&a->guards[b]);
}

/* does every path into return block @r come from a block that says what
 * the function returns (ir_block.retval), with nothing on the way? */
static int returns_known(const struct an *a, const struct astate *merged, int r)
{
	const struct ir_func *ir = a->ir;
	int b, j;

	if (ir->bb[r].retval >= 0)
		return 1;
	if (ir->bb[r].nev)
		return 0;
	for (b = 0; b < ir->nbb; b++) {
		if (!on_path(a, merged, b))
			continue;
		for (j = 0; j < ir->bb[b].nsucc; j++)
			if (ir->bb[b].succ[j].to == r && !closed(&ir->bb[b].succ[j]) &&
			    (ir->bb[b].retval < 0 || ir->bb[b].nsucc != 1))
				return 0;
	}
	return 1;
}

/* @hi as what is left released: below 0 or 0, no higher than @cap */
static signed char released(int any, int hi, int cap)
{
	int d = any && hi < 0 ? hi : 0;

	return (signed char)(d > cap ? cap : d);
}

/* is the call that is event @j of @bb made by a lock primitive (an
 * inline's out-of-line part, __rcu_read_lock() of rcu_read_lock()): a
 * lock event beside it at its position? */
static int in_primitive(const struct ir_func *ir, const struct ir_block *bb, int j)
{
	const struct ir_event *e = &ir->ev[bb->ev[j]];
	int i;

	for (i = j - 1; i <= j + 1; i += 2) {
		const struct ir_event *n;

		if (i < 0 || i >= bb->nev)
			continue;
		n = &ir->ev[bb->ev[i]];
		if ((n->kind == IR_ACQUIRE || n->kind == IR_RELEASE ||
		     n->kind == IR_TRYLOCK) && n->line == e->line && n->col == e->col)
			return 1;
	}
	return 0;
}

/* one event of @ir in the must-held flow (held_exit()): what it surely
 * adds to @lo and @rlo, the least depth and raw part of each kind */
static void held_event(struct an *a, const struct ir_block *bb, int j, int *lo, int *rlo)
{
	const struct ir_event *e = &a->ir->ev[bb->ev[j]];
	const struct exit_fn *x;
	int k, all, sum[AK_NR];
	unsigned raw;

	switch (e->kind) {
	case IR_ACQUIRE:
	case IR_RELEASE:
		if (e->asserted)
			return;
		raw = e->annotated ? 0 : lock_raw_kinds(e->kinds, e->what, e->inl);
		for (k = 0; k < AK_NR; k++) {
			int d = e->kind == IR_ACQUIRE ? 1 : -1;

			if (e->kinds & (1u << k))
				lo[k] += d;
			if (raw & (1u << k))
				rlo[k] += d;
		}
		return;
	case IR_TRYLOCK:
		/* acquire-if-zero: held until a branch finds it non-zero;
		 * a plain trylock: held only on the edge of its success */
		if (e->held)
			for (k = 0; k < AK_NR; k++)
				if (e->kinds & (1u << k))
					lo[k]++;
		return;
	case IR_CALL:
		if (!e->callee || !a->exits ||
		    !(x = event_exit(a, a->ir, a->exits, bb->ev[j]))) {
			/* a function of another file, or through a pointer:
			 * it may drop what was taken before it (the out-of-line
			 * part of a lock primitive does not) */
			if (in_primitive(a->ir, bb, j))
				return;
			for (k = 0; k < AK_NR; k++) {
				if (lo[k] > 0)
					lo[k] = 0;
				if (rlo[k] > 0)
					rlo[k] = 0;
			}
			return;
		}
		all = annotated_sum(a->ir, bb, j, sum);
		for (k = 0; k < AK_NR; k++) {
			lo[k] += exit_floor(x->lo[k], sum[k], all) - sum[k];
			rlo[k] += x->rlo[k];
		}
		return;
	default:
		return;
	}
}

/* within -AK_MAX_DEPTH..AK_MAX_DEPTH, as the states saturate */
static int sat(int d)
{
	return d < -AK_MAX_DEPTH ? -AK_MAX_DEPTH : d > AK_MAX_DEPTH ? AK_MAX_DEPTH : d;
}

/*
 * What @a's function returns holding on every path, into @x->held and
 * rheld (each at least 0): the least depth of each kind at its returns
 * relative to its entry, a forward flow with the minimum at merges over
 * the edges that can be taken (not the other side of a branch on a
 * constant, untaken(); a trylock counts on its success edge only; splits and tags are not followed: a path they rule out only
 * lowers the least, so it stays what every path holds; a call of
 * another file's function or through a pointer may drop what was taken
 * before it).  Also the least itself, below 0 too (@x->lo, rlo), which a
 * caller's own flow adds at its call.  Nothing held, the least not
 * known, when the flow does not settle.  1 if @x changed.
 */
static int held_exit(struct an *a, struct exit_fn *x)
{
	struct exit_fn old = *x;
	const struct ir_func *ir = a->ir;
	int *in = sc_malloc((size_t)ir->nbb * 2 * AK_NR * sizeof(*in));
	char *set = sc_calloc(ir->nbb, 1);
	int lo[AK_NR], rlo[AK_NR], best[AK_NR], rbest[AK_NR];
	int i, j, k, b, changed, rounds = 0, any = 0;

	memset(x->held, 0, sizeof(x->held));
	memset(x->rheld, 0, sizeof(x->rheld));
	for (k = 0; k < AK_NR; k++)
		x->lo[k] = x->rlo[k] = -AK_MAX_DEPTH;	/* not known */
	if (!a->norder) {
		free(in);
		free(set);
		return memcmp(&old, x, sizeof(old)) != 0;
	}
	b = a->order[0];
	set[b] = 1;
	memset(&in[b * 2 * AK_NR], 0, 2 * AK_NR * sizeof(*in));
	do {
		changed = 0;
		for (i = 0; i < a->norder; i++) {
			const struct ir_block *bb;

			b = a->order[i];
			if (!set[b])
				continue;
			bb = &ir->bb[b];
			memcpy(lo, &in[b * 2 * AK_NR], sizeof(lo));
			memcpy(rlo, &in[b * 2 * AK_NR + AK_NR], sizeof(rlo));
			for (j = 0; j < bb->nev; j++)
				held_event(a, bb, j, lo, rlo);
			for (j = 0; j < bb->nsucc; j++) {
				const struct ir_edge *ed = &bb->succ[j];
				int t = ed->to, *ti = &in[t * 2 * AK_NR], e[2 * AK_NR];

				if (untaken(ir, b, j))
					continue;
				for (k = 0; k < AK_NR; k++) {
					e[k] = sat(lo[k]);
					e[AK_NR + k] = sat(rlo[k]);
				}
				if (bb->branch && ed->side >= 0 && bb->cond.try_ev >= 0 &&
				    !bb->cond.try_dup && ed->side == bb->cond.try_sense) {
					const struct ir_event *tr = &ir->ev[bb->cond.try_ev];

					for (k = 0; k < AK_NR; k++)
						if (tr->kinds & (1u << k))
							e[k] = sat(e[k] + (tr->held ? -1 : 1));
				}
				if (!set[t]) {
					memcpy(ti, e, sizeof(e));
					set[t] = 1;
					changed = 1;
					continue;
				}
				for (k = 0; k < 2 * AK_NR; k++)
					if (e[k] < ti[k]) {
						ti[k] = e[k];
						changed = 1;
					}
			}
		}
	} while (changed && ++rounds < LIM_STATE_ROUNDS);
	if (!changed) {
		for (k = 0; k < AK_NR; k++)
			best[k] = rbest[k] = AK_MAX_DEPTH;
		for (i = 0; i < a->norder; i++) {
			const struct ir_block *bb;

			b = a->order[i];
			bb = &ir->bb[b];
			if (!set[b] || bb->nsucc)
				continue;
			memcpy(lo, &in[b * 2 * AK_NR], sizeof(lo));
			memcpy(rlo, &in[b * 2 * AK_NR + AK_NR], sizeof(rlo));
			for (j = 0; j < bb->nev; j++)
				held_event(a, bb, j, lo, rlo);
			for (k = 0; k < AK_NR; k++) {
				if (sat(lo[k]) < best[k])
					best[k] = sat(lo[k]);
				if (sat(rlo[k]) < rbest[k])
					rbest[k] = sat(rlo[k]);
			}
			any = 1;
		}
		for (k = 0; any && k < AK_NR; k++) {
			x->lo[k] = (signed char)best[k];
			x->rlo[k] = (signed char)rbest[k];
			x->held[k] = (signed char)(best[k] > 0 ? best[k] : 0);
			x->rheld[k] = (signed char)(rbest[k] > 0 ? rbest[k] : 0);
			if (x->rheld[k] > x->held[k])
				x->rheld[k] = x->held[k];
		}
	}
	free(in);
	free(set);
	return memcmp(old.held, x->held, sizeof(x->held)) ||
	       memcmp(old.rheld, x->rheld, sizeof(x->rheld)) ||
	       memcmp(old.lo, x->lo, sizeof(x->lo)) ||
	       memcmp(old.rlo, x->rlo, sizeof(x->rlo));
}

/*
 * The split that says what the function's integer pointer parameter
 * points to (split_guards() on a deref atom of all its bits, `if
 * (*locked)`): that parameter, and into *@nz the value of the split
 * where it is not 0; -1 for none.
 */
static int deref_split(const struct an *a, int *nz)
{
	unsigned bits;
	const struct ir_atom *at;
	int i;

	if (a->gsplit < 0)
		return -1;
	bits = a->gs_blk[0] | a->gs_nblk[0];
	if (!bits || (bits & (bits - 1)) || !(bits & ATOM_BITS) ||
	    (a->gs_blk[1] | a->gs_nblk[1]) != bits)
		return -1;
	for (i = 0; !(bits & (1u << i)); i++)
		;
	if (i - IR_ATOM0 >= a->ir->natoms)
		return -1;
	at = &a->ir->atoms[i - IR_ATOM0];
	if (at->eq != ATOM_DEREF || at->mask != ~0ULL || at->field[0] || at->sfield ||
	    at->ptr)
		return -1;
	*nz = (a->gs_blk[1] & bits) ? 1 : 0;
	return at->param;
}

/*
 * What the function leaves in what its parameter @dp points to on every
 * return of the runs whose states are @half, those that assume @hv of
 * the value split on (entered with @v there: 0, or 1 non-zero): 0 or 1,
 * -1 not known.  Its stores through @dp
 * (ir.h ir_pstore) set it; a block takes the value its predecessors
 * agree on.
 */
static int deref_leaves(const struct an *a, const struct astate *half, int hv, int dp, int v)
{
	const struct ir_func *ir = a->ir;
	signed char *in = sc_malloc(ir->nbb ? ir->nbb : 1);
	int i, j, b, changed, val, out = -2, rounds = 0;

	memset(in, -2, ir->nbb ? ir->nbb : 1);	/* -2: no path yet */
	if (a->norder)
		in[a->order[0]] = (signed char)v;
	do {
		changed = 0;
		for (i = 0; i < a->norder; i++) {
			const struct ir_block *bb;

			b = a->order[i];
			bb = &ir->bb[b];
			if (in[b] == -2 || !half[b].reached)
				continue;
			val = in[b];
			for (j = 0; j < ir->npstores; j++)
				if (ir->pstores[j].block == b && ir->pstores[j].param == dp)
					val = ir->pstores[j].val;
			if (!bb->nsucc) {
				out = out == -2 || out == val ? val : -1;
				continue;
			}
			for (j = 0; j < bb->nsucc; j++) {
				int t = bb->succ[j].to;
				int nv = in[t] == -2 || in[t] == val ? val : -1;

				if (untaken(ir, b, j) || nv == in[t])
					continue;
				/* the side of a branch on the value split on
				 * that the runs of @hv do not take */
				if (bb->branch && bb->succ[j].side >= 0 && bb->cond.konst < 0 &&
				    bb->cond.key[0] == a->assume[a->gsplit][0] &&
				    bb->cond.key[1] == a->assume[a->gsplit][1] &&
				    bb->succ[j].side != (hv == bb->cond.sense))
					continue;
				in[t] = (signed char)nv;
				changed = 1;
			}
		}
	} while (changed && ++rounds < LIM_STATE_ROUNDS);
	free(in);
	return changed || out == -2 ? -1 : out;
}

/*
 * What @q leaves released, into @x: per kind the maximum at its returns
 * (blocks a path reaches and leaves by no edge) relative to its entry,
 * if below 0; with every return's value known, the same per value (the
 * blocks that say what it returns, ir_block.retval).  1 if @x changed.
 * What it returns holding is held_exit()'s.
 */
static int compute_exit(struct ir_queued *q, struct exit_fn *x)
{
	struct an *a = &q->a;
	const struct ir_func *ir = &q->ir;
	struct exit_fn old = *x;
	struct astate *merged, *half[2] = { NULL, NULL }, s;
	int b, k, v, any[3] = { 0, 0, 0 }, byval = 1, cut, dp, nz = 1;
	int hi[3][AK_NR], rhi[3][AK_NR];	/* [0], [1] by value, [2] all */
	int dhi[2][AK_NR], dlo[2][AK_NR], dany[2] = { 0, 0 };	/* by what dp
								 * points to */

	merged = flow(a, &cut, half);
	dp = half[0] ? deref_split(a, &nz) : -1;
	for (v = 0; v < 3; v++)
		for (k = 0; k < AK_NR; k++)
			hi[v][k] = rhi[v][k] = -AK_MAX_DEPTH;
	for (v = 0; v < 2; v++)
		for (k = 0; k < AK_NR; k++) {
			dhi[v][k] = -AK_MAX_DEPTH;
			dlo[v][k] = AK_MAX_DEPTH;
		}
	for (b = 0; b < ir->nbb; b++) {
		const struct ir_block *bb = &ir->bb[b];

		if (!on_path(a, merged, b))
			continue;
		if (!bb->nsucc) {
			run_block(a, merged, b, NULL, &s);
			note_exit(&s, hi[2], rhi[2]);
			any[2] = 1;
			if (!returns_known(a, merged, b))
				byval = 0;
			for (v = 0; dp >= 0 && v < 2; v++) {
				int unused[AK_NR];

				if (!half[v][b].reached)
					continue;
				run_state(a, &half[v][b], b, NULL, &s);
				note_exit(&s, dhi[v == nz], unused);
				for (k = 0; k < AK_NR; k++)
					if (s.depth[k] - s.assumed[k] < dlo[v == nz][k])
						dlo[v == nz][k] = s.depth[k] - s.assumed[k];
				dany[v == nz] = 1;
			}
		}
		if (bb->retval >= 0 && (!bb->nsucc ||
		    (bb->nsucc == 1 && !ir->bb[bb->succ[0].to].nsucc))) {
			run_block(a, merged, b, NULL, &s);
			note_exit(&s, hi[bb->retval], rhi[bb->retval]);
			any[bb->retval] = 1;
		}
	}
	free(merged);
	if (cut)	/* states not final: nothing known (counted) */
		any[0] = any[1] = any[2] = dany[0] = dany[1] = 0;
	for (k = 0; k < AK_NR; k++) {
		x->depth[k] = released(any[2], hi[2][k], 0);
		/* no more raw released than released */
		x->raw[k] = released(any[2], rhi[2][k], 0);
		if (x->raw[k] < x->depth[k])
			x->raw[k] = x->depth[k];
		for (v = 0; v < 2; v++) {
			x->vdepth[v][k] = released(any[v], hi[v][k], x->depth[k]);
			x->vraw[v][k] = released(any[v], rhi[v][k], x->raw[k]);
			if (x->vraw[v][k] < x->vdepth[v][k])
				x->vraw[v][k] = x->vdepth[v][k];
		}
	}
	x->byval = byval && any[2];
	x->rvals = 0;
	if (!x->byval) {
		memset(x->vdepth, 0, sizeof(x->vdepth));
		memset(x->vraw, 0, sizeof(x->vraw));
	} else {
		x->rvals = (unsigned char)(any[0] | any[1] << 1);
	}
	/* per value of what parameter dp points to: both seen, or none */
	x->dparam = dp >= 0 && dany[0] && dany[1] ? dp : -1;
	for (v = 0; v < 2; v++)
		x->dleaves[v] = (signed char)(x->dparam < 0 ? -1 :
					      deref_leaves(a, half[v == nz], v == nz, dp, v));
	for (v = 0; v < 2; v++)
		for (k = 0; k < AK_NR; k++) {
			x->ddepth[v][k] = x->dparam < 0 ? 0 : released(1, dhi[v][k], 0);
			/* held on every return of that value, when it releases
			 * nothing there */
			x->dheld[v][k] = (signed char)(x->dparam < 0 || x->ddepth[v][k] ||
						       dlo[v][k] <= 0 ? 0 : dlo[v][k]);
		}
	free(half[0]);
	free(half[1]);
	return old.byval != x->byval || old.rvals != x->rvals ||
	       old.dparam != x->dparam ||
	       memcmp(old.dleaves, x->dleaves, sizeof(x->dleaves)) ||
	       memcmp(old.ddepth, x->ddepth, sizeof(x->ddepth)) ||
	       memcmp(old.dheld, x->dheld, sizeof(x->dheld)) ||
	       memcmp(old.depth, x->depth, sizeof(x->depth)) ||
	       memcmp(old.raw, x->raw, sizeof(x->raw)) ||
	       memcmp(old.vdepth, x->vdepth, sizeof(x->vdepth)) ||
	       memcmp(old.vraw, x->vraw, sizeof(x->vraw));
}

/* $SLEEPCHECK_IR_DUMP, read once (it was a getenv() per function) */
static const char *ir_dump_name(void)
{
	static const char *name;
	static int read;

	if (!read) {
		name = getenv("SLEEPCHECK_IR_DUMP");
		read = 1;
	}
	return name;
}

/* SLEEPCHECK_IR_DUMP=FUNCTION: what FUNCTION leaves released, per kind
 * (depth/raw), and per value returned (0, non-zero) when known, then
 * what it returns holding on every path (held/rheld) */
static void dump_exits(const struct ir_unit *u)
{
	const char *dump = ir_dump_name();
	const struct exit_fn *x = dump ? exit_find(&u->exits, dump) : NULL;
	int k, v;

	if (!x)
		return;
	fprintf(stderr, "exits %s:", dump);
	for (k = 0; k < AK_NR; k++)
		fprintf(stderr, " %d/%d", x->depth[k], x->raw[k]);
	for (v = 0; x->byval && v < 2; v++) {
		fprintf(stderr, v ? " nonzero" : " byval zero");
		for (k = 0; k < AK_NR; k++)
			fprintf(stderr, " %d/%d", x->vdepth[v][k], x->vraw[v][k]);
	}
	fprintf(stderr, " held");
	for (k = 0; k < AK_NR; k++)
		fprintf(stderr, " %d/%d", x->held[k], x->rheld[k]);
	if (x->byval)
		fprintf(stderr, " returns %s", x->rvals == 1 ? "0" : x->rvals == 2 ? "non-zero" :
			"both");
	for (v = 0; x->dparam >= 0 && v < 2; v++) {
		fprintf(stderr, " where *%d is %s", x->dparam, v ? "non-zero" : "0");
		for (k = 0; k < AK_NR; k++)
			fprintf(stderr, " %d/%d", x->ddepth[v][k], x->dheld[v][k]);
		fprintf(stderr, " leaves %d", x->dleaves[v]);
	}
	fprintf(stderr, "\n");
}

/* what each queued function leaves released or held, from "nothing" */
static void compute_exits(struct ir_unit *u)
{
	int i, round, changed = 1;

	for (i = 0; i < u->n; i++)
		exit_add(&u->exits, u->q[i].name);
	exit_sort(&u->exits);
	/* what each returns holding on every path, from "not known" up */
	for (round = 0; changed && round < LIM_EXIT_ROUNDS; round++) {
		changed = 0;
		for (i = 0; i < u->n; i++) {
			struct ir_queued *q = &u->q[i];

			q->a.ir = &q->ir;	/* u->q moved as it grew */
			q->a.exits = &u->exits;
			changed |= held_exit(&q->a, exit_find(&u->exits, q->name));
		}
	}
	if (changed)
		ir_cut(CUT_EXIT_ROUNDS);
	/* what each leaves released on every path, from "nothing" down */
	changed = 1;
	for (round = 0; changed && round < LIM_EXIT_ROUNDS; round++) {
		changed = 0;
		for (i = 0; i < u->n; i++) {
			struct ir_queued *q = &u->q[i];
			struct exit_fn *x = exit_find(&u->exits, q->name);

			if (!may_change(q, &u->exits))
				continue;
			q->a.ir = &q->ir;
			q->a.exits = &u->exits;
			changed |= compute_exit(q, x);
		}
	}
	if (changed)
		ir_cut(CUT_EXIT_ROUNDS);
	dump_exits(u);
}

/*
 * The kinds a test of the context said are off (astate.off) on every
 * path that may return other than 0: exits whose block says it returns
 * 0 (ir_block.retval) do not count, nor, into an exit with no events,
 * the edges from blocks that say so.  0 when no path returns 0 (the
 * function is no such test) or nothing is known.  i915's stop_timeout()
 * (drivers/gpu/drm/i915/gt/intel_engine_cs.c:1436): `if (in_atomic()
 * || irqs_disabled()) return 0; return READ_ONCE(...);`.
 */
/* the kinds @s says a test found off, less those whose test came after
 * the function released what its caller held (astate.snap below 0):
 * there the caller may have held them */
static unsigned off_kinds(const struct astate *s)
{
	unsigned m = s->off;
	int k;

	for (k = 0; k < AK_NR; k++)
		if (s->snap[k] < 0)
			m &= ~(1u << k);
	return m;
}

/* does a block on a path that returns 0 (ir_block.retval) go into exit
 * @b with nothing on the way? */
static int zero_into(const struct an *a, const struct astate *merged, int b)
{
	const struct ir_func *ir = a->ir;
	int p;

	for (p = 0; p < ir->nbb; p++)
		if (on_path(a, merged, p) && ir->bb[p].retval == 0 &&
		    ir->bb[p].nsucc == 1 && ir->bb[p].succ[0].to == b)
			return 1;
	return 0;
}

static unsigned ctx_return(struct an *a, struct astate *merged)
{
	const struct ir_func *ir = a->ir;
	unsigned m = ~0u;
	struct astate s;
	int b, p, j, zero = 0, other = 0;

	for (b = 0; b < ir->nbb; b++) {
		if (!on_path(a, merged, b) || ir->bb[b].nsucc)
			continue;
		if (ir->bb[b].retval == 0) {
			zero = 1;
			continue;
		}
		if (ir->bb[b].nev || ir->bb[b].retval > 0 || !zero_into(a, merged, b)) {
			run_block(a, merged, b, NULL, &s);
			m &= off_kinds(&s);
			other = 1;
			continue;
		}
		/* an exit of no events that some block returning 0 goes
		 * into: each other edge into it, as its block leaves it */
		zero = 1;
		for (p = 0; p < ir->nbb; p++) {
			if (!on_path(a, merged, p) ||
			    (ir->bb[p].retval == 0 && ir->bb[p].nsucc == 1))
				continue;
			for (j = 0; j < ir->bb[p].nsucc; j++)
				if (ir->bb[p].succ[j].to == b) {
					run_block(a, merged, p, NULL, &s);
					m &= off_kinds(&s);
					other = 1;
				}
		}
	}
	return zero && other ? m & 0xff : 0;
}

/* adds "~M" (ctx_return()) to @fn's rets */
static void note_ctx_return(struct fact_func *fn, unsigned m)
{
	char *old = fact_vals_text(fn->rets), *text;
	size_t n = (old ? strlen(old) : 0) + 16;

	text = sc_malloc(n);
	snprintf(text, n, "%s%s~%x", old ? old : "", old ? "," : "", m);
	free((void *)fn->rets);
	fn->rets = fact_rets_parse(text, NULL, NULL);
	free(text);
	free(old);
}

/* appends @entry to the list in @buf unless it is there (the caller
 * made room) */
static void list_add(char *buf, size_t size, const char *entry)
{
	size_t len = strlen(buf), n = strlen(entry);
	const char *p;

	for (p = buf; (p = strstr(p, entry)); p += n)
		if ((p == buf || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return;
	if (len + n + 2 > size)
		return;
	if (len)
		buf[len++] = ',';
	memcpy(buf + len, entry, n + 1);
}

/* adds to @fn's rets the %^L:C entries of the pointer returns
 * (ir_func.prets) on some path, unless one of those may be anything
 * else: one list, sorted, each once (solve/vmem.c reads it) */
static void pointer_rets(const struct an *a, struct fact_func *fn)
{
	const struct ir_func *ir = a->ir;
	char own[LIM_FIELD_VALS] = "", *old, *text;
	size_t n;
	int i;

	for (i = 0; i < ir->nprets; i++) {
		if (!guard_on_path(&a->guards[ir->prets[i].block]))
			continue;
		if (!ir->prets[i].what)
			return;		/* anything else: none */
		if (strlen(own) + strlen(ir->prets[i].what) + 2 > sizeof(own)) {
			ir_cut(CUT_FIELD_VALS);
			return;		/* more than the list holds: none */
		}
		fact_list_append(own, sizeof(own), ir->prets[i].what, list_add);
	}
	if (!own[0])
		return;
	fact_list_sort(own);
	old = fact_vals_text(fn->rets);
	n = (old ? strlen(old) : 0) + strlen(own) + 2;
	text = sc_malloc(n);
	snprintf(text, n, "%s%s%s", own, old ? "," : "", old ? old : "");
	free((void *)fn->rets);
	fn->rets = fact_rets_parse(text, NULL, NULL);
	free(text);
	free(old);
}

/* the calls of queued function @q, into its fact_func */
static void record_calls(struct ir_queued *q, const struct exit_table *t)
{
	struct an *a = &q->a;
	struct fact_func *fn = &q->file->funcs[q->fi];
	struct astate *merged, *half[2] = { NULL, NULL }, s;
	unsigned m;
	int b, v, cut;

	a->ir = &q->ir;
	a->exits = t;
	merged = flow(a, &cut, half);
	pointer_rets(a, fn);
	if (!cut && (m = ctx_return(a, merged)))
		note_ctx_return(fn, m);
	fresh_compute(&q->ir, &a->fresh);
	for (v = 0; half[0] && v < 2; v++)
		if (a->gs_blk[v] | a->gs_nblk[v]) {
			a->rguards[v] = sc_malloc(q->ir.nbb * sizeof(*a->rguards[v]));
			run_guards(a, v, a->rguards[v]);
		}
	for (b = 0; b < q->ir.nbb; b++) {
		if (calls_tagged(a, b))
			run_tagged(a, merged, b, fn);
		else if (half[0])
			run_split(a, merged, half, b, fn);
		else
			run_block(a, merged, b, fn, &s);
	}
	for (v = 0; v < 2; v++) {
		free(a->tv[v]);
		a->tv[v] = NULL;
	}
	for (v = 0; v < 2; v++) {
		free(a->rguards[v]);
		a->rguards[v] = NULL;
	}
	func_atoms(&q->ir, &a->fresh, fn);
	fresh_free(&a->fresh);
	free(half[0]);
	free(half[1]);
	free(merged);
}

/* the strings of @ir's events, owned by @ir: the front end's may not
 * outlive the function (clang's) */
static void own_strings(struct ir_func *ir)
{
	int i;

	for (i = 0; i < ir->nev; i++) {
		struct ir_event *e = &ir->ev[i];

		e->callee = ir_str(ir, e->callee);
		e->via = ir_str(ir, e->via);
		e->what = ir_str(ir, e->what);
		e->inl = ir_str(ir, e->inl);
	}
}

/* @ir queued on @u, for @file's function @fi (-1: none) named @name */
static struct ir_queued *enqueue(struct ir_unit *u, struct ir_func *ir,
				 struct fact_file *file, int fi, const char *name)
{
	struct ir_queued *q;

	assert(ir->entry >= 0 && ir->entry < ir->nbb);
	if (u->n == u->cap) {
		u->cap = u->cap ? 2 * u->cap : 32;
		u->q = sc_realloc(u->q, u->cap * sizeof(*u->q));
	}
	q = &u->q[u->n++];
	memset(q, 0, sizeof(*q));
	q->ir = *ir;
	memset(ir, 0, sizeof(*ir));
	own_strings(&q->ir);
	q->name = ir_str(&q->ir, name);
	q->file = file;
	q->fi = fi;
	q->a.ir = &q->ir;
	q->a.guards = sc_calloc(q->ir.nbb, sizeof(*q->a.guards));
	q->a.prev = sc_calloc(q->ir.nbb, sizeof(*q->a.prev));
	q->a.tried = sc_calloc(q->ir.nev + 1, 1);
	relock_sites(&q->a);
	reverse_postorder(&q->a);
	if (q->ir.locks && null_edges(&q->a)) {
		free(q->a.order);
		reverse_postorder(&q->a);
	}
	guards(&q->a);
	return q;
}

/* a later branch on a trylock's result (ir_cond.try_dup) keyed as the
 * first branch on it in the trylock's own block, its sense as that
 * one's relation to success says: the runs that fix the value take the
 * same side of both (a select of the result, mm/page_alloc.c:5559-5561,
 * is keyed apart from the result otherwise) */
static void same_trylock_key(struct ir_func *ir, struct ir_cond *c)
{
	const struct ir_cond *o = &ir->bb[ir->ev[c->try_ev].block].cond;
	int same;

	if (!ir->bb[ir->ev[c->try_ev].block].branch || o->try_ev != c->try_ev ||
	    !o->key[0] || o->pair)
		return;
	same = o->sense == o->try_sense;
	c->key[0] = o->key[0];
	c->key[1] = o->key[1];
	c->pair = 0;
	c->sense = same ? c->try_sense : !c->try_sense;
}

/*
 * A branch on a trylock's result that another branch on it precedes on
 * every path from the trylock (ir_cond.try_dup): the trylock takes its
 * lock on the success edge of the first test only.  libsparse tests
 * spin_trylock()'s result twice where __cond_lock() is a branch and the
 * caller's `if (!spin_trylock(...))` another, and a third where
 * pcp_spin_trylock()'s NULL is a select of its result (mm/page_alloc.c
 * :172-182 on ARM multi_v7): each took the lock once more, two held
 * where one was.  A branch in the trylock's own block precedes every
 * other; else one is first where no path from the trylock reaches the
 * other without it (a breadth-first walk that stops there).
 */
static void trylock_dups(struct ir_func *ir)
{
	int b, b2, j, n, head, *queue;
	char *seen;

	for (b = 0, n = 0; b < ir->nbb; b++)
		n += ir->bb[b].branch && ir->bb[b].cond.try_ev >= 0;
	if (n < 2)
		return;
	queue = sc_malloc(ir->nbb * sizeof(*queue));
	seen = sc_malloc(ir->nbb);
	for (b = 0; b < ir->nbb; b++) {
		struct ir_cond *c = &ir->bb[b].cond;
		int tb;

		if (!ir->bb[b].branch || c->try_ev < 0)
			continue;
		tb = ir->ev[c->try_ev].block;
		for (b2 = 0; b2 < ir->nbb && !c->try_dup; b2++) {
			if (b2 == b || !ir->bb[b2].branch || ir->bb[b2].cond.try_ev != c->try_ev)
				continue;
			if (b2 == tb) {
				c->try_dup = b != tb;
				continue;
			}
			if (b == tb)
				continue;
			/* does a path from the trylock's block reach b
			 * without passing b2? */
			memset(seen, 0, ir->nbb);
			head = n = 0;
			queue[n++] = tb;
			seen[tb] = 1;
			while (head < n && !seen[b]) {
				int x = queue[head++];

				for (j = 0; j < ir->bb[x].nsucc; j++) {
					int t = ir->bb[x].succ[j].to;

					if (t == b2 || seen[t] || ir->bb[x].succ[j].dead)
						continue;
					seen[t] = 1;
					queue[n++] = t;
				}
			}
			c->try_dup = !seen[b];
		}
		if (c->try_dup)
			same_trylock_key(ir, c);
	}
	free(queue);
	free(seen);
}

/*
 * Each `&&`/`||` branch whose operand tests a trylock's result
 * (ir_cond.optry_ev) keyed as that trylock's own branch, the one branch
 * on no cycle whose trylock it is (both read the one call's result):
 * the operand is true where its success is optry_sense, the own branch
 * takes the success edge (try_sense) where the value assumed equals its
 * sense, so a run assumes the operand true where the value is opsense.
 * Keyed from the IR, not by a front end, so that both agree.
 */
static void operand_keys(struct ir_func *ir)
{
	int b, t, own;

	for (b = 0; b < ir->nbb; b++) {
		struct ir_cond *c = &ir->bb[b].cond;

		if (!ir->bb[b].branch || c->optry_ev < 0 || c->opside < 0)
			continue;
		own = -1;
		for (t = 0; t < ir->nbb; t++) {
			const struct ir_cond *o = &ir->bb[t].cond;

			if (!ir->bb[t].branch || o->try_ev != c->optry_ev || o->konst >= 0)
				continue;
			own = own == -1 && o->key[0] && !o->pair && !o->cmp ? t : -2;
		}
		if (own < 0 || branch_in_cycle(ir, own))
			continue;
		c->opkey[0] = ir->bb[own].cond.key[0];
		c->opkey[1] = ir->bb[own].cond.key[1];
		c->opsense = ir->bb[own].cond.try_sense == c->optry_sense ?
			     ir->bb[own].cond.sense : !ir->bb[own].cond.sense;
	}
}

char ir_analyze(struct ir_unit *u, struct ir_func *ir, struct fact_file *file, int fi)
{
	struct fact_func *fn = &file->funcs[fi];
	const char *dump;

	ir->sealed = 1;
	operand_keys(ir);
	trylock_dups(ir);
	dump = ir_dump_name();
	if (dump && !strcmp(dump, fn->name))
		ir_dump(stderr, ir, fn->name);
	ir_stats.funcs++;
	bindings(ir, file);
	fn->rets = fact_rets_parse(ir->rets, NULL, NULL);
	if (!ir->nbb) {
		ir_free(ir);
		return 0;
	}
	return returned_class(&enqueue(u, ir, file, fi, fn->name)->a);
}

void ir_analyze_exits(struct ir_unit *u, struct ir_func *ir, const char *name)
{
	const char *dump = ir_dump_name();

	ir->sealed = 1;
	operand_keys(ir);
	trylock_dups(ir);
	if (dump && !strcmp(dump, name))
		ir_dump(stderr, ir, name);
	if (!ir->nbb) {
		ir_free(ir);
		return;
	}
	enqueue(u, ir, NULL, -1, name);
}

void ir_unit_finish(struct ir_unit *u)
{
	int i;

	compute_exits(u);
	for (i = 0; i < u->n; i++)
		if (u->q[i].fi >= 0)
			record_calls(&u->q[i], &u->exits);
	/* the table names functions by their IR's strings: freed last */
	for (i = 0; i < u->n; i++) {
		struct ir_queued *q = &u->q[i];

		free(q->a.guards);
		free(q->a.prev);
		free(q->a.tried);
		free(q->a.order);
		free(q->a.edge_exit);
		free(q->a.xev);
		free(q->a.xev_known);
		free(q->a.relock);
		free(q->a.tag_of);
		free(q->a.tag_test);
		free(q->a.tv[0]);
		free(q->a.tv[1]);
		ir_free(&q->ir);
	}
	free(u->q);
	exit_free(&u->exits);
	memset(u, 0, sizeof(*u));
}
