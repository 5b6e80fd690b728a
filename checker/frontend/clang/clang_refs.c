/*
 * clang_refs.c - puts that are never the last reference, as the libclang
 * front end sees them (sparse_refs.c has the rule and the example): a
 * call of a `ref-put` function whose object is the one a `ref-get` call
 * of the function took before it on every path, no other put of it in
 * the function, or one that another put of it follows on every path
 * from it (followed()).  One object: the same expression of parameters and
 * locals whose one reaching definition is the same at both calls (not
 * globals, which sparse loads anew), through casts, `&`, members, with
 * the members after the last `->` of an `&` apart (its path).  A
 * function of the unit whose body is only one such call, on a parameter
 * or `&p->m`, is a get or put of that object (a wrapper: hub_put()).
 */
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"

static struct cn *bare(struct cn *n)
{
	int guard = 0;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = n->kids[0];
	return n;
}

/* do @a at event @ea and @b at @eb name one value? */
static int same_object(struct fx *x, struct cn *a, struct cev *ea, struct cn *b,
		       struct cev *eb, int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	int da[2], db[2], na, nb, ea0, eb0;

	a = bare(a);
	b = bare(b);
	if (!a || !b || a->kind != b->kind || a->nkids != b->nkids || depth > LIM_WALK)
		return 0;
	switch (a->kind) {
	case CN_UNOP:
		return a->nkids == 1 && clang_is_pointer(a) == clang_is_pointer(b) &&
		       same_object(x, a->kids[0], ea, b->kids[0], eb, depth + 1);
	case CN_MEMBER:
		return a->decl && a->decl == b->decl && a->nkids == 1 &&
		       same_object(x, a->kids[0], ea, b->kids[0], eb, depth + 1);
	case CN_REF:
		if (!a->decl || a->decl != b->decl ||
		    (a->decl->kind != CD_PARAM && a->decl->kind != CD_VAR) ||
		    a->decl->is_global || a->decl->is_static ||
		    clang_fx_address_taken(x, a->decl))
			return 0;
		na = clang_fx_reaching(x, a, ea->env, (int)(ea - g->ev), da, 2, &ea0);
		nb = clang_fx_reaching(x, b, eb->env, (int)(eb - g->ev), db, 2, &eb0);
		if (na != nb || ea0 != eb0 || na > 1)
			return 0;
		return na == 0 ? ea0 && a->decl->kind == CD_PARAM : da[0] == db[0];
	default:
		return 0;
	}
}

/* does event @a run before event @b on every path to it? */
static int dominates(struct cfg *g, struct cev *a, struct cev *b)
{
	struct cbb *bb = &g->bb[a->block];
	int i, ia = (int)(a - g->ev), ib = (int)(b - g->ev);

	if (a->block != b->block)
		return !clang_reach_around(g, a->block, b->block);
	for (i = 0; i < bb->nev; i++) {
		if (bb->ev[i] == ia)
			return 1;
		if (bb->ev[i] == ib)
			return 0;
	}
	return 0;
}

#define REF_PATH 4	/* members of a path, at most */

/* a get or put: which argument, and the members from the pointer it is
 * (or points to) to the object, innermost first */
struct ref {
	int arg, put, n;
	struct cdecl *path[REF_PATH];
};

static int ref_named(struct ctu *tu, const struct rules *rules,
		     struct cdecl *fn, struct ref *ref, int depth);

/* @n without `&` and the members after its last `->`: the pointer, and
 * those members appended to @ref's path (in front of what it has) */
static struct cn *peel(struct ctu *tu, struct cn *n, struct ref *ref)
{
	struct cdecl *m[REF_PATH];
	struct cn *x, *base;
	int k = 0, i;

	n = bare(n);
	if (!n || n->kind != CN_UNOP || n->nkids != 1 || clang_op(tu, n) != OP_ADDR)
		return n;
	for (x = bare(n->kids[0]); x && x->kind == CN_MEMBER && x->nkids == 1 &&
	     x->decl && k < REF_PATH; x = base) {
		m[k++] = x->decl;
		base = bare(x->kids[0]);
		if (!base || !clang_is_pointer(base))
			continue;
		if (k + ref->n > REF_PATH)
			return NULL;
		memmove(ref->path + k, ref->path, ref->n * sizeof(*ref->path));
		for (i = 0; i < k; i++)
			ref->path[i] = m[k - 1 - i];
		ref->n += k;
		return base;
	}
	return n;
}

