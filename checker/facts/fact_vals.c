/*
 * fact_vals.c - a call's vals and a function's rets (facts.h) as records,
 * and the one place that reads and writes their text.
 *
 * The front ends' lowerings write each list as comma-separated entries
 * (the mini-language facts.h documents); the analysis, the database's
 * loaders and nothing else turn that text into a struct fact_vals here,
 * once, and the database's writers and dump-facts turn it back into the
 * same text.  An entry is read only in the one form the writers make of
 * it (decimal numbers without leading zeros or signs they would not
 * write), so that the text of every list read comes back byte for byte;
 * an entry in any other form is kept as its text (VAL_RAW), which no
 * reader matches: nothing is known of that argument, as before, and
 * fact_vals_unparsed() counts it.  A list is one block: its header, its
 * records, then the names they point to, malloc'ed or in a pool.  A
 * loader of a whole database passes a memo: a text read before gives
 * the block read then (the 173,281 vals of the 6.1 kernel's calls are
 * 49,962 texts), and the names are each kept once in the pool, not in
 * every block.
 *
 * A new form of entry is a kind in facts.h (enum fact_val_kind, or a form
 * of enum fv_int for an integer value), its case in vals_entry() or
 * rets_entry() (and int_value()) and in put_entry() (put_int()), an
 * accessor in solve/fieldvals.c, and its text in fact_text_test.c's
 * lists, which check that it comes back unchanged.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "textbuf.h"
#include "strpool.h"

/* a few hundred thousand of them in a whole-kernel database */
_Static_assert(sizeof(struct fact_val) == 16, "struct fact_val grew");

/* entries read in a form not understood since the program started */
static long long unparsed;

long long fact_vals_unparsed(void)
{
	return unparsed;
}

/* ---- reading one entry ---- */

/* an entry being read: the text from p to end, and the record(s) made */
struct ent {
	const char *p, *end;
	struct fact_val r[2];
	const char *name[2];	/* the records' names: where in the text */
	size_t nlen[2];
	int n;			/* records: 1, or 2 with VAL_MORE */
};

/* a decimal number in the writers' form ("%d": no sign, no leading zero)
 * from @p, below @max: the position after it, or NULL */
static const char *number(const char *p, const char *end, long max, int *out)
{
	long v = 0;
	const char *q = p;

	while (q < end && *q >= '0' && *q <= '9' && q - p < 11)
		v = 10 * v + (*q++ - '0');
	if (q == p || (*p == '0' && q - p > 1) || v >= max)
		return NULL;
	*out = (int)v;
	return q;
}

/* an argument or parameter number (below 256) */
static const char *small(const char *p, const char *end, unsigned char *out)
{
	int v;

	p = number(p, end, 256, &v);
	if (p)
		*out = (unsigned char)v;
	return p;
}

/* the whole of @p..@end as "%lld" writes it: 1 and *@v */
static int whole_ll(const char *p, const char *end, long long *v)
{
	char buf[32], *r;
	size_t len = (size_t)(end - p);

	if (!len || len >= sizeof(buf))
		return 0;
	memcpy(buf, p, len);
	buf[len] = '\0';
	*v = strtoll(buf, &r, 10);
	if (*r)
		return 0;
	snprintf(buf, sizeof(buf), "%lld", *v);
	return strlen(buf) == len && !memcmp(buf, p, len);
}

/* "L:C" filling @r's line and col: the position after it, or NULL */
static const char *position(const char *p, const char *end, struct fact_val *r)
{
	p = number(p, end, 1L << 30, &r->line);
	if (!p || p == end || *p != ':')
		return NULL;
	return number(p + 1, end, 1L << 30, &r->col);
}

/* an integer value (the V of J=V, facts.h) into @r's c, k and v: 1 if
 * it is one */
