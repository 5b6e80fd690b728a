/*
 * fieldints.c - the integer values a member of a local object holds at
 * a call that passes its address (fieldints.h).
 *
 * The front ends write, at a call passing the address of a local struct
 * whose address goes nowhere but into calls and member accesses, one
 * entry per call of the function given that address (J=~L:C/M: the call
 * at L:C gets it as argument M; the call itself among them) and one per
 * store of a member in the function (J.F:=V, V an integer value as in
 * J=V, or "?" when not known; a pointer member's NULL is #0), and J.*:=#0
 * where an initializer made the object (sparse zeroes it whole first) or
 * memset() zeroed it: a 0 in every member.  Not
 * knowing the order, every one of them
 * counts wherever the object is passed: the member holds one of the
 * values stored in the function, or one a function it was given to
 * stored there.  Where the front end read the value a member holds at
 * the call itself (J.F==V: the caller's last store through the pointer
 * it passes, nothing between that store and the call), that value is
 * the one (fi_known()); where the object is fresh zeroed memory (J.*==#0)
 * every member that no J.F==V nor J.F==? (stored since, value not known)
 * overlaps holds 0, and a call between given it (J.*~L:C/M) is asked of
 * the member tested.  A function given the object says what it leaves in a
 * member (rets M.F:=V: its last store, on every path to its return, with
 * nothing after it); one that says nothing of the member is read for
 * whether it may store it at all: through M itself (rets M.F!, or M!
 * for a use of M not understood), or through the calls it passes M on
 * to (vals J=*M), to any depth, a call with no body known storing
 * anything.  What is taken as not storing it is counted nowhere: it is
 * read from every function's own stores.  A member of a member
 * ("base.flags", facts.h fact_atom.field) is stored wherever its outer
 * member is said to be.  A function's static object is such an object
 * too, its zero counted at its first call (J=~L:C/M^) and after it
 * unless that call leaves a value in the member (or everywhere, J.*:=#0,
 * without a first call).  Asked whether a pointer member may hold
 * another address than V (a caller's condition `p->F != &G`, unless),
 * a store made only where it did not hold V (rets M.F!^&&V) is none:
 * where it holds V such a store never runs.
 */
#include <stdlib.h>
#include <string.h>

#include "fieldints.h"

/* is @r (from a list of records) member @field of argument @j: @kind
 * (VAL_MEMBER_SET, VAL_RET_MEMBER_MAY) with that name? */
static int member_is(const struct fact_val *r, int kind, int j, const char *field)
{
	return r->kind == kind && r->j == j && !strcmp(r->name, field);
}

/* the integer value of a VAL_MEMBER_SET (the VAL_MORE @m after it) into
 * @out: 1, or 0 when it is "?" or not understood */
static int value_of(const struct fact_val *m, struct fi_val *out)
{
	out->what = fv_value(m, &out->k, &out->v);
	return out->what != FV_NONE;
}

/* @in (the callee's terms: its parameter K) as seen at call @c: the
 * value @c passes for K, with @in's bits ORed in; 0 when not known */
static int at_call(const struct fact_call *c, const struct fi_val *in,
		   struct fi_val *out)
{
	if (in->what == FV_CONST || in->what == FV_OR || in->what == FV_AND ||
	    in->what == FV_ADDR) {
		*out = *in;
		return 1;
	}
	if (in->what != FV_PARAM && in->what != FV_PARAM_OR)
		return 0;
	out->what = fv_arg_int(c->vals, in->k, 0, &out->k, &out->v);
	if (in->what == FV_PARAM)
		return out->what != FV_NONE;
	/* K | V */
	switch (out->what) {
	case FV_CONST:
	case FV_OR:
	case FV_PARAM_OR:
		out->v |= in->v;
		return 1;
	case FV_PARAM:
		out->what = FV_PARAM_OR;
		out->v = in->v;
		return 1;
	default:
		out->what = FV_OR;
		out->v = in->v;
		return 1;
	}
}

struct walk {
	const struct callgraph *g;
	const char *field;
	int steps, *cut;
	unsigned long long unless;	/* K.F!^&&V of this V stores nothing */
};

/* is @r, of a function's rets, a store of member @field (or, @top not
 * NULL, of its outer member @top) of what parameter @m points to? */