/* the one call the body of @fn is (`f(...);` or `return f(...);`) */
static struct cn *only_call(struct ctu *tu, struct cdecl *fn)
{
	struct cn *body = clang_body(tu, fn), *s;

	if (!body || body->kind != CN_COMPOUND || body->nkids != 1)
		return NULL;
	s = bare(body->kids[0]);
	if (s && s->kind == CN_RETURN && s->nkids == 1)
		s = bare(s->kids[0]);
	return s && s->kind == CN_CALL ? s : NULL;
}

/* is @fn a get or put: by a rule, or a wrapper of one (depth calls) */
static int ref_named(struct ctu *tu, const struct rules *rules,
		     struct cdecl *fn, struct ref *ref, int depth)
{
	const struct ref_rule *r = rules_ref(rules, fn->name);
	struct cn *call, *p;
	struct cdecl *in;

	if (r) {
		ref->arg = r->arg;
		ref->put = r->put;
		ref->n = 0;
		return 1;
	}
	if (depth >= 3 || fn->kind != CD_FUNC || !(call = only_call(tu, fn)) ||
	    !(in = cfg_direct_callee(call)) || in == fn ||
	    !ref_named(tu, rules, in, ref, depth + 1) || ref->arg + 1 >= call->nkids)
		return 0;
	p = peel(tu, call->kids[ref->arg + 1], ref);
	if (!p || p->kind != CN_REF || !p->decl || p->decl->kind != CD_PARAM ||
	    !clang_is_pointer(p))
		return 0;
	ref->arg = p->decl->param;
	return 1;
}

static int ref_of(struct fx *x, struct cev *e, struct ref *ref)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cdecl *fn;

	if (e->kind != EV_CALL || e->inlined || e->env->parent ||
	    !(fn = cfg_direct_callee(e->n)) ||
	    !ref_named(g->tu, g->rules, fn, ref, 0))
		return 0;
	return ref->arg + 1 < e->n->nkids;
}

/* the object argument @r.arg of call event @e names: its pointer,
 * *@path its path */
static struct cn *object(struct fx *x, struct cev *e, const struct ref *r,
			 struct ref *path)
{
	*path = *r;
	return peel(clang_fx_cfg(x)->tu, e->n->kids[r->arg + 1], path);
}

static int same_path(const struct ref *a, const struct ref *b)
{
	int i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->path[i] != b->path[i])
			return 0;
	return 1;
}

static int followed(struct fx *x, struct cev *put, struct cn *obj,
		    const struct ref *rp);

int clang_ref_paired(struct fx *x, struct cev *put, int j)
{
	struct cfg *g = clang_fx_cfg(x);
	struct ref r, o, rp, op;
	struct cn *obj, *other;
	int i, got = 0;
	long long v;

	if (!ref_of(x, put, &r) || !r.put || r.arg != j)
		return 0;
	if (clang_fx_const(x, put->n->kids[j + 1], put->env, (int)(put - g->ev), &v) ||
	    !(obj = object(x, put, &r, &rp)))
		return 0;
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];

		if (e == put || !clang_fx_live(x, e->block) || !ref_of(x, e, &o) ||
		    !(other = object(x, e, &o, &op)) || !same_path(&rp, &op) ||
		    !same_object(x, other, e, obj, put, 0))
			continue;
		if (o.put)
			return followed(x, put, obj, &rp);
		if (dominates(g, e, put))
			got = 1;
	}
	return got || followed(x, put, obj, &rp);
}

/*
 * A put followed by another put of the same object on every path from
 * it (sparse_refs.c has the rule and the example: inotify_remove_from_
 * idr()).  One object: a parameter or local (not global, static or with
 * its address taken) whose value at the put is the object's, as a branch
 * whose edge every path to the put takes says (`a != b` false, `a == b`
 * true, each with the definition it has at the put), and known non-null
 * the same way; on a path, a variable assigned after the put is not.  A
 * path that enters a block dominating the put's or ends without such a
 * put fails.
 */
#define FOLLOW_SET	(2 * LIM_FOLLOW_DEPTH)	/* variables assigned on one path */

struct follow {
	struct fx *x;
	struct cfg *g;
	struct cev *put;
	const struct ref *rp;
	struct cdecl *same[LIM_FOLLOW_VALS], *nonnull[LIM_FOLLOW_VALS];
	struct cdecl *pair[LIM_FOLLOW_VALS][2];
	int nsame, nnonnull, npair;
	struct cdecl *set[FOLLOW_SET];
	int nset, depth, steps;
};