static int int_value(const char *p, const char *end, struct fact_val *r)
{
	const char *q;

	r->k = 0;
	r->v = 0;
	if (end - p == 2 && p[0] == '!' && p[1] == '0') {	/* never zero */
		r->c = FV_NONZERO;
		return 1;
	}
	if (end - p > 2 && p[0] == '&' && p[1] == '&') {	/* an address */
		r->c = FV_ADDR;
		return whole_ll(p + 2, end, &r->v);
	}
	if (p < end && (*p == '#' || *p == '|' || *p == '&')) {
		r->c = *p == '#' ? FV_CONST : *p == '|' ? FV_OR : FV_AND;
		return whole_ll(p + 1, end, &r->v);
	}
	q = small(p, end, &r->k);
	if (!q)
		return 0;
	if (q == end) {
		r->c = FV_PARAM;
		return 1;
	}
	if ((*q == '?' || *q == '!') && q + 1 == end) {
		r->c = *q == '?' ? FV_PARAM_ZERO : FV_PARAM_NONZERO;
		return 1;
	}
	if (*q == '|' || *q == '&') {
		r->c = *q == '|' ? FV_PARAM_OR : FV_PARAM_AND;
		return whole_ll(q + 1, end, &r->v);
	}
	return 0;
}

/* record @i of @e is named @p..@end (not empty); with @may_static, a
 * name ending in "/s" (more than that) is a static one: @r->c 1 */
static int named(struct ent *e, int i, const char *p, const char *end,
		 int may_static)
{
	if (p >= end)
		return 0;
	if (may_static) {
		e->r[i].c = end - p > 2 && end[-2] == '/' && end[-1] == 's';
		if (e->r[i].c)
			end -= 2;
	}
	e->name[i] = p;
	e->nlen[i] = (size_t)(end - p);
	return 1;
}

/* "F" @op "V" (@op two characters) from @p (after "J."): the records
 * of @kind and its VAL_MORE begun, and where V starts; NULL if it is not
 * one */
static const char *member_op(struct ent *e, const char *p, const char *op,
			     enum fact_val_kind kind)
{
	const char *at;

	for (at = p; at + 1 < e->end; at++)
		if (at[0] == op[0] && at[1] == op[1])
			break;
	if (at + 1 >= e->end || !named(e, 0, p, at, 0))
		return NULL;
	e->r[0].kind = kind;
	e->r[1].kind = VAL_MORE;
	e->n = 2;
	return at + 2;
}

/* "F:=V" of a member store, from @p (after "J."): 1 if it is one */
static int member_store(struct ent *e, const char *p)
{
	const char *v = member_op(e, p, ":=", VAL_MEMBER_SET);

	if (!v)
		return 0;
	if (int_value(v, e->end, &e->r[1]))
		return 1;
	/* "?" or a value not understood: not known (its text kept) */
	e->r[1].c = FV_NONE;
	e->r[1].k = 0;
	e->r[1].name = NULL;
	if (v + 1 == e->end && *v == '?')
		return 1;
	return named(e, 1, v, e->end, 0);
}

/* "F!^&&V" of a store only where the member was not address V, from
 * @p (after "K."): 1 if it is one */
static int member_unless(struct ent *e, const char *p)
{
	const char *v = member_op(e, p, "!^", VAL_RET_MEMBER_UNLESS);

	if (v && int_value(v, e->end, &e->r[1]) && e->r[1].c == FV_ADDR)
		return 1;
	e->n = 1;
	e->r[1].kind = VAL_RAW;
	return 0;
}

/* "F==V" of a member known at the call, from @p (after "J."): 1 if it
 * is one, understood; "F==?" a member stored with a value not known
 * since the zero of fresh memory ("*==#0") */
static int member_known(struct ent *e, const char *p)
{
	const char *v = member_op(e, p, "==", VAL_MEMBER_KNOWN);

	if (v && v + 1 == e->end && *v == '?') {
		e->r[1].c = FV_NONE;
		e->r[1].k = 0;
		e->r[1].v = 0;
		e->r[1].name = NULL;
		return 1;
	}
	return v && int_value(v, e->end, &e->r[1]);
}

/* "P~L:C/M" or "*~L:C" of a call between a member's store and the
 * call (J.F==V), from @p (after "J."): 1 if it is one */
