/*
 * fieldints.c - the integer values a member of a local object holds at
 * a call that passes its address (fieldints.h).
 *
 * The front ends write, at a call passing the address of a local struct
 * whose address goes nowhere but into calls and member accesses, one
 * entry per call of the function given that address (J=~L:C/M: the call
 * at L:C gets it as argument M; the call itself among them) and one per
 * store of a member in the function (J.F:=V, V an integer value as in
 * J=V, or "?" when not known).  Not knowing the order, every one of them
 * counts wherever the object is passed: the member holds one of the
 * values stored in the function, or one a function it was given to
 * stored there.  Where the front end read the value a member holds at
 * the call itself (J.F==V: the caller's last store through the pointer
 * it passes, nothing between that store and the call), that value is
 * the one (fi_known()).  A function given the object says what it leaves in a
 * member (rets M.F:=V: its last store, on every path to its return, with
 * nothing after it); one that says nothing of the member is read for
 * whether it may store it at all: through M itself (rets M.F!, or M!
 * for a use of M not understood), or through the calls it passes M on
 * to (vals J=*M), to any depth, a call with no body known storing
 * anything.  What is taken as not storing it is counted nowhere: it is
 * read from every function's own stores.  A member of a member
 * ("base.flags", facts.h fact_atom.field) is stored wherever its outer
 * member is said to be.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fieldints.h"

/* the entry of a comma-separated list at @p, its end in *@end */
static const char *entry_at(const char *p, const char **end)
{
	const char *e;

	if (!p || !*p)
		return NULL;
	e = strchr(p, ',');
	*end = e ? e : p + strlen(p);
	return p;
}

/* "N<rest>" at @p, N a number below 256: the position after N */
static const char *num(const char *p, const char *end, int *n)
{
	char *q;
	long v;

	if (p >= end || *p < '0' || *p > '9')
		return NULL;
	v = strtol(p, &q, 10);
	if (q > end || v >= 256)
		return NULL;
	*n = (int)v;
	return q;
}

/* "K.F" followed by @tail at @p (up to @end): the position after @tail */
static const char *member_is(const char *p, const char *end, int k,
			     const char *field, const char *tail)
{
	size_t n = strlen(field), t = strlen(tail);
	int a;

	p = num(p, end, &a);
	if (!p || a != k || *p != '.' || (size_t)(end - p) < 1 + n + t ||
	    memcmp(p + 1, field, n) || memcmp(p + 1 + n, tail, t))
		return NULL;
	return p + 1 + n + t;
}

/* the integer value written from @p to @end (J=V's V) into @out: 1, or
 * 0 when it is "?" or not understood */
static int value_of(const char *p, const char *end, struct fi_val *out)
{
	char buf[80];

	if ((size_t)(end - p) + 3 > sizeof(buf))
		return 0;
	snprintf(buf, sizeof(buf), "0=%.*s", (int)(end - p), p);
	out->what = fv_arg_int(buf, 0, 0, &out->k, &out->v);
	return out->what != FV_NONE;
}

/* @in (the callee's terms: its parameter K) as seen at call @c: the
 * value @c passes for K, with @in's bits ORed in; 0 when not known */
