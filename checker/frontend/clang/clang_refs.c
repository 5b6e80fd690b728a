/*
 * clang_refs.c - puts that are never the last reference, as the libclang
 * front end sees them (sparse_refs.c has the rule and the example): a
 * call of a `ref-put` function whose object is the one a `ref-get` call
 * of the function took before it on every path, no other put of it in
 * the function.  One object: the same expression of parameters and
 * locals whose one reaching definition is the same at both calls (not
 * globals, which sparse loads anew), through casts, `&`, members, with
 * the members after the last `->` of an `&` apart (its path).  A
 * function of the unit whose body is only one such call, on a parameter
 * or `&p->m`, is a get or put of that object (a wrapper: hub_put()).
 */
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
			return 0;	/* another put of it */
		if (dominates(g, e, put))
			got = 1;
	}
	return got;
}