static int member_after(struct ent *e, const char *p)
{
	const char *t = memchr(p, '~', (size_t)(e->end - p)), *q;
	struct fact_val *r = &e->r[0];

	if (!t || !(q = position(t + 1, e->end, r)))
		return 0;
	r->kind = VAL_MEMBER_AFTER;
	r->k = FACT_VAL_NONE;
	if (q < e->end && (*q != '/' || small(q + 1, e->end, &r->k) != e->end))
		return 0;
	e->r[1].kind = VAL_MORE;
	e->n = 2;
	return named(e, 1, p, t, 0);
}

/* "[G:K]" or "[G:#I]" from @p: record 0's name G (static in its c) and
 * @m (@k K, or FACT_VAL_NONE and @line I); where it ends, or NULL */
static const char *element(struct ent *e, const char *p, struct fact_val *m)
{
	const char *colon, *close;

	if (p >= e->end || *p != '[' ||
	    !(close = memchr(p, ']', (size_t)(e->end - p))))
		return NULL;
	for (colon = close; colon > p && *colon != ':'; colon--)
		;
	if (colon == p || !named(e, 0, p + 1, colon, 1))
		return NULL;
	m->k = FACT_VAL_NONE;
	m->line = 0;
	if (colon[1] == '#')
		return number(colon + 2, close, 1L << 30, &m->line) == close ? close + 1 : NULL;
	return small(colon + 1, close, &m->k) == close ? close + 1 : NULL;
}

/* "J=[G:K]$F": 1 if understood */
static int table_entry(struct ent *e, const char *q)
{
	q = element(e, q, &e->r[1]);
	if (!q || q >= e->end || *q != '$')
		return 0;
	e->r[0].kind = VAL_TABLE;
	e->r[1].kind = VAL_MORE;
	e->n = 2;
	return named(e, 1, q + 1, e->end, 0);
}

/* "J=..." of a call's vals, from @q (after "J="): 1 if understood */
static int arg_entry(struct ent *e, const char *q)
{
	struct fact_val *r = &e->r[0];
	const char *end = e->end;

	switch (*q) {
	case '*':
		r->kind = VAL_PARAM;
		q = small(q + 1, end, &r->k);
		if (q && q < end && *q == '~') {
			/* J=*K~L:C */
			r->kind = VAL_PARAM_AFTER;
			return position(q + 1, end, r) == end;
		}
		r->c = q && q + 1 == end && *q == '^';	/* J=*K^: fresh */
		return q == end || r->c;
	case '#':
	case '|':
		r->kind = VAL_INT;
		return int_value(q, end, r);
	case '&':
		r->kind = VAL_INT;
		if (int_value(q, end, r))
			return 1;
		r->kind = VAL_ADDR;
		r->k = 0;
		return named(e, 0, q + 1, end, 1);
	case '$':
		r->kind = VAL_SFIELD;
		return named(e, 0, q + 1, end, 0);
	case '>':
		r->kind = VAL_PTRFIELD;
		return named(e, 0, q + 1, end, 0);
	case '@':
		r->kind = VAL_GLOBAL;
		return named(e, 0, q + 1, end, 1);
	case '^':
		r->kind = VAL_CALL;
		q = position(q + 1, end, r);
		if (q && q < end && *q == '$') {
			/* J=^L:C$F */
			r->kind = VAL_CALL_FIELD;
			e->r[1].kind = VAL_MORE;
			e->n = 2;
			return named(e, 1, q + 1, end, 0);
		}
		return q == end;
	case '[':
		return table_entry(e, q);
	case '~':
		/* J=~L:C/M, J=~L:C/M^ (@c 1) */
		r->kind = VAL_LOCAL;
		q = position(q + 1, end, r);
		if (!q || *q != '/' || !(q = small(q + 1, end, &r->k)))
			return 0;
		r->c = q + 1 == end && *q == '^';
		return q == end || r->c;
	case '%':
		if (q + 1 < end && q[1] == '^') {
			/* J=%^L:C */
			r->kind = VAL_PCALL;
			return position(q + 2, end, r) == end;
		}
		r->kind = VAL_PAIRED;
		return q + 1 == end;
	}
	r->kind = VAL_INT;
	if (int_value(q, end, r))
		return 1;
	r->kind = VAL_PARAM_FIELD;
	q = small(q, end, &r->k);
	return q && q < end && *q == '.' && named(e, 0, q + 1, end, 0);
}