static int in(struct cdecl **s, int n, struct cdecl *d)
{
	int i;

	for (i = 0; i < n; i++)
		if (s[i] == d)
			return 1;
	return 0;
}

static void add_decl(struct cdecl **s, int *n, struct cdecl *d)
{
	if (!d || in(s, *n, d))
		return;
	if (*n == LIM_FOLLOW_VALS)
		ir_cut(CUT_FOLLOW);
	else
		s[(*n)++] = d;
}

/* @n, a variable with the value it has at the put at event @e: its
 * declaration, else NULL */
static struct cdecl *var_at_put(struct follow *f, struct cn *n, struct cev *e)
{
	n = bare(n);
	if (!n || n->kind != CN_REF || !clang_is_pointer(n) ||
	    !same_object(f->x, n, e, n, f->put, 0))
		return NULL;
	return n->decl;
}

/* is block @b of @g unreachable from its entry but by the edge from
 * block @d to its successor @k? */
static int edge_dominates(struct cfg *g, int d, int k, int b)
{
	if (g->bb[d].succ[0] == g->bb[d].succ[1])
		return 0;
	return !clang_reach_without(g, d, k, b, 1);
}

/* the variable a branch on @c tests non-zero, *@k its successor where it
 * is: succ[0] for `v` and `v != 0`, succ[1] for `!v` and `v == 0` */
static struct cn *tested(struct follow *f, struct cn *c, struct cenv *env, int ev, int *k)
{
	long long v;
	enum cn_op op;
	int guard = 0;

	*k = 0;
	for (c = bare(c); c && guard++ < LIM_WALK; c = bare(c)) {
		if (c->kind == CN_REF)
			return c;
		if (c->kind == CN_UNOP && c->nkids == 1 &&
		    clang_op(f->g->tu, c) == OP_LNOT) {
			*k = !*k;
			c = c->kids[0];
			continue;
		}
		if (c->kind != CN_BINOP || c->nkids != 2)
			return NULL;
		op = clang_op(f->g->tu, c);
		if (op != OP_EQ && op != OP_NE)
			return NULL;
		if (op == OP_EQ)
			*k = !*k;
		if (clang_fx_const(f->x, c->kids[1], env, ev, &v) && !v)
			c = c->kids[0];
		else if (clang_fx_const(f->x, c->kids[0], env, ev, &v) && !v)
			c = c->kids[1];
		else
			return NULL;
	}
	return NULL;
}

/* what the branches every path to the put takes say */
static void known(struct follow *f, struct cn *obj)
{
	struct cfg *g = f->g;
	struct cn *c, *a, *b;
	struct cdecl *da, *db;
	long long v;
	int i, k, grown = 1;

	add_decl(f->same, &f->nsame, var_at_put(f, obj, f->put));
	if (!f->nsame)
		return;
	for (i = 0; i < g->nbb; i++) {
		struct cbb *bb = &g->bb[i];
		struct cev *ce;

		if (!bb->cond || bb->nsucc != 2 || bb->cond_ev < 0 ||
		    !clang_fx_live(f->x, i))
			continue;
		ce = &g->ev[bb->cond_ev];
		if ((c = tested(f, bb->cond, bb->cenv, bb->cond_ev, &k)) &&
		    edge_dominates(g, i, k, f->put->block))
			add_decl(f->nonnull, &f->nnonnull, var_at_put(f, c, ce));
		c = bare(bb->cond);
		if (!c || c->kind != CN_BINOP || c->nkids != 2 ||
		    (clang_op(g->tu, c) != OP_EQ && clang_op(g->tu, c) != OP_NE))
			continue;
		a = c->kids[0];
		b = c->kids[1];
		if (clang_fx_const(f->x, a, bb->cenv, bb->cond_ev, &v) ||
		    clang_fx_const(f->x, b, bb->cenv, bb->cond_ev, &v))
			continue;
		k = clang_op(g->tu, c) == OP_EQ ? 0 : 1;
		if (!edge_dominates(g, i, k, f->put->block) ||
		    !(da = var_at_put(f, a, ce)) || !(db = var_at_put(f, b, ce)))
			continue;
		if (f->npair == LIM_FOLLOW_VALS) {
			ir_cut(CUT_FOLLOW);
			continue;
		}
		f->pair[f->npair][0] = da;
		f->pair[f->npair++][1] = db;
	}
	while (grown) {
		grown = 0;
		for (i = 0; i < f->npair; i++) {
			int ia = in(f->same, f->nsame, f->pair[i][0]);
			int ib = in(f->same, f->nsame, f->pair[i][1]);

			if (ia != ib) {
				add_decl(f->same, &f->nsame, f->pair[i][ia]);
				grown = 1;
			}
		}
	}
}

