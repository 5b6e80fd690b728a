/*
 * clang_refs.c - puts that are never the last reference, as the libclang
 * front end sees them (sparse_refs.c has the rule and the example): a
 * call of a `ref-put` function whose object is the one a `ref-get` call
 * of the function took before it on every path, no other put of it in
 * the function.  One object: the same expression of parameters and
 * locals whose one reaching definition is the same at both calls (not
 * globals, which sparse loads anew), through casts, `&`, members.
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

static const struct ref_rule *ref_of(struct fx *x, struct cev *e)
{
	struct cdecl *fn;

	if (e->kind != EV_CALL || e->inlined || e->env->parent ||
	    !(fn = cfg_direct_callee(e->n)))
		return NULL;
	return rules_ref(clang_fx_cfg(x)->rules, fn->name);
}

int clang_ref_paired(struct fx *x, struct cev *put, int j)
{
	struct cfg *g = clang_fx_cfg(x);
	const struct ref_rule *r = ref_of(x, put), *o;
	struct cn *obj;
	int i, got = 0;
	long long v;

	if (!r || !r->put || r->arg != j || j + 1 >= put->n->nkids)
		return 0;
	obj = put->n->kids[j + 1];
	if (clang_fx_const(x, obj, put->env, (int)(put - g->ev), &v))
		return 0;
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];

		if (e == put || !clang_fx_live(x, e->block) || !(o = ref_of(x, e)) ||
		    o->arg + 1 >= e->n->nkids ||
		    !same_object(x, e->n->kids[o->arg + 1], e, obj, put, 0))
			continue;
		if (o->put)
			return 0;	/* another put of it */
		if (dominates(g, e, put))
			got = 1;
	}
	return got;
}