/* one entry of a call's vals into @e: 1 if understood */
static int vals_entry(struct ent *e)
{
	struct fact_val *r = &e->r[0];
	const char *q = small(e->p, e->end, &r->j);

	if (!q || q == e->end)
		return 0;
	if (q[0] == '*' && q + 1 < e->end && q[1] == '=') {
		r->kind = VAL_INT_DEREF;
		return int_value(q + 2, e->end, r);
	}
	if (*q == '=')
		return arg_entry(e, q + 1);
	if (*q != '.')
		return 0;
	if (member_store(e, q + 1) || member_known(e, q + 1))
		return 1;
	e->n = 1;
	if (member_after(e, q + 1))
		return 1;
	e->n = 1;
	/* J.F=C */
	r->kind = VAL_OBJ_CLASS;
	r->c = (unsigned char)e->end[-1];
	return e->end - q >= 4 && e->end[-2] == '=' &&
	       named(e, 0, q + 1, e->end - 2, 0);
}

/* "@G" or "@G=WHAT" of a function's rets: 1 if understood */
static int global_entry(struct ent *e)
{
	const char *eq = memchr(e->p, '=', (size_t)(e->end - e->p)), *q;
	struct fact_val *m = &e->r[1];

	if (!eq) {
		e->r[0].kind = VAL_RET_GLOBAL;
		return named(e, 0, e->p + 1, e->end, 1);
	}
	e->r[0].kind = VAL_RET_GSTORE;
	if (!named(e, 0, e->p + 1, eq, 1))
		return 0;
	e->n = 2;
	m->kind = VAL_MORE;
	m->k = FACT_VAL_NONE;
	/* "^L:C" or "^L:C*J": m->c 1 */
	if (eq[1] == '^' && (q = position(eq + 2, e->end, m)) &&
	    (q == e->end || (*q == '*' && small(q + 1, e->end, &m->k) == e->end))) {
		m->c = 1;
		return 1;
	}
	m->c = 0;
	m->k = FACT_VAL_NONE;
	m->line = 0;
	m->name = NULL;
	if (eq + 2 == e->end && eq[1] == '?')
		return 1;
	return named(e, 1, eq + 1, e->end, 0);
}

/* one entry of a function's rets into @e: 1 if understood */
static int rets_entry(struct ent *e)
{
	struct fact_val *r = &e->r[0];
	const char *p = e->p, *end = e->end, *q;

	if (*p == '^') {
		r->kind = VAL_RET_CALL;
		return position(p + 1, end, r) == end;
	}
	if (*p == '%' && p + 1 < end && p[1] == '^') {
		r->kind = VAL_RET_PCALL;
		return position(p + 2, end, r) == end;
	}
	if (*p == '@')
		return global_entry(e);
	if (*p == '&') {
		/* &[G:K]: the element in the record itself */
		struct fact_val m;

		memset(&m, 0, sizeof(m));
		r->kind = VAL_RET_ELEM;
		q = element(e, p + 1, &m);
		r->k = m.k;
		r->line = m.line;
		return q == end;
	}
	if (*p == '~') {
		/* ~M: a hex mask of kinds */
		unsigned long m = 0;

		for (q = p + 1; q < end && isxdigit((unsigned char)*q); q++)
			m = m * 16 + (unsigned long)(isdigit((unsigned char)*q) ?
				*q - '0' : tolower((unsigned char)*q) - 'a' + 10);
		r->kind = VAL_RET_CTX;
		r->c = (unsigned char)m;
		return q == end && q > p + 1 && m > 0 && m < 256;
	}
	if (*p == '*') {
		/* *K.F=C */
		r->kind = VAL_RET_OUT;
		q = small(p + 1, end, &r->j);
		r->c = (unsigned char)end[-1];
		return q && *q == '.' && end - q >= 4 && end[-2] == '=' &&
		       named(e, 0, q + 1, end - 2, 0);
	}
	if ((q = small(p, end, &r->j))) {
		if (*q == '!' && q + 1 == end) {
			r->kind = VAL_RET_ANY_USE;
			return 1;
		}
		if (q == end || *q != '.')
			return 0;
		if (member_store(e, q + 1))
			return 1;
		if (member_unless(e, q + 1))
			return 1;
		e->n = 1;
		r->kind = VAL_RET_MEMBER_MAY;
		return end[-1] == '!' && named(e, 0, q + 1, end - 1, 0);
	}
	/* F=C */
	r->kind = VAL_RET_CLASS;
	r->c = (unsigned char)end[-1];
	return end - p >= 3 && end[-2] == '=' && named(e, 0, p, end - 2, 0);
}