static int stores(const struct fact_val *r, int m, const char *field,
		  const char *top)
{
	return member_is(r, VAL_RET_MEMBER_MAY, m, field) ||
	       member_is(r, VAL_RET_MEMBER_UNLESS, m, field) ||
	       member_is(r, VAL_MEMBER_SET, m, field) ||
	       (top && (member_is(r, VAL_RET_MEMBER_MAY, m, top) ||
			member_is(r, VAL_MEMBER_SET, m, top)));
}

/* does function @f itself store member @field of what its parameter @m
 * points to, or use @m in a way not understood (its rets)?  A member of
 * a member ("base.flags") is stored where the outer member is (M.base!:
 * rets name the members of M's own struct).  With @unless, a store only
 * where F did not hold that address (M.F!^&&V) is none: the question is
 * whether F, holding it, may come not to */
static int own_store(const struct callgraph *g, int f, int m, const char *field,
		     unsigned long long unless)
{
	const struct fact_vals *rets = g->f[f].fn->rets;
	const char *dot = strchr(field, '.');
	char top[FV_FIELD_MAX];
	int i;

	if (dot) {
		if ((size_t)(dot - field) >= sizeof(top))
			return 1;	/* not a member name kept: may */
		memcpy(top, field, dot - field);
		top[dot - field] = '\0';
	}
	for (i = 0; rets && i < rets->n; i++) {
		const struct fact_val *r = &rets->v[i];

		if (r->kind == VAL_RET_ANY_USE && r->j == m)
			return 1;		/* M!: a use not understood */
		if (unless && member_is(r, VAL_RET_MEMBER_UNLESS, m, field) &&
		    i + 1 < rets->n && (unsigned long long)rets->v[i + 1].v == unless)
			continue;
		if (stores(r, m, field, dot ? top : NULL))
			return 1;
	}
	return 0;
}

static int call_may_store(struct walk *w, const struct cg_call *gc, int m);

/* may function @f store member @field of what its parameter @m points
 * to?  (its own stores and uses, then the calls it passes @m on to) */
static int may_store(struct walk *w, int f, int m)
{
	const struct callgraph *g = w->g;
	int i;

	if (++w->steps > FI_MAX_STEPS) {
		(*w->cut)++;
		return 1;
	}
	if (own_store(g, f, m, w->field, w->unless))
		return 1;
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++)
		if (call_may_store(w, &g->c[i], m))
			return 1;
	return 0;
}

/* may call @gc store the member, given @m itself as an argument (J=*M,
 * J=*M^): what each of its targets does with it as parameter J */
static int call_may_store(struct walk *w, const struct cg_call *gc, int m)
{
	const struct callgraph *g = w->g;
	const struct fact_vals *vals = gc->c->vals;
	int j, t;

	for (j = 0; vals && j < vals->n; j++) {
		if (vals->v[j].kind != VAL_PARAM || vals->v[j].k != m)
			continue;
		if (!gc->sn)
			return 1;	/* no body known */
		for (t = gc->sfirst; t < gc->sfirst + gc->sn; t++)
			if (may_store(w, g->s[t].target, vals->v[j].j))
				return 1;
	}
	return 0;
}

/* what the call at @line:@col of function @f, given the object as its
 * argument @m, leaves in @field: values added to @out (*@n of them); 0
 * when not known */
static int call_values(struct walk *w, int f, int line, int col, int m,
		       struct fi_val *out, int *n)
{
	const struct callgraph *g = w->g;
	int i, k, found = 0;

	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
			continue;
		found = 1;
		if (!gc->sn)
			return 0;
		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			const struct fact_vals *rets = g->f[g->s[k].target].fn->rets;
			int said = 0, e;

			for (e = 0; rets && e < rets->n; e++) {
				struct fi_val in;

				if (!member_is(&rets->v[e], VAL_MEMBER_SET, m, w->field))
					continue;
				if (*n == FI_MAX_VALUES || !value_of(&rets->v[e + 1], &in) ||
				    !at_call(gc->c, &in, &out[*n]))
					return 0;
				(*n)++;
				said = 1;
			}
			if (!said && may_store(w, g->s[k].target, m))
				return 0;
		}
	}
	return found;
}

/* does the call at @line:@col of function @f, given the object as its
 * argument @m, leave a value in @field whatever it calls (each function
 * it may call says M.F:=V)? */
