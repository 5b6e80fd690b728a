/*
 * clang_ir.c - lowers one function of the libclang front end (the CFG
 * of clang_lower.c, clang_cfg.h) into the function IR (analysis/ir.h),
 * on which analysis/analyze.c derives its facts, as it does for sparse.
 *
 * What the IR needs from values is decided here.  Values are followed
 * through reaching definitions, which stand in for sparse's SSA form: a
 * variable read at an event has the values of the assignments that
 * reach that event, or its value on entry (a parameter of the function,
 * or the argument bound to an inline function's parameter).  A
 * definition met again on the same path (a loop) is neutral, as a phi's
 * own back edge is in sparse_ir.c.  On that basis: the gfp class of each
 * gfp_t argument and returned value, constant branches (dead edges and
 * switches on constants), what each branch condition implies about gfp
 * parameters (a formula), the value it tests (for splits) and the
 * trylock whose result it tests, and the candidate objects of indirect
 * calls.  Its limits are analysis/ir_limits.h's, and counted there.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "ir_limits.h"
#include "clang_assert.h"
#include "clang_context.h"
#include "clang_frontend.h"
#include "clang_loads.h"
#include "flow.h"
#include "lockctx.h"

struct var {
	struct cdecl *decl;
	struct cenv *env;
	int *defs;		/* assignment events */
	int ndefs, cap;
};

struct site;
struct fx;
struct vkey { const void *key; const struct cenv *env; };
static const char *inline_at(struct fx *x, int line, int col);
static const char *inline_written(struct fx *x, int line, int col);

struct fx {
	struct cfg *g;
	struct cunit *u;
	struct var *vars;
	int nvars, varcap;
	int *defid;		/* event -> definition number, or -1 */
	int ndefs;
	int words;		/* of a reach set; 0: flow-insensitive */
	unsigned long long *reach;	/* per event, before it */
	int path[LIM_PATH];	/* definitions being followed */
	int npath;
	unsigned gfp_params;	/* the function's gfp parameters, a bit each */
	struct cdecl *fn;	/* the function */
	struct ir_func *ir;	/* being built */
	struct cn *member;	/* a local object's member of one value, */
	long long member_v;	/* member_v, while a branch is decided */
	int *ir_ev;		/* event -> IR event, or -1 */
	struct site *sites;	/* by position (note_sites()) */
	int nsites;
	char *reach0;		/* per block: reachable along any edge */
	/* the variables whose address the function takes, sorted, found
	 * on the first question (address_taken()) */
	struct cdecl **taken;
	int ntaken, takencap, taken_known;
	/* the last local struct slot_escapes() was asked of, its answer */
	struct cdecl *esc_var;
	struct cenv *esc_env;
	int esc;
};

/*
 * Edges a context-free constant rules out (`if (0)`, `while (0)`), known
 * before values are followed: definitions and returns behind them do not
 * count (`if (0) { cc_label: c = true; }` in GEN_UNARY_RMWcc()).
 */
static void constant_edges(struct fx *x)
{
	struct cfg *g = x->g;
	long long v;
	int b;

	for (b = 0; b < g->nbb; b++) {
		struct cbb *bb = &g->bb[b];

		if (bb->cond && bb->nsucc == 2 && bb->succ[0] != bb->succ[1] &&
		    clang_const(g->tu, cn_strip(bb->cond), &v))
			bb->dead = v ? 1 : 0;
	}
}

static int const_value(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       long long *v, int depth);
static int address_taken(struct fx *x, struct cdecl *v);

/* branches on values constant given what reaches them; 1 if any */
static int more_constant_edges(struct fx *x)
{
	struct cfg *g = x->g;
	long long v;
	int b, more = 0;

	for (b = 0; b < g->nbb; b++) {
		struct cbb *bb = &g->bb[b];

		if (!bb->cond || bb->dead >= 0 || bb->nsucc != 2 ||
		    bb->succ[0] == bb->succ[1] || !x->reach0[b])
			continue;
		x->npath = 0;
		if (const_value(x, bb->cond, bb->cenv, bb->cond_ev, &v, 0)) {
			bb->dead = v ? 1 : 0;
			more = 1;
		}

	}
	return more;
}

/* forget the reaching definitions, to compute them again */
static void reach_reset(struct fx *x)
{
	int i;

	for (i = 0; i < x->nvars; i++)
		free(x->vars[i].defs);
	free(x->vars);
	free(x->defid);
	free(x->reach);
	free(x->reach0);
	x->vars = NULL;
	x->nvars = x->varcap = x->ndefs = x->words = 0;
	x->defid = NULL;
	x->reach = NULL;
	x->reach0 = NULL;
}

static int edge_open(const struct cbb *bb, int j)
{
	return bb->dead < 0 || j != bb->dead;
}

/* blocks reachable from the entry, every edge taken */
static void reach_blocks(struct fx *x)
{
	struct cfg *g = x->g;
	int *stack = sc_malloc((g->nbb + 1) * sizeof(*stack)), n = 0, j;

	x->reach0 = sc_calloc(g->nbb + 1, 1);
	if (g->nbb) {
		x->reach0[0] = 1;
		stack[n++] = 0;
	}
	while (n) {
		struct cbb *bb = &g->bb[stack[--n]];

		for (j = 0; j < bb->nsucc; j++) {
			if (x->reach0[bb->succ[j]] || !edge_open(bb, j))
				continue;
			x->reach0[bb->succ[j]] = 1;
			stack[n++] = bb->succ[j];
		}
	}
	free(stack);
}

/* ---- variables and reaching definitions ---- */

static int var_index(struct fx *x, struct cdecl *d, struct cenv *env, int create)
{
	int i;

	for (i = 0; i < x->nvars; i++)
		if (x->vars[i].decl == d && x->vars[i].env == env)
			return i;
	if (!create)
		return -1;
	if (x->nvars == x->varcap) {
		x->varcap = x->varcap ? 2 * x->varcap : 16;
		x->vars = sc_realloc(x->vars, x->varcap * sizeof(*x->vars));
	}
	memset(&x->vars[x->nvars], 0, sizeof(x->vars[0]));
	x->vars[x->nvars].decl = d;
	x->vars[x->nvars].env = env;
	return x->nvars++;
}

/* per event, the inline expansion a call event enters, or NULL (all
 * NULL: NULL) */
static struct cenv **expansions_entered(struct fx *x)
{
	struct cenv **enter = NULL;
	int i;

	for (i = 0; i < x->g->nenvs; i++) {
		struct cenv *in = x->g->envs[i];

		if (!in->parent || in->call_ev < 0 || in->call_ev >= x->g->nev)
			continue;
		if (!enter)
			enter = sc_calloc(x->g->nev, sizeof(*enter));
		enter[in->call_ev] = in;
	}
	return enter;
}

/* an inline expansion @in entered in @cur: each run binds its variables
 * anew, so what a run before (a loop around the call) assigned them no
 * longer reaches; their entry values do */
static void enter_expansion(struct fx *x, struct cenv *in, unsigned long long *cur)
{
	int i, k, d;

	for (i = 0; i < x->nvars; i++) {
		if (x->vars[i].env != in)
			continue;
		for (k = 0; k < x->vars[i].ndefs; k++) {
			d = x->defid[x->vars[i].defs[k]];
			cur[d / 64] &= ~(1ull << (d % 64));
		}
		d = x->ndefs + i;
		cur[d / 64] |= 1ull << (d % 64);
	}
}

static void reach_compute(struct fx *x)
{
	struct cfg *g = x->g;
	struct cenv **enter;
	unsigned long long *in, *cur;
	int i, j, b, changed, w, rounds = 0;

	x->defid = sc_malloc((g->nev + 1) * sizeof(*x->defid));
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct var *v;

		x->defid[i] = -1;
		if (e->kind != EV_ASSIGN)
			continue;
		e->var_index = var_index(x, e->var, e->var_env, 1);
		v = &x->vars[e->var_index];
		if (v->ndefs == v->cap) {
			v->cap = v->cap ? 2 * v->cap : 4;
			v->defs = sc_realloc(v->defs, v->cap * sizeof(*v->defs));
		}
		v->defs[v->ndefs++] = i;
		x->defid[i] = x->ndefs++;
	}
	if (!g->nbb)
		return;
	if (x->ndefs + x->nvars > LIM_DEFS) {
		/* every definition reaches everywhere */
		ir_cut(CUT_DEFS);
		return;
	}
	/* bits 0..ndefs-1 assignments, then one entry value per variable */
	w = x->words = (x->ndefs + x->nvars + 63) / 64;
	x->reach = sc_calloc((size_t)g->nev * w + 1, sizeof(*x->reach));
	in = sc_calloc((size_t)g->nbb * w, sizeof(*in));
	cur = sc_calloc(w, sizeof(*cur));
	for (i = 0; i < x->nvars; i++)
		in[(x->ndefs + i) / 64] |= 1ull << ((x->ndefs + i) % 64);
	enter = expansions_entered(x);
	do {
		changed = 0;
		for (b = 0; b < g->nbb; b++) {
			struct cbb *bb = &g->bb[b];

			/* an unreachable block defines nothing that reaches */
			if (!x->reach0[b])
				continue;
			memcpy(cur, in + (size_t)b * w, w * sizeof(*cur));
			for (j = 0; j < bb->nev; j++) {
				struct cev *e = &g->ev[bb->ev[j]];
				struct var *v;
				int k, d;

				memcpy(x->reach + (size_t)bb->ev[j] * w, cur, w * sizeof(*cur));
				if (enter && enter[bb->ev[j]])
					enter_expansion(x, enter[bb->ev[j]], cur);
				if (e->kind != EV_ASSIGN)
					continue;
				v = &x->vars[e->var_index];
				for (k = 0; k < v->ndefs; k++) {
					d = x->defid[v->defs[k]];
					cur[d / 64] &= ~(1ull << (d % 64));
				}
				d = x->ndefs + e->var_index;
				cur[d / 64] &= ~(1ull << (d % 64));
				d = x->defid[bb->ev[j]];
				cur[d / 64] |= 1ull << (d % 64);
			}
			for (j = 0; j < bb->nsucc; j++) {
				unsigned long long *t = in + (size_t)bb->succ[j] * w;
				int k;

				if (!edge_open(bb, j))
					continue;
				for (k = 0; k < w; k++) {
					if ((t[k] | cur[k]) != t[k]) {
						t[k] |= cur[k];
						changed = 1;
					}
				}
			}
		}
	} while (changed && ++rounds < LIM_REACH_ROUNDS);
	if (changed)
		ir_cut(CUT_REACH_ROUNDS);
	free(in);
	free(cur);
	free(enter);
}

static int reaches(struct fx *x, int ev, int bit)
{
	if (!x->words || ev < 0)
		return 1;
	return !!(x->reach[(size_t)ev * x->words + bit / 64] & (1ull << (bit % 64)));
}

/* definitions of the variable @n names that reach event @ev: assignment
 * events into @out, and *entry set if its entry value reaches; returns
 * the count, or -1 if @n is not a tracked variable */
static int reaching(struct fx *x, struct cn *n, struct cenv *env, int ev,
		    int *out, int max, int *entry)
{
	int vi, k, cnt = 0;

	*entry = 1;
	if (!n || n->kind != CN_REF || !n->decl ||
	    (n->decl->kind != CD_VAR && n->decl->kind != CD_PARAM))
		return -1;
	if (n->decl->kind == CD_VAR && (n->decl->is_global || n->decl->is_static))
		return -1;
	/* its address taken: a callee or a store through a pointer may
	 * assign it, which no assignment event here says (sparse keeps
	 * such a variable in memory, without phis) */
	if (address_taken(x, n->decl))
		return -1;
	vi = var_index(x, n->decl, env, 0);
	if (vi < 0)
		return 0;
	*entry = reaches(x, ev, x->ndefs + vi);
	for (k = 0; k < x->vars[vi].ndefs && cnt < max; k++) {
		int d = x->vars[vi].defs[k];

		if (reaches(x, ev, x->defid[d]))
			out[cnt++] = d;
	}
	return cnt;
}

static int path_push(struct fx *x, int def)
{
	int i;

	for (i = 0; i < x->npath; i++)
		if (x->path[i] == def)
			return 0;
	if (x->npath == LIM_PATH) {
		ir_cut(CUT_PATH);
		return 0;
	}
	x->path[x->npath++] = def;
	return 1;
}

/* the inline expansion of call @n made in @env, or NULL */
static struct cenv *expansion(struct fx *x, struct cn *n, struct cenv *env)
{
	int i;

	for (i = 0; i < x->g->nenvs; i++)
		if (x->g->envs[i]->call == n && x->g->envs[i]->parent == env)
			return x->g->envs[i];
	return NULL;
}

/* ---- gfp classes ---- */

static char cls(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth);

static char entry_class(struct fx *x, struct cdecl *d, struct cenv *env, int depth)
{
	if (d->kind != CD_PARAM || d->param < 0)
		return 0;
	if (!env->parent)
		return d->param < GFP_MAX_PARAMS ? GFP_PARAM(d->param) : GFP_UNKNOWN;
	if (d->param + 1 >= env->call->nkids)
		return GFP_UNKNOWN;
	return cls(x, env->call->kids[d->param + 1], env->parent, env->call_ev, depth + 1);
}

static char def_class(struct fx *x, int d, int depth)
{
	struct cev *e = &x->g->ev[d];
	struct cn ref;
	char a, b;

	if (!path_push(x, d))
		return 0;
	if (e->op == OP_OTHER || !e->rhs) {
		x->npath--;
		return GFP_UNKNOWN;
	}
	b = cls(x, e->rhs, e->env, d, depth + 1);
	if (e->op != OP_ASSIGN_PLAIN) {
		memset(&ref, 0, sizeof(ref));
		ref.kind = CN_REF;
		ref.decl = e->var;
		a = cls(x, &ref, e->var_env, d, depth + 1);
		b = e->op == OP_BOR ? gfp_or(a, b) : gfp_and(a, b);
	}
	x->npath--;
	return b;
}

/* the class returned by a function of this file collected before */
static char returned_class(struct fx *x, struct cn *call, struct cenv *env, int ev,
			   int depth)
{
	struct cdecl *fn = cfg_direct_callee(call);
	int i;

	if (!fn)
		return GFP_UNKNOWN;
	for (i = 0; i < x->u->nrets; i++) {
		char c = x->u->rets[i].cls;

		if (strcmp(x->u->rets[i].name, fn->name))
			continue;
		if (GFP_IS_PARAM(c)) {
			if (GFP_PARAM_NR(c) + 1 >= call->nkids)
				return GFP_UNKNOWN;
			return cls(x, call->kids[GFP_PARAM_NR(c) + 1], env, ev, depth + 1);
		}
		return c;
	}
	return GFP_UNKNOWN;
}

static char cls(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth)
{
	int defs[LIM_REACH], nd, entry, i;
	long long v;
	struct cenv *in;
	char c = 0, a, b;

	n = cn_strip(n);
	if (!n)
		return GFP_UNKNOWN;
	if (depth > LIM_VALUE_DEPTH) {
		ir_cut(CUT_VALUE_DEPTH);
		return GFP_UNKNOWN;
	}
	if (n->kind != CN_REF && clang_const(x->g->tu, n, &v)) {
		if (!x->u->have_mask)
			return GFP_UNKNOWN;
		return (v & x->u->gfp_blocking_mask) ? GFP_BLOCK : GFP_NOBLOCK;
	}
	switch (n->kind) {
	case CN_REF:
		if (n->decl && n->decl->kind == CD_ENUM && clang_const(x->g->tu, n, &v))
			return !x->u->have_mask ? GFP_UNKNOWN :
			       (v & x->u->gfp_blocking_mask) ? GFP_BLOCK : GFP_NOBLOCK;
		nd = reaching(x, n, env, ev, defs, LIM_REACH, &entry);
		if (nd < 0)
			return GFP_UNKNOWN;
		if (nd == LIM_REACH)
			ir_cut(CUT_REACH);	/* the first LIM_REACH decide */
		if (entry)
			c = gfp_join0(c, entry_class(x, n->decl, env, depth));
		for (i = 0; i < nd; i++)
			c = gfp_join0(c, def_class(x, defs[i], depth));
		return c;
	case CN_BINOP:
		if (n->nkids != 2)
			return GFP_UNKNOWN;
		switch (clang_op(x->g->tu, n)) {
		case OP_BOR:
			a = cls(x, n->kids[0], env, ev, depth + 1);
			b = cls(x, n->kids[1], env, ev, depth + 1);
			return gfp_or(a, b);
		case OP_BAND:
			a = cls(x, n->kids[0], env, ev, depth + 1);
			b = cls(x, n->kids[1], env, ev, depth + 1);
			return gfp_and(a, b);
		case OP_EQ: case OP_NE: case OP_LT: case OP_GT: case OP_LE:
		case OP_GE: case OP_LAND: case OP_LOR:
			goto boolean;
		default:
			return GFP_UNKNOWN;
		}
	case CN_UNOP:
		if (clang_op(x->g->tu, n) == OP_LNOT)
			goto boolean;
		return GFP_UNKNOWN;
	case CN_COND:
		if (n->nkids < 2)
			return GFP_UNKNOWN;
		return gfp_join(cls(x, n->kids[n->nkids - 2], env, ev, depth + 1),
				cls(x, n->kids[n->nkids - 1], env, ev, depth + 1));
	case CN_CALL: {
		struct cdecl *fn = cfg_direct_callee(n);
		const struct rule *rl = fn ? rules_lookup(x->g->rules, fn->name) : NULL;

		if (rl && rl->kind == RULE_GFP_SOFTIRQ)
			return GFP_SOFTIRQ;
		in = expansion(x, n, env);
		if (!in)
			return returned_class(x, n, env, ev, depth);
		for (i = 0; i < in->nrets; i++)
			c = gfp_join0(c, cls(x, in->rets[i], in, in->ret_ev[i], depth + 1));
		return c ? c : GFP_UNKNOWN;
	}
	default:
		return GFP_UNKNOWN;
	}
boolean:
	/* 0 or 1: `c ? GFP_DMA : 0` folds into one of these */
	if (x->u->have_mask && !(x->u->gfp_blocking_mask & 1))
		return GFP_NOBLOCK;
	return GFP_UNKNOWN;
}

static char gfp_class(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	char c;

	x->npath = 0;
	c = cls(x, n, env, ev, 0);
	return c ? c : GFP_UNKNOWN;
}

/* ---- guards ---- */

static int is_zero(struct fx *x, struct cn *n)
{
	long long v;

	return clang_const(x->g->tu, cn_strip(n), &v) && v == 0;
}

static int is_nonzero(struct fx *x, struct cn *n)
{
	long long v;

	return clang_const(x->g->tu, cn_strip(n), &v) && v != 0;
}

/* the single definition of variable @n reaching @ev: its event, or -1 */
static int single_def(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	int defs[2], entry, nd = reaching(x, n, env, ev, defs, 2, &entry);

	if (nd != 1 || entry || x->g->ev[defs[0]].op != OP_ASSIGN_PLAIN ||
	    !x->g->ev[defs[0]].rhs)
		return -1;
	return defs[0];
}

static int implied(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth);

/*
 * A flag set on some paths (`bool remap = false; if (c) remap = true;
 * if (remap) ...`): it is true or false only through a definition that
 * can make it so, so what held where each such definition ran, and what
 * its value implies, holds at the test (IRF_DEFS; the analysis keeps
 * what every one of them gives).  sparse gets the same from its phi
 * nodes (sparse_ir.c).  With @op (not OP_NONE), the test is `@n OP
 * @c` (`int wakeup = -1; ... if (wakeup >= 0)`): a constant definition
 * decides it, the others say nothing but where they ran (sparse_ir.c
 * implied_phi(); a relational test only of a signed value, as sparse
 * compares those).
 */
static int compare(enum cn_op op, long long a, long long c);

static int implied_defs(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth,
			enum cn_op op, long long c)
{
	struct ir_fdef fd[LIM_FLAG_DEFS];
	int defs[LIM_FLAG_DEFS], nd, entry, i;

	if (op != OP_NONE) {
		n = cn_strip(n);
		if (!n || n->kind != CN_REF || !n->decl || n->decl->kind != CD_VAR ||
		    n->decl->is_global || n->decl->is_static || n->decl->is_object ||
		    (op != OP_EQ && !clang_signed_int(n)))
			return -1;
	}
	/* a few levels of flags set from flags: the search is exponential */
	if (depth > LIM_FLAG_DEPTH) {
		ir_cut(CUT_FLAG_DEPTH);
		return -1;
	}
	nd = reaching(x, n, env, ev, defs, LIM_FLAG_DEFS, &entry);
	if (nd == LIM_FLAG_DEFS)
		ir_cut(CUT_FLAG_DEFS);
	if (nd < 2 || nd == LIM_FLAG_DEFS || entry)
		return -1;
	for (i = 0; i < nd; i++) {
		struct cev *e = &x->g->ev[defs[i]];
		long long v;
		int k;

		if (e->op != OP_ASSIGN_PLAIN || !e->rhs)
			return -1;
		fd[i].block = e->block;
		k = const_value(x, e->rhs, e->env, defs[i], &v, 0);
		if (op == OP_NONE) {
			fd[i].konst = k ? !!v : -1;
			fd[i].f = implied(x, e->rhs, e->env, defs[i], depth + 1);
		} else {
			fd[i].konst = k ? compare(op, v, c) : -1;
			fd[i].f = -1;
		}
	}
	return ir_formula_defs(x->ir, fd, nd);
}

/* does `@a OP @c` hold? */
static int compare(enum cn_op op, long long a, long long c)
{
	switch (op) {
	case OP_EQ: return a == c;
	case OP_NE: return a != c;
	case OP_LT: return a < c;
	case OP_LE: return a <= c;
	case OP_GT: return a > c;
	case OP_GE: return a >= c;
	default: return -1;
	}
}

static int formula2(struct fx *x, enum ir_fkind kind, int a, int b)
{
	if (a < 0 && b < 0)
		return -1;
	return ir_formula(x->ir, kind, a, b, -1);
}


/* the place an assignment (=, op=, ++, --) @n stores to, or NULL */
static struct cn *stored_place(struct fx *x, struct cn *n)
{
	if (n->nkids >= 1 &&
	    (n->kind == CN_ASSIGN ||
	     (n->kind == CN_BINOP && clang_op(x->g->tu, n) == OP_ASSIGN_PLAIN) ||
	     (n->kind == CN_UNOP && clang_op(x->g->tu, n) == OP_INC)))
		return cn_strip(n->kids[0]);
	return NULL;
}

