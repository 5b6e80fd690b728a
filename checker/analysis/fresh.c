/*
 * fresh.c - where in a function no call has run yet (fresh.h).
 *
 * A call is an IR_CALL event (a lock primitive stores nothing of the
 * caller's objects); a block is reached with a call behind it when one
 * of its predecessors is, or has one, along every edge the front end
 * made (taken or not).  A member flag atom is tested where no call has
 * run when every formula that names it is used there: a branch at the
 * end of a block, a case edge, a call's gfp choice (ir_event.sel) or
 * objects, and the blocks of an IRF_DEFS formula's definitions.  What a
 * function stores itself in the member is the front end's to rule out
 * (it makes no member atom of a member the function stores).
 *
 * A member atom tested also where a call may have run lists the calls
 * that may run before any of its tests (fresh.listed, .before): those in
 * the blocks from which a test's block is reached, and those before the
 * test in its own block; past FRESH_BEFORE_MAX places, none is listed
 * and the solver asks whether the function may store the member at all.
 * A call given a pointer parameter where a call may have run lists the
 * calls that may run before it the same way (fresh_calls_before()).
 */
#include <stdlib.h>

#include "facts.h"
#include "fresh.h"

/* does block @b have a call? */
static int has_call(const struct ir_func *ir, int b)
{
	int j;

	for (j = 0; j < ir->bb[b].nev; j++)
		if (ir->ev[ir->bb[b].ev[j]].kind == IR_CALL)
			return 1;
	return 0;
}

/* where atoms are tested: their bits, the block (-1: not known), and the
 * number of its events before the test (-1: all of them) */
struct usept {
	unsigned bits;
	int block, upto;
};

struct uses {
	struct usept *v;
	int n, cap;
};

static void add_use(struct uses *u, unsigned bits, int block, int upto)
{
	if (!bits || !u)
		return;
	if (u->n == u->cap) {
		u->cap = u->cap ? 2 * u->cap : 16;
		u->v = sc_realloc(u->v, (size_t)u->cap * sizeof(*u->v));
	}
	u->v[u->n].bits = bits;
	u->v[u->n].block = block;
	u->v[u->n++].upto = upto;
}

/* the guard bits of the atoms formula @f names, to a depth */
static unsigned atom_bits(const struct ir_func *ir, const struct fresh *fr, int f,
			  int depth, unsigned *bad, struct uses *u)
{
	const struct ir_formula *n;
	unsigned r = 0;
	int i;

	if (f < 0 || f >= ir->nf)
		return 0;
	if (depth > 32) {
		add_use(u, ~0u, -1, -1);	/* not known where */
		return ~0u;	/* deeper than any the front ends make */
	}
	n = &ir->f[f];
	switch (n->kind) {
	case IRF_FLAG:
		return (1u << n->param) | atom_bits(ir, fr, n->a, depth + 1, bad, u);
	case IRF_NOT:
		return atom_bits(ir, fr, n->a, depth + 1, bad, u);
	case IRF_AND:
	case IRF_OR:
		return atom_bits(ir, fr, n->a, depth + 1, bad, u) |
		       atom_bits(ir, fr, n->b, depth + 1, bad, u);
	case IRF_SEL:
		return atom_bits(ir, fr, n->a, depth + 1, bad, u) |
		       atom_bits(ir, fr, n->b, depth + 1, bad, u) |
		       atom_bits(ir, fr, n->c, depth + 1, bad, u);
	case IRF_DEFS:
		/* each definition's formula holds where it ran */
		for (i = n->a; i < n->a + n->b && i < ir->ndefs; i++) {
			const struct ir_fdef *d = &ir->defs[i];
			unsigned x = atom_bits(ir, fr, d->f, depth + 1, bad, u);

			if (d->block < 0 || d->block >= ir->nbb || fr->called[d->block] ||
			    has_call(ir, d->block))
				*bad |= x;
			add_use(u, x, d->block >= 0 && d->block < ir->nbb ?
				d->block : -1, -1);
			r |= x;
		}
		return r;
	default:
		return 0;
	}
}

/* formula @f is used at a point where a call may have run (@called):
 * in block @b, after its first @upto events (-1: all) */
static void use(const struct ir_func *ir, struct fresh *fr, int f, int called,
		unsigned *bad, struct uses *u, int b, int upto)
{
	unsigned x = atom_bits(ir, fr, f, 0, bad, u);

	if (called)
		*bad |= x;
	add_use(u, x, b, upto);
}