static int call_leaves(const struct callgraph *g, int f, int line, int col,
		       int m, const char *field)
{
	int i, k, e, found = 0;

	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
			continue;
		if (!gc->sn)
			return 0;
		for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++) {
			const struct fact_vals *rets = g->f[g->s[k].target].fn->rets;

			for (e = 0; rets && e < rets->n; e++)
				if (member_is(&rets->v[e], VAL_MEMBER_SET, m, field))
					break;
			if (!rets || e == rets->n)
				return 0;
		}
		found = 1;
	}
	return found;
}

/* is @outer a member that member path @field ("base.flags") is in? */
static int outer_member(const char *outer, const char *field)
{
	size_t n = strlen(outer);

	return !strncmp(outer, field, n) && field[n] == '.';
}

int fi_values(const struct callgraph *g, const struct cg_call *gc, int j,
	      const char *field, unsigned long long unless, struct fi_val *out,
	      int *cut)
{
	struct walk w = { g, field, 0, cut, unless };
	const struct fact_vals *vals = gc->c->vals;
	int n = 0, i, objs = 0;

	for (i = 0; vals && i < vals->n; i++) {
		const struct fact_val *r = &vals->v[i];

		if (r->kind == VAL_LOCAL && r->j == j) {
			/* J=~L:C/M */
			if (!call_values(&w, gc->func, r->line, r->col, r->k, out, &n))
				return -1;
			objs++;
			/* J=~L:C/M^: a static object's first call, which sees
			 * its zero, as do the calls after it unless it leaves
			 * a value in the member */
			if (r->c && ((gc->c->line == r->line && gc->c->col == r->col) ||
				     !call_leaves(g, gc->func, r->line, r->col, r->k,
						  field))) {
				if (n == FI_MAX_VALUES)
					return -1;
				out[n].what = FV_CONST;
				out[n].k = 0;
				out[n++].v = 0;
			}
		} else if (r->kind == VAL_MEMBER_SET && r->j == j &&
			   outer_member(r->name, field)) {
			return -1;	/* the outer member stored whole */
		} else if (member_is(r, VAL_MEMBER_SET, j, field) ||
			   member_is(r, VAL_MEMBER_SET, j, "*")) {
			/* J.*:=#0: an initializer's zero, of every member */
			if (n == FI_MAX_VALUES || !value_of(r + 1, &out[n]))
				return -1;
			n++;
		}
	}
	return objs ? n : -1;
}

/*
 * The functions named @name with a body in the database that a call of
 * function @f may reach (a static one only from its own file), by a
 * binary search of g->byname: whether one is (*@n), and whether one of
 * them may store member @w->field of what its parameter @m points to
 * (@m FACT_VAL_NONE: not asked).  Every definition of the name counts,
 * whatever its link unit.
 */
static int named_stores(struct walk *w, int f, const char *name, int m, int *n)
{
	const struct callgraph *g = w->g;
	int lo = 0, hi = g->nf, mid, t;

	*n = 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(g->f[g->byname[mid]].fn->name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < g->nf && !strcmp(g->f[t = g->byname[lo]].fn->name, name); lo++) {
		if (g->f[t].fn->is_static && g->f[t].file != g->f[f].file)
			continue;
		(*n)++;
		if (m != FACT_VAL_NONE && may_store(w, t, m))
			return 1;
	}
	return 0;
}

/*
 * May the call at @line:@col of function @f, run between the caller's
 * store and the call it made after (J.P~L:C/M), store member @w->field
 * of what its argument @m points to?  With @m FACT_VAL_NONE (J.*~L:C)
 * the call is given nothing of the object: only a function with no body
 * known may (one a mem-copy or mem-zero rule names writes only the
 * object its argument ARG points to, which is not this one; one a rule
 * names, never linked, is read from its body in the database if there
 * is one).  A place with no call there may too.
 */