/* ---- a list ---- */

/* the list being read: its records and where their names are */
struct reading {
	struct fact_val *r;
	const char **name;
	size_t *nlen, names;
	int n, cap;
};

static void push(struct reading *l, const struct fact_val *r, const char *name,
		 size_t nlen)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->r = sc_realloc(l->r, (size_t)l->cap * sizeof(*l->r));
		l->name = sc_realloc(l->name, (size_t)l->cap * sizeof(*l->name));
		l->nlen = sc_realloc(l->nlen, (size_t)l->cap * sizeof(*l->nlen));
	}
	l->r[l->n] = *r;
	l->name[l->n] = name;
	l->nlen[l->n++] = nlen;
	if (name)
		l->names += nlen + 1;
}

/* reads entry @p..@end into @l with @entry (vals_entry or rets_entry) */
static void read_entry(struct reading *l, const char *p, const char *end,
		       int (*entry)(struct ent *e))
{
	struct ent e;
	int i;

	memset(&e, 0, sizeof(e));
	e.p = p;
	e.end = end;
	e.n = 1;
	if (p < end && entry(&e)) {
		for (i = 0; i < e.n; i++)
			push(l, &e.r[i], e.name[i], e.nlen[i]);
		return;
	}
	/* not understood: its text, which nothing reads */
	unparsed++;
	memset(&e.r[0], 0, sizeof(e.r[0]));
	e.r[0].kind = VAL_RAW;
	push(l, &e.r[0], p, (size_t)(end - p));
}

static const char *intern(struct fact_vals_memo *m, struct strpool *pool,
			  const char *p, size_t len);

/* the list @l read as one block, in @pool (NULL: malloc'ed), its names
 * in the block, or (with @memo) each once in @pool */
static const struct fact_vals *block(const struct reading *l, struct strpool *pool,
				     struct fact_vals_memo *memo)
{
	size_t head = offsetof(struct fact_vals, v) +
		      (size_t)l->n * sizeof(struct fact_val);
	size_t size = head + (memo ? 0 : l->names);
	struct fact_vals *out;
	char *names;
	int i;

	if (pool)
		out = (struct fact_vals *)strpool_alloc_aligned(pool, size);
	else
		out = sc_malloc(size);
	out->n = l->n;
	names = (char *)out + head;
	for (i = 0; i < l->n; i++) {
		out->v[i] = l->r[i];
		if (!l->name[i])
			continue;
		if (memo) {
			out->v[i].name = intern(memo, pool, l->name[i], l->nlen[i]);
			continue;
		}
		memcpy(names, l->name[i], l->nlen[i]);
		names[l->nlen[i]] = '\0';
		out->v[i].name = names;
		names += l->nlen[i] + 1;
	}
	return out;
}

static const struct fact_vals *read_list(const char *s, struct strpool *pool,
					 struct fact_vals_memo *memo,
					 int (*entry)(struct ent *e))
{
	struct reading l;
	const struct fact_vals *out;
	const char *end;

	if (!s)
		return NULL;
	memset(&l, 0, sizeof(l));
	for (; *s; s = *end ? end + 1 : end) {
		end = strchr(s, ',');
		if (!end)
			end = s + strlen(s);
		read_entry(&l, s, end, entry);
	}
	out = block(&l, pool, memo);
	free(l.r);
	free(l.name);
	free(l.nlen);
	return out;
}