/* adds the place of call event @e to @bf: 0 when there is no room */
static int add_place(struct fresh_before *bf, const struct ir_event *e)
{
	int i;

	for (i = 0; i < bf->n; i++)
		if (bf->line[i] == e->line && bf->col[i] == e->col)
			return 1;
	if (bf->n == FRESH_BEFORE_MAX)
		return 0;
	bf->line[bf->n] = e->line;
	bf->col[bf->n++] = e->col;
	return 1;
}

/* the calls of block @b's first @upto events (-1: all) into @bf */
static int block_calls(const struct ir_func *ir, int b, int upto,
		       struct fresh_before *bf)
{
	int j;

	for (j = 0; j < ir->bb[b].nev && (upto < 0 || j < upto); j++)
		if (ir->ev[ir->bb[b].ev[j]].kind == IR_CALL &&
		    !add_place(bf, &ir->ev[ir->bb[b].ev[j]]))
			return 0;
	return 1;
}

/* pushes the blocks with an edge to @t not seen yet */
static void push_preds(const struct ir_func *ir, int t, unsigned char *seen,
		       int *work, int *n)
{
	int b, j;

	for (b = 0; b < ir->nbb; b++)
		for (j = 0; j < ir->bb[b].nsucc; j++)
			if (ir->bb[b].succ[j].to == t && !seen[b]) {
				seen[b] = 1;
				work[(*n)++] = b;
			}
}

/* the calls that may run before a test of the atom of guard bit @bit
 * (@u its tests) into @bf: 1, or 0 when they are too many or a test's
 * place is not known */
static int list_before(const struct ir_func *ir, const struct uses *u, int bit,
		       struct fresh_before *bf)
{
	unsigned char *seen = sc_calloc(ir->nbb ? ir->nbb : 1, 1);
	int *work = sc_malloc(((size_t)ir->nbb + 1) * sizeof(*work));
	int i, n = 0, ok = 1;

	bf->n = 0;
	for (i = 0; ok && i < u->n; i++) {
		if (!(u->v[i].bits & (1u << bit)))
			continue;
		if (u->v[i].block < 0) {
			ok = 0;
			break;
		}
		ok = block_calls(ir, u->v[i].block, u->v[i].upto, bf);
		/* the blocks it is reached from: all of their calls (its
		 * own too, where a cycle comes back to it) */
		push_preds(ir, u->v[i].block, seen, work, &n);
	}
	while (ok && n) {
		int t = work[--n];

		ok = block_calls(ir, t, -1, bf);
		push_preds(ir, t, seen, work, &n);
	}
	free(seen);
	free(work);
	return ok;
}

void fresh_compute(const struct ir_func *ir, struct fresh *fr)
{
	unsigned char *calls = sc_calloc(ir->nbb ? ir->nbb : 1, 1);
	unsigned bad = 0, member = 0;
	int b, j, k, changed = 1;
	struct uses uses = { NULL, 0, 0 };

	fr->called = sc_calloc(ir->nbb ? ir->nbb : 1, 1);
	fr->pfirst = fr->pred = NULL;
	for (b = 0; b < ir->nbb; b++)
		calls[b] = (unsigned char)has_call(ir, b);
	while (changed) {
		changed = 0;
		for (b = 0; b < ir->nbb; b++) {
			if (!fr->called[b] && !calls[b])
				continue;
			for (j = 0; j < ir->bb[b].nsucc; j++) {
				int to = ir->bb[b].succ[j].to;

				if (!fr->called[to]) {
					fr->called[to] = 1;
					changed = 1;
				}
			}
		}
	}
	for (b = 0; b < ir->nbb; b++) {
		const struct ir_block *bb = &ir->bb[b];
		int end = fr->called[b] || calls[b], before = fr->called[b];

		if (bb->branch)
			use(ir, fr, bb->cond.f, end, &bad, &uses, b, -1);
		for (j = 0; j < bb->nsucc; j++)
			use(ir, fr, bb->succ[j].f, end, &bad, &uses, b, -1);
		for (j = 0; j < bb->nev; j++) {
			const struct ir_event *e = &ir->ev[bb->ev[j]];

			if (e->kind != IR_CALL)
				continue;
			if (e->sel)
				use(ir, fr, e->sel - 1, before, &bad, &uses, b, j);
			for (k = e->obj0; k < e->obj0 + e->nobj; k++)
				use(ir, fr, ir->objs[k].cond, before, &bad, &uses, b, j);
			before = 1;
		}
	}
	for (k = 0; k < ir->natoms; k++)
		if (ir->atoms[k].field[0] && !ir->atoms[k].sfield)
			member |= 1u << (IR_ATOM0 + k);
	fr->atoms = member & ~bad;
	fr->listed = 0;
	for (k = 0; k < 32; k++)
		if ((member & bad & (1u << k)) && list_before(ir, &uses, k, &fr->before[k]))
			fr->listed |= 1u << k;
	free(uses.v);
	free(calls);
}