static int after_stores(struct walk *w, int f, int line, int col, int m)
{
	const struct callgraph *g = w->g;
	int i, t, found = 0;

	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		if (gc->c->line != line || gc->c->col != col)
			continue;
		found = 1;
		if (!gc->sn) {
			if (m == FACT_VAL_NONE && gc->c->callee && g->rules &&
			    (rules_mem(g->rules, gc->c->callee, MEM_COPY, 1) ||
			     rules_mem(g->rules, gc->c->callee, MEM_ZERO, 1)))
				continue;
			/* an inline kept as a call for the linear address it
			 * computes (mem-linear: lowmem_page_address()), its
			 * body not in the database: it stores nothing */
			if (gc->c->callee && g->rules &&
			    rules_mem(g->rules, gc->c->callee, MEM_LINEAR, 0))
				continue;
			/* a function a sleep rule names: not linked, its body
			 * may still be in the database (mutex_lock()) */
			if (!gc->c->callee || named_stores(w, f, gc->c->callee, m, &t) ||
			    !t)
				return 1;	/* no body known */
			continue;
		}
		for (t = gc->sfirst; m != FACT_VAL_NONE && t < gc->sfirst + gc->sn; t++)
			if (may_store(w, g->s[t].target, m))
				return 1;
	}
	return !found;
}

/* does member path @a overlap @b: the same, or one inside the other
 * ("base" and "base.flags")? */
static int overlaps(const char *a, const char *b)
{
	return !strcmp(a, b) || outer_member(a, b) || outer_member(b, a);
}

/* J.*==#0 (fresh zeroed memory) for member @field of argument @j, no
 * J.P==V or J.P==? naming a member that overlaps it: 1, its 0 in @out */
static int fresh_zero(const struct fact_vals *vals, int j, const char *field,
		      struct fi_val *out)
{
	int i, fresh = 0;

	for (i = 0; vals && i + 1 < vals->n; i++) {
		const struct fact_val *r = &vals->v[i];

		if (r->kind != VAL_MEMBER_KNOWN || r->j != j)
			continue;
		if (!strcmp(r->name, "*"))
			fresh = value_of(&vals->v[i + 1], out);
		else if (overlaps(r->name, field))
			return 0;
	}
	return fresh;
}

int fi_known(const struct callgraph *g, const struct cg_call *gc, int j,
	     const char *field, struct fi_val *out, int *cut)
{
	const struct fact_vals *vals = gc->c->vals;
	int i, known = 0;

	for (i = 0; vals && i + 1 < vals->n; i++)
		if (member_is(&vals->v[i], VAL_MEMBER_KNOWN, j, field)) {
			known = value_of(&vals->v[i + 1], out);
			break;
		}
	if (vals && i + 1 >= vals->n)
		known = fresh_zero(vals, j, field, out);
	/* the calls between the store and this call (J.P~L:C/M): each of
	 * them of any member known of argument J, P the member it would
	 * have to store (the member asked where P is "*": after fresh
	 * memory's zero) */
	for (i = 0; known && vals && i + 1 < vals->n; i++) {
		const struct fact_val *r = &vals->v[i];
		const char *p = vals->v[i + 1].name;
		struct walk w = { g, p, 0, cut, 0 };

		if (r->kind != VAL_MEMBER_AFTER || r->j != j)
			continue;
		if (r->k != FACT_VAL_NONE && !strcmp(p, "*"))
			w.field = field;
		if (after_stores(&w, gc->func, r->line, r->col, r->k))
			return 0;
	}
	return known;
}

int fi_may_store(const struct callgraph *g, int f, int k, const char *field,
		 unsigned long long unless, int *cut)
{
	struct walk w = { g, field, 0, cut, unless };

	return may_store(&w, f, k);
}

int fi_may_store_after(const struct callgraph *g, int f, int k, const char *field,
		       const struct fact_atom *a, int *cut)
{
	struct walk w = { g, field, 0, cut, 0 };
	int i, p;

	if (own_store(g, f, k, field, 0))
		return 1;
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		for (p = 0; p < a->nbefore; p++)
			if (gc->c->line == a->bline[p] && gc->c->col == a->bcol[p])
				break;
		if (p == a->nbefore)
			continue;	/* runs after every test */
		if (call_may_store(&w, gc, k))
			return 1;
	}
	return 0;
}

int fi_may_store_but(const struct callgraph *g, int f, int k, const char *field,
		     int skip, int *cut)
{
	struct walk w = { g, field, 0, cut, 0 };
	int i;

	if (own_store(g, f, k, field, 0))
		return 1;
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++)
		if (i != skip && call_may_store(&w, &g->c[i], k))
			return 1;
	return 0;
}

int fi_own_store(const struct callgraph *g, int f, int k, const char *field,
		 unsigned long long unless)
{
	return own_store(g, f, k, field, unless);
}