/* ---- lists read once for a whole load ---- */

/* the lists read from each text, of one kind (vals or rets) */
struct memo_part {
	struct nameidx idx;	/* text -> index in list[] */
	const struct fact_vals **list;
	int n, cap;
};

struct fact_vals_memo {
	struct memo_part vals, rets;
	struct nameidx names;	/* a name -> index in name[] */
	const char **name;	/* the names, in the pool */
	int nnames, names_cap;
	char *buf;		/* a name being looked up */
	size_t bufsize;
};

/* the pool's copy of name @p (@len bytes), one for all the lists */
static const char *intern(struct fact_vals_memo *m, struct strpool *pool,
			  const char *p, size_t len)
{
	int i;

	if (len >= m->bufsize) {
		m->bufsize = 2 * len + 64;
		m->buf = sc_realloc(m->buf, m->bufsize);
	}
	memcpy(m->buf, p, len);
	m->buf[len] = '\0';
	i = nameidx_get(&m->names, m->buf);
	if (i >= 0)
		return m->name[i];
	if (m->nnames == m->names_cap) {
		m->names_cap = m->names_cap ? 2 * m->names_cap : 1024;
		m->name = sc_realloc(m->name, (size_t)m->names_cap * sizeof(*m->name));
	}
	m->name[m->nnames] = strpool_copy(pool, m->buf);
	nameidx_put(&m->names, m->name[m->nnames], m->nnames);
	return m->name[m->nnames++];
}

struct fact_vals_memo *fact_vals_memo_new(void)
{
	return sc_calloc(1, sizeof(struct fact_vals_memo));
}

void fact_vals_memo_free(struct fact_vals_memo *m)
{
	if (!m)
		return;
	nameidx_free(&m->vals.idx);
	nameidx_free(&m->rets.idx);
	nameidx_free(&m->names);
	free(m->vals.list);
	free(m->rets.list);
	free(m->name);
	free(m->buf);
	free(m);
}

/* @s read with @entry, or the list @part read from the same text before;
 * a list read again counts its entries not understood again */
static const struct fact_vals *parse(const char *s, struct strpool *pool,
				     struct fact_vals_memo *memo,
				     struct memo_part *part,
				     int (*entry)(struct ent *e))
{
	const struct fact_vals *l;
	int i;

	if (!s || !memo || !pool)
		return read_list(s, pool, NULL, entry);
	i = nameidx_get(&part->idx, s);
	if (i >= 0) {
		l = part->list[i];
		for (i = 0; i < l->n; i++)
			unparsed += l->v[i].kind == VAL_RAW;
		return l;
	}
	l = read_list(s, pool, memo, entry);
	if (part->n == part->cap) {
		part->cap = part->cap ? 2 * part->cap : 1024;
		part->list = sc_realloc(part->list, (size_t)part->cap * sizeof(*part->list));
	}
	nameidx_put(&part->idx, s, part->n);
	part->list[part->n++] = l;
	return l;
}

const struct fact_vals *fact_vals_parse(const char *s, struct strpool *pool,
					struct fact_vals_memo *memo)
{
	return parse(s, pool, memo, memo ? &memo->vals : NULL, vals_entry);
}

const struct fact_vals *fact_vals_parse_fresh(const char *s)
{
	/* not in a pool nor a memo: the block is this call's own */
	struct fact_vals *l = (struct fact_vals *)read_list(s, NULL, NULL, vals_entry);
	int i;

	for (i = 0; l && i < l->n; i++)
		if (l->v[i].kind == VAL_PARAM)
			l->v[i].c = 1;
	return l;
}

const struct fact_vals *fact_rets_parse(const char *s, struct strpool *pool,
					struct fact_vals_memo *memo)
{
	return parse(s, pool, memo, memo ? &memo->rets : NULL, rets_entry);
}

/* ---- writing ---- */

/* the entries are written piece by piece (textbuf.h), not with printf: a
 * call's values are written twice for each file (its row and its pack) */