/*
 * Does @n store to field @d (@deref 0: any `x.d`/`x->d`) or through
 * pointer parameter @d (@deref 1: `*d`, on a line before @line)?  A body
 * too deep to walk is taken as storing.
 */
static int stores(struct fx *x, struct cn *n, struct cdecl *d, int deref, int line,
		  int depth)
{
	struct cn *l;
	int i;

	if (!n)
		return 0;
	if (depth > LIM_AST_DEPTH) {
		ir_cut(CUT_AST_DEPTH);
		return 1;
	}
	if ((l = stored_place(x, n))) {
		if (!deref && l->kind == CN_MEMBER && l->decl == d)
			return 1;
		if (deref && n->line < line && l->kind == CN_UNOP && l->nkids == 1 &&
		    clang_op(x->g->tu, l) == OP_DEREF && (l = cn_strip(l->kids[0])) &&
		    l->kind == CN_REF && l->decl == d)
			return 1;
	}
	for (i = 0; i < n->nkids; i++)
		if (stores(x, n->kids[i], d, deref, line, depth + 1))
			return 1;
	return 0;
}

/*
 * @n (at event *@ev of *@env), through the parameters of the inlines it
 * is expanded in that are bound to their arguments, none of them
 * assigned (sparse's SSA has the argument there): the argument of the
 * outermost such inline, *@env and *@ev moved to where it is; NULL when
 * a parameter on the way is assigned.
 */
static struct cn *bound_arg(struct fx *x, struct cn *n, struct cenv **env, int *ev)
{
	struct cn *r = cn_strip(n);
	int hops = 0, defs[1], entry;

	while (r && r->kind == CN_REF && r->decl && r->decl->kind == CD_PARAM &&
	       (*env)->parent && hops++ < LIM_VALUE_DEPTH) {
		if (reaching(x, r, *env, *ev, defs, 1, &entry) != 0 || !entry ||
		    r->decl->param < 0 || r->decl->param + 1 >= (*env)->call->nkids)
			return NULL;
		r = cn_strip((*env)->call->kids[r->decl->param + 1]);
		*ev = (*env)->call_ev;
		*env = (*env)->parent;
	}
	return r;
}

/*
 * `*p` for the function's parameter p pointing to an integer, read before
 * any line that stores through p (netlink_attachskb()'s `if (!*timeo)`,
 * sparse_ir.c flag_atom_eq()): p's number, or -1.  Inside an inline
 * expansion, p may be the inline's parameter bound to the function's
 * (sparse's SSA has the argument there); the line is the call site's.
 */