static int at_call(const struct fact_call *c, const struct fi_val *in,
		   struct fi_val *out)
{
	if (in->what == FV_CONST || in->what == FV_OR || in->what == FV_AND) {
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
};

/* does function @f itself store member @field of what its parameter @m
 * points to, or use @m in a way not understood (its rets)?  A member of
 * a member ("base.flags") is stored where the outer member is (M.base!:
 * rets name the members of M's own struct) */
static int own_store(const struct callgraph *g, int f, int m, const char *field)
{
	const char *rets = g->f[f].fn->rets, *p, *end, *dot = strchr(field, '.');
	char top[FV_FIELD_MAX];
	int j;

	snprintf(top, sizeof(top), "%.*s", dot ? (int)(dot - field) : (int)strlen(field),
		 field);
	for (p = rets; (p = entry_at(p, &end)); p = *end ? end + 1 : end) {
		const char *q = num(p, end, &j);

		if (!q || j != m)
			continue;
		if (*q == '!' && q + 1 == end)
			return 1;		/* M!: a use not understood */
		if (member_is(p, end, m, field, "!") == end ||
		    member_is(p, end, m, field, ":=") ||
		    (dot && (member_is(p, end, m, top, "!") == end ||
			     member_is(p, end, m, top, ":="))))
			return 1;
	}
	return 0;
}

/* may function @f store member @field of what its parameter @m points
 * to?  (its own stores and uses, then the calls it passes @m on to) */
static int may_store(struct walk *w, int f, int m)
{
	const struct callgraph *g = w->g;
	const char *p, *end;
	int i, k, j, K;

	if (++w->steps > FI_MAX_STEPS) {
		(*w->cut)++;
		return 1;
	}
	if (own_store(g, f, m, w->field))
		return 1;
	for (i = g->cfirst[f]; i < g->cfirst[f + 1]; i++) {
		const struct cg_call *gc = &g->c[i];

		/* J=*M (J=*M^): the call gets M itself as argument J */
		for (p = gc->c->vals; (p = entry_at(p, &end)); p = *end ? end + 1 : end) {
			const char *q = num(p, end, &j);

			if (!q || q[0] != '=' || q[1] != '*' || !(q = num(q + 2, end, &K)) ||
			    (q != end && !(*q == '^' && q + 1 == end)) || K != m)
				continue;
			if (!gc->sn)
				return 1;	/* no body known */
			for (k = gc->sfirst; k < gc->sfirst + gc->sn; k++)
				if (may_store(w, g->s[k].target, j))
					return 1;
		}
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
			const char *rets = g->f[g->s[k].target].fn->rets, *p, *end, *q;
			int said = 0;

			for (p = rets; (p = entry_at(p, &end)); p = *end ? end + 1 : end) {
				struct fi_val in;

				if (!(q = member_is(p, end, m, w->field, ":=")))
					continue;
				if (*n == FI_MAX_VALUES || !value_of(q, end, &in) ||
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

int fi_values(const struct callgraph *g, const struct cg_call *gc, int j,
	      const char *field, struct fi_val *out, int *cut)
{
	struct walk w = { g, field, 0, cut };
	const char *p, *end, *q;
	int n = 0, a, line, col, m, objs = 0;

	for (p = gc->c->vals; (p = entry_at(p, &end)); p = *end ? end + 1 : end) {
		q = num(p, end, &a);
		if (!q || a != j)
			continue;
		if (q[0] == '=' && q[1] == '~') {
			/* J=~L:C/M */
			if (sscanf(q + 2, "%d:%d/%d", &line, &col, &m) != 3 ||
			    !call_values(&w, gc->func, line, col, m, out, &n))
				return -1;
			objs++;
		} else if ((q = member_is(p, end, j, field, ":="))) {
			if (n == FI_MAX_VALUES || !value_of(q, end, &out[n]))
				return -1;
			n++;
		}
	}
	return objs ? n : -1;
}

int fi_known(const struct fact_call *c, int j, const char *field, struct fi_val *out)
{
	const char *p, *end, *q;
	int a;

	for (p = c->vals; (p = entry_at(p, &end)); p = *end ? end + 1 : end) {
		if (!num(p, end, &a) || a != j)
			continue;
		if ((q = member_is(p, end, j, field, "==")))
			return value_of(q, end, out);
	}
	return 0;
}

int fi_may_store(const struct callgraph *g, int f, int k, const char *field,
		 int *cut)
{
	struct walk w = { g, field, 0, cut };

	return may_store(&w, f, k);
}

int fi_own_store(const struct callgraph *g, int f, int k, const char *field)
{
	return own_store(g, f, k, field);
}