/* an integer value (record @r's c, k, v) as J=V writes it */
static void put_int(struct textbuf *o, const struct fact_val *r)
{
	switch (r->c) {
	case FV_CONST:
		tb_putc(o, '#');
		tb_put_ll(o, r->v);
		break;
	case FV_OR:
	case FV_AND:
		tb_putc(o, r->c == FV_OR ? '|' : '&');
		tb_put_ll(o, r->v);
		break;
	case FV_PARAM:
		tb_put_ll(o, r->k);
		break;
	case FV_PARAM_ZERO:
	case FV_PARAM_NONZERO:
		tb_put_ll(o, r->k);
		tb_putc(o, r->c == FV_PARAM_ZERO ? '?' : '!');
		break;
	case FV_PARAM_OR:
	case FV_PARAM_AND:
		tb_put_ll(o, r->k);
		tb_putc(o, r->c == FV_PARAM_OR ? '|' : '&');
		tb_put_ll(o, r->v);
		break;
	case FV_NONZERO:
		tb_puts(o, "!0");
		break;
	case FV_ADDR:
		tb_puts(o, "&&");
		tb_put_ll(o, r->v);
		break;
	default:
		tb_puts(o, r->name ? r->name : "?");
	}
}

static const char *st(const struct fact_val *r)
{
	return r->c ? "/s" : "";
}

/* "J" then @sep, the beginning of most entries */
static void put_j(struct textbuf *o, const struct fact_val *r, const char *sep)
{
	tb_put_ll(o, r->j);
	tb_puts(o, sep);
}

/* "L:C" */
static void put_at(struct textbuf *o, int line, int col)
{
	tb_put_ll(o, line);
	tb_putc(o, ':');
	tb_put_ll(o, col);
}

/* "[G:K]" or "[G:#I]": G of @r, K or I of @m */
static void put_elem(struct textbuf *o, const struct fact_val *r,
		     const struct fact_val *m)
{
	tb_putc(o, '[');
	tb_puts(o, r->name);
	tb_puts(o, st(r));
	tb_putc(o, ':');
	if (m->k == FACT_VAL_NONE) {
		tb_putc(o, '#');
		tb_put_ll(o, m->line);
	} else {
		tb_put_ll(o, m->k);
	}
	tb_putc(o, ']');
}