static int deref_param(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cn *s = n, *r;
	int guard = 0, defs[1], entry, line;

	while (s && s->kind == CN_CAST && s->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		s = s->kids[0];
	if (!s || s->kind != CN_UNOP || s->nkids != 1 || clang_op(x->g->tu, s) != OP_DEREF)
		return -1;
	line = env->parent ? env->line : s->line;
	r = bound_arg(x, s->kids[0], &env, &ev);
	if (!r || r->kind != CN_REF || !r->decl || r->decl->kind != CD_PARAM ||
	    env->parent || r->decl->param < 0 || r->decl->param >= GFP_MAX_PARAMS ||
	    !clang_param_int_pointer(x->g->tu, x->fn, r->decl->param) ||
	    reaching(x, r, env, ev, defs, 1, &entry) > 0 ||
	    stores(x, clang_body(x->g->tu, x->fn), r->decl, 1, line, 0))
		return -1;
	return r->decl->param;
}

static struct cn *unlikely_value(struct fx *x, struct cn *n);

/* the IRF_FLAG formula of `@n & @mask` when @n is an integer parameter
 * of the function (not a gfp one), or `@n != 0` of a pointer parameter,
 * as sparse_ir.c flag_atom(), or -1;
 * with @eq, of `@n == @mask` (sparse_ir.c equal_atom()) */
static int flag_atom_eq(struct fx *x, struct cn *n, struct cenv *env, int ev,
			long long mask, int whole, int eq)
{
	int k = clang_int_param(x, n, env, ev), bit, f, w, guard = 0;
	struct cn *s = n;
	long long v;

	if (k < 0 && (k = deref_param(x, n, env, ev)) >= 0) {
		eq |= ATOM_DEREF;
		goto atom;
	}

	/* sparse drops a mask that keeps every bit of a zero-extended
	 * value (`b & 1` of a bool); `if (param)` (@whole) has no mask */
	while (s && s->kind == CN_CAST && s->nkids == 1 && !clang_cast_converts(s))
		s = s->kids[0];
	w = clang_zext_bits(s);
	if (!(eq & ATOM_EQ) && !whole && w > 0 && w < 64 &&
	    ((unsigned long long)mask & ((1ull << w) - 1)) == (1ull << w) - 1)
		return -1;
	if ((eq & ATOM_EQ) && (mask < 0 || mask > 0x7fffffffLL))
		return -1;
	if (k < 0 && !(eq & ATOM_EQ)) {
		char fname[600];

		/* `p->flags & MASK`: a field atom (sparse_ir.c) */
		while (s && s->kind == CN_CAST && s->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
			s = s->kids[0];
		if (mask == -1 && s && s->kind == CN_MEMBER &&
		    clang_fn_field_direct(x->u->tu, s->decl, fname, sizeof(fname))) {
			/* `if (p->ops->f)` (sparse_ir.c, clang_fnptrs.c) */
			bit = ir_fn_atom(x->ir, fname);
			clang_whole_field(x->u, s->decl);
			goto formula;
		}
		/* a volatile member's read is a value of its own, tested
		 * with a mask only (sparse_ir.c volatile_atom()) */
		if (s && s->kind == CN_MEMBER && s->name && !strstr(s->name, "<anonymous>") &&
		    clang_field_int(s->decl, 1, &w) && !clang_member_in_union(s) &&
		    (!clang_field_volatile(s->decl) || mask != -1)) {
			/* a bool's whole value is its one bit (sparse_ir.c) */
			if (mask == -1 && w == 1)
				mask = 1;
			bit = clang_field_volatile(s->decl) ?
			      ir_field_atom_once(x->ir, s->name, (unsigned long long)mask) :
			      ir_field_atom(x->ir, s->name, (unsigned long long)mask);
			clang_whole_field(x->u, s->decl);
			goto formula;
		}
	}
	if (mask == -1 && !eq && k >= 0 && k < GFP_MAX_PARAMS &&
	    clang_param_pointer(x->u->tu, x->fn, k) &&
	    !clang_param_const(x->u, x->fn, k, &v)) {
		/* `if (!regs)`: a pointer parameter against NULL */
		bit = ir_ptr_atom(x->ir, k);
		goto formula;
	}
	if (k < 0 || k >= GFP_MAX_PARAMS || ((x->gfp_params >> k) & 1) ||
	    !clang_param_integer(x->u->tu, x->fn, k) ||
	    clang_param_const(x->u, x->fn, k, &v))
		return -1;
atom:
	bit = ir_atom(x->ir, k, (unsigned long long)mask, eq);
formula:
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

static int flag_atom(struct fx *x, struct cn *n, struct cenv *env, int ev,
		     long long mask, int whole)
{
	return flag_atom_eq(x, n, env, ev, mask, whole, 0);
}

/*
 * `@n & @mask` being non-zero for a variable whose reaching definitions
 * are the function's integer parameter's value on entry (a flag atom at
 * the entry block), constants, copies of such variables, and `|=` or
 * `&=` of a constant onto the variable (__filemap_get_folio()'s
 * `fgp_flags |= FGP_LOCK` on its FGP_CREAT path before it loops back to
 * the test): IRF_DEFS over them, as sparse_ir.c masked_value() reads
 * its phis.  A definition met again on its own cycle (@seen) is left
 * out: its value there is one the others give.  *@konst: the value
 * decides the test (0 or 1), else -1.
 */
#define MASKED_SEEN	8

static int masked_defs(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       unsigned long long mask, int depth, int *seen, int nseen, int *konst)
{
	struct ir_fdef fd[LIM_FLAG_DEFS];
	int defs[LIM_FLAG_DEFS], nd, entry, i, j, k, nf = 0;
	struct cdecl *d;
	long long v;

	*konst = -1;
	n = cn_strip(n);
	if (const_value(x, n, env, ev, &v, 0)) {
		*konst = !!((unsigned long long)v & mask);
		return -1;
	}
	if (!n || n->kind != CN_REF || !(d = n->decl) || env->parent ||
	    (d->kind == CD_VAR && (d->is_global || d->is_static || d->is_object)))
		return -1;
	if (depth > LIM_FLAG_DEPTH || nseen == MASKED_SEEN) {
		ir_cut(CUT_FLAG_DEPTH);
		return -1;
	}
	nd = reaching(x, n, env, ev, defs, LIM_FLAG_DEFS, &entry);
	if (nd == LIM_FLAG_DEFS)
		ir_cut(CUT_FLAG_DEFS);
	if (nd < 0 || nd == LIM_FLAG_DEFS || (entry && d->kind != CD_PARAM))
		return -1;
	if (entry) {
		k = d->param;
		if (k < 0 || k >= GFP_MAX_PARAMS || ((x->gfp_params >> k) & 1) ||
		    !clang_param_integer(x->u->tu, x->fn, k))
			return -1;
		fd[nf].block = 0;
		fd[nf].konst = -1;
		fd[nf].f = -1;
		if (clang_param_const(x->u, x->fn, k, &v)) {
			/* a static function's parameter every call
			 * passes as one constant */
			fd[nf].konst = !!((unsigned long long)v & mask);
		} else {
			if ((j = ir_atom(x->ir, k, mask, 0)) < 0)
				return -1;
			fd[nf].f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
			x->ir->f[fd[nf].f].param = j;
		}
		nf++;
	}
	for (i = 0; i < nd; i++) {
		struct cev *e = &x->g->ev[defs[i]];
		unsigned long long m = mask;
		long long c;

		for (j = 0; j < nseen; j++)
			if (seen[j] == defs[i])
				break;
		if (j < nseen)
			continue;	/* round its own cycle */
		if (!e->rhs || e->env != env)
			return -1;
		fd[nf].block = e->block;
		fd[nf].konst = -1;
		fd[nf].f = -1;
		seen[nseen] = defs[i];
		if (e->op == OP_ASSIGN_PLAIN) {
			fd[nf].f = masked_defs(x, e->rhs, e->env, defs[i], m, depth + 1,
					       seen, nseen + 1, &fd[nf].konst);
		} else if ((e->op == OP_BOR || e->op == OP_BAND) &&
			   const_value(x, e->rhs, e->env, defs[i], &c, 0)) {
			if (e->op == OP_BOR && ((unsigned long long)c & m))
				fd[nf].konst = 1;
			else if (e->op == OP_BAND && !((unsigned long long)c & m))
				fd[nf].konst = 0;
			else
				fd[nf].f = masked_defs(x, n, env, defs[i],
						       e->op == OP_BAND ? m & (unsigned long long)c : m,
						       depth + 1, seen, nseen + 1, &fd[nf].konst);
		}
		nf++;
	}
	return nf ? ir_formula_defs(x->ir, fd, nf) : -1;
}

/* `@n & @mask` for a variable with several definitions: masked_defs() */
static int masked_test(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       long long mask, int depth)
{
	int seen[MASKED_SEEN], konst;

	if (!mask)
		return -1;
	return masked_defs(x, n, env, ev, (unsigned long long)mask, depth, seen, 0, &konst);
}

/* the IRF_FLAG formula of `@n & @mask` when @n is an integer member of
 * what a struct pointer parameter points to, as on entry (sparse_ir.c
 * member_atom(), clang_objints.c), or -1 */
static int member_atom(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       long long mask)
{
	char field[ATOM_FIELD_MAX];
	int k = clang_member_atom(x, &clang_fields_valops, n, env, ev, field,
				  sizeof(field)), bit, f;

	if (k < 0)
		return -1;
	bit = ir_atom_field(x->ir, k, field, (unsigned long long)mask, 0);
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

/* the IRF_FLAG formula of `@n != NULL` when @n is a pointer member of
 * what a struct pointer parameter points to, as on entry (sparse_ir.c
 * member_ptr_atom(), clang_objints.c), or -1 */
static int member_ptr_atom(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	char field[ATOM_FIELD_MAX];
	int k = clang_member_ptr_atom(x, &clang_fields_valops, n, env, ev, field,
				      sizeof(field)), bit, f;

	if (k < 0)
		return -1;
	bit = ir_ptr_member_atom(x->ir, k, field);
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

/* the IRF_FLAG formula of `@n == @gv` when @n reads a pointer member of
 * what a parameter points to and @gv is a global object's address
 * (clang_addr_atom(), sparse_ir.c addr_atom()), or -1 */
static int addr_atom(struct fx *x, struct cn *n, struct cn *gv, struct cenv *env,
		     int ev)
{
	char field[ATOM_FIELD_MAX];
	unsigned long long v;
	int k = clang_addr_atom(x, &clang_fields_valops, n, gv, env, ev, field,
				sizeof(field), &v), bit, f;

	if (k < 0)
		return -1;
	bit = ir_atom_field(x->ir, k, field, v, ATOM_EQ | ATOM_ADDR);
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

/*
 * The IRF_FLAG formula of `@n & @mask` when a member-bits rule makes it
 * a member flag atom of another member (clang_chain_atom()), or -1.  @n
 * is the member itself, or test_bit()'s read of it as constant_test_bit()
 * has it, `addr[nr >> 6]` with index 0, addr an inline's parameter bound
 * (through the inlines that pass it on) to the member's address, as
 * sparse's SSA sees that load.
 */
/* the member test_bit()'s read @n (constant_test_bit()'s `addr[nr >>
 * 6]`, index 0) reads through an inline's parameter bound to the
 * member's address, with its frame in *@env, *@ev; NULL for anything
 * else */
static struct cn *bitword_member(struct fx *x, struct cn *n, struct cenv **env, int *ev)
{
	long long idx;
	int guard = 0, d, entry;

	n = cn_strip(n);
	if (!n || !clang_is_load(x->g->tu, n) || n->kind != CN_OTHER || n->nkids != 2 ||
	    !const_value(x, n->kids[1], *env, *ev, &idx, 0) || idx != 0)
		return NULL;
	n = cn_strip(n->kids[0]);
	while (n && n->kind == CN_REF && n->decl && n->decl->kind == CD_PARAM &&
	       (*env)->parent && n->decl->param >= 0 &&
	       n->decl->param + 1 < (*env)->call->nkids && guard++ < LIM_WALK &&
	       reaching(x, n, *env, *ev, &d, 1, &entry) == 0 && entry) {
		n = cn_strip((*env)->call->kids[n->decl->param + 1]);
		*ev = (*env)->call_ev;
		*env = (*env)->parent;
	}
	if (!n || n->kind != CN_UNOP || n->nkids != 1 || clang_op(x->g->tu, n) != OP_ADDR)
		return NULL;
	return n->kids[0];
}

/* the IRF_FLAG formula of `@n & @mask` when @n is test_bit()'s volatile
 * read of an integer field (bitword_member()): a field atom of that read
 * alone (ir_field_atom_once(), sparse_ir.c volatile_atom()), or -1 */
static int volatile_atom(struct fx *x, struct cn *n, struct cenv *env, int ev,
			 long long mask)
{
	struct cn *s = bitword_member(x, n, &env, &ev);
	int guard = 0, w, bit, f;

	while (s && s->kind == CN_CAST && s->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		s = cn_strip(s->kids[0]);
	if (!s || s->kind != CN_MEMBER || !s->name || strstr(s->name, "<anonymous>") ||
	    !clang_field_int(s->decl, 1, &w) || clang_member_in_union(s))
		return -1;
	bit = ir_field_atom_once(x->ir, s->name, (unsigned long long)mask);
	clang_whole_field(x->u, s->decl);
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

static int chain_atom(struct fx *x, struct cn *n, struct cenv *env, int ev, long long mask)
{
	char field[ATOM_FIELD_MAX];
	unsigned long long gmask;
	struct cn *m;
	int k, bit, f;

	n = cn_strip(n);
	if (n && clang_is_load(x->g->tu, n) && n->kind == CN_OTHER && n->nkids == 2) {
		if (!(m = bitword_member(x, n, &env, &ev)))
			return -1;
		n = m;
	}
	k = clang_chain_atom(x, &clang_fields_valops, n, env, ev, (unsigned long long)mask,
			     field, sizeof(field), &gmask);
	if (k < 0)
		return -1;
	bit = ir_atom_field(x->ir, k, field, gmask, 0);
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

static struct vkey canon(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth);

/*
 * The key of the pointer value (or struct object) whose member @m reads,
 * for sibling atoms and the calls through its members (ir.h ir_sib).
 * Members of anonymous structs and unions are named by the struct around
 * them, as sparse_sibling.c names them: `skb->destructor` (in an
 * anonymous struct of an anonymous union) and `skb->truesize` are read
 * through one value, clang's unnamed members in between left out.
 */
static const void *sib_key(struct fx *x, struct cn *m, struct cenv *env, int ev)
{
	struct cn *base = cn_strip(m->kids[0]);
	struct vkey b;
	char buf[64];
	int guard = 0;

	while (base && base->kind == CN_MEMBER && base->nkids == 1 && base->decl &&
	       (!base->decl->name[0] || strchr(base->decl->name, ' ')) && guard++ < 16)
		base = cn_strip(base->kids[0]);
	b = canon(x, base, env, ev, 1);

	snprintf(buf, sizeof(buf), "sib %p/%p", b.key, (void *)b.env);
	return ir_key(x->ir, buf);
}

/*
 * `@n == @v` when @n is an integer member (not a bitfield) read through
 * a pointer, V from 0 to 2^31 and a value the member can hold, and the
 * function stores to no such member: the IRF_SIB formula
 * (sparse_sibling.c sc_sib_atom()), or -1.
 */
static int sib_atom(struct fx *x, struct cn *n, struct cenv *env, int ev, long long v)
{
	int bits, sign;

	n = cn_strip(n);
	if (v < 0 || v > 0x7fffffffLL || !n || n->kind != CN_MEMBER || n->nkids != 1 ||
	    !n->name || !clang_field_int_type(x->u->tu, n->decl, &bits, &sign) ||
	    fact_int_as(v, bits, sign) != v ||
	    stores(x, clang_body(x->g->tu, x->fn), n->decl, 0, 0, 0))
		return -1;
	return ir_sib(x->ir, sib_key(x, n, env, ev), n->name, v);
}

/* `@l == @r` with one side a constant other than 0: an equality atom */
static int equal_atom(struct fx *x, struct cn *l, struct cn *r, struct cenv *env,
		      int ev)
{
	long long c;
	int f;

	if (const_value(x, r, env, ev, &c, 0) && c) {
		f = flag_atom_eq(x, l, env, ev, c, 0, 1);
		return f >= 0 ? f : sib_atom(x, l, env, ev, c);
	}
	if (const_value(x, l, env, ev, &c, 0) && c) {
		f = flag_atom_eq(x, r, env, ev, c, 0, 1);
		return f >= 0 ? f : sib_atom(x, r, env, ev, c);
	}
	return -1;
}

/* what the switch of block @b going to its case @v says: the value
 * switched on equals @v, or nothing (-1) */
static int case_atom(struct fx *x, const struct cbb *bb, long long v)
{
	int f = flag_atom_eq(x, bb->swcond, bb->swenv, bb->sw_ev, v, 0, 1);

	return f >= 0 ? f : sib_atom(x, bb->swcond, bb->swenv, bb->sw_ev, v);
}

/*
 * What taking edge @j of switch block @b says of the value switched on:
 * it equals one of the single-value cases that go where the edge goes
 * (an OR of equality atoms, in increasing order of value, as sparse's
 * switch_edge() makes of its sorted cases), or nothing (-1) when the
 * default case or a range goes there too.
 */
static int switch_edge(struct fx *x, int b, int j)
{
	const struct cbb *bb = &x->g->bb[b];
	long long last = 0, v = 0;
	int f = -1, a, k, any = 0, more = 1;

	if (!bb->swcond)
		return -1;
	for (k = 0; k < bb->nsucc; k++)
		if (bb->succ[k] == bb->succ[j] && bb->swdef[k] != 0)
			return -1;
	/* each value once, smallest first */
	while (more) {
		more = 0;
		for (k = 0; k < bb->nsucc; k++)
			if (bb->succ[k] == bb->succ[j] && (!any || bb->swval[k] > last) &&
			    (!more || bb->swval[k] < v)) {
				v = bb->swval[k];
				more = 1;
			}
		if (!more)
			break;
		if ((a = case_atom(x, bb, v)) < 0)
			return -1;
		f = any++ ? formula2(x, IRF_OR, f, a) : a;
		last = v;
	}
	return f;
}

/* the IRF_FLAG formula of call @n of @fn, a test a mem-vtest rule names
 * (`is_vmalloc_addr(cpu_addr)`), when the argument it tests is a pointer
 * parameter of the function: its ATOM_VMEM atom (sparse_ir.c
 * vmem_test()); else -1 */
static int vmem_test(struct fx *x, struct cn *n, struct cdecl *fn, struct cenv *env,
		     int ev)
{
	const struct mem_rule *m = fn ? rules_mem(x->g->rules, fn->name, MEM_VTEST, 0) :
				   NULL;
	int k, bit, f, guard = 0;
	struct cn *a;

	if (!m || m->arg >= n->nkids)
		return -1;
	/* through its conversions to `const void *` (sparse: none, or an
	 * OP_PTRCAST) */
	for (a = n->kids[m->arg]; a && a->kind == CN_CAST && a->nkids == 1 &&
	     guard++ < LIM_TYPE_CHAIN;)
		a = a->kids[0];
	k = a ? clang_int_param(x, a, env, ev) : -1;
	if (k < 0 || k >= GFP_MAX_PARAMS || !clang_param_pointer(x->g->tu, x->fn, k))
		return -1;
	bit = ir_vmem_atom(x->ir, k);
	if (bit < 0)
		return -1;
	f = ir_formula(x->ir, IRF_FLAG, -1, -1, -1);
	x->ir->f[f].param = bit;
	return f;
}

/* the formula of what @n being true or false implies about gfp
 * parameters (analysis/ir.h), or -1 for nothing */
static int implied(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth)
{
	struct cn *l, *r, *other = NULL;
	struct cenv *in;
	long long c = 0;
	enum cn_op op;
	int d, f;

	n = cn_strip(n);
	if (!n)
		return -1;
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return -1;
	}
	switch (n->kind) {
	case CN_REF:
		/* `if (group)` of the function's own integer parameter: all
		 * its bits (sparse_ir.c implied() on a PSEUDO_ARG) */
		if (clang_int_param(x, n, env, ev) >= 0)
			return flag_atom(x, n, env, ev, -1, 1);
		/* an inline's parameter, unchanged: its argument, converted
		 * (`bool noblock` bound to an int) as sparse's SSA has it */
		if (n->decl && n->decl->kind == CD_PARAM && env->parent &&
		    n->decl->param >= 0 && n->decl->param + 1 < env->call->nkids &&
		    reaching(x, n, env, ev, &d, 1, &f) == 0 && f)
			return implied(x, env->call->kids[n->decl->param + 1], env->parent,
				       env->call_ev, depth + 1);
		d = single_def(x, n, env, ev);
		if (d >= 0)
			return implied(x, x->g->ev[d].rhs, x->g->ev[d].env, d, depth + 1);
		return implied_defs(x, n, env, ev, depth, OP_NONE, 0);
	case CN_CALL: {
		struct cdecl *fn = cfg_direct_callee(n);
		const struct rule *rl = fn ? rules_lookup(x->g->rules, fn->name) : NULL;

		if (rl && rl->kind == RULE_IMPLIES_BLOCKING)
			return ir_formula(x->ir, IRF_BLOCKING, -1, -1, -1);
		if ((f = vmem_test(x, n, fn, env, ev)) >= 0)
			return f;
		/* WARN_ON(c)'s value is c's (its fired side is a warned
		 * edge, left out: the other one has c false) */
		if (n->warn && n->nkids == 4)
			return implied(x, n->kids[3], env, ev, depth + 1);
		/* a test of the context (kernel-context.rules) */
		if (fn && !strcmp(fn->name, CLANG_ASSERT_MARKER) && n->nkids >= 3 &&
		    n->kids[1])
			return clang_test_formula(x->ir, x->g->rules, x->u->noassert,
						  n->kids[1]->val);
		/* likely(), unlikely(): sparse's expand_expect() leaves the
		 * value tested */
		if (fn && !strcmp(fn->name, "__builtin_expect") && n->nkids >= 2)
			return implied(x, unlikely_value(x, n->kids[1]), env, ev, depth + 1);
		in = expansion(x, n, env);
		if (in && in->nrets == 1)
			return implied(x, in->rets[0], in, in->ret_ev[0], depth + 1);
		return -1;
	}
	case CN_MEMBER:
		/* `if (p->type)`: p->type != 0, a bool field's atom too
		 * (sparse_ir.c implied()) */
		f = flag_atom(x, n, env, ev, -1, 1);
		if (f < 0)
			f = member_ptr_atom(x, n, env, ev);
		return ir_same_flags(x->ir, f, formula2(x, IRF_NOT, sib_atom(x, n, env, ev, 0), -1));
	case CN_UNOP:
		if (n->nkids == 1 && clang_op(x->g->tu, n) == OP_LNOT)
			return formula2(x, IRF_NOT, implied(x, n->kids[0], env, ev, depth + 1), -1);
		if (n->nkids == 1 && clang_op(x->g->tu, n) == OP_DEREF)
			return flag_atom(x, n, env, ev, -1, 1);	/* `if (*timeo)` */
		return -1;
	case CN_COND: {
		unsigned flags = 0;
		int a, b, cc;

		if (n->nkids != 3)
			return -1;
		/* a condition clang cannot fold but sparse does (bitop()'s
		 * __builtin_constant_p(), an inline's constant parameter):
		 * the side it takes */
		if (const_value(x, n->kids[0], env, ev, &c, 0))
			return implied(x, n->kids[c ? 1 : 2], env, ev, depth + 1);
		flags |= is_zero(x, n->kids[1]) ? IRF_B_ZERO : 0;
		flags |= is_nonzero(x, n->kids[1]) ? IRF_B_NONZERO : 0;
		flags |= is_zero(x, n->kids[2]) ? IRF_C_ZERO : 0;
		flags |= is_nonzero(x, n->kids[2]) ? IRF_C_NONZERO : 0;
		if (!(flags & (IRF_B_ZERO | IRF_C_ZERO)))
			return -1;
		a = implied(x, n->kids[0], env, ev, depth + 1);
		b = implied(x, n->kids[1], env, ev, depth + 1);
		cc = implied(x, n->kids[2], env, ev, depth + 1);
		if (a < 0 && b < 0 && cc < 0)
			return -1;
		f = ir_formula(x->ir, IRF_SEL, a, b, cc);
		x->ir->f[f].flags = flags;
		return f;
	}
	case CN_BINOP:
		break;
	default:
		return -1;
	}
	if (n->nkids != 2)
		return -1;
	l = n->kids[0];
	r = n->kids[1];
	op = clang_op(x->g->tu, n);
	if (op == OP_EQ || op == OP_NE) {
		/* `p->temp == G`: a member against an address */
		f = addr_atom(x, l, r, env, ev);
		if (f < 0)
			f = addr_atom(x, r, l, env, ev);
		if (f >= 0)
			return op == OP_EQ ? f : formula2(x, IRF_NOT, f, -1);
	}
	switch (op) {
	case OP_NE:
		if (!is_zero(x, r)) {
			f = equal_atom(x, l, r, env, ev);
			if (f < 0 && const_value(x, r, env, ev, &c, 0))
				f = implied_defs(x, l, env, ev, depth + 1, OP_EQ, c);
			return formula2(x, IRF_NOT, f, -1);
		}
		return implied(x, l, env, ev, depth + 1);
	case OP_EQ:
		if (!is_zero(x, r)) {
			f = equal_atom(x, l, r, env, ev);
			if (f < 0 && const_value(x, r, env, ev, &c, 0))
				f = implied_defs(x, l, env, ev, depth + 1, OP_EQ, c);
			return f;
		}
		return formula2(x, IRF_NOT, implied(x, l, env, ev, depth + 1), -1);
	case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		if (const_value(x, r, env, ev, &c, 0))
			return implied_defs(x, l, env, ev, depth + 1, op, c);
		return -1;
	case OP_BAND:
		if (clang_const(x->g->tu, cn_strip(r), &c))
			other = l;
		else if (clang_const(x->g->tu, cn_strip(l), &c))
			other = r;
		if (other && x->u->have_mask && (c & (long long)x->u->gfp_blocking_mask)) {
			char k = gfp_class(x, other, env, ev);

			if (!GFP_IS_PARAM(k))
				return -1;
			f = ir_formula(x->ir, IRF_GFP, -1, -1, -1);
			x->ir->f[f].param = GFP_PARAM_NR(k);
			x->ir->f[f].exact = !(c & ~(long long)x->u->gfp_blocking_mask);
			return f;
		}
		/* a flag of an integer parameter, the mask as wide as the
		 * operation (sparse's constants are) */
		if (!other) {
			if (const_value(x, r, env, ev, &c, 0))
				other = l;
			else if (const_value(x, l, env, ev, &c, 0))
				other = r;
		}
		/* a member of what a parameter points to: a member atom
		 * and a field atom of the same value, the member's first
		 * (its text is the guard's; sparse_ir.c) */
		if (other && (c = clang_fx_width(x, n, c))) {
			f = member_atom(x, other, env, ev, c);
			f = ir_same_flags(x->ir, f, flag_atom(x, other, env, ev, c, 0));
			if (f >= 0)
				return f;
			if ((f = chain_atom(x, other, env, ev, c)) >= 0)
				return f;
			if ((f = volatile_atom(x, other, env, ev, c)) >= 0)
				return f;
		}
		if (other && c && (f = masked_test(x, other, env, ev, c, depth + 1)) >= 0)
			return f;
		/* a & b on booleans */
		__attribute__((fallthrough));
	case OP_LAND:
		return formula2(x, IRF_AND, implied(x, l, env, ev, depth + 1),
				implied(x, r, env, ev, depth + 1));
	case OP_BOR:
	case OP_LOR:
		return formula2(x, IRF_OR, implied(x, l, env, ev, depth + 1),
				implied(x, r, env, ev, depth + 1));
	default:
		return -1;
	}
}

/*
 * The constant value of @n where clang alone cannot fold it: variables
 * whose reaching definitions all assign the same constant, an inline
 * function's parameter bound to a constant argument, and operators over
 * such values.  Inside kmalloc() inlined with a constant size,
 * __builtin_constant_p(size) is 1 and `size > KMALLOC_MAX_CACHE_SIZE`
 * is decided, as sparse decides them; __builtin_constant_p of anything
 * else is 0, as sparse has it.
 */
static int const_value(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       long long *v, int depth)
{
	int defs[LIM_CONST_REACH], nd, entry, i, have = 0;
	long long a, b;
	struct cdecl *fn;
	struct cenv *in;

	n = cn_strip(n);
	if (!n)
		return 0;
	if (depth > LIM_VALUE_DEPTH) {
		ir_cut(CUT_VALUE_DEPTH);
		return 0;
	}
	if (n == x->member) {
		*v = x->member_v;
		return 1;
	}
	switch (n->kind) {
	case CN_REF:
		if (!n->decl || (n->decl->kind != CD_VAR && n->decl->kind != CD_PARAM))
			return clang_const(x->g->tu, n, v);
		nd = reaching(x, n, env, ev, defs, LIM_CONST_REACH, &entry);
		if (nd == LIM_CONST_REACH)
			ir_cut(CUT_REACH);
		if (nd < 0 || nd == LIM_CONST_REACH)
			return 0;
		if (entry) {
			struct cdecl *d = n->decl;

			if (d->kind != CD_PARAM || d->param < 0)
				return 0;
			/* the function's own parameter: constant when every
			 * call of the file passes one (clang_params.c); gfp
			 * parameters stay parameters, as in sparse_params.c */
			if (!env->parent) {
				if ((d->param < 32 && ((x->gfp_params >> d->param) & 1)) ||
				    !clang_param_const(x->u, x->fn, d->param, v))
					return 0;
			} else if (d->param + 1 >= env->call->nkids ||
				   !const_value(x, env->call->kids[d->param + 1],
						env->parent, env->call_ev, v, depth + 1)) {
				return 0;
			}
			have = 1;
		}
		for (i = 0; i < nd; i++) {
			struct cev *e = &x->g->ev[defs[i]];

			if (e->op != OP_ASSIGN_PLAIN ||
			    !const_value(x, e->rhs, e->env, defs[i], &a, depth + 1) ||
			    (have && a != *v))
				return 0;
			*v = a;
			have = 1;
		}
		return have;
	case CN_CALL:
		fn = cfg_direct_callee(n);
		if (fn && !strcmp(fn->name, "__builtin_constant_p") && n->nkids == 2) {
			*v = const_value(x, n->kids[1], env, ev, &a, depth + 1);
			return 1;
		}
		/* an inline function all of whose reachable returns give one
		 * constant: arch_static_branch() returns false, as for sparse,
		 * since neither front end follows asm goto to its labels */
		if ((in = expansion(x, n, env))) {
			for (i = 0; i < in->nrets; i++) {
				if (!x->reach0[x->g->ev[in->ret_ev[i]].block])
					continue;
				if (!const_value(x, in->rets[i], in, in->ret_ev[i], &a, depth + 1) ||
				    (have && a != *v))
					return 0;
				*v = a;
				have = 1;
			}
			return have;
		}
		return 0;
	case CN_UNOP:
		if (clang_const(x->g->tu, n, v))
			return 1;
		if (n->nkids != 1 || !const_value(x, n->kids[0], env, ev, &a, depth + 1))
			return 0;
		switch (clang_op(x->g->tu, n)) {
		case OP_LNOT: *v = !a; return 1;
		case OP_BNOT: *v = ~a; return 1;
		case OP_NEG: *v = -a; return 1;
		case OP_ADD: *v = a; return 1;
		default: return 0;
		}
	case CN_COND:
		if (clang_const(x->g->tu, n, v))
			return 1;
		if (n->nkids != 3 || !const_value(x, n->kids[0], env, ev, &a, depth + 1))
			return 0;
		return const_value(x, n->kids[a ? 1 : 2], env, ev, v, depth + 1);
	case CN_BINOP:
		if (clang_const(x->g->tu, n, v))
			return 1;
		if (n->nkids != 2 || !const_value(x, n->kids[0], env, ev, &a, depth + 1))
			return 0;
		/* a short-circuit decided by its left side */
		if (clang_op(x->g->tu, n) == OP_LAND && !a)
			return *v = 0, 1;
		if (clang_op(x->g->tu, n) == OP_LOR && a)
			return *v = 1, 1;
		if (!const_value(x, n->kids[1], env, ev, &b, depth + 1))
			return 0;
		switch (clang_op(x->g->tu, n)) {
		case OP_LAND: *v = !!b; return 1;
		case OP_LOR: *v = !!b; return 1;
		case OP_BOR: *v = a | b; return 1;
		case OP_BAND: *v = a & b; return 1;
		case OP_XOR: *v = a ^ b; return 1;
		case OP_EQ: *v = a == b; return 1;
		case OP_NE: *v = a != b; return 1;
		case OP_LT: *v = a < b; return 1;
		case OP_GT: *v = a > b; return 1;
		case OP_LE: *v = a <= b; return 1;
		case OP_GE: *v = a >= b; return 1;
		case OP_ADD: *v = (long long)((unsigned long long)a + (unsigned long long)b); return 1;
		case OP_SUB: *v = (long long)((unsigned long long)a - (unsigned long long)b); return 1;
		case OP_MUL: *v = (long long)((unsigned long long)a * (unsigned long long)b); return 1;
		case OP_DIV: if (!b) return 0; *v = a / b; return 1;
		case OP_MOD: if (!b) return 0; *v = a % b; return 1;
		case OP_SHL: if (b < 0 || b > 63) return 0; *v = (long long)((unsigned long long)a << b); return 1;
		case OP_SHR: if (b < 0 || b > 63) return 0; *v = a >> b; return 1;
		default: return 0;
		}
	default:
		return clang_const(x->g->tu, n, v);
	}
}

/* a switch on a constant takes one case (`switch (sizeof(x))`) */
static void switch_live(struct fx *x)
{
	struct cfg *g = x->g;
	int b, j;

	for (b = 0; b < g->nbb; b++) {
		struct cbb *bb = &g->bb[b];
		long long v;
		int def = -1, unknown = 0;

		if (!bb->swcond || !const_value(x, bb->swcond, bb->swenv, bb->sw_ev, &v, 0))
			continue;
		for (j = 0; j < bb->nsucc; j++) {
			if (bb->swdef[j] == 2)
				unknown = 1;
			else if (bb->swdef[j] == 1)
				def = j;
			else if (bb->swval[j] == v && bb->live < 0)
				bb->live = j;
		}
		if (bb->live < 0)
			bb->live = def;
		if (unknown)
			bb->live = -1;
	}
}

/* ---- atomic state ---- */

/* the value a branch tests, without `!= 0` / `== 0`; *sense 0 if negated */
static struct cn *branch_base(struct fx *x, struct cn *n, int *sense)
{
	int guard = 0;

	*sense = 1;
	n = cn_strip(n);
	while (n && guard++ < LIM_WALK) {
		enum cn_op op = clang_op(x->g->tu, n);

		if (n->kind == CN_BINOP && (op == OP_NE || op == OP_EQ) && n->nkids == 2 &&
		    is_zero(x, n->kids[1])) {
			if (op == OP_EQ)
				*sense = !*sense;
			n = cn_strip(n->kids[0]);
		} else if (n->kind == CN_UNOP && op == OP_LNOT && n->nkids == 1) {
			*sense = !*sense;
			n = cn_strip(n->kids[0]);
		} else {
			break;
		}
	}
	if (guard > LIM_WALK)
		ir_cut(CUT_WALK);
	return n;
}

/*
 * A nonzero constant, or a statement expression ending in one: the
 * kernel's __cond_lock(x, c) under __CHECKER__ is `(c) ? ({
 * __acquire(x); 1; }) : 0` (include/linux/compiler_types.h:23), whose
 * value is the trylock's result as libsparse's phi of 1 and 0 is
 */
static int nonzero_tail(struct fx *x, struct cn *n)
{
	struct cn *body;

	n = cn_strip(n);
	if (n && n->kind == CN_STMTEXPR && n->nkids == 1 && (body = n->kids[0]) &&
	    body->kind == CN_COMPOUND && body->nkids)
		return nonzero_tail(x, body->kids[body->nkids - 1]);
	return n && is_nonzero(x, n);
}

/* the trylock call a branch condition tests: its event, or -1 */
static int find_trylock(struct fx *x, struct cn *n, struct cenv *env, int ev,
			int *sense, int depth)
{
	struct cenv *in;
	struct cdecl *fn;
	int i, d, s2, defs[1], entry;

	n = branch_base(x, n, sense);
	if (!n)
		return -1;
	if (depth > LIM_WALK) {
		ir_cut(CUT_WALK);
		return -1;
	}
	if (n->kind == CN_COND && n->nkids == 3 && nonzero_tail(x, n->kids[1]) &&
	    is_zero(x, n->kids[2])) {
		i = find_trylock(x, n->kids[0], env, ev, &s2, depth + 1);
		*sense = *sense == s2;
		return i;
	}
	/* likely(), unlikely(): the value tested is the first argument's,
	 * as sparse's expand_expect() leaves it (`if
	 * (unlikely(!spin_trylock(&l)))`) */
	if (n->kind == CN_CALL && n->nkids >= 2 && (fn = cfg_direct_callee(n)) &&
	    !strcmp(fn->name, "__builtin_expect")) {
		i = find_trylock(x, unlikely_value(x, n->kids[1]), env, ev, &s2, depth + 1);
		*sense = *sense == s2;
		return i;
	}
	if (n->kind == CN_REF) {
		d = single_def(x, n, env, ev);
		/* an inline's parameter no store reaches: the argument
		 * (unlock_sock_fast(sk, slow)'s `if (slow)`) */
		if (d < 0 && n->decl && n->decl->kind == CD_PARAM && env->parent &&
		    n->decl->param >= 0 && n->decl->param + 1 < env->call->nkids &&
		    reaching(x, n, env, ev, defs, 1, &entry) == 0 && entry) {
			i = find_trylock(x, env->call->kids[n->decl->param + 1],
					 env->parent, env->call_ev, &s2, depth + 1);
			*sense = *sense == s2;
			return i;
		}
		if (d < 0)
			return -1;
		i = find_trylock(x, x->g->ev[d].rhs, x->g->ev[d].env, d, &s2, depth + 1);
		*sense = *sense == s2;
		return i;
	}
	if (n->kind != CN_CALL)
		return -1;
	for (i = 0; i < x->g->nev; i++)
		if (x->ir_ev[i] >= 0 && x->ir->ev[x->ir_ev[i]].kind == IR_TRYLOCK &&
		    x->g->ev[i].n == n && x->g->ev[i].env == env)
			return x->ir_ev[i];
	in = expansion(x, n, env);
	if (in && in->nrets == 1) {
		i = find_trylock(x, in->rets[0], in, in->ret_ev[0], &s2, depth + 1);
		*sense = *sense == s2;
		return i;
	}
	return -1;
}

/*
 * Of two definitions of pointer @n reaching a test, the plain one when
 * the other only adds an offset to it (`ci = si->cluster_info; if (ci)
 * ci += offset / SWAPFILE_CLUSTER;` in lock_cluster(), mm/swapfile.c):
 * adding an offset does not make a pointer zero or non-zero, so the
 * value is tested as the plain one (sparse_ir.c nonzero_root()); -1 if
 * not.
 */
static int offset_of_def(struct fx *x, struct cn *n, const int *defs)
{
	int i;

	if (!clang_is_pointer(n))
		return -1;
	for (i = 0; i < 2; i++) {
		const struct cev *p = &x->g->ev[defs[i]], *o = &x->g->ev[defs[!i]];

		if (p->op == OP_ASSIGN_PLAIN && p->rhs && o->n &&
		    o->n->kind == CN_ASSIGN && clang_op(x->g->tu, o->n) == OP_ADD_ASSIGN)
			return defs[i];
	}
	return -1;
}


/*
 * The identity of the value a branch tests, as SSA would give it: a
 * variable with one reaching assignment is its right side, an inline
 * function's parameter is the argument, a call of an inline function
 * with one return is the returned value.  `ci` tested in lock_cluster()
 * and in unlock_cluster() is then one value, as it is for sparse; so is
 * one field read twice through one pointer.
 */
static struct vkey canon(struct fx *x, struct cn *n, struct cenv *env, int ev, int depth)
{
	struct vkey k = { n, env };
	int defs[2], entry, nd, d;
	struct cenv *in;

	n = cn_strip(n);
	k.key = n;
	if (!n)
		return k;
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return k;
	}
	if (n->kind == CN_REF && n->decl) {
		k.key = n->decl;
		if ((d = single_def(x, n, env, ev)) >= 0)
			return canon(x, x->g->ev[d].rhs, x->g->ev[d].env, d, depth + 1);
		nd = reaching(x, n, env, ev, defs, 2, &entry);
		if (n->decl->kind == CD_PARAM && env->parent && nd == 0 && entry &&
		    n->decl->param >= 0 && n->decl->param + 1 < env->call->nkids)
			return canon(x, env->call->kids[n->decl->param + 1], env->parent,
				     env->call_ev, depth + 1);
		if (nd == 2 && !entry && (d = offset_of_def(x, n, defs)) >= 0)
			return canon(x, x->g->ev[d].rhs, x->g->ev[d].env, d, depth + 1);
		return k;
	}
	if (n->kind == CN_CALL && (in = expansion(x, n, env)) && in->nrets == 1)
		return canon(x, in->rets[0], in, in->ret_ev[0], depth + 1);
	/* a value's bits masked by a constant: `flags & LOOKUP_RCU` tested
	 * twice is one value, as sparse's CSE makes it one pseudo */
	if (n->kind == CN_BINOP && n->nkids == 2 &&
	    clang_op(x->g->tu, n) == OP_BAND) {
		long long c;

		if (const_value(x, n->kids[1], env, ev, &c, 0)) {
			struct vkey b = canon(x, n->kids[0], env, ev, depth + 1);
			char buf[96];

			snprintf(buf, sizeof(buf), "band %p/%p %llx", b.key,
				 (void *)b.env, (unsigned long long)c);
			k.key = ir_key(x->ir, buf);
			k.env = NULL;
			return k;
		}
	}
	/* a field loaded through one pointer value the function never
	 * stores to (sparse_ir.c load_key()) */
	if (n->kind == CN_MEMBER && n->nkids == 1 && n->decl &&
	    !clang_field_volatile(n->decl) &&
	    !stores(x, clang_body(x->g->tu, x->fn), n->decl, 0, 0, 0)) {
		struct vkey b = canon(x, n->kids[0], env, ev, depth + 1);
		char buf[96];

		snprintf(buf, sizeof(buf), "member %p/%p.%p", b.key, (void *)b.env,
			 (void *)n->decl);
		k.key = ir_key(x->ir, buf);
		k.env = NULL;
	}
	return k;
}

/* a branch on @base that is zero wherever an integer parameter K is
 * non-zero (or zero): its non-zero edge implies K == 0 (K != 0), the
 * other nothing (sparse_ir.c zero_edge()) */
static void zero_edge(struct fx *x, int b, struct cn *base, int sense)
{
	int k, nz;
	long long v;

	k = clang_zero_edge(x, b, base, sense, &nz);
	if (k < 0 || k >= GFP_MAX_PARAMS || ((x->gfp_params >> k) & 1) ||
	    !clang_param_integer(x->u->tu, x->fn, k) || clang_param_const(x->u, x->fn, k, &v))
		return;
	ir_zero_edge(x->ir, b, k, nz, sense);
}

/*
 * A variable @n that holds at @ev either its value at the entry of its
 * function or expansion (*@e) or that of one definition (*@d, in block
 * *@blk): 1, else 0.
 */
static int entry_or_def(struct fx *x, struct cn *n, struct cenv *env, int ev,
			struct vkey *e, struct vkey *d, int *blk)
{
	int defs[2], entry, nd;

	n = cn_strip(n);
	if (!n || n->kind != CN_REF || !n->decl)
		return 0;
	nd = reaching(x, n, env, ev, defs, 2, &entry);
	if (nd != 1 || !entry)
		return 0;
	e->key = n->decl;	/* canon()'s key of a value it cannot follow */
	e->env = env;
	if (n->decl->kind == CD_PARAM && env->parent && n->decl->param >= 0 &&
	    n->decl->param + 1 < env->call->nkids)
		*e = canon(x, env->call->kids[n->decl->param + 1], env->parent,
			   env->call_ev, 1);
	*d = canon(x, x->g->ev[defs[0]].rhs, x->g->ev[defs[0]].env, defs[0], 1);
	*blk = x->g->ev[defs[0]].block;
	return 1;
}

static int same_vkey(struct vkey a, struct vkey b)
{
	return a.key == b.key && a.env == b.env;
}

/* @n, stripped, as `a == b` or `a != b`: its operator (OP_EQ, OP_NE) and
 * its stripped operands in *@a, *@b; OP_NONE for anything else */
static enum cn_op eq_test(struct fx *x, struct cn *n, struct cn **a, struct cn **b)
{
	enum cn_op op;

	n = cn_strip(n);
	if (!n || n->kind != CN_BINOP || n->nkids != 2)
		return OP_NONE;
	op = clang_op(x->g->tu, n);
	*a = cn_strip(n->kids[0]);
	*b = cn_strip(n->kids[1]);
	if ((op != OP_NE && op != OP_EQ) || !*a || !*b)
		return OP_NONE;
	return op;
}

/* @n, stripped, as `v & M` with M one bit: v, and M in *@m; else NULL */
static struct cn *bit_test(struct fx *x, struct cn *n, struct cenv *env, int ev,
			   long long *m)
{
	n = cn_strip(n);
	if (!n || n->kind != CN_BINOP || n->nkids != 2 ||
	    clang_op(x->g->tu, n) != OP_BAND ||
	    !const_value(x, n->kids[1], env, ev, m, 0) || !*m || (*m & (*m - 1)))
		return NULL;
	return n->kids[0];
}

/*
 * The key of `x != y` or `x == y` (neither a constant) as a branch tests
 * it: one for every comparison of the same two values, in either order
 * (double_lock_hb() and double_unlock_hb() test hb1 != hb2 each), and
 * two variables one block swaps (`if (a > b) swap(a, b);`) compare as
 * their values before it do; *@sense turned for ==.  NULL for anything
 * else.  (sparse_ir.c compare_key())
 */
static const void *compare_key(struct fx *x, struct cn *n, struct cenv *env, int ev,
			       int *sense)
{
	enum cn_op op;
	struct vkey l, r, le, ld, re, rd, t;
	struct cn *a, *b;
	long long v;
	int lb, rb;
	char buf[96];

	op = eq_test(x, n, &a, &b);
	if (op == OP_NONE ||
	    clang_const(x->g->tu, a, &v) || clang_const(x->g->tu, b, &v))
		return NULL;
	if (entry_or_def(x, a, env, ev, &le, &ld, &lb) &&
	    entry_or_def(x, b, env, ev, &re, &rd, &rb) && lb == rb &&
	    same_vkey(le, rd) && same_vkey(ld, re) && !same_vkey(le, re)) {
		l = le;
		r = re;
	} else {
		l = canon(x, a, env, ev, 1);
		r = canon(x, b, env, ev, 1);
	}
	if ((unsigned long)l.key > (unsigned long)r.key ||
	    (l.key == r.key && (unsigned long)l.env > (unsigned long)r.env)) {
		t = l;
		l = r;
		r = t;
	}
	if (op == OP_EQ)
		*sense = !*sense;
	snprintf(buf, sizeof(buf), "cmp %p/%p %p/%p", l.key, (void *)l.env,
		 r.key, (void *)r.env);
	return ir_key(x->ir, buf);
}

/*
 * The key of `v == C` or `v != C` (C a constant) in block @blk, where v
 * is a variable of the function with one definition reaching the test or
 * none (its value on entry; an inline function's parameter is its
 * argument): that of an earlier such test of the same value in a block
 * that dominates @blk, as sparse's CSE makes the two one pseudo
 * (lock_type == XA_LOCK_IRQ tested in xas_unlock_type() and in
 * xas_lock_type(), lib/xarray.c:36-54 and 339-341), else a key of its
 * own; NULL for anything else.  (Where neither test dominates the
 * other, as the second lock_type == XA_LOCK_BH, sparse keeps two.)
 */
static const void *const_compare_key(struct fx *x, struct cn *n, struct cenv *env, int ev,
				     int blk)
{
	struct cn *a, *b, *t;
	enum cn_op op;
	struct vkey k;
	long long c, v;
	int defs[2], entry, len, i;
	char buf[128];

	op = eq_test(x, n, &a, &b);
	if (op == OP_NONE)
		return NULL;
	if (clang_const(x->g->tu, a, &v)) {
		t = a;
		a = b;
		b = t;
	}
	if (!clang_const(x->g->tu, b, &c) || clang_const(x->g->tu, a, &v) ||
	    a->kind != CN_REF || !a->decl ||
	    (a->decl->kind != CD_VAR && a->decl->kind != CD_PARAM) ||
	    a->decl->is_global || a->decl->is_static || a->decl->is_object)
		return NULL;
	if (single_def(x, a, env, ev) < 0 &&
	    (reaching(x, a, env, ev, defs, 2, &entry) != 0 || !entry))
		return NULL;
	k = canon(x, a, env, ev, 1);
	len = snprintf(buf, sizeof(buf), "cmpc %p/%p %d %llx @", k.key, (void *)k.env,
		       (int)op, (unsigned long long)c);
	for (i = 0; len > 0 && len < (int)sizeof(buf) && i < x->ir->nkeys; i++)
		if (!strncmp(x->ir->keys[i], buf, len) &&
		    clang_fx_dominates(x, atoi(x->ir->keys[i] + len), blk))
			return x->ir->keys[i];
	snprintf(buf + len, sizeof(buf) - len, "%d", blk);
	return ir_key(x->ir, buf);
}

/* the value likely(x) and unlikely(x) test, `!!(x)` (include/linux/
 * compiler.h:77-78, 6.1), from __builtin_expect()'s first argument @n:
 * written in the macro's body, the two `!` have no text in the file
 * for clang_op() to read (OP_OTHER) */
static struct cn *unlikely_value(struct fx *x, struct cn *n)
{
	struct cn *m = cn_strip(n);

	if (!m || m->kind != CN_UNOP || m->nkids != 1 || clang_op(x->g->tu, m) != OP_OTHER)
		return n;
	m = cn_strip(m->kids[0]);
	if (!m || m->kind != CN_UNOP || m->nkids != 1 || clang_op(x->g->tu, m) != OP_OTHER)
		return n;
	return m->kids[0];
}

/* the side of a branch on @n where a warning fires (clang_ast.h cn.warn),
 * through `!`, casts, unlikely() and a variable's single definition
 * (`bad = WARN_ON(x); if (bad)`), as sparse_assert.c sc_warn_side()
 * finds it in SSA form; -1: @n is no warning's value */
static int warn_side(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cdecl *fn;
	int sense = 1, depth, d;

	for (depth = 0; n && depth < LIM_COND_DEPTH; depth++) {
		if (n->warn)
			return sense;
		if (n->kind == CN_CAST && n->nkids == 1) {
			n = n->kids[0];
		} else if (n->kind == CN_UNOP && n->nkids == 1 &&
			   clang_op(x->g->tu, n) == OP_LNOT) {
			sense = !sense;
			n = n->kids[0];
		} else if (n->kind == CN_CALL && n->nkids >= 2 &&
			   (fn = cfg_direct_callee(n)) &&
			   !strcmp(fn->name, "__builtin_expect")) {
			n = unlikely_value(x, n->kids[1]);
		} else if (n->kind == CN_REF && (d = single_def(x, n, env, ev)) >= 0) {
			n = x->g->ev[d].rhs;
			env = x->g->ev[d].env;
			ev = d;
		} else {
			return -1;
		}
	}
	if (n)
		ir_cut(CUT_COND_DEPTH);
	return -1;
}

/*
 * The pointer value @n (a lock's address, a tested pointer, a value
 * assigned) is made from, as sparse_context.c sc_value_key() names it
 * (ir_event.base, ir_vdef.val): `p` of `&p->a.b`, followed as canon()
 * follows a value, through a local's single definition and an inline
 * function's parameter or one return, to the call that makes it (its
 * block and IR event into @vd), a parameter of the function that
 * nothing assigns (made on entry) or a value read from memory
 * (clang_loads.c: made where it is read); NULL for anything else.
 */
static int slot_forward(struct fx *x, struct cn *n, struct cenv *env, int ev);

static const void *value_key(struct fx *x, struct cn *n, struct cenv *env, int ev,
			     struct ir_vdef *vd)
{
	struct cenv *in;
	struct cn *m;
	char buf[64];
	int depth, d, nd, entry, defs[1], i;

	if (vd)
		vd->valdef = vd->valev = -1;
	for (depth = 0; depth < LIM_COND_DEPTH; depth++) {
		n = cn_strip(n);
		if (!n)
			return NULL;
		if (n->kind == CN_UNOP && n->nkids == 1 && clang_op(x->g->tu, n) == OP_ADDR) {
			for (m = cn_strip(n->kids[0]); m && m->kind == CN_MEMBER && m->nkids == 1;
			     m = cn_strip(m->kids[0]))
				if (clang_is_pointer(m->kids[0]))
					break;
			if (!m || m->kind != CN_MEMBER || m->nkids != 1)
				return NULL;	/* &v.a: no pointer read */
			n = m->kids[0];
			continue;
		}
		if (n->kind == CN_REF && n->decl &&
		    (n->decl->kind == CD_VAR || n->decl->kind == CD_PARAM)) {
			if ((d = single_def(x, n, env, ev)) >= 0) {
				n = x->g->ev[d].rhs;
				env = x->g->ev[d].env;
				ev = d;
				continue;
			}
			nd = reaching(x, n, env, ev, defs, 1, &entry);
			if (n->decl->kind != CD_PARAM || nd != 0 || !entry)
				return NULL;
			if (!env->parent) {
				snprintf(buf, sizeof(buf), "val %p/%p", (void *)n->decl,
					 (void *)env);
				return ir_key(x->ir, buf);
			}
			if (n->decl->param < 0 || n->decl->param + 1 >= env->call->nkids)
				return NULL;
			n = env->call->kids[n->decl->param + 1];
			ev = env->call_ev;
			env = env->parent;
			continue;
		}
		if (x->ir->locks && (d = slot_forward(x, n, env, ev)) >= 0) {
			n = x->g->ev[d].rhs;
			env = x->g->ev[d].env;
			ev = d;
			continue;
		}
		if (clang_is_load(x->g->tu, n)) {
			/* a value read from memory, made where it is read
			 * (sparse: the pseudo its load defines) */
			if (vd && ev >= 0)
				vd->valdef = x->g->ev[ev].block;
			snprintf(buf, sizeof(buf), "load %p/%p", (void *)n, (void *)env);
			return ir_key(x->ir, buf);
		}
		if (n->kind != CN_CALL)
			return NULL;
		if ((in = expansion(x, n, env))) {
			if (in->nrets != 1)
				return NULL;
			ev = in->ret_ev[0];
			n = in->rets[0];
			env = in;
			continue;
		}
		for (i = 0; i < x->g->nev; i++)
			if (x->g->ev[i].kind == EV_CALL && x->g->ev[i].n == n &&
			    x->g->ev[i].env == env)
				break;
		if (i == x->g->nev)
			return NULL;
		if (vd) {
			if (x->ir_ev[i] < 0)
				return NULL;
			vd->valdef = x->g->ev[i].block;
			vd->valev = x->ir_ev[i];
		}
		snprintf(buf, sizeof(buf), "val %p/%p", (void *)n, (void *)env);
		return ir_key(x->ir, buf);
	}
	ir_cut(CUT_COND_DEPTH);
	return NULL;
}

/*
 * Is @n the address of a variable, or of a member inside one through no
 * pointer read (`&contig_page_data.__lruvec`), following what
 * value_key() follows (a variable's one definition, an inline's return,
 * its parameter's argument)?  Never NULL then (ir_vdef.konst 1), as
 * sparse_context.c sc_object_addr() says of libsparse's symbol.
 */
static int object_addr(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cenv *in;
	struct cn *m;
	int depth, d, nd, entry, defs[1];

	for (depth = 0; depth < LIM_COND_DEPTH; depth++) {
		n = cn_strip(n);
		if (!n)
			return 0;
		if (n->kind == CN_UNOP && n->nkids == 1 && clang_op(x->g->tu, n) == OP_ADDR) {
			for (m = cn_strip(n->kids[0]); m && m->kind == CN_MEMBER && m->nkids == 1;
			     m = cn_strip(m->kids[0]))
				if (clang_is_pointer(m->kids[0]))
					return 0;	/* &p->a: a pointer read */
			return m && m->kind == CN_REF && m->decl && m->decl->kind == CD_VAR;
		}
		if (n->kind == CN_REF && n->decl &&
		    (n->decl->kind == CD_VAR || n->decl->kind == CD_PARAM)) {
			if ((d = single_def(x, n, env, ev)) >= 0) {
				n = x->g->ev[d].rhs;
				env = x->g->ev[d].env;
				ev = d;
				continue;
			}
			nd = reaching(x, n, env, ev, defs, 1, &entry);
			if (n->decl->kind != CD_PARAM || nd != 0 || !entry || !env->parent ||
			    n->decl->param < 0 || n->decl->param + 1 >= env->call->nkids)
				return 0;
			n = env->call->kids[n->decl->param + 1];
			ev = env->call_ev;
			env = env->parent;
			continue;
		}
		if (n->kind != CN_CALL || !(in = expansion(x, n, env)) || in->nrets != 1)
			return 0;
		ev = in->ret_ev[0];
		n = in->rets[0];
		env = in;
	}
	return 0;
}

/* value_key() of the object of lock @n, an lvalue (`p->lock`, what
 * lockdep_assert_held(&p->lock) finds of lock type) or its address */
static const void *lock_value_key(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cn *m = cn_strip(n);

	for (; m && m->kind == CN_MEMBER && m->nkids == 1; m = cn_strip(m->kids[0]))
		if (clang_is_pointer(m->kids[0]))
			return value_key(x, m->kids[0], env, ev, NULL);
	return value_key(x, n, env, ev, NULL);
}

/*
 * Block @b's branch tests @n: when it is a local variable (a copy of
 * another, `pcp = ret;`, is that variable where it was copied), the
 * definitions of it that reach the test (ir_cond.var), each an
 * assignment at the end of its block, as sparse_ir.c var_defs() reads
 * phis; else a pointer value (ir_cond.ptr).
 */
static int var_defs_mask(struct fx *x, int b, struct cn *n, struct cenv *env, int ev,
			 int fallback, unsigned long long mask)
{
	struct ir_vdef d[LIM_FLAG_TAGS];
	int defs[LIM_FLAG_TAGS + 1], nd, entry, i, k, guard = 0;
	struct cn *v = cn_strip(n);
	struct cenv *env0 = env;
	int ev0 = ev;
	char buf[64];
	long long c;

	while (v && v->kind == CN_REF && (k = single_def(x, v, env, ev)) >= 0 &&
	       guard++ < LIM_WALK) {
		struct cn *r = cn_strip(x->g->ev[k].rhs);

		if (!r || r->kind != CN_REF || !r->decl || r->decl->kind != CD_VAR)
			break;
		v = r;
		env = x->g->ev[k].env;
		ev = k;
	}
	/* a bit of a variable whose address is taken: its reaching
	 * definitions miss the stores through a pointer (wvar_bit_defs()) */
	if (mask != ~0ULL && v && v->kind == CN_REF && v->decl && v->decl->kind == CD_VAR &&
	    address_taken(x, v->decl))
		return 0;
	nd = v && v->kind == CN_REF && v->decl && v->decl->kind == CD_VAR ?
	     reaching(x, v, env, ev, defs, LIM_FLAG_TAGS + 1, &entry) : -1;
	if (nd < 2 || nd > LIM_FLAG_TAGS) {
		/* the value tested, named where it is tested (not where
		 * the walk above stopped, a copy's own definition) */
		if (fallback)
			x->ir->bb[b].cond.ptr.val = value_key(x, n, env0, ev0,
							      &x->ir->bb[b].cond.ptr);
		return 0;
	}
	for (i = 0; i < nd; i++) {
		struct cev *e = &x->g->ev[defs[i]];

		if (e->op != OP_ASSIGN_PLAIN || !e->rhs)
			return 0;
		d[i].block = e->block;
		d[i].konst = const_value(x, e->rhs, e->env, defs[i], &c, 0) ?
			     !!((unsigned long long)c & mask) : -1;
		if (d[i].konst < 0 && mask == ~0ULL && object_addr(x, e->rhs, e->env, defs[i]))
			d[i].konst = 1;	/* a variable's address */
		d[i].val = NULL;
		d[i].valdef = d[i].valev = -1;
		d[i].rcall = d[i].acall = 0;
		if (d[i].konst < 0)
			d[i].val = value_key(x, e->rhs, e->env, defs[i], &d[i]);
	}
	if (mask == ~0ULL)
		snprintf(buf, sizeof(buf), "var %p/%p", (void *)v->decl,
			 (void *)x->g->ev[defs[0]].var_env);
	else
		snprintf(buf, sizeof(buf), "var %p/%p&%llx", (void *)v->decl,
			 (void *)x->g->ev[defs[0]].var_env, mask);
	ir_cond_vdefs(x->ir, b, ir_key(x->ir, buf), d, nd);
	return 1;
}

static int var_defs(struct fx *x, int b, struct cn *n, struct cenv *env, int ev,
		    int fallback)
{
	return var_defs_mask(x, b, n, env, ev, fallback, ~0ULL);
}

/* block @b's branch tests @n, one bit of a local variable (`if (seq &
 * 1)`): its definitions as var_defs() lists them, each constant's value
 * the bit, as sparse_ir.c var_bit_defs() */
static int var_bit_defs(struct fx *x, int b, struct cn *n, struct cenv *env, int ev)
{
	long long m;

	n = bit_test(x, n, env, ev, &m);
	if (!n)
		return 0;
	return var_defs_mask(x, b, n, env, ev, 0, (unsigned long long)m);
}

/*
 * A member of a local struct as a tested variable, as sparse_slots.c
 * finds it in sparse's memory: `sst->lock_irqsave` of seqlock.h's
 * scoped_seqlock_read() (struct ss_tmp, include/linux/seqlock.h:1277-1290
 * of Debian's 6.1), `sst` an inline parameter bound to the local's
 * address.  The writes of the member reaching the test are found walking
 * back from it: in each block the last store into the member, or the
 * declaration's initializer (the member's entry, 0 when it names none).
 * Nothing else may write the struct: its address reaches no call that is
 * not expanded and is stored nowhere (what sparse's local_pseudo() asks
 * of the address once the calls are expanded).
 */

/* the local struct and member lvalue @l writes or reads: 1, *@var and
 * *@venv, and its "struct T.f" in *@name */
static int slot_of(struct fx *x, struct cn *l, struct cenv *env, int ev,
		   struct cdecl **var, struct cenv **venv, const char **name)
{
	struct cn *m = cn_strip(l), *b;

	if (!m || m->kind != CN_MEMBER || !m->name || m->nkids != 1)
		return 0;
	*name = m->name;
	b = cn_strip(m->kids[0]);
	if (clang_is_pointer(m->kids[0]))
		return clang_fields_valops.object(x, m->kids[0], env, ev, var, venv);
	if (!b || b->kind != CN_REF || !b->decl || b->decl->kind != CD_VAR ||
	    b->decl->is_global || b->decl->is_static)
		return 0;
	*var = b->decl;
	*venv = env;
	return 1;
}

/* does the address of @var (of @venv) leave the struct's own member
 * accesses: passed to a call not expanded, stored, or written through
 * (`*p = v`)?  The last answer is kept (x->esc_*). */
static int slot_escapes(struct fx *x, struct cdecl *var, struct cenv *venv)
{
	struct cdecl *v;
	struct cenv *ve;
	struct cn *l;
	int i, k;

	if (x->esc_var == var && x->esc_env == venv)
		return x->esc;
	x->esc_var = var;
	x->esc_env = venv;
	x->esc = 1;
	for (i = 0; i < x->g->nev; i++) {
		struct cev *e = &x->g->ev[i];

		if (e->kind == EV_CALL && !e->inlined) {
			for (k = 1; k < e->n->nkids; k++)
				if (clang_is_pointer(e->n->kids[k]) &&
				    clang_fields_valops.object(x, e->n->kids[k], e->env, i, &v, &ve) &&
				    v == var && ve == venv)
					return 1;
		} else if ((e->kind == EV_ASSIGN || e->kind == EV_STORE ||
			    e->kind == EV_PSTORE || e->kind == EV_RET) &&
			   e->rhs && clang_is_pointer(e->rhs) &&
			   clang_fields_valops.object(x, e->rhs, e->env, i, &v, &ve) &&
			   v == var && ve == venv) {
			return 1;
		}
		if (e->kind == EV_PSTORE && e->n->nkids &&
		    (l = cn_strip(e->n->kids[0])) && l->kind == CN_UNOP && l->nkids == 1 &&
		    clang_op(x->g->tu, l) == OP_DEREF &&
		    clang_fields_valops.object(x, l->kids[0], e->env, i, &v, &ve) &&
		    v == var && ve == venv)
			return 1;
	}
	x->esc = 0;
	return 0;
}

/* the value the initializer @init gives member @name: 1 and *@val
 * (NULL: zero), 0 when not known */
static int slot_init(struct fx *x, struct cn *init, const char *name, struct cn **val)
{
	int i, next = 0, nf = 0;
	const char *dot = strrchr(name, '.');

	*val = NULL;
	init = cn_strip(init);
	if (!init || init->kind != CN_INITLIST || !dot)
		return 0;
	while (init->fields && init->fields[nf])
		nf++;
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i], *v;
		const char *f;

		if (!e)
			continue;
		if (e->kind == CN_DESIG) {
			int k;

			if (!e->decl || !e->nkids || !e->name ||
			    (e->fdecls && e->fdecls[0] != e->decl))
				return 0;	/* nested: .a.b = v */
			for (k = 0; k < nf; k++)
				if (init->fdecls && init->fdecls[k] == e->decl)
					next = k + 1;
			if (!strcmp(e->name, name)) {
				*val = e->kids[e->nkids - 1];
				return 1;
			}
			continue;
		}
		if (next >= nf)
			return 0;
		f = init->fields[next++];
		v = e;
		if (f && !strcmp(f, dot + 1)) {
			*val = v;
			return 1;
		}
	}
	return 1;	/* not named: zero */
}

/*
 * A whole local integer variable as a tested variable (`if (seq & 1)`
 * of getrusage()'s `unsigned int seq`, kernel/sys.c:1802-1860, whose
 * address read_seqbegin_or_lock_irqsave() takes, include/linux/
 * seqlock.h:1239-1266), as sparse_slots.c reads its loads and stores:
 * its reaching definitions miss the stores through a pointer to it
 * (`*seq = read_seqbegin(lock)` in the inline function), so the writes
 * reaching the read are found walking back as for a member (slot_defs()
 * with no member name): an assignment of it, or a store `*p = v` through
 * a pointer to it.  Its address may reach only expanded inline functions
 * and be written through only by plain stores.
 */
/* the local whose address @p (at event @ev of @env) is: `&var`, through
 * conversions to another pointer type (`(int *)&seq` of an `unsigned
 * int`, sparse_slots.c's OP_PTRCAST) and inline parameters bound to it
 * that the inline does not assign: 1, *@var, *@venv */
static int reaching(struct fx *x, struct cn *n, struct cenv *env, int ev,
		    int *out, int max, int *entry);

static int wvar_addr(struct fx *x, struct cn *p, struct cenv *env, int ev,
		     struct cdecl **var, struct cenv **venv)
{
	struct cn *n = cn_strip(p), *l;
	int d, f, guard = 0;

	while (n && n->kind == CN_REF && n->decl && n->decl->kind == CD_PARAM &&
	       env->parent && n->decl->param >= 0 && n->decl->param + 1 < env->call->nkids &&
	       reaching(x, n, env, ev, &d, 1, &f) == 0 && f && guard++ < LIM_WALK) {
		n = cn_strip(env->call->kids[n->decl->param + 1]);
		ev = env->call_ev;
		env = env->parent;
	}
	if (!n || n->kind != CN_UNOP || n->nkids != 1 || clang_op(x->g->tu, n) != OP_ADDR)
		return 0;
	l = cn_strip(n->kids[0]);
	if (!l || l->kind != CN_REF || !l->decl || l->decl->kind != CD_VAR ||
	    l->decl->is_global || l->decl->is_static || l->decl->is_object)
		return 0;
	*var = l->decl;
	*venv = env;
	return 1;
}

/* is @l `*p` for a pointer @p to @var of @venv? */
static int wvar_deref(struct fx *x, struct cn *l, struct cenv *env, int ev,
		      struct cdecl *var, struct cenv *venv)
{
	struct cdecl *v;
	struct cenv *ve;

	l = cn_strip(l);
	return l && l->kind == CN_UNOP && l->nkids == 1 &&
	       clang_op(x->g->tu, l) == OP_DEREF &&
	       wvar_addr(x, l->kids[0], env, ev, &v, &ve) && v == var && ve == venv;
}

/* does @n, of the body expanded in @env, write @var of @venv through a
 * pointer other than by a plain store (`*p |= 1`, `(*p)++`), which no
 * event stands for?  A pointer that is the inline's parameter is its
 * argument at the call (a parameter assigned in the body is taken as
 * that argument too: more writes, not fewer). */
static int wvar_other_write(struct fx *x, struct cn *n, struct cenv *env,
			    struct cdecl *var, struct cenv *venv, int depth)
{
	struct cdecl *v;
	struct cenv *ve;
	struct cn *l, *q;
	int i;

	if (!n)
		return 0;
	if (depth > LIM_AST_DEPTH) {
		ir_cut(CUT_AST_DEPTH);
		return 1;
	}
	if ((l = stored_place(x, n)) && l->kind == CN_UNOP && l->nkids == 1 &&
	    clang_op(x->g->tu, l) == OP_DEREF &&
	    !(n->kind == CN_BINOP && clang_op(x->g->tu, n) == OP_ASSIGN_PLAIN)) {
		q = cn_strip(l->kids[0]);
		if (q && q->kind == CN_REF && q->decl && q->decl->kind == CD_PARAM &&
		    env->parent && q->decl->param >= 0 && q->decl->param + 1 < env->call->nkids) {
			if (wvar_addr(x, env->call->kids[q->decl->param + 1], env->parent,
				      env->call_ev, &v, &ve) && v == var && ve == venv)
				return 1;
		} else if (wvar_addr(x, q, env, 0, &v, &ve) && v == var && ve == venv) {
			return 1;
		}
	}
	for (i = 0; i < n->nkids; i++)
		if (wvar_other_write(x, n->kids[i], env, var, venv, depth + 1))
			return 1;
	return 0;
}

/* does the function's body or an inline expansion's write @var (of
 * @venv) through a pointer other than by a plain store
 * (wvar_other_write())? */
static int wvar_other_writes(struct fx *x, struct cdecl *var, struct cenv *venv)
{
	int i;

	for (i = 0; i < x->g->nev; i++)
		if (!x->g->ev[i].env->parent) {
			if (wvar_other_write(x, x->fn->body, x->g->ev[i].env, var, venv, 0))
				return 1;
			break;
		}
	for (i = 0; i < x->g->nenvs; i++)
		if (x->g->envs[i]->fn && x->g->envs[i]->parent &&
		    wvar_other_write(x, x->g->envs[i]->fn->body, x->g->envs[i], var, venv, 0))
			return 1;
	return 0;
}

/* does the address of @var (of @venv) reach a call not expanded, a
 * store of it, or a write through it that is not a plain store? */
static int wvar_escapes(struct fx *x, struct cdecl *var, struct cenv *venv)
{
	struct cdecl *v;
	struct cenv *ve;
	int i, k;

	for (i = 0; i < x->g->nev; i++) {
		struct cev *e = &x->g->ev[i];

		if (e->kind == EV_CALL && !e->inlined) {
			for (k = 1; k < e->n->nkids; k++)
				if (clang_is_pointer(e->n->kids[k]) &&
				    (wvar_addr(x, e->n->kids[k], e->env, i, &v, &ve) ||
				     clang_fields_valops.object(x, e->n->kids[k], e->env, i,
								&v, &ve)) &&
				    v == var && ve == venv)
					return 1;
		} else if ((e->kind == EV_ASSIGN || e->kind == EV_STORE ||
			    e->kind == EV_PSTORE || e->kind == EV_RET) &&
			   e->rhs && clang_is_pointer(e->rhs) &&
			   (wvar_addr(x, e->rhs, e->env, i, &v, &ve) ||
			    clang_fields_valops.object(x, e->rhs, e->env, i, &v, &ve)) &&
			   v == var && ve == venv) {
			return 1;
		}
	}
	return wvar_other_writes(x, var, venv);
}

/* the argument (from 0) of call event @e (number @i) that is the address
 * of @var of @venv (wvar_addr()), or -1 */
static int call_given(struct fx *x, struct cev *e, int i, struct cdecl *var,
		      struct cenv *venv)
{
	struct cdecl *v;
	struct cenv *ve;
	int k;

	for (k = 1; k < e->n->nkids; k++)
		if (clang_is_pointer(e->n->kids[k]) &&
		    wvar_addr(x, e->n->kids[k], e->env, i, &v, &ve) && v == var && ve == venv)
			return k - 1;
	return -1;
}

/*
 * Is @var of @venv a whole local integer whose address goes only to
 * calls not expanded, each of a function named (directly, or through the
 * parameters of inlines bound to it), and plain stores through it, one
 * call at least (sparse_slots.c call_slot_local(), which sees the inlines
 * expanded)?
 */
static int call_var(struct fx *x, struct cdecl *var, struct cenv *venv)
{
	struct cdecl *v;
	struct cenv *ve;
	int i, calls = 0;

	if (!var || var->kind != CD_VAR || var->is_global || var->is_static ||
	    var->is_object || !address_taken(x, var) || !clang_var_integer(x->g->tu, var))
		return 0;
	for (i = 0; i < x->g->nev; i++) {
		struct cev *e = &x->g->ev[i];

		if (e->kind == EV_CALL && !e->inlined) {
			if (call_given(x, e, i, var, venv) < 0)
				continue;
			if (!cfg_direct_callee(e->n))
				return 0;
			calls++;
		} else if ((e->kind == EV_ASSIGN || e->kind == EV_STORE ||
			    e->kind == EV_PSTORE || e->kind == EV_RET) &&
			   e->rhs && clang_is_pointer(e->rhs) &&
			   wvar_addr(x, e->rhs, e->env, i, &v, &ve) && v == var && ve == venv) {
			return 0;
		}
	}
	return calls && !wvar_other_writes(x, var, venv);
}

/* the IR call event of the call @val (of @env) an assignment stores, + 1;
 * 0: none (ir_vdef.rcall) */
static int stored_call(struct fx *x, struct cn *val, struct cenv *env)
{
	int i;

	val = cn_strip(val);
	if (!val || val->kind != CN_CALL)
		return 0;
	for (i = 0; i < x->g->nev; i++)
		if (x->g->ev[i].kind == EV_CALL && x->g->ev[i].n == val &&
		    x->g->ev[i].env == env && x->ir_ev[i] >= 0 &&
		    x->ir->ev[x->ir_ev[i]].kind == IR_CALL)
			return x->ir_ev[i] + 1;
	return 0;
}

/* the last write of the member in block @blk before event @stop (-1:
 * the whole block): 1 and *@def, *@val (NULL: zero); 0 none; -1 one
 * not understood (a whole assignment of another value) */
static int slot_write(struct fx *x, int blk, int stop, struct cdecl *var, struct cenv *venv,
		      const char *name, int *def, struct cn **val)
{
	struct cbb *bb = &x->g->bb[blk];
	int j, r = 0;

	for (j = 0; j < bb->nev && bb->ev[j] != stop; j++) {
		int i = bb->ev[j];
		struct cev *e = &x->g->ev[i];
		struct cdecl *v;
		struct cenv *ve;
		const char *nm;

		if (!name) {
			/* the whole variable: assigned, stored through a
			 * pointer to it, or given to a call not expanded
			 * (2: a value not known) */
			if (e->kind == EV_CALL && !e->inlined && call_given(x, e, i, var, venv) >= 0) {
				*def = i;
				*val = NULL;
				r = 2;
			} else if (e->kind == EV_ASSIGN && e->var == var && e->var_env == venv) {
				*def = i;
				*val = e->rhs;
				r = e->op == OP_ASSIGN_PLAIN && e->rhs ? 1 : -1;
			} else if (e->kind == EV_PSTORE && wvar_deref(x, e->n->nkids ?
					e->n->kids[0] : NULL, e->env, i, var, venv)) {
				*def = i;
				*val = e->rhs;
				r = e->rhs ? 1 : -1;
			}
			continue;
		}
		if (e->kind == EV_ASSIGN && e->var == var && e->var_env == venv) {
			if (e->op != OP_ASSIGN_PLAIN || !e->rhs || !slot_init(x, e->rhs, name, val))
				r = -1;
			else
				r = 1;
			*def = i;
		} else if (e->kind == EV_STORE && e->n->nkids &&
			   slot_of(x, e->n->kids[0], e->env, i, &v, &ve, &nm) &&
			   v == var && ve == venv && !strcmp(nm, name)) {
			*def = i;
			*val = e->rhs;
			r = e->rhs ? 1 : -1;
		}
	}
	return r;
}

#define LIM_SLOT_BLOCKS 512	/* blocks walked back from one test */

/* may edge @j of block @k be taken (a branch or a switch on a constant
 * takes one side, as sparse folds it)? */
static int slot_open(const struct cbb *bb, int j)
{
	return edge_open(bb, j) && (bb->live < 0 || j == bb->live);
}

/* the blocks reachable from the entry through such edges */
static char *slot_reach(struct fx *x)
{
	char *r = sc_calloc(x->g->nbb + 1, 1);
	int *stack = sc_malloc((x->g->nbb + 1) * sizeof(*stack)), n = 0, j;

	if (x->g->nbb) {
		r[0] = 1;
		stack[n++] = 0;
	}
	while (n) {
		const struct cbb *bb = &x->g->bb[stack[--n]];

		for (j = 0; j < bb->nsucc; j++)
			if (slot_open(bb, j) && !r[bb->succ[j]]) {
				r[bb->succ[j]] = 1;
				stack[n++] = bb->succ[j];
			}
	}
	free(stack);
	return r;
}

static int slot_edge(struct fx *x, const char *reach, int k, int j)
{
	return reach[k] && slot_open(&x->g->bb[k], j);
}

/* the one successor of block @blk past which a definition at its end
 * still holds, when @blk is its one way in, or -1 */
static int slot_next(struct fx *x, const char *reach, int blk, int test)
{
	int j, k, n = 0, s = -1;

	for (j = 0; j < x->g->bb[blk].nsucc; j++)
		if (slot_edge(x, reach, blk, j)) {
			s = x->g->bb[blk].succ[j];
			n++;
		}
	if (n != 1 || s == test || s == blk)
		return -1;
	for (k = 0, n = 0; k < x->g->nbb; k++)
		for (j = 0; j < x->g->bb[k].nsucc; j++)
			if (x->g->bb[k].succ[j] == s && slot_edge(x, reach, k, j))
				n++;
	return n == 1 ? s : -1;
}

/* a read @n (at event @ev) of a member of a local struct that the store
 * of it right before gives, in its block or in the blocks of straight
 * code before it, as sparse forwards a store to the load after it
 * (memops.c): that store's event, or -1 */
static int slot_forward(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cdecl *var;
	struct cenv *venv;
	const char *name;
	struct cn *val;
	int blk, def, r, k, j, pred, npred, guard;
	char *reach;

	if (ev < 0 || ev >= x->g->nev || !slot_of(x, n, env, ev, &var, &venv, &name) ||
	    slot_escapes(x, var, venv))
		return -1;
	blk = x->g->ev[ev].block;
	r = slot_write(x, blk, ev, var, venv, name, &def, &val);
	if (r)
		return r > 0 && x->g->ev[def].kind == EV_STORE ? def : -1;
	reach = slot_reach(x);
	for (guard = 0; guard < LIM_SLOT_BLOCKS; guard++) {
		for (pred = -1, npred = 0, k = 0; k < x->g->nbb; k++)
			for (j = 0; j < x->g->bb[k].nsucc; j++)
				if (x->g->bb[k].succ[j] == blk && slot_edge(x, reach, k, j)) {
					pred = k;
					npred++;
				}
		if (npred != 1 || pred == blk || slot_next(x, reach, pred, -1) != blk)
			break;
		blk = pred;
		r = slot_write(x, blk, -1, var, venv, name, &def, &val);
		if (r) {
			free(reach);
			return r > 0 && x->g->ev[def].kind == EV_STORE ? def : -1;
		}
	}
	free(reach);
	return -1;
}

/* is there a write of the slot on a path from block @rb (where it is
 * read) to block @b (where the value read is tested) that does not pass
 * @rb again?  Then the last write run at the test is not the value
 * tested (sparse_slots.c slot_stored_between()). */
static int slot_written_between(struct fx *x, const char *reach, int rb, int b,
				struct cdecl *var, struct cenv *venv, const char *name)
{
	int nbb = x->g->nbb, *stack = sc_malloc((nbb + 1) * sizeof(*stack));
	char *fwd = sc_calloc(nbb + 1, 1), *bwd = sc_calloc(nbb + 1, 1);
	int n = 0, k, j, r = 0, def;
	struct cn *val;

	for (j = 0; j < x->g->bb[rb].nsucc; j++)
		if (slot_edge(x, reach, rb, j) && !fwd[x->g->bb[rb].succ[j]]) {
			fwd[x->g->bb[rb].succ[j]] = 1;
			stack[n++] = x->g->bb[rb].succ[j];
		}
	while (n) {
		int blk = stack[--n];

		if (blk == rb || blk == b)
			continue;
		for (j = 0; j < x->g->bb[blk].nsucc; j++)
			if (slot_edge(x, reach, blk, j) && !fwd[x->g->bb[blk].succ[j]]) {
				fwd[x->g->bb[blk].succ[j]] = 1;
				stack[n++] = x->g->bb[blk].succ[j];
			}
	}
	bwd[b] = 1;
	stack[n++] = b;
	while (n) {
		int blk = stack[--n];

		if (blk == rb)
			continue;
		for (k = 0; k < nbb; k++)
			for (j = 0; j < x->g->bb[k].nsucc; j++)
				if (x->g->bb[k].succ[j] == blk && slot_edge(x, reach, k, j) &&
				    !bwd[k]) {
					bwd[k] = 1;
					stack[n++] = k;
				}
	}
	for (k = 0; k < nbb && !r; k++)
		if (k != rb && fwd[k] && bwd[k] &&
		    slot_write(x, k, k == b ? x->g->bb[b].cond_ev : -1, var, venv, name,
			       &def, &val))
			r = 1;
	free(stack);
	free(fwd);
	free(bwd);
	return r;
}

static const void *slot_key(struct fx *x, struct cdecl *var, struct cenv *venv,
			    const char *name, unsigned long long mask)
{
	char buf[320];

	snprintf(buf, sizeof(buf), "slot %p/%p %s&%llx", (void *)var, (void *)venv,
		 name ? name : "", mask);
	return ir_key(x->ir, buf);
}

/* the key of the tests of a call_var() */
static const void *call_var_key(struct fx *x, struct cdecl *var, struct cenv *venv)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "cslot %p/%p", (void *)var, (void *)venv);
	return ir_key(x->ir, buf);
}

/*
 * The writes of the member @name of @var (NULL: of the whole variable,
 * whose bits @mask the branch tests) that reach its read at event @rev
 * of block @rb, as definitions of block @b's branch (ir_cond.var); with
 * @calls, of a call_var(), keyed so, a call given its address a write of
 * a value not known and a call's result stored naming the call.
 */
static int slot_defs_at(struct fx *x, int b, int rb, int rev, struct cdecl *var,
			struct cenv *venv, const char *name, unsigned long long mask,
			int calls)
{
	struct ir_vdef d[LIM_FLAG_TAGS];
	int *stack, *seen, sp = 0, nd = 0, r, def, i, j, k, next;
	struct cn *val, *other;
	char *reach;
	long long c;

	if (slot_write(x, rb, rev, var, venv, name, &def, &val))
		return 0;	/* defined and tested in one block */
	stack = sc_malloc(LIM_SLOT_BLOCKS * sizeof(*stack));
	seen = sc_calloc(x->g->nbb, sizeof(*seen));
	reach = slot_reach(x);
	if (rb != b && slot_written_between(x, reach, rb, b, var, venv, name))
		goto unknown;
	for (k = 0; k < x->g->nbb; k++)
		for (j = 0; j < x->g->bb[k].nsucc; j++)
			if (x->g->bb[k].succ[j] == rb && slot_edge(x, reach, k, j) &&
			    !seen[k] && sp < LIM_SLOT_BLOCKS) {
				seen[k] = 1;
				stack[sp++] = k;
			}
	if (!sp)
		goto unknown;
	while (sp) {
		int blk = stack[--sp], preds = 0;

		r = slot_write(x, blk, -1, var, venv, name, &def, &val);
		if (r < 0)
			goto unknown;
		if (r) {
			if (nd == LIM_FLAG_TAGS) {
				ir_cut(CUT_FLAG_TAGS);
				goto unknown;
			}
			/* libclang's blocks of straight code (a macro's
			 * do-while) that sparse's one block holds */
			d[nd].block = blk;
			for (k = 0, next = blk; k < LIM_SLOT_BLOCKS &&
			     (next = slot_next(x, reach, next, rb)) >= 0 &&
			     !slot_write(x, next, -1, var, venv, name, &j, &other); k++)
				d[nd].block = next;
			d[nd].val = NULL;
			d[nd].valdef = d[nd].valev = -1;
			d[nd].rcall = d[nd].acall = 0;
			if (r == 2) {	/* given to a call: not known */
				d[nd].konst = -1;
				if (calls && x->ir_ev[def] >= 0 &&
				    x->ir->ev[x->ir_ev[def]].kind == IR_CALL)
					d[nd].acall = x->ir_ev[def] + 1;
			}
			else if (!val)
				d[nd].konst = 0;
			else if (const_value(x, val, x->g->ev[def].env, def, &c, 0))
				d[nd].konst = !!((unsigned long long)c & mask);
			else if (mask == ~0ULL && object_addr(x, val, x->g->ev[def].env, def))
				d[nd].konst = 1;	/* a variable's address */
			else
				d[nd].konst = -1;
			if (d[nd].konst < 0 && val) {
				d[nd].val = value_key(x, val, x->g->ev[def].env, def, &d[nd]);
				d[nd].rcall = calls ? stored_call(x, val, x->g->ev[def].env) : 0;
			}
			nd++;
			continue;
		}
		for (k = 0; k < x->g->nbb; k++)
			for (j = 0; j < x->g->bb[k].nsucc; j++) {
				if (x->g->bb[k].succ[j] != blk || !slot_edge(x, reach, k, j))
					continue;
				preds++;
				if (seen[k])
					continue;
				if (sp == LIM_SLOT_BLOCKS) {
					ir_cut(CUT_FLAG_TAGS);
					goto unknown;
				}
				seen[k] = 1;
				stack[sp++] = k;
			}
		/* the entry, the member not written; another block no
		 * edge that may be taken enters is never run */
		if (!preds && blk == 0)
			goto unknown;
	}
	free(stack);
	free(seen);
	free(reach);
	if (nd < 2)
		return 0;
	/* the blocks in order, as sparse lists its walk's */
	for (i = 1; i < nd; i++)
		for (k = i; k > 0 && d[k - 1].block > d[k].block; k--) {
			struct ir_vdef t = d[k];

			d[k] = d[k - 1];
			d[k - 1] = t;
		}
	ir_cond_vdefs(x->ir, b, calls ? call_var_key(x, var, venv) :
		      slot_key(x, var, venv, name, mask), d, nd);
	return 1;
unknown:
	free(stack);
	free(seen);
	free(reach);
	return 0;
}

static int slot_defs(struct fx *x, int b, struct cn *n, struct cenv *env, int ev)
{
	struct cdecl *var;
	struct cenv *venv;
	const char *name;

	/* a pointer member (what keeps a lock): a compound assignment or
	 * an increment, which no event stands for, does not write one */
	if (!clang_is_pointer(n) || !slot_of(x, n, env, ev, &var, &venv, &name) ||
	    slot_escapes(x, var, venv))
		return 0;
	return slot_defs_at(x, b, b, ev, var, venv, name, ~0ULL, 0);
}

/* block @b's branch tests `@n & M`, one bit M of a whole local whose
 * address is taken (wvar_deref() above): the writes reaching where it is
 * read, an inline's parameter unchanged read where its argument is */
static int wvar_bit_defs(struct fx *x, int b, struct cn *n, struct cenv *env, int ev)
{
	struct cdecl *var;
	struct cenv *venv;
	long long m;
	int d, f, guard = 0;

	n = cn_strip(bit_test(x, n, env, ev, &m));
	while (n && n->kind == CN_REF && n->decl && n->decl->kind == CD_PARAM &&
	       env->parent && n->decl->param >= 0 && n->decl->param + 1 < env->call->nkids &&
	       reaching(x, n, env, ev, &d, 1, &f) == 0 && f && guard++ < LIM_WALK) {
		n = cn_strip(env->call->kids[n->decl->param + 1]);
		ev = env->call_ev;
		env = env->parent;
	}
	if (!n || ev < 0)
		return 0;
	if (n->kind == CN_REF && n->decl && n->decl->kind == CD_VAR &&
	    !n->decl->is_global && !n->decl->is_static && !n->decl->is_object) {
		var = n->decl;
		venv = env;
	} else if (!(n->kind == CN_UNOP && n->nkids == 1 &&
		     clang_op(x->g->tu, n) == OP_DEREF &&
		     wvar_addr(x, n->kids[0], env, ev, &var, &venv))) {
		return 0;
	}
	if (!address_taken(x, var) || wvar_escapes(x, var, venv))
		return 0;
	return slot_defs_at(x, b, x->g->ev[ev].block, ev, var, venv, NULL,
			    (unsigned long long)m, 0);
}

/* the calls given the address of a call_var() that a branch tests: the
 * first such argument of each, as ir_event.varg and vkey (sparse_ir.c
 * slot_arg()) */
static void lower_slot_args(struct fx *x)
{
	struct cdecl *v;
	struct cenv *ve;
	const void *k;
	int i, j;

	for (i = 0; i < x->g->nev; i++) {
		struct cev *e = &x->g->ev[i];
		struct ir_event *ie;

		if (e->kind != EV_CALL || e->inlined || x->ir_ev[i] < 0 ||
		    (ie = &x->ir->ev[x->ir_ev[i]])->kind != IR_CALL)
			continue;
		for (j = 1; j < e->n->nkids; j++)
			if (clang_is_pointer(e->n->kids[j]) &&
			    wvar_addr(x, e->n->kids[j], e->env, i, &v, &ve) &&
			    call_var(x, v, ve) && ir_var_tested(x->ir, k = call_var_key(x, v, ve))) {
				ie->varg = j - 1;
				ie->vkey = k;
				break;
			}
	}
}

/* the function's integer pointer parameter that pointer @n (at event @ev
 * of @env) is, through the parameters of inlines bound to it, none of
 * them assigned (sparse's SSA has the argument there): its number, or
 * -1 */
static int ptr_param(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cn *r = bound_arg(x, n, &env, &ev);
	int defs[1], entry;

	if (!r || r->kind != CN_REF || !r->decl || r->decl->kind != CD_PARAM ||
	    env->parent || r->decl->param < 0 || r->decl->param >= GFP_MAX_PARAMS ||
	    !clang_param_int_pointer(x->g->tu, x->fn, r->decl->param) ||
	    reaching(x, r, env, ev, defs, 1, &entry) != 0 || !entry)
		return -1;
	return r->decl->param;
}

/* a store `*p = v` through an integer pointer parameter (ir.h ir_pstore,
 * sparse_ir.c lower_insn()) */
static void param_pstore(struct fx *x, struct cev *e, int i)
{
	struct cn *l = e->n->nkids ? cn_strip(e->n->kids[0]) : NULL;
	long long c;
	int k;

	if (!l || l->kind != CN_UNOP || l->nkids != 1 || clang_op(x->g->tu, l) != OP_DEREF ||
	    (k = ptr_param(x, l->kids[0], e->env, i)) < 0)
		return;
	ir_pstore(x->ir, e->block, k,
		  e->rhs && const_value(x, e->rhs, e->env, i, &c, 0) ? !!c : -1);
}

/* call @e may store through each integer pointer parameter it is given
 * (sparse_ir.c param_pstores()) */
static void call_pstores(struct fx *x, struct cev *e)
{
	int j, k, i = (int)(e - x->g->ev);

	for (j = 1; j < e->n->nkids; j++)
		if (clang_is_pointer(e->n->kids[j]) &&
		    (k = ptr_param(x, e->n->kids[j], e->env, i)) >= 0)
			ir_pstore(x->ir, e->block, k, -1);
}

/* block @b's branch tests @n, a whole local integer whose address calls
 * are given (call_var()): its writes reaching the test */
static int call_var_defs(struct fx *x, int b, struct cn *n, struct cenv *env, int ev)
{
	n = cn_strip(n);
	if (!n || ev < 0 || n->kind != CN_REF || !n->decl || !call_var(x, n->decl, env))
		return 0;
	return slot_defs_at(x, b, x->g->ev[ev].block, ev, n->decl, env, NULL, ~0ULL, 1);
}

/* block @b's branch compares @n, `x != y` or `x == y`: one of them a
 * local variable (var_defs()), the other a pointer (ir_cond.cmp), as
 * sparse_ir.c compared_var() */
static void compared_var(struct fx *x, int b, struct cn *n, struct cenv *env, int ev)
{
	struct ir_cond *c = &x->ir->bb[b].cond;
	struct cn *kid[2];
	int k;

	if (eq_test(x, n, &kid[0], &kid[1]) == OP_NONE)
		return;
	for (k = 0; k < 2; k++) {
		if (!var_defs(x, b, kid[k], env, ev, 0))
			continue;
		c->cmp = 1;
		c->ptr.val = value_key(x, kid[!k], env, ev, &c->ptr);
		c->ptr.konst = object_addr(x, kid[!k], env, ev);
		return;
	}
}

/*
 * A branch on `a && b` or `a || b`, b (or a) testing a trylock's result
 * (dcache.c:721 `inode && unlikely(!spin_trylock(&inode->i_lock))`,
 * the trylock's own branch the inline's `?:`): the operand's trylock
 * and sense (ir_cond.optry_ev), as sparse_ir.c trylock_operand()
 */
static void trylock_operand(struct fx *x, struct cbb *bb, struct ir_cond *c)
{
	struct cn *n = cn_strip(bb->cond);
	enum cn_op op;
	int i, ev, sense;

	if (!n || n->kind != CN_BINOP || n->nkids != 2)
		return;
	op = clang_op(x->g->tu, n);
	if (op != OP_LAND && op != OP_LOR)
		return;
	for (i = 0; i < 2; i++) {
		x->npath = 0;
		ev = find_trylock(x, n->kids[i], bb->cenv, bb->cond_ev, &sense, 0);
		if (ev < 0)
			continue;
		c->optry_ev = ev;
		c->optry_sense = sense;
		c->opside = op == OP_LAND;
		return;
	}
}

/* block @b's edges and branch condition */
static void lower_branch(struct fx *x, int b)
{
	struct cbb *bb = &x->g->bb[b];
	struct ir_block *ib = &x->ir->bb[b];
	struct ir_cond *c = &ib->cond;
	struct cn *base;
	long long v;
	int j, sense;

	ib->branch = bb->cond && bb->nsucc == 2 && bb->succ[0] != bb->succ[1];
	for (j = 0; j < bb->nsucc; j++) {
		ir_edge(x->ir, b, bb->succ[j], ib->branch ? j == 0 : -1);
		ib->succ[j].dead = bb->live >= 0 && j != bb->live;
		ib->succ[j].f = switch_edge(x, b, j);
	}
	if (!ib->branch)
		return;
	ir_warned_edge(x->ir, b, warn_side(x, bb->cond, bb->cenv, bb->cond_ev));
	if (bb->dead < 0 && x->reach0[b] &&
	    const_value(x, bb->cond, bb->cenv, bb->cond_ev, &v, 0))
		bb->dead = v ? 1 : 0;
	/* a member of a local object no call can have written yet
	 * (sparse_localmember.c) */
	if (bb->dead < 0 && x->reach0[b] &&
	    (x->member = clang_local_member(x, &clang_fields_valops, bb->cond, bb->cenv, b,
					    bb->cond_ev, &x->member_v)) &&
	    const_value(x, bb->cond, bb->cenv, bb->cond_ev, &v, 0))
		bb->dead = v ? 1 : 0;
	x->member = NULL;
	if (bb->dead >= 0) {
		c->konst = bb->dead;
		return;
	}
	x->npath = 0;
	c->f = implied(x, bb->cond, bb->cenv, bb->cond_ev, 0);
	base = branch_base(x, bb->cond, &sense);
	if (base && !clang_const(x->g->tu, base, &v))
		zero_edge(x, b, base, sense);
	if (base && !clang_const(x->g->tu, base, &v)) {
		struct vkey k = canon(x, base, bb->cenv, bb->cond_ev, 0);

		c->key[0] = k.key;
		c->key[1] = k.env;
		if (k.key == cn_strip(base) &&
		    (k.key = compare_key(x, base, bb->cenv, bb->cond_ev, &sense))) {
			c->key[0] = k.key;
			c->key[1] = NULL;
			c->pair = 1;
		} else if (c->key[0] == cn_strip(base) &&
			   (k.key = const_compare_key(x, base, bb->cenv, bb->cond_ev, b))) {
			c->key[0] = k.key;
			c->key[1] = NULL;
		}
		c->sense = sense;
		if (x->ir->locks && !c->pair &&
		    !var_bit_defs(x, b, base, bb->cenv, bb->cond_ev) &&
		    !var_defs(x, b, base, bb->cenv, bb->cond_ev, 1) &&
		    !slot_defs(x, b, base, bb->cenv, bb->cond_ev) &&
		    !wvar_bit_defs(x, b, base, bb->cenv, bb->cond_ev))
			call_var_defs(x, b, base, bb->cenv, bb->cond_ev);
		else if (x->ir->locks)
			compared_var(x, b, base, bb->cenv, bb->cond_ev);
	}
	x->npath = 0;
	c->try_ev = find_trylock(x, bb->cond, bb->cenv, bb->cond_ev, &sense, 0);
	c->try_sense = sense;
	if (c->try_ev < 0)
		trylock_operand(x, bb, c);
}

/* a block and the event of its branch condition (the order of blocks) */
struct border {
	int ev, b;
};

static int border_cmp(const void *a, const void *b)
{
	const struct border *p = a, *q = b;

	if (p->ev != q->ev)
		return p->ev < q->ev ? -1 : 1;
	return p->b < q->b ? -1 : p->b > q->b;
}

/*
 * Every block's edges and branch condition.  The branches are lowered in
 * the order their conditions are evaluated, as sparse lowers them in the
 * order its blocks were begun (an inline function's blocks come before
 * the branch on its value): flag atoms are numbered in that order.
 */
static void lower_branches(struct fx *x)
{
	struct cfg *g = x->g;
	struct border *o = sc_malloc((g->nbb + 1) * sizeof(*o));
	int b;

	for (b = 0; b < g->nbb; b++) {
		o[b].ev = g->bb[b].cond ? g->bb[b].cond_ev : g->nev;
		o[b].b = b;
	}
	qsort(o, g->nbb, sizeof(*o), border_cmp);
	for (b = 0; b < g->nbb; b++)
		lower_branch(x, o[b].b);
	free(o);
}

/* ---- the facts of a call ---- */

/* candidate objects of an indirect call, before its event is added */
struct cands {
	struct ir_obj *v;
	int n, cap;
};

static void add_obj(struct cands *c, struct cdecl *d, int block, int cond, int truth)
{
	if (!d)
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 8;
		c->v = sc_realloc(c->v, c->cap * sizeof(*c->v));
	}
	c->v[c->n].name = d->name;
	c->v[c->n].is_static = d->is_static;
	c->v[c->n].block = block;
	c->v[c->n].cond = cond;
	c->v[c->n++].truth = truth;
}

/* &obj, or an array: the object */
static struct cdecl *object_of(struct fx *x, struct cn *n)
{
	n = cn_strip(n);
	while (n && n->kind == CN_UNOP && n->nkids == 1 &&
	       clang_op(x->g->tu, n) == OP_ADDR)
		n = cn_strip(n->kids[0]);
	if (n && n->kind == CN_REF && n->decl && n->decl->kind == CD_VAR &&
	    n->decl->is_object)
		return n->decl;
	return NULL;
}

/*
 * The objects an indirect call's pointer member->... is known to come
 * from: a known variable, the objects every reaching definition of a
 * local pointer takes the address of (under the guard of its block when
 * there are several, or of the condition of `c ? &a : &b`), or the
 * objects this function stores into the field the pointer was loaded
 * from (under the guard of the store).  None when one is unknown.
 */
static void call_objects(struct fx *x, struct cev *e, struct cn *member, struct cands *c)
{
	struct cn *base = member->nkids ? cn_strip(member->kids[0]) : NULL;
	struct cdecl *o;
	int defs[LIM_REACH], nd, entry, i;

	if (base && base->kind == CN_REF && base->decl && base->decl->is_object) {
		add_obj(c, base->decl, -1, -1, 0);
	} else if (base && base->kind == CN_REF &&
		   (nd = reaching(x, base, e->env, (int)(e - x->g->ev), defs, LIM_REACH,
				  &entry)) > 0 && !entry) {
		if (nd == LIM_REACH) {
			ir_cut(CUT_REACH);	/* not all known: unknown */
			return;
		}
		for (i = 0; i < nd; i++) {
			struct cev *d = &x->g->ev[defs[i]];
			struct cn *r = cn_strip(d->rhs);

			if (d->op != OP_ASSIGN_PLAIN || !r)
				goto unknown;
			if ((o = object_of(x, r))) {
				add_obj(c, o, nd > 1 ? d->block : -1, -1, 0);
			} else if (r->kind == CN_COND && r->nkids == 3 &&
				   object_of(x, r->kids[1]) && object_of(x, r->kids[2])) {
				int f;

				x->npath = 0;
				f = implied(x, r->kids[0], d->env, defs[i], 0);
				add_obj(c, object_of(x, r->kids[1]), -1, f, 1);
				add_obj(c, object_of(x, r->kids[2]), -1, f, 0);
			} else {
				goto unknown;
			}
		}
	} else if (base && base->kind == CN_MEMBER) {
		for (i = 0; i < x->g->nev; i++) {
			struct cev *s = &x->g->ev[i];
			struct cn *l;

			if (s->kind != EV_STORE || !(o = object_of(x, s->rhs)))
				continue;
			l = cn_strip(s->n->kids[0]);
			if (l && l->kind == CN_MEMBER && !strcmp(l->name, base->name))
				add_obj(c, o, s->block, -1, 0);
		}
	}
	return;
unknown:
	c->n = 0;
}

/* the function a value is: f, &f, or an inline function's parameter
 * bound to one */
static struct cdecl *function_value(struct fx *x, struct cn *n, struct cenv *env, int ev,
				    int depth)
{
	int defs[1], entry;

	n = cn_strip(n);
	while (n && n->kind == CN_UNOP && n->nkids == 1 &&
	       (clang_op(x->g->tu, n) == OP_ADDR || clang_op(x->g->tu, n) == OP_DEREF))
		n = cn_strip(n->kids[0]);
	if (!n || n->kind != CN_REF || !n->decl)
		return NULL;
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return NULL;
	}
	if (n->decl->kind == CD_FUNC)
		return n->decl;
	if (n->decl->kind == CD_PARAM && env && env->parent && n->decl->param >= 0 &&
	    n->decl->param + 1 < env->call->nkids &&
	    reaching(x, n, env, ev, defs, 1, &entry) == 0 && entry)
		return function_value(x, env->call->kids[n->decl->param + 1], env->parent,
				      env->call_ev, depth + 1);
	return NULL;
}

/* is @n (stripped) a reference to parameter @k of the function? */
static int param_ref(struct cn *n, int k)
{
	n = cn_strip(n);
	return n && n->kind == CN_REF && n->decl && n->decl->kind == CD_PARAM &&
	       n->decl->param == k;
}

/* is every use of parameter @k in @n an argument of a call not expanded
 * inline (no call through it, no store, test or copy of it), as
 * sparse's users of the PSEUDO_ARG (param_only_passed())? */
static int param_only_passed(struct cn *n, int k, int depth)
{
	struct cdecl *f;
	int i;

	if (!n)
		return 1;
	if (depth > LIM_COND_DEPTH * 64)
		return 0;
	if (n->kind == CN_REF)
		return !(n->decl && n->decl->kind == CD_PARAM && n->decl->param == k);
	if (n->kind == CN_CALL && n->nkids) {
		f = cfg_direct_callee(n);
		for (i = 0; i < n->nkids; i++) {
			if (i && param_ref(n->kids[i], k)) {
				if (f && f->is_inline)
					return 0;
				continue;
			}
			if (!param_only_passed(n->kids[i], k, depth + 1))
				return 0;
		}
		return 1;
	}
	for (i = 0; i < n->nkids; i++)
		if (!param_only_passed(n->kids[i], k, depth + 1))
			return 0;
	return 1;
}

/* functions passed by address: "2:handler/1"; a function pointer
 * parameter P of the function (not of one expanded inline) passed on,
 * used only so: "2:#P/0" */
static void function_args(struct fx *x, struct cev *e)
{
	struct cn *call = e->n, *a;
	char param[16];
	int i;

	for (i = 1; i < call->nkids; i++) {
		struct cdecl *f = function_value(x, call->kids[i], e->env,
						 (int)(e - x->g->ev), 0);

		if (f) {
			ir_fnarg(x->ir, i, f->name, f->is_static);
			continue;
		}
		a = cn_strip(call->kids[i]);
		if (e->env != x->g->root || e->inlined || !a || a->kind != CN_REF ||
		    !a->decl || a->decl->kind != CD_PARAM || a->decl->param < 0 ||
		    !clang_param_fn_pointer(x->g->tu, x->fn, a->decl->param) ||
		    !param_only_passed(clang_body(x->g->tu, x->fn), a->decl->param, 0))
			continue;
		snprintf(param, sizeof(param), "#%d", a->decl->param + 1);
		ir_fnarg(x->ir, i, param, 0);
	}
}

static char *gfp_args(struct fx *x, struct cev *e)
{
	struct cn *call = e->n;
	int n = call->nkids - 1, i;
	char *buf;

	if (!call->arg_gfp || n <= 0)
		return NULL;
	if (n > GFP_MAX_PARAMS)
		n = GFP_MAX_PARAMS;
	buf = sc_malloc(n + 1);
	for (i = 0; i < n; i++)
		buf[i] = call->arg_gfp[i] ?
			 gfp_class(x, call->kids[i + 1], e->env, (int)(e - x->g->ev)) :
			 GFP_NOT;
	buf[n] = '\0';
	return buf;
}

/* the functions a called value may be (call_targets()), by name */
struct targets {
	struct cdecl *v[LIM_CALL_TARGETS];
	int n;
};

/* adds to x->taken each variable whose address @n takes anywhere in it */
static void takes_address(struct fx *x, struct cn *n)
{
	struct cn *k;
	int i;

	if (!n)
		return;
	if (n->kind == CN_UNOP && n->nkids == 1 && (k = cn_strip(n->kids[0])) &&
	    k->kind == CN_REF && clang_op(x->g->tu, n) == OP_ADDR) {
		if (x->ntaken == x->takencap) {
			x->takencap = x->takencap ? 2 * x->takencap : 16;
			x->taken = sc_realloc(x->taken, x->takencap * sizeof(*x->taken));
		}
		x->taken[x->ntaken++] = k->decl;
	}
	for (i = 0; i < n->nkids; i++)
		takes_address(x, n->kids[i]);
}

static int ptr_cmp(const void *a, const void *b)
{
	const void *p = *(void *const *)a, *q = *(void *const *)b;

	return p < q ? -1 : p > q;
}

/* is block @b left out as dead code where addresses taken are asked
 * (address_taken())? */
static int dead_code(struct fx *x, int b)
{
	return x->reach0 && b >= 0 && b < x->g->nbb && !x->reach0[b];
}

/* is the address of variable @v taken anywhere in the function (its
 * reaching definitions then miss what a store through it assigns)?
 * The events' and branches' trees are walked once, on the first
 * question, in the blocks reachable then: past the branches on
 * constants of the source (`if (IS_ENABLED(CONFIG_X) && ...)`), which
 * sparse does not linearize, not past those later rounds decide, which
 * sparse removes after it has put its variables in SSA form. */
static int address_taken(struct fx *x, struct cdecl *v)
{
	int i;

	if (!x->taken_known) {
		for (i = 0; i < x->g->nev; i++) {
			if (dead_code(x, x->g->ev[i].block))
				continue;
			takes_address(x, x->g->ev[i].n);
			takes_address(x, x->g->ev[i].rhs);
		}
		for (i = 0; i < x->g->nbb; i++) {
			if (dead_code(x, i))
				continue;
			takes_address(x, x->g->bb[i].cond);
			takes_address(x, x->g->bb[i].swcond);
		}
		if (x->ntaken)
			qsort(x->taken, x->ntaken, sizeof(*x->taken), ptr_cmp);
		x->taken_known = 1;
	}
	return x->ntaken && bsearch(&v, x->taken, x->ntaken, sizeof(*x->taken), ptr_cmp);
}

/*
 * Adds to @t the functions the called value @n (at event @ev, in @env)
 * may be, when every value reaching it is a known function: f or &f,
 * `c ? f : g`, or a local variable every reaching definition of which
 * assigns one (`fn = fast; if (c) fn = slow; fn()`), as sparse's SSA
 * value is.  Returns 1 when all are known, 0 when one is not (the
 * variable's entry value reaches, a definition is not a plain
 * assignment of one, its address is taken: sparse then loads it) or
 * there are more than LIM_CALL_TARGETS.
 */
static int call_targets(struct fx *x, struct cn *n, struct cenv *env, int ev,
			struct targets *t, int depth)
{
	int defs[LIM_REACH], nd, entry, i;
	struct cdecl *f;

	n = cn_strip(n);
	while (n && n->kind == CN_UNOP && n->nkids == 1 &&
	       (clang_op(x->g->tu, n) == OP_ADDR || clang_op(x->g->tu, n) == OP_DEREF))
		n = cn_strip(n->kids[0]);
	if (!n)
		return 0;
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return 0;
	}
	if (n->kind == CN_COND && n->nkids == 3)
		return call_targets(x, n->kids[1], env, ev, t, depth + 1) &&
		       call_targets(x, n->kids[2], env, ev, t, depth + 1);
	if (n->kind != CN_REF || !n->decl)
		return 0;
	if (n->decl->kind == CD_FUNC) {
		f = n->decl;
		for (i = 0; i < t->n; i++)
			if (!strcmp(t->v[i]->name, f->name))
				return 1;
		if (t->n == LIM_CALL_TARGETS) {
			ir_cut(CUT_CALL_TARGETS);
			return 0;
		}
		for (i = t->n; i > 0 && strcmp(t->v[i - 1]->name, f->name) > 0; i--)
			t->v[i] = t->v[i - 1];
		t->v[i] = f;
		t->n++;
		return 1;
	}
	if (n->decl->kind != CD_VAR || address_taken(x, n->decl))
		return 0;
	nd = reaching(x, n, env, ev, defs, LIM_REACH, &entry);
	if (nd <= 0 || entry)
		return 0;
	if (nd == LIM_REACH) {
		ir_cut(CUT_REACH);	/* not all known: unknown */
		return 0;
	}
	for (i = 0; i < nd; i++) {
		struct cev *d = &x->g->ev[defs[i]];

		if (d->op != OP_ASSIGN_PLAIN || !d->rhs ||
		    !call_targets(x, d->rhs, d->env, defs[i], t, depth + 1))
			return 0;
	}
	return 1;
}