static int is_nonnull(struct follow *f, struct cdecl *d)
{
	int i;

	if (in(f->nonnull, f->nnonnull, d))
		return 1;
	if (!in(f->same, f->nsame, d))
		return 0;
	for (i = 0; i < f->nsame; i++)
		if (in(f->nonnull, f->nnonnull, f->same[i]))
			return 1;
	return 0;
}

/* @n on this path: the variable it is, unchanged since the put */
static struct cdecl *unchanged(struct follow *f, struct cn *n)
{
	n = bare(n);
	if (!n || n->kind != CN_REF || !n->decl || in(f->set, f->nset, n->decl))
		return NULL;
	return n->decl;
}

/* is event @e a put of the object? */
static int put_of(struct follow *f, struct cev *e)
{
	struct ref o, op;
	struct cn *q;
	struct cdecl *d;

	if (!ref_of(f->x, e, &o) || !o.put || !(q = object(f->x, e, &o, &op)) ||
	    !same_path(f->rp, &op))
		return 0;
	d = unchanged(f, q);
	return d && in(f->same, f->nsame, d);
}

static int walk(struct follow *f, int b, int from);

/* does every path from block @b's successor @k reach a put of it? */
static int walk_to(struct follow *f, int b, int k)
{
	struct cbb *bb = &f->g->bb[b];
	int nset = f->nset, ok, to = bb->succ[k];

	if ((bb->dead >= 0 && k == bb->dead) || (bb->live >= 0 && k != bb->live))
		return 1;	/* never taken */
	if (f->depth == LIM_FOLLOW_DEPTH || f->steps++ == LIM_FOLLOW_STEPS) {
		ir_cut(CUT_FOLLOW);
		return 0;
	}
	if (!clang_reach_around(f->g, to, f->put->block))
		return 0;	/* around to a dominator */
	f->depth++;
	ok = walk(f, to, -1);
	f->depth--;
	f->nset = nset;
	return ok;
}

static int walk(struct follow *f, int b, int from)
{
	struct cbb *bb = &f->g->bb[b];
	struct cdecl *d;
	struct cn *c;
	int i, k, any = 0;

	for (i = 0; i < bb->nev; i++) {
		struct cev *e = &f->g->ev[bb->ev[i]];

		if (from >= 0) {
			if (bb->ev[i] == from)
				from = -1;
			continue;
		}
		if (e->kind == EV_ASSIGN && e->var) {
			if (f->nset == FOLLOW_SET) {
				ir_cut(CUT_FOLLOW);
				return 0;
			}
			f->set[f->nset++] = e->var;
		} else if (e->kind == EV_CALL && put_of(f, e)) {
			return 1;
		}
	}
	if (bb->cond && bb->nsucc == 2 && bb->succ[0] != bb->succ[1] &&
	    (c = tested(f, bb->cond, bb->cenv, bb->cond_ev, &k)) &&
	    (d = unchanged(f, c)) && is_nonnull(f, d))
		return walk_to(f, b, k);
	for (i = 0; i < bb->nsucc; i++) {
		if (!walk_to(f, b, i))
			return 0;
		any = 1;
	}
	return any;
}

static int followed(struct fx *x, struct cev *put, struct cn *obj,
		    const struct ref *rp)
{
	struct cfg *g = clang_fx_cfg(x);
	struct follow *f;
	struct ref o, op;
	int i, ok, other = 0;

	for (i = 0; i < g->nev && !other; i++) {
		struct cev *e = &g->ev[i];

		other = e != put && clang_fx_live(x, e->block) && ref_of(x, e, &o) &&
			o.put && object(x, e, &o, &op) && same_path(rp, &op);
	}
	if (!other)
		return 0;	/* no other put at that path */
	f = sc_calloc(1, sizeof(*f));
	f->x = x;
	f->g = g;
	f->put = put;
	f->rp = rp;
	known(f, obj);
	ok = f->nsame && walk(f, put->block, (int)(put - g->ev));
	free(f);
	return ok;
}