void fresh_free(struct fresh *fr)
{
	free(fr->called);
	fr->called = NULL;
	free(fr->pfirst);
	free(fr->pred);
	fr->pfirst = fr->pred = NULL;
}

/* the predecessors of each block (fr->pred, fr->pfirst), made once */
static void make_preds(const struct ir_func *ir, struct fresh *fr)
{
	int b, j, n = 0, *at;

	fr->pfirst = sc_calloc((size_t)ir->nbb + 1, sizeof(*fr->pfirst));
	for (b = 0; b < ir->nbb; b++)
		for (j = 0; j < ir->bb[b].nsucc; j++)
			fr->pfirst[ir->bb[b].succ[j].to + 1]++, n++;
	for (b = 0; b < ir->nbb; b++)
		fr->pfirst[b + 1] += fr->pfirst[b];
	fr->pred = sc_malloc(((size_t)n + 1) * sizeof(*fr->pred));
	at = sc_malloc(((size_t)ir->nbb + 1) * sizeof(*at));
	for (b = 0; b < ir->nbb; b++)
		at[b] = fr->pfirst[b];
	for (b = 0; b < ir->nbb; b++)
		for (j = 0; j < ir->bb[b].nsucc; j++)
			fr->pred[at[ir->bb[b].succ[j].to]++] = b;
	free(at);
}

int fresh_calls_before(const struct ir_func *ir, struct fresh *fr, int ev,
		       struct fresh_before *bf)
{
	int b0 = ir->ev[ev].block, j, n = 0, t, ok = 1;
	unsigned char *seen;
	int *work;

	if (!fr->pfirst)
		make_preds(ir, fr);
	bf->n = 0;
	for (j = 0; j < ir->bb[b0].nev && ir->bb[b0].ev[j] != ev; j++)
		;
	ok = block_calls(ir, b0, j, bf);
	seen = sc_calloc(ir->nbb ? ir->nbb : 1, 1);
	work = sc_malloc(((size_t)ir->nbb + 1) * sizeof(*work));
	for (j = fr->pfirst[b0]; j < fr->pfirst[b0 + 1]; j++)
		if (!seen[fr->pred[j]]) {
			seen[fr->pred[j]] = 1;
			work[n++] = fr->pred[j];
		}
	/* the blocks it is reached from: all of their calls (its own
	 * too, where a cycle comes back to it) */
	while (ok && n) {
		t = work[--n];
		ok = block_calls(ir, t, -1, bf);
		for (j = fr->pfirst[t]; j < fr->pfirst[t + 1]; j++)
			if (!seen[fr->pred[j]]) {
				seen[fr->pred[j]] = 1;
				work[n++] = fr->pred[j];
			}
	}
	free(seen);
	free(work);
	/* in the order of the places, whatever order the blocks were in */
	for (n = 1; ok && n < bf->n; n++)
		for (j = n; j > 0 && (bf->line[j - 1] > bf->line[j] ||
				      (bf->line[j - 1] == bf->line[j] &&
				       bf->col[j - 1] > bf->col[j])); j--) {
			t = bf->line[j];
			bf->line[j] = bf->line[j - 1];
			bf->line[j - 1] = t;
			t = bf->col[j];
			bf->col[j] = bf->col[j - 1];
			bf->col[j - 1] = t;
		}
	return ok ? bf->n : 0;
}

int fresh_event(const struct ir_func *ir, const struct fresh *fr, int ev)
{
	const struct ir_block *bb = &ir->bb[ir->ev[ev].block];
	int j;

	if (fr->called[ir->ev[ev].block])
		return 0;
	for (j = 0; j < bb->nev && bb->ev[j] != ev; j++)
		if (ir->ev[bb->ev[j]].kind == IR_CALL)
			return 0;
	return 1;
}

void fresh_places(const struct fresh *fr, int bit, struct fact_atom *fa)
{
	const struct fresh_before *bf = &fr->before[bit];
	int i;

	fa->how |= ATOM_BEFORE;
	fa->nbefore = 0;
	/* in the order of the places, whatever order the blocks were in */
	for (i = 0; i < bf->n; i++) {
		int j = fa->nbefore++;

		while (j > 0 && (fa->bline[j - 1] > bf->line[i] ||
				 (fa->bline[j - 1] == bf->line[i] &&
				  fa->bcol[j - 1] > bf->col[i]))) {
			fa->bline[j] = fa->bline[j - 1];
			fa->bcol[j] = fa->bcol[j - 1];
			j--;
		}
		fa->bline[j] = bf->line[i];
		fa->bcol[j] = bf->col[i];
	}
}