/* ---- for clang_fields.c ---- */

struct cfg *clang_fx_cfg(struct fx *x)
{
	return x->g;
}

struct cunit *clang_fx_unit(struct fx *x)
{
	return x->u;
}

const struct ir_func *clang_fx_ir(struct fx *x)
{
	return x->ir;
}

int clang_fx_live(struct fx *x, int block)
{
	return block >= 0 && block < x->g->nbb && x->reach0[block];
}

/* is block @b on every path from the entry to block @to? */
int clang_fx_dominates(struct fx *x, int b, int to)
{
	struct cfg *g = clang_fx_cfg(x);
	unsigned char *seen = sc_calloc((size_t)g->nbb + 1, 1);
	int *work = sc_malloc((g->nbb + 1) * sizeof(*work));
	int n = 0, c, j, reached = 0;

	if (b != 0) {
		work[n++] = 0;
		seen[0] = 1;
	}
	while (n > 0 && !reached) {
		c = work[--n];
		reached = c == to;
		for (j = 0; j < g->bb[c].nsucc; j++) {
			int s = g->bb[c].succ[j];

			if (s != b && !seen[s] && clang_fx_live(x, s)) {
				seen[s] = 1;
				work[n++] = s;
			}
		}
	}
	free(work);
	free(seen);
	return !reached;
}