/* the entry of record @r (@m: the VAL_MORE after it, or NULL) */
static void put_entry(struct textbuf *o, const struct fact_val *r,
		      const struct fact_val *m)
{
	switch (r->kind) {
	case VAL_PARAM_FIELD:
		put_j(o, r, "=");
		tb_put_ll(o, r->k);
		tb_putc(o, '.');
		tb_puts(o, r->name);
		break;
	case VAL_OBJ_CLASS:
		put_j(o, r, ".");
		tb_puts(o, r->name);
		tb_putc(o, '=');
		tb_putc(o, r->c);
		break;
	case VAL_PARAM:
		put_j(o, r, "=*");
		tb_put_ll(o, r->k);
		tb_puts(o, r->c ? "^" : "");
		break;
	case VAL_PARAM_AFTER:
		put_j(o, r, "=*");
		tb_put_ll(o, r->k);
		tb_putc(o, '~');
		put_at(o, r->line, r->col);
		break;
	case VAL_ADDR:
		put_j(o, r, "=&");
		tb_puts(o, r->name);
		tb_puts(o, st(r));
		break;
	case VAL_PTRFIELD:
		put_j(o, r, "=>");
		tb_puts(o, r->name);
		break;
	case VAL_CALL:
		put_j(o, r, "=^");
		put_at(o, r->line, r->col);
		break;
	case VAL_GLOBAL:
		put_j(o, r, "=@");
		tb_puts(o, r->name);
		tb_puts(o, st(r));
		break;
	case VAL_INT:
	case VAL_INT_DEREF:
		put_j(o, r, r->kind == VAL_INT_DEREF ? "*=" : "=");
		put_int(o, r);
		break;
	case VAL_SFIELD:
		put_j(o, r, "=$");
		tb_puts(o, r->name);
		break;
	case VAL_LOCAL:
		put_j(o, r, "=~");
		put_at(o, r->line, r->col);
		tb_putc(o, '/');
		tb_put_ll(o, r->k);
		if (r->c)
			tb_putc(o, '^');
		break;
	case VAL_MEMBER_SET:
	case VAL_MEMBER_KNOWN:
		put_j(o, r, ".");
		tb_puts(o, r->name);
		tb_puts(o, r->kind == VAL_MEMBER_SET ? ":=" : "==");
		put_int(o, m);
		break;
	case VAL_PAIRED:
		put_j(o, r, "=%");
		break;
	case VAL_PCALL:
		put_j(o, r, "=%^");
		put_at(o, r->line, r->col);
		break;
	case VAL_TABLE:
		put_j(o, r, "=");
		put_elem(o, r, m);
		tb_putc(o, '$');
		tb_puts(o, m->name);
		break;
	case VAL_MEMBER_AFTER:
		put_j(o, r, ".");
		tb_puts(o, m->name);
		tb_putc(o, '~');
		put_at(o, r->line, r->col);
		if (r->k != FACT_VAL_NONE) {
			tb_putc(o, '/');
			tb_put_ll(o, r->k);
		}
		break;
	case VAL_CALL_FIELD:
		put_j(o, r, "=^");
		put_at(o, r->line, r->col);
		tb_putc(o, '$');
		tb_puts(o, m->name);
		break;
	case VAL_RET_ELEM:
		tb_putc(o, '&');
		put_elem(o, r, r);
		break;
	case VAL_RET_CLASS:
		tb_puts(o, r->name);
		tb_putc(o, '=');
		tb_putc(o, r->c);
		break;
	case VAL_RET_CALL:
		tb_putc(o, '^');
		put_at(o, r->line, r->col);
		break;
	case VAL_RET_PCALL:
		tb_puts(o, "%^");
		put_at(o, r->line, r->col);
		break;
	case VAL_RET_GLOBAL:
		tb_putc(o, '@');
		tb_puts(o, r->name);
		tb_puts(o, st(r));
		break;
	case VAL_RET_OUT:
		tb_putc(o, '*');
		put_j(o, r, ".");
		tb_puts(o, r->name);
		tb_putc(o, '=');
		tb_putc(o, r->c);
		break;
	case VAL_RET_GSTORE:
		tb_putc(o, '@');
		tb_puts(o, r->name);
		tb_puts(o, st(r));
		tb_putc(o, '=');
		if (!m->c) {
			tb_puts(o, m->name ? m->name : "?");
		} else {
			tb_putc(o, '^');
			put_at(o, m->line, m->col);
			if (m->k != FACT_VAL_NONE) {
				tb_putc(o, '*');
				tb_put_ll(o, m->k);
			}
		}
		break;
	case VAL_RET_MEMBER_MAY:
		put_j(o, r, ".");
		tb_puts(o, r->name);
		tb_putc(o, '!');
		break;
	case VAL_RET_MEMBER_UNLESS:
		put_j(o, r, ".");
		tb_puts(o, r->name);
		tb_puts(o, "!^");
		put_int(o, m);
		break;
	case VAL_RET_ANY_USE:
		put_j(o, r, "!");
		break;
	case VAL_RET_CTX:
		tb_putc(o, '~');
		tb_put_hex(o, r->c, 0);
		break;
	default:
		tb_puts(o, r->name);
	}
}

char *fact_vals_text(const struct fact_vals *l)
{
	struct textbuf o;
	int i, first = 1;

	if (!l)
		return NULL;
	o.cap = 64;
	o.s = sc_malloc(o.cap);
	o.s[0] = '\0';
	o.len = 0;
	for (i = 0; i < l->n; i++) {
		const struct fact_val *r = &l->v[i];

		if (r->kind == VAL_MORE)
			continue;
		if (!first)
			tb_putc(&o, ',');
		first = 0;
		put_entry(&o, r, i + 1 < l->n && l->v[i + 1].kind == VAL_MORE ?
			  &l->v[i + 1] : NULL);
	}
	return o.s;
}