int clang_fx_reaching(struct fx *x, struct cn *n, struct cenv *env, int ev,
		      int *out, int max, int *entry)
{
	return reaching(x, n, env, ev, out, max, entry);
}

int clang_fx_address_taken(struct fx *x, struct cdecl *v)
{
	return address_taken(x, v);
}

char clang_fx_class(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	return gfp_class(x, n, env, ev);
}

int clang_fx_const(struct fx *x, struct cn *n, struct cenv *env, int ev, long long *v)
{
	int save = x->npath, ok;

	x->npath = 0;
	ok = const_value(x, n, env, ev, v, 0);
	x->npath = save;
	return ok;
}

struct cenv *clang_fx_expansion(struct fx *x, struct cn *call, struct cenv *env)
{
	return expansion(x, call, env);
}

struct cdecl *clang_fx_fn(struct fx *x)
{
	return x->fn;
}

unsigned clang_fx_gfp_params(struct fx *x)
{
	return x->gfp_params;
}

/* the IR call event of @e, calling @callee (NULL: through a pointer) */
/* a constant ORed into or masked out of the choice (sparse_ir.c
 * gfp_select()) */
struct gfp_wrap {
	enum cn_op op;
	char c;
};

/* the conditional expression value @n (read at event @ev of @env) is,
 * through an inline function's parameter or a variable's one
 * definition, and constants ORed in or masked (into @wrap, *@nwrap of
 * them, outermost first), in *@n, *@env, *@ev; 0 when it is none */
static int select_of(struct fx *x, struct cn **n, struct cenv **env, int *ev,
		     struct gfp_wrap *wrap, int *nwrap)
{
	int d, nd, entry, defs[1], depth, k;
	struct cn *m = cn_strip(*n);
	enum cn_op op;
	long long v;

	*nwrap = 0;
	for (depth = 0; m && depth < LIM_VALUE_DEPTH; depth++) {
		if (m->kind == CN_COND && m->nkids == 3) {
			*n = m;
			return 1;
		}
		if (m->kind == CN_BINOP && m->nkids == 2 &&
		    ((op = clang_op(x->g->tu, m)) == OP_BOR || op == OP_BAND) &&
		    *nwrap < LIM_GFP_WRAPS &&
		    clang_const(x->g->tu, cn_strip(m->kids[0]), &v) !=
		    clang_const(x->g->tu, cn_strip(m->kids[1]), &v)) {
			k = clang_const(x->g->tu, cn_strip(m->kids[0]), &v) ? 0 : 1;
			wrap[*nwrap].op = op;
			wrap[(*nwrap)++].c = gfp_class(x, m->kids[k], *env, *ev);
			m = cn_strip(m->kids[1 - k]);
			continue;
		}
		if (m->kind != CN_REF || !m->decl)
			return 0;
		nd = reaching(x, m, *env, *ev, defs, 1, &entry);
		if (nd == 0 && entry && m->decl->kind == CD_PARAM && (*env)->parent &&
		    m->decl->param >= 0 && m->decl->param + 1 < (*env)->call->nkids) {
			*ev = (*env)->call_ev;
			m = cn_strip((*env)->call->kids[m->decl->param + 1]);
			*env = (*env)->parent;
			continue;
		}
		if ((d = single_def(x, m, *env, *ev)) < 0)
			return 0;
		m = cn_strip(x->g->ev[d].rhs);
		*env = x->g->ev[d].env;
		*ev = d;
	}
	return 0;
}

/*
 * A gfp argument of call @e chosen by a condition, `kmalloc(n,
 * (req->base.flags & CRYPTO_TFM_REQ_MAY_SLEEP) ? GFP_KERNEL :
 * GFP_ATOMIC)` (crypto/ahash.c:206): the first one whose two arms have
 * different classes and whose condition has a formula makes @ie two
 * facts (ir.h ir_event.sel), as sparse_ir.c gfp_select() does.
 */
static void gfp_select(struct fx *x, struct cev *e, struct ir_event *ie)
{
	struct gfp_wrap wrap[LIM_GFP_WRAPS];
	struct cn *call = e->n, *n;
	struct cenv *env;
	int i, ev, f, nwrap;
	char a1, a2, *buf;

	for (i = 0; ie->args && ie->args[i]; i++) {
		if (ie->args[i] == GFP_NOT || i + 1 >= call->nkids)
			continue;
		n = call->kids[i + 1];
		env = e->env;
		ev = (int)(e - x->g->ev);
		if (!select_of(x, &n, &env, &ev, wrap, &nwrap))
			continue;
		a1 = gfp_class(x, n->kids[1], env, ev);
		a2 = gfp_class(x, n->kids[2], env, ev);
		while (nwrap-- > 0) {
			a1 = wrap[nwrap].op == OP_BOR ? gfp_or(a1, wrap[nwrap].c) :
			     gfp_and(a1, wrap[nwrap].c);
			a2 = wrap[nwrap].op == OP_BOR ? gfp_or(a2, wrap[nwrap].c) :
			     gfp_and(a2, wrap[nwrap].c);
		}
		if (a1 == a2 || (f = implied(x, n->kids[0], env, ev, 0)) < 0)
			continue;
		buf = sc_strdup(ie->args);
		buf[i] = a2;
		ie->args2 = ir_take(x->ir, buf);
		buf = sc_strdup(ie->args);
		buf[i] = a1;
		ie->args = ir_take(x->ir, buf);
		ie->sel = f + 1;
		return;
	}
}

/* is @field ("struct T.F") of a tagged struct (clang_fstores.c)? */
static int tagged(const char *field)
{
	return field && !strncmp(field, "struct ", 7) && !strstr(field, "<anonymous>");
}

/* may evaluating @n store anything (a call, an assignment, ++, --)?
 * Only a few kinds of expression are taken as not */
static int may_store(struct fx *x, struct cn *n, int depth)
{
	int i;

	if (!n || depth > 16)
		return 1;
	switch (n->kind) {
	case CN_REF: case CN_NOEVAL:
		return 0;
	case CN_OTHER:
		return n->nkids != 0;	/* a literal */
	case CN_MEMBER: case CN_CAST: case CN_BINOP: case CN_COND:
		break;
	case CN_UNOP:
		switch (clang_op(x->g->tu, n)) {
		case OP_ADDR: case OP_DEREF: case OP_NEG: case OP_LNOT: case OP_BNOT:
			break;
		default:
			return 1;
		}
		break;
	default:
		return 1;
	}
	for (i = 0; i < n->nkids; i++)
		if (may_store(x, n->kids[i], depth + 1))
			return 1;
	return 0;
}

/* are @a and @b the same variable, or the same members read from it
 * (`w->dev`), written the same? */
static int same_object(struct cn *a, struct cn *b, int depth)
{
	a = cn_strip(a);
	b = cn_strip(b);
	if (!a || !b || a->kind != b->kind || !a->decl || a->decl != b->decl ||
	    depth > LIM_WALK)
		return 0;
	if (a->kind == CN_REF)
		return a->decl->kind == CD_PARAM || a->decl->kind == CD_VAR;
	return a->kind == CN_MEMBER && a->nkids == 1 && b->nkids == 1 &&
	       same_object(a->kids[0], b->kids[0], depth + 1);
}

/*
 * The argument (from 0) of call @call through `r->ops->f` (@member the
 * called field, its base `r->ops`) that is r itself (a variable, or
 * members read from one, `w->dev`, written the same), none of the
 * arguments storing anything (sparse_sibling.c sc_receiver_arg():
 * sparse's loads of r are one value; facts.h fact_ptr_source()); -1
 * when none is.
 */
static int receiver_arg(struct fx *x, struct cn *call, struct cn *base)
{
	struct cn *r = base->nkids == 1 && clang_is_pointer(base->kids[0]) ?
		       base->kids[0] : NULL;
	int i;

	if (!r)
		return -1;
	for (i = 1; i < call->nkids; i++)
		if (may_store(x, call->kids[i], 0))
			return -1;
	for (i = 1; i < call->nkids; i++)
		if (same_object(r, call->kids[i], 0))
			return i - 1;
	return -1;
}

/*
 * The fact_ptr_source() name of an indirect call @call through
 * member->... whose struct is loaded from a pointer member of a tagged
 * struct (sparse_inline.c note_indirect()'s objfield and objpath), or
 * NULL.
 */
static char *ptr_source(struct fx *x, struct cn *call, struct cn *member)
{
	struct cn *base = member->nkids ? cn_strip(member->kids[0]) : NULL, *in;
	char path[640], st[256];
	size_t n;

	if (!base || base->kind != CN_MEMBER || !tagged(base->name) || !base->decl ||
	    !member->name)
		return NULL;
	/* a pointer to the struct declaring the called field itself */
	if (!clang_pointee_struct(x->g->tu, base, st, sizeof(st)) ||
	    strncmp(member->name, st, n = strlen(st)) || member->name[n] != '.')
		return NULL;
	/* `t->m.p`: its object is member m of the struct t points to */
	in = base->nkids ? cn_strip(base->kids[0]) : NULL;
	if (in && in->kind == CN_MEMBER && tagged(in->name) && !clang_is_pointer(base->kids[0]) &&
	    snprintf(path, sizeof(path), "%s.%s", in->name, base->decl->name) < (int)sizeof(path))
		return fact_ptr_source(path, base->name, -1);
	return fact_ptr_source(NULL, base->name, receiver_arg(x, call, base));
}

/*
 * The parameter (from 0) whose pointee's own member @member (`ops->f`)
 * an indirect call loads its function from, the parameter's value on
 * entry; in an inline function expanded in place, the inline's
 * parameter followed to its argument, as sparse's inlining makes it the
 * caller's; -1 otherwise (sparse_sibling.c sc_param_call(); facts.h
 * fact_obj_param()).
 */
static int param_call(struct fx *x, struct cev *e, struct cn *member)
{
	struct cn *n = member->nkids == 1 ? cn_strip(member->kids[0]) : NULL;
	struct cenv *env = e->env;
	char st[256], outer[256];
	size_t len;
	int d, entry, ev = (int)(e - x->g->ev), guard = 0;

	if (!n || !member->name || !clang_struct_member(member->decl) ||
	    !clang_is_pointer(member->kids[0]) ||
	    !clang_pointee_struct(x->g->tu, n, st, sizeof(st)) ||
	    strncmp(st, "struct ", 7) || strncmp(member->name, st, len = strlen(st)) ||
	    member->name[len] != '.' || strchr(member->name + len + 1, '.'))
		return -1;
	for (;;) {
		if (!n || n->kind != CN_REF || !n->decl || n->decl->kind != CD_PARAM ||
		    n->decl->param < 0 || guard++ >= LIM_WALK ||
		    reaching(x, n, env, ev, &d, 1, &entry) != 0 || !entry)
			return -1;
		if (!env->parent)
			break;
		if (n->decl->param + 1 >= env->call->nkids)
			return -1;
		n = cn_strip(env->call->kids[n->decl->param + 1]);
		ev = env->call_ev;
		env = env->parent;
	}
	/* the function's own parameter points to the same struct */
	if (!clang_pointee_struct(x->g->tu, n, outer, sizeof(outer)) || strcmp(outer, st))
		return -1;
	return n->decl->param;
}

static void lower_call(struct fx *x, struct cev *e, struct cdecl *callee)
{
	struct cands c = { NULL, 0, 0 };
	char *src = NULL;
	const char *via = NULL;
	const void *sibptr = NULL;
	struct ir_event *ie;
	struct targets t;
	int i, param = -1;

	/* a pointer whose every value is a known function calls each of
	 * them there, by name */
	t.n = 0;
	if (!callee && e->n->nkids &&
	    call_targets(x, e->n->kids[0], e->env, (int)(e - x->g->ev), &t, 0) &&
	    t.n > 0) {
		for (i = 0; i < t.n; i++)
			lower_call(x, e, t.v[i]);
		return;
	}
	if (!callee) {
		struct cn *m = e->n->nkids ? cn_strip(e->n->kids[0]) : NULL;

		while (m && m->kind == CN_UNOP && m->nkids == 1 &&
		       clang_op(x->g->tu, m) == OP_DEREF)
			m = cn_strip(m->kids[0]);
		if (m && m->kind == CN_MEMBER) {
			via = m->name;
			call_objects(x, e, m, &c);
			if (!c.n)
				src = ptr_source(x, e->n, m);
			if (!c.n && !src)
				param = param_call(x, e, m);
			if (m->nkids == 1)
				sibptr = sib_key(x, m, e->env, (int)(e - x->g->ev));
		}
	}
	x->ir_ev[e - x->g->ev] = x->ir->nev;
	if (!e->inlined)
		call_pstores(x, e);
	ie = ir_event(x->ir, e->block, IR_CALL, e->line, e->col);
	if (callee) {
		const struct rule *r = rules_lookup(x->g->rules, callee->name);

		ie->callee = callee->name;
		ie->callee_static = callee->is_static;
		ie->fault = r && r->fault;
	}
	ie->via = via;
	ie->sibptr = sibptr;
	function_args(x, e);
	ie->args = ir_take(x->ir, gfp_args(x, e));
	gfp_select(x, e, ie);
	ie->vals = ir_take(x->ir, clang_field_vals(x, e));
	ie->inl = inline_at(x, e->line, e->col);
	if (callee) {
		/* lower_branch()'s key of its result */
		struct vkey k = canon(x, e->n, e->env, (int)(e - x->g->ev), 0);

		ie->rkey[0] = k.key;
		ie->rkey[1] = k.env;
	}
	for (i = 0; i < c.n; i++)
		ir_obj(x->ir, c.v[i].name, c.v[i].is_static, c.v[i].block, c.v[i].cond,
		       c.v[i].truth);
	if (src) {
		/* loaded from a pointer member: what the program stores
		 * there decides (facts.h fact_ptr_source()) */
		ir_obj(x->ir, src, 0, -1, -1, 0);
		free(src);
	} else if (param >= 0) {
		/* a member of what a parameter points to: what the callers
		 * pass decides (facts.h fact_obj_param()) */
		char buf[16];

		snprintf(buf, sizeof(buf), "#%d", param);
		ir_obj(x->ir, buf, 0, -1, -1, 0);
	}
	free(c.v);
}

/*
 * The key of the lock whose address @n is, read at event @ev of @env
 * (ir_event.lock; sparse_ir.c lock_key()): `&p->a.b` is p's and the
 * members', where p is a parameter of the function it never assigns, a
 * local with one definition (made in block *@def_block, which the
 * analysis checks no cycle passes through), or an inline function's
 * parameter, followed to the argument; `&v.a` of any variable v is v's.
 * NULL for anything else.
 */
static const void *lock_key(struct fx *x, struct cn *n, struct cenv *env, int ev,
			    int *def_block)
{
	char buf[256], fields[160] = "";
	size_t len = 0;
	int depth, nd, entry, d, defs[1];
	struct cenv *in;
	struct cn *m;

	*def_block = -1;
	for (depth = 0; depth < LIM_COND_DEPTH; depth++) {
		n = cn_strip(n);
		if (!n)
			return NULL;
		if (n->kind == CN_UNOP && n->nkids == 1 &&
		    clang_op(x->g->tu, n) == OP_ADDR) {
			/* &p->a.b, &v.a: the members, innermost first */
			for (m = cn_strip(n->kids[0]); m && m->kind == CN_MEMBER &&
			     m->nkids == 1 && m->decl; m = cn_strip(m->kids[0])) {
				if (len + 20 >= sizeof(fields))
					return NULL;
				len += (size_t)snprintf(fields + len, sizeof(fields) - len,
							".%p", (void *)m->decl);
				if (clang_is_pointer(m->kids[0]))
					break;
			}
			if (m && m->kind == CN_MEMBER) {
				n = m->kids[0];		/* p of p->a */
				continue;
			}
			if (!m || m->kind != CN_REF || !m->decl ||
			    (m->decl->kind != CD_VAR && m->decl->kind != CD_PARAM))
				return NULL;
			snprintf(buf, sizeof(buf), "lock &%p/%p%s", (void *)m->decl,
				 m->decl->kind == CD_VAR && m->decl->is_global ?
				 NULL : (void *)env, fields);
			return ir_key(x->ir, buf);
		}
		if (n->kind == CN_MEMBER && (d = slot_forward(x, n, env, ev)) >= 0) {
			n = x->g->ev[d].rhs;
			env = x->g->ev[d].env;
			ev = d;
			continue;
		}
		/* spinlock_check(lock)'s &lock->rlock, as sparse expands it */
		if (n->kind == CN_CALL && (in = expansion(x, n, env)) && in->nrets == 1) {
			ev = in->ret_ev[0];
			n = in->rets[0];
			env = in;
			continue;
		}
		if (n->kind != CN_REF || !n->decl ||
		    (n->decl->kind != CD_VAR && n->decl->kind != CD_PARAM) ||
		    (n->decl->kind == CD_VAR && (n->decl->is_global || n->decl->is_static)))
			return NULL;
		nd = reaching(x, n, env, ev, defs, 1, &entry);
		if (n->decl->kind == CD_PARAM && nd == 0 && entry) {
			if (!env->parent)
				break;		/* the function's own */
			if (n->decl->param < 0 || n->decl->param + 1 >= env->call->nkids)
				return NULL;
			n = env->call->kids[n->decl->param + 1];
			ev = env->call_ev;
			env = env->parent;
			continue;
		}
		if ((d = single_def(x, n, env, ev)) >= 0) {
			*def_block = x->g->ev[d].block;
			break;
		}
		return NULL;
	}
	if (depth == LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return NULL;
	}
	snprintf(buf, sizeof(buf), "lock %p/%p%s", (void *)n->decl, (void *)env, fields);
	return ir_key(x->ir, buf);
}

/* after call @e (event @i) of @callee: what its lock annotations imply
 * (clang_context.c), as sparse_context.c sc_call_contexts() */
static void call_contexts(struct fx *x, struct cev *e, int i, struct cdecl *callee)
{
	struct cctx c[CCTX_MAX];
	const struct releases_rule *rr;
	int k, n = clang_call_contexts(e->n, c), partial = 0, nev = 0;

	for (k = 0; k < n; k++)
		partial |= lockctx_partial(c[k].in, c[k].out, c[k].kind);
	for (k = 0; k < n; k++)
		nev += lockctx_call(x->ir, e->block, c[k].in, c[k].out, c[k].kind, partial,
				    callee->name,
				    c[k].kind >= 0 && c[k].arg >= 0 &&
				    c[k].arg + 1 < e->n->nkids ?
				    value_key(x, e->n->kids[c[k].arg + 1], e->env, i, NULL) :
				    NULL, e->line, e->col);
	/* a `releases` rule says what an annotation would, where none
	 * does */
	if (!nev && (rr = rules_releases(x->g->rules, callee->name)))
		lockctx_releases(x->ir, e->block, rr->kinds, callee->name,
				 e->line, e->col);
}

/*
 * Is local variable @v (of @env) a pointer only ever given what an
 * allocator returned: one assignment at least, each the value of a call
 * of a function a mem-new rule names, and its address never taken?  (A
 * binding through it fills a struct of its own: fact_binding.fresh; all
 * of its definitions, as sparse_freshbind.c counts them.)
 */
static int fresh_var(struct fx *x, struct cdecl *v, struct cenv *env)
{
	int i = -1, k;

	if (v && v->kind == CD_VAR && !v->is_global && !v->is_static)
		i = var_index(x, v, env, 0);
	if (i < 0 || !x->vars[i].ndefs || address_taken(x, v))
		return 0;
	for (k = 0; k < x->vars[i].ndefs; k++) {
		const struct cev *d = &x->g->ev[x->vars[i].defs[k]];
		struct cn *r = d->op == OP_ASSIGN_PLAIN ? cn_strip(d->rhs) : NULL;
		struct cdecl *f = r && r->kind == CN_CALL ? cfg_direct_callee(r) : NULL;

		if (!f || !rules_mem(x->g->rules, f->name, MEM_NEW, 0))
			return 0;
	}
	return 1;
}

/* the IR events of cfg event @e */
static void lower_event(struct fx *x, struct cev *e)
{
	struct cdecl *callee, *f;
	const struct rule *r = NULL;
	struct ir_event *ie;
	int i = (int)(e - x->g->ev), nev;
	enum ir_ev_kind k;
	long long v;

	/* the constant a path returns, on the block it returns from (a
	 * return ends its block: clang_lower.c) */
	if (e->kind == EV_RET && !e->env->parent &&
	    const_value(x, e->n, e->env, i, &v, 0))
		x->ir->bb[e->block].retval = !!v;
	if (e->kind == EV_RET && !e->env->parent && x->ir->returns_gfp) {
		char c = gfp_class(x, e->n, e->env, i);

		ie = ir_event(x->ir, e->block, IR_RET, e->line, e->col);
		ie->cls = c;
		return;
	}
	if (e->kind == EV_PSTORE)
		param_pstore(x, e, i);
	/* bindings from `x->field = function`, in inline expansions too (at
	 * their call site), the function known through parameters bound to it */
	if (e->kind == EV_STORE && (f = function_value(x, e->rhs, e->env, i, 0))) {
		struct cn *l = cn_strip(e->n->kids[0]), *base;

		ie = ir_event(x->ir, e->block, IR_BIND, e->line, e->col);
		ie->via = l->name;
		ie->callee = f->name;
		ie->callee_static = f->is_static;
		/* the inline whose body stores it (innermost) */
		if (e->env->parent && e->env->fn)
			ie->inl = e->env->fn->name;
		/* the member it stores into: `p->nb.notifier_call` (sparse_
		 * pointers.c member_object()) */
		base = l->nkids ? cn_strip(l->kids[0]) : NULL;
		if (base && base->kind == CN_UNOP && base->nkids == 1 &&
		    clang_is_pointer(base))
			base = cn_strip(base->kids[0]);		/* (&p->work)->func */
		if (base && base->kind == CN_MEMBER && base->name && base->nkids &&
		    !clang_is_pointer(base))
			ie->bind_obj = base->name;
		else if (base && base->kind == CN_REF && !e->env->parent)
			ie->bind_fresh = fresh_var(x, base->decl, e->env);
		return;
	}
	if (e->kind != EV_CALL)
		return;
	callee = cfg_direct_callee(e->n);
	/* compiler builtins are not calls (sparse expands them) */
	if (callee && !strncmp(callee->name, "__builtin_", 10))
		return;
	/* assertions (clang_assert.c): markers, not calls */
	nev = x->ir->nev;
	if (callee && e->n->nkids >= 3 &&
	    clang_assert_event(x->ir, x->g->rules, x->u->noassert, callee->name,
			       e->block, e->line, e->col, e->n->kids[1]->val,
			       e->n->kids[2]->val)) {
		/* an assert-held's lock: its object is not NULL */
		if (x->ir->nev > nev && x->ir->ev[nev].asserted && e->n->lock)
			x->ir->ev[nev].base = lock_value_key(x, e->n->lock, e->env, i);
		return;
	}
	if (callee)
		r = rules_lookup(x->g->rules, callee->name);
	if (r && r->kind == RULE_IMPLIES_BLOCKING)
		return;		/* a test, not a call that can sleep */
	if (e->env->in_prim) {
		if (!e->inlined)
			lower_call(x, e, callee);
		return;
	}
	/* pagefault_disable(), pagefault_enable() (pagefault-off, -on) */
	if (r && (r->kind == RULE_PAGEFAULT_OFF || r->kind == RULE_PAGEFAULT_ON)) {
		x->ir_ev[i] = x->ir->nev;
		ie = ir_event(x->ir, e->block, IR_PAGEFAULT, e->line, e->col);
		ie->what = callee->name;
		ie->inl = inline_written(x, e->line, e->col);
		ie->held = r->kind == RULE_PAGEFAULT_OFF ? 1 : -1;
		return;
	}
	if (r && (r->kind == RULE_ACQUIRE || r->kind == RULE_RELEASE ||
		  r->kind == RULE_TRYLOCK || r->kind == RULE_ACQUIRE_IF_ZERO)) {
		k = r->kind == RULE_ACQUIRE ? IR_ACQUIRE :
		    r->kind == RULE_RELEASE ? IR_RELEASE : IR_TRYLOCK;
		/* acquire-if-zero: a function that may sleep itself, a
		 * call, then the lock it returns with unless non-zero */
		if (r->kind == RULE_ACQUIRE_IF_ZERO)
			lower_call(x, e, callee);
		x->ir_ev[i] = x->ir->nev;
		ie = ir_event(x->ir, e->block, k, e->line, e->col);
		ie->kinds = r->kinds;
		ie->what = callee->name;
		ie->inl = inline_written(x, e->line, e->col);
		ie->held = r->kind == RULE_ACQUIRE_IF_ZERO;
		if (k == IR_ACQUIRE && e->n->nkids >= 2)
			ie->lock = lock_key(x, e->n->kids[1], e->env, i, &ie->lockdef);
		if (e->n->nkids >= 2)
			ie->base = value_key(x, e->n->kids[1], e->env, i, NULL);
		x->ir->locks = 1;
		return;
	}
	/* inlined functions are facts only when a rule names them */
	if (e->inlined && ((!r && !rules_contract(x->g->rules, callee->name)) ||
			   (r && r->kind != RULE_SLEEP && r->kind != RULE_SLEEP_IF_GFP)))
		return;
	lower_call(x, e, callee);
	if (callee && !r && !e->inlined)
		call_contexts(x, e, i, callee);
}

/*
 * A pointer dereferenced before event @d->ev (struct cderef): its value
 * there, named as value_key() names it, is not NULL past the IR events
 * lowered so far (ir.h struct ir_deref).  Only when that event is in
 * the same block, so that the definitions reaching it are the ones
 * reaching the dereference.
 */
static void lower_deref(struct fx *x, const struct cderef *d)
{
	if (d->ev >= x->g->nev || x->g->ev[d->ev].block != d->block ||
	    !clang_fx_live(x, d->block))
		return;
	ir_deref(x->ir, d->block, value_key(x, d->n, d->env, d->ev, NULL));
}

/*
 * What is written at each position of the function, as sparse_inline.c
 * notes it: the first inline function called there, and whether a
 * function is also called there directly.  A call recorded at a
 * position says "through inline F" when F is written there and no
 * direct call is.
 */
struct site {
	int line, col, order;
	const char *inl;
	const char *lockinl;	/* an inline expanded here, at any depth,
				 * taking a lock sleeping on PREEMPT_RT */
	int direct;
};

static int site_cmp(const void *a, const void *b)
{
	const struct site *p = a, *q = b;

	if (p->line != q->line)
		return p->line < q->line ? -1 : 1;
	if (p->col != q->col)
		return p->col < q->col ? -1 : 1;
	return p->order < q->order ? -1 : p->order > q->order;
}

static void note_sites(struct fx *x)
{
	struct cfg *g = x->g;
	int i, n = 0, k;

	x->sites = sc_calloc(g->nev + 1, sizeof(*x->sites));
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct cdecl *fn;

		if (e->kind != EV_CALL || e->env->parent)
			continue;
		fn = cfg_direct_callee(e->n);
		x->sites[n].line = e->line;
		x->sites[n].col = e->col;
		x->sites[n].order = i;
		x->sites[n].inl = e->inlined && fn ? fn->name : NULL;
		x->sites[n].lockinl = x->sites[n].inl &&
				      inline_sleeps_on_rt(x->sites[n].inl) ?
				      x->sites[n].inl : NULL;
		x->sites[n].direct = !e->inlined;
		n++;
	}
	qsort(x->sites, n, sizeof(*x->sites), site_cmp);
	/* one entry per position: the first inline, any direct call */
	for (i = 0, k = -1; i < n; i++) {
		if (k >= 0 && x->sites[k].line == x->sites[i].line &&
		    x->sites[k].col == x->sites[i].col) {
			if (!x->sites[k].inl)
				x->sites[k].inl = x->sites[i].inl;
			if (!x->sites[k].lockinl)
				x->sites[k].lockinl = x->sites[i].lockinl;
			x->sites[k].direct |= x->sites[i].direct;
			continue;
		}
		x->sites[++k] = x->sites[i];
	}
	x->nsites = k + 1;
	/* inlines inside inlines (task_lock() over spin_lock()) */
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct cdecl *fn;

		if (e->kind != EV_CALL || !e->env->parent || !e->inlined)
			continue;
		fn = cfg_direct_callee(e->n);
		if (!fn || !inline_sleeps_on_rt(fn->name))
			continue;
		for (k = 0; k < x->nsites; k++)
			if (x->sites[k].line == e->line && x->sites[k].col == e->col &&
			    !x->sites[k].lockinl)
				x->sites[k].lockinl = fn->name;
	}
}

static const char *inline_at(struct fx *x, int line, int col)
{
	struct site key = { line, col, -1, NULL, NULL, 0 }, *s;
	int lo = 0, hi = x->nsites;

	while (lo < hi) {
		int mid = (lo + hi) / 2;

		s = &x->sites[mid];
		if (s->line < key.line || (s->line == key.line && s->col < key.col))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == x->nsites || x->sites[lo].line != line || x->sites[lo].col != col)
		return NULL;
	s = &x->sites[lo];
	return s->direct ? NULL : s->inl;
}

/* the inline function written at line:col, even where a function is
 * also called directly (a lock primitive's: spinlock_check() in
 * spin_lock_irqsave() over _raw_spin_lock_irqsave()) */
static const char *inline_written(struct fx *x, int line, int col)
{
	int i;

	for (i = 0; i < x->nsites; i++)
		if (x->sites[i].line == line && x->sites[i].col == col)
			return x->sites[i].lockinl ? x->sites[i].lockinl :
			       x->sites[i].inl;
	return NULL;
}

/* ---- members that hold a tested value at a call ---- */

struct holdctx {
	struct fx *x;
	int ev;			/* the call's IR event */
};

/* is a definition of variable @vi in a block between the store in
 * block @sb and the branch in block @bb (either way round; the two
 * blocks themselves count), where the variable may change between
 * them?  (sparse's SSA makes such a value another pseudo) */
static int def_between(struct fx *x, int vi, int sb, int bb)
{
	unsigned char *s, *b;
	int k, d, in = 0;

	s = sc_calloc((size_t)x->g->nbb + 1, 1);
	b = sc_calloc((size_t)x->g->nbb + 1, 1);
	clang_mark_blocks(x, sb, 1, 1, s);
	clang_mark_blocks(x, sb, 0, 2, s);
	clang_mark_blocks(x, bb, 1, 1, b);
	clang_mark_blocks(x, bb, 0, 2, b);
	s[sb] |= 3;
	b[bb] |= 3;
	for (k = 0; !in && k < x->vars[vi].ndefs; k++) {
		d = x->g->ev[x->vars[vi].defs[k]].block;
		in = ((s[d] & 1) && (b[d] & 2)) || ((b[d] & 1) && (s[d] & 2));
	}
	free(s);
	free(b);
	return in;
}

/* does def_between() hold of the store in block @sb and any branch
 * keyed @key (the analysis takes them all for one value)? */
static int keyed_def(struct fx *x, int vi, int sb, const void *const key[2])
{
	int b;

	for (b = 0; b < x->g->nbb; b++)
		if (x->ir->bb[b].branch && x->ir->bb[b].cond.key[0] == key[0] &&
		    x->ir->bb[b].cond.key[1] == key[1] && def_between(x, vi, sb, b))
			return 1;
	return 0;
}

/*
 * clang_holds_fn of lower_holds(): member @path of what argument @j
 * points to holds @rhs, a variable (not one whose address is taken, nor
 * converted to another width) stored at event @sev: the keys of the
 * branches that test it (`flags & C` keyed as canon() keys it, or the
 * variable itself), when no definition of it is between the store and
 * any branch of that key, are the call's (sparse_ir.c member_holds())
 */
static void member_holds(void *ctx, int j, const char *path, struct cn *rhs,
			 struct cenv *env, int sev)
{
	struct holdctx *h = ctx;
	struct fx *x = h->x;
	struct cn *n = cn_strip(rhs), *base;
	const void *want[2];
	unsigned long long mask;
	struct vkey v;
	int b, vi, sense, bits;
	long long c;
	char buf[96];

	if (!n || n->kind != CN_REF || !n->decl ||
	    (n->decl->kind != CD_VAR && n->decl->kind != CD_PARAM) ||
	    (n->decl->kind == CD_VAR && (n->decl->is_global || n->decl->is_static)) ||
	    address_taken(x, n->decl) ||
	    (bits = clang_int_bits(x->g->tu, n)) != clang_int_bits(x->g->tu, rhs) ||
	    (vi = var_index(x, n->decl, env, 0)) < 0)
		return;
	x->npath = 0;
	v = canon(x, n, env, sev, 1);
	for (b = 0; b < x->g->nbb; b++) {
		const struct ir_cond *ic = &x->ir->bb[b].cond;
		struct cbb *bb = &x->g->bb[b];

		if (!x->ir->bb[b].branch || ic->konst >= 0 || !ic->key[0] || ic->pair)
			continue;
		base = branch_base(x, bb->cond, &sense);
		mask = ~0ULL;
		want[0] = v.key;
		want[1] = v.env;
		if (base && base->kind == CN_BINOP && base->nkids == 2 &&
		    clang_op(x->g->tu, base) == OP_BAND &&
		    const_value(x, base->kids[1], bb->cenv, bb->cond_ev, &c, 0)) {
			snprintf(buf, sizeof(buf), "band %p/%p %llx", v.key, (void *)v.env,
				 (unsigned long long)c);
			want[0] = ir_key(x->ir, buf);
			want[1] = NULL;
			mask = (unsigned long long)c;
			if (bits > 0 && bits < 64)
				mask &= (1ULL << bits) - 1;
		}
		if (ic->key[0] != want[0] || ic->key[1] != want[1] || !mask ||
		    keyed_def(x, vi, x->g->ev[sev].block, want))
			continue;
		ir_mkey(x->ir, h->ev, j, path, want[0], want[1], mask);
	}
}

/* the members the calls' pointers carry a tested value in (ir.h
 * ir_mkey), of a function that locks */
static void lower_holds(struct fx *x)
{
	struct holdctx h = { x, -1 };
	int i;

	for (i = 0; x->ir->locks && i < x->g->nev; i++) {
		if (x->ir_ev[i] < 0 || x->ir->ev[x->ir_ev[i]].kind != IR_CALL)
			continue;
		h.ev = x->ir_ev[i];
		clang_member_holds(x, &clang_fields_valops, i, member_holds, &h);
	}
}

/*
 * Is the value @n (at event @ev of @env) one value wherever canon()
 * keys it: a variable with one reaching assignment, an inline
 * function's parameter bound to its argument, followed to an expression
 * that is no read of memory (a member, `*p`, a global), or a parameter
 * of the function no assignment reaches?  (A variable with several
 * reaching assignments is keyed by itself, which may have changed since
 * a branch tested it; sparse's SSA gives its phi another value.)
 */
static int one_value(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	int defs[2], entry, nd, d, guard = 0;

	n = cn_strip(n);
	while (n && n->kind == CN_REF && n->decl && guard++ < LIM_COND_DEPTH) {
		if ((d = single_def(x, n, env, ev)) >= 0) {
			n = cn_strip(x->g->ev[d].rhs);
			env = x->g->ev[d].env;
			ev = d;
			continue;
		}
		nd = reaching(x, n, env, ev, defs, 2, &entry);
		if (n->decl->kind != CD_PARAM || nd != 0 || !entry)
			return 0;
		if (!env->parent)
			return 1;
		if (n->decl->param < 0 || n->decl->param + 1 >= env->call->nkids)
			return 0;
		n = cn_strip(env->call->kids[n->decl->param + 1]);
		ev = env->call_ev;
		env = env->parent;
	}
	return n && n->kind != CN_REF && n->kind != CN_MEMBER &&
	       !(n->kind == CN_UNOP && clang_op(x->g->tu, n) == OP_DEREF);
}

/* the integer arguments of the calls that are a value some branch
 * tests, keyed as lower_branch() keys it (ir.h ir_akey; sparse_ir.c
 * arg_keys()) */
static void lower_arg_keys(struct fx *x)
{
	int i, j, sense;

	for (i = 0; i < x->g->nev; i++) {
		struct cev *e = &x->g->ev[i];
		struct cn *base;
		struct vkey k;
		long long v;

		if (x->ir_ev[i] < 0 || x->ir->ev[x->ir_ev[i]].kind != IR_CALL || !e->n ||
		    e->n->kind != CN_CALL)
			continue;
		for (j = 0; j + 1 < e->n->nkids && j < GFP_MAX_PARAMS; j++) {
			struct cn *a = e->n->kids[j + 1];

			if (clang_int_bits(x->g->tu, a) <= 0 ||
			    !(base = branch_base(x, a, &sense)) || sense != 1 ||
			    clang_const(x->g->tu, base, &v) || !one_value(x, base, e->env, i))
				continue;
			k = canon(x, base, e->env, i, 0);
			if (ir_branch_keyed(x->ir, k.key, k.env))
				ir_akey(x->ir, x->ir_ev[i], j, k.key, k.env);
		}
	}
}

/* @d lowered and queued: with its facts when @facts, else for what it
 * leaves released only */
static void collect(struct cunit *u, struct cdecl *d, struct cn *body, int facts)
{
	struct fact_func *fn = NULL;
	struct ir_func ir;
	struct cfg g;
	struct fx x;
	int b, i, k;
	char c;

	if (facts) {
		fn = fact_file_add_func(u->facts, d->name);
		fn->is_static = d->is_static;
		fn->line = d->line;
		fn->col = d->col;
	}
	if (!body)
		return;
	cfg_build(&g, u->tu, u->rules, d, body);
	memset(&x, 0, sizeof(x));
	x.g = &g;
	x.u = u;
	x.fn = d;
	x.gfp_params = clang_gfp_params(u->tu, d);
	constant_edges(&x);
	/* a branch on a value that is constant once dead definitions are
	 * gone (`if (PageHighMem(page)) remap = true;`), up to a few rounds */
	for (i = 0;; i++) {
		reach_blocks(&x);
		reach_compute(&x);
		if (i == LIM_CONST_ROUNDS) {
			ir_cut(CUT_CONST_ROUNDS);	/* there may be more */
			break;
		}
		if (!more_constant_edges(&x))
			break;
		reach_reset(&x);
	}
	note_sites(&x);
	switch_live(&x);

	ir_init(&ir);
	x.ir = &ir;
	ir.gfp_params = x.gfp_params;
	ir.returns_gfp = clang_returns_gfp(u->tu, d);
	for (b = 0; b < g.nbb; b++)
		ir_block(&ir);
	x.ir_ev = sc_malloc((g.nev + 1) * sizeof(*x.ir_ev));
	for (i = 0; i < g.nev; i++)
		x.ir_ev[i] = -1;
	{	/* the function's own __must_hold (sparse_context.c) */
		struct cctx c[CCTX_MAX];
		int n = clang_fn_contexts(d, c);

		for (i = 0; i < n; i++)
			lockctx_must_hold(&ir, ir.entry, c[i].in, c[i].out, c[i].kind,
					  d->line, d->col);
	}
	for (i = 0, k = 0; i < g.nev; i++) {
		for (; k < g.nderefs && g.derefs[k].ev <= i; k++)
			lower_deref(&x, &g.derefs[k]);
		lower_event(&x, &g.ev[i]);
	}
	lower_branches(&x);
	if (ir.locks)
		lower_slot_args(&x);
	if (facts) {
		lower_holds(&x);
		lower_arg_keys(&x);
	}
	ir.rets = ir_take(&ir, clang_field_rets(&x));
	clang_pointer_rets(&x, &ir);

	if (!facts)
		ir_analyze_exits(&u->irs, &ir, d->name);
	c = facts ? ir_analyze(&u->irs, &ir, u->facts, (int)(fn - u->facts->funcs)) : 0;
	if (c) {
		if (u->nrets == u->rets_cap) {
			u->rets_cap = u->rets_cap ? 2 * u->rets_cap : 16;
			u->rets = sc_realloc(u->rets, u->rets_cap * sizeof(*u->rets));
		}
		u->rets[u->nrets].name = d->name;
		u->rets[u->nrets++].cls = c;
	}

	ir_free(&ir);
	free(x.ir_ev);
	free(x.taken);
	free(x.sites);
	free(x.reach0);
	free(x.defid);
	free(x.reach);
	for (i = 0; i < x.nvars; i++)
		free(x.vars[i].defs);
	free(x.vars);
	cfg_free(&g);
}

void clang_collect_function(struct cunit *u, struct cdecl *d, struct cn *body)
{
	collect(u, d, body, 1);
}

void clang_collect_exits(struct cunit *u, struct cdecl *d, struct cn *body)
{
	collect(u, d, body, 0);
}
