/*
 * fact_text.c - the sub-records of a call and of a function (facts.h:
 * fact_call.objs and .fnargs, fact_func.atoms) built, and written to and
 * read from the compact text the database keeps them in.
 *
 * The front ends and the analysis fill the records; the solver reads
 * them; db.c stores each list as one text column and loads it back
 * through this file alone, and dump-facts prints the same text.  The
 * text is the one earlier versions wrote, so databases stay readable:
 *   objs    "name/static/blk/nblk,..."
 *   fnargs  "ARG:name/static,..."
 *   atoms   "K&MASK", "K=V", "K*&MASK", "K*=V" (MASK, V in C notation),
 *           "K.F&MASK", "K.F^&MASK" (of a member; ^: ATOM_ENTRY),
 *           "K.F~L:C~L:C&MASK" (tested after those calls: ATOM_BEFORE),
 *           "K.F=&V" (a pointer member against an address, ATOM_ADDR),
 *           "K?0" (a vmalloc test of pointer parameter K, ATOM_VMEM),
 *           "@struct T.F&MASK" (a field atom, ATOM_FIELD)
 * A list that does not parse keeps what did: objects and functions that
 * parse, and atoms in their places (one not understood has param -1, so
 * that the guard bits of the others keep their meaning).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "textbuf.h"
#include "strpool.h"

#define GROW(v, n, cap) do {						\
	if ((n) == (cap)) {						\
		(cap) = (cap) ? 2 * (cap) : 2;				\
		(v) = sc_realloc((v), (size_t)(cap) * sizeof(*(v)));	\
	}								\
} while (0)

/* records grow by doubling from 2: the capacity is the count's power of 2 */
static int cap_of(int n)
{
	int cap = n ? 2 : 0;

	while (cap && cap < n)
		cap *= 2;
	return cap;
}

int fact_call_add_obj(struct fact_call *c, const char *name, int is_static,
		      unsigned blk, unsigned nblk, int max)
{
	const struct fact_call_x *r = fcx(c);
	struct fact_call_x *x;
	int i, cap = cap_of(r->nobjs);

	if (!name || (max && r->nobjs >= max))
		return 0;
	is_static = !!is_static;
	/* the same object under the same guard once (a store seen twice) */
	for (i = 0; i < r->nobjs; i++)
		if (r->objs[i].is_static == is_static && r->objs[i].blk == blk &&
		    r->objs[i].nblk == nblk && !strcmp(r->objs[i].name, name))
			return 0;
	x = fact_call_x(c);
	GROW(x->objs, x->nobjs, cap);
	x->objs[x->nobjs].name = sc_strdup(name);
	x->objs[x->nobjs].is_static = is_static;
	x->objs[x->nobjs].blk = blk;
	x->objs[x->nobjs].nblk = nblk;
	x->nobjs++;
	return 1;
}

void fact_call_add_fnarg(struct fact_call *c, int arg, const char *name, int is_static)
{
	struct fact_call_x *x = fact_call_x(c);
	int cap = cap_of(x->nfnargs);

	GROW(x->fnargs, x->nfnargs, cap);
	x->fnargs[x->nfnargs].arg = arg;
	x->fnargs[x->nfnargs].name = sc_strdup(name);
	x->fnargs[x->nfnargs].is_static = !!is_static;
	x->nfnargs++;
}

struct fact_atom *fact_func_add_atom(struct fact_func *fn, int param, int how,
				     unsigned long long value)
{
	int cap = cap_of(fn->natoms);
	struct fact_atom *a;

	GROW(fn->atoms, fn->natoms, cap);
	a = &fn->atoms[fn->natoms++];
	a->param = param;
	a->how = how;
	a->value = value;
	a->field[0] = '\0';
	a->sfield = NULL;
	a->nbefore = 0;
	return a;
}

struct fact_atom *fact_func_add_field_atom(struct fact_func *fn, const char *field,
					   unsigned long long mask)
{
	struct fact_atom *a = fact_func_add_atom(fn, -1, ATOM_FIELD, mask);

	a->sfield = sc_strdup(field);
	return a;
}

int fact_func_atom(const struct fact_func *fn, int i, int *param,
		   unsigned long long *value, int *how)
{
	if (i < 0 || i >= fn->natoms || fn->atoms[i].param < 0 ||
	    (fn->atoms[i].how & ATOM_VMEM))
		return 0;
	*param = fn->atoms[i].param;
	*value = fn->atoms[i].value;
	*how = fn->atoms[i].how & ~ATOM_BEFORE;	/* its places: fn->atoms */
	return 1;
}

const char *fact_func_atom_field(const struct fact_func *fn, int i)
{
	if (i < 0 || i >= fn->natoms || fn->atoms[i].param < 0)
		return "";
	return fn->atoms[i].field;
}

/* ---- the text ---- */

/* the lists below are written piece by piece (textbuf.h), not with printf:
 * every call and function of a file has them written twice (its row and
 * its pack) */

void fact_choice_entry(char *buf, size_t size, int j, const char *star,
		       long long all, long long any)
{
	if (all == any)
		snprintf(buf, size, "%d%s=#%lld", j, star, all);
	else if (all)
		snprintf(buf, size, "%d%s=|%lld", j, star, all);
	else
		snprintf(buf, size, "%d%s=&%lld", j, star, any);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

unsigned long long fact_addr_value(const char *name, const char *unit)
{
	unsigned long long h = 0xcbf29ce484222325ULL;	/* FNV-1a */
	const char *p;

	for (p = name; *p; p++)
		h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
	if (unit) {
		h = (h ^ '/') * 0x100000001b3ULL;
		for (p = unit; *p; p++)
			h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
	}
	h &= (1ULL << 62) - 1;
	return h ? h : 1;
}

void fact_list_sort(char *list)
{
	char *copy, **ent, *p, *q;
	int n = 1, i;
	size_t len = strlen(list);

	if (!len)
		return;
	for (p = list; *p; p++)
		n += *p == ',';
	copy = sc_strdup(list);
	ent = sc_malloc(n * sizeof(*ent));
	for (i = 0, p = copy; i < n; i++) {
		ent[i] = p;
		q = strchr(p, ',');
		if (q) {
			*q = '\0';
			p = q + 1;
		}
	}
	qsort(ent, n, sizeof(*ent), cmp_str);
	for (i = 0, p = list; i < n; i++) {
		size_t l = strlen(ent[i]);

		if (i)
			*p++ = ',';
		memcpy(p, ent[i], l);
		p += l;
	}
	*p = '\0';
	free(ent);
	free(copy);
}

void fact_list_append(char *buf, size_t size, const char *list,
		      void (*add)(char *buf, size_t size, const char *entry))
{
	const char *e, *end;
	char entry[512];

	for (e = list; e && *e; e = *end ? end + 1 : end) {
		end = strchr(e, ',');
		if (!end)
			end = e + strlen(e);
		if ((size_t)(end - e) < sizeof(entry)) {
			memcpy(entry, e, (size_t)(end - e));
			entry[end - e] = '\0';
			add(buf, size, entry);
		}
	}
}

char *fact_ptr_source(const char *path, const char *field, int rcv)
{
	struct textbuf b = { NULL, 0, 0 };

	tb_put(&b, "=", 1);
	if (path) {
		tb_puts(&b, path);
		tb_put(&b, "=", 1);
	}
	tb_puts(&b, field);
	if (rcv >= 0) {
		tb_put(&b, "~", 1);
		tb_put_ll(&b, rcv);
	}
	return b.s;
}

/* the length of @s without its receiver suffix ("~J") */
static size_t without_receiver(const char *s)
{
	const char *t = strrchr(s, '~');

	return t ? (size_t)(t - s) : strlen(s);
}

int fact_ptr_source_parse(const char *name, char *field, char *plain, size_t size)
{
	const char *eq;
	size_t n;

	if (!name || name[0] != '=')
		return 0;
	name++;
	eq = strchr(name, '=');
	if (!eq) {
		if ((n = without_receiver(name)) >= size)
			return 0;
		memcpy(field, name, n);
		field[n] = '\0';
		plain[0] = '\0';
		return 1;
	}
	if ((size_t)(eq - name) >= size || (n = without_receiver(eq + 1)) >= size)
		return 0;
	memcpy(field, name, (size_t)(eq - name));
	field[eq - name] = '\0';
	memcpy(plain, eq + 1, n);
	plain[n] = '\0';
	return 1;
}

int fact_ptr_source_receiver(const char *name)
{
	const char *t = name && name[0] == '=' ? strrchr(name, '~') : NULL;
	int j = 0;

	if (!t || !t[1])
		return -1;
	for (t++; *t >= '0' && *t <= '9' && j < 1000; t++)
		j = j * 10 + (*t - '0');
	return *t ? -1 : j;
}

char *fact_objs_text(const struct fact_call *c)
{
	struct textbuf b = { NULL, 0, 0 };
	int i;

	for (i = 0; i < fcx(c)->nobjs; i++) {
		const struct fact_obj *o = &fcx(c)->objs[i];

		tb_puts(&b, i ? "," : "");
		tb_puts(&b, o->name);
		tb_put(&b, "/", 1);
		tb_put_ll(&b, o->is_static);
		tb_put(&b, "/", 1);
		tb_put_llu(&b, o->blk);
		tb_put(&b, "/", 1);
		tb_put_llu(&b, o->nblk);
	}
	return b.s;
}

char *fact_fnargs_text(const struct fact_call *c)
{
	struct textbuf b = { NULL, 0, 0 };
	int i;

	for (i = 0; i < fcx(c)->nfnargs; i++) {
		const struct fact_fnarg *a = &fcx(c)->fnargs[i];

		tb_puts(&b, i ? "," : "");
		tb_put_ll(&b, a->arg);
		tb_put(&b, ":", 1);
		tb_puts(&b, a->name);
		tb_put(&b, "/", 1);
		tb_put_ll(&b, a->is_static);
	}
	return b.s;
}

char *fact_atoms_text(const struct fact_func *fn)
{
	struct textbuf b = { NULL, 0, 0 };
	int i, j;

	for (i = 0; i < fn->natoms; i++) {
		const struct fact_atom *a = &fn->atoms[i];

		tb_puts(&b, i ? "," : "");
		if (a->how & ATOM_FIELD) {
			tb_put(&b, "@", 1);
			tb_puts(&b, a->sfield);
			tb_put(&b, "&", 1);
		} else {
			tb_put_ll(&b, a->param);
			tb_puts(&b, a->how & ATOM_DEREF ? "*" : "");
			tb_puts(&b, a->field[0] ? "." : "");
			tb_puts(&b, a->field);
			tb_puts(&b, a->field[0] && (a->how & ATOM_ENTRY) ? "^" : "");
			for (j = 0; a->field[0] && (a->how & ATOM_BEFORE) && j < a->nbefore;
			     j++) {
				tb_put(&b, "~", 1);
				tb_put_ll(&b, a->bline[j]);
				tb_put(&b, ":", 1);
				tb_put_ll(&b, a->bcol[j]);
			}
			tb_put(&b, a->how & ATOM_VMEM ? "?" : a->how & ATOM_IN ? ":" :
				   a->how & ATOM_EQ ? "=" : "&", 1);
			tb_puts(&b, a->how & ATOM_ADDR ? "&" : "");
		}
		tb_put_hex(&b, a->value, 1);
	}
	return b.s;
}

/* the next comma-separated item of *@s, copied into a malloc'ed string
 * (NULL at the end); *@s moves past it */
static char *item(const char **s)
{
	const char *p = *s, *end;
	char *x;

	if (!p || !*p)
		return NULL;
	end = strchr(p, ',');
	if (!end)
		end = p + strlen(p);
	x = sc_malloc((size_t)(end - p) + 1);
	memcpy(x, p, (size_t)(end - p));
	x[end - p] = '\0';
	*s = *end ? end + 1 : end;
	return x;
}

static char *keep(struct strpool *pool, const char *s)
{
	return pool ? strpool_copy(pool, s) : sc_strdup(s);
}

/* a decimal number below 256 at @p, as the solver's readers took them */
static const char *small_number(const char *p, int *v)
{
	char *q;
	long n;

	if (*p < '0' || *p > '9')
		return NULL;
	n = strtol(p, &q, 10);
	if (n >= 256)
		return NULL;
	*v = (int)n;
	return q;
}

int fact_objs_parse(struct fact_call *c, const char *s, struct strpool *pool)
{
	int bad = 0, cap = cap_of(fcx(c)->nobjs);
	char *x;

	while ((x = item(&s))) {
		char *slash = strchr(x, '/');
		struct fact_obj o;
		int n = 0;

		if (slash) {
			*slash = '\0';
			if (sscanf(slash + 1, "%d/%u/%u%n", &o.is_static, &o.blk,
				   &o.nblk, &n) == 3 && !slash[1 + n]) {
				struct fact_call_x *cx = fact_call_x(c);

				o.name = keep(pool, x);
				GROW(cx->objs, cx->nobjs, cap);
				cx->objs[cx->nobjs++] = o;
				free(x);
				continue;
			}
		}
		bad = 1;
		free(x);
	}
	return bad ? -1 : 0;
}

int fact_fnargs_parse(struct fact_call *c, const char *s, struct strpool *pool)
{
	int cap = cap_of(fcx(c)->nfnargs);
	struct fact_call_x *cx;
	char *x;

	while ((x = item(&s))) {
		char *colon = strchr(x, ':'), *slash = strrchr(x, '/');
		struct fact_fnarg a;
		int n = 0;

		if (!colon || !slash || slash < colon ||
		    sscanf(x, "%d:%n", &a.arg, &n) != 1 || x + n != colon + 1 ||
		    sscanf(slash + 1, "%d%n", &a.is_static, &n) != 1 || slash[1 + n]) {
			free(x);
			return -1;	/* the readers stopped at the first */
		}
		*slash = '\0';
		a.name = keep(pool, colon + 1);
		cx = fact_call_x(c);
		GROW(cx->fnargs, cx->nfnargs, cap);
		cx->fnargs[cx->nfnargs++] = a;
		free(x);
	}
	return 0;
}

int fact_atoms_parse(struct fact_func *fn, const char *s)
{
	int bad = 0;
	char *x;

	while ((x = item(&s))) {
		struct fact_atom *a = fact_func_add_atom(fn, -1, 0, 0);
		const char *q = small_number(x, &a->param);
		char *r, *amp = strrchr(x, '&');

		if (x[0] == '@' && amp && amp > x + 1) {
			/* a field atom: "@struct T.F&MASK" */
			a->param = -1;
			a->how = ATOM_FIELD;
			a->value = strtoull(amp + 1, &r, 0);
			if (!*r && amp[1]) {
				*amp = '\0';
				a->sfield = sc_strdup(x + 1);
				free(x);
				continue;
			}
			a->how = 0;
		}

		if (q && *q == '*') {
			a->how |= ATOM_DEREF;
			q++;
		} else if (q && *q == '.') {
			size_t n = strcspn(q + 1, "&=^~");

			if (n && n < sizeof(a->field)) {
				memcpy(a->field, q + 1, n);
				a->field[n] = '\0';
				q += 1 + n;
				if (*q == '^') {
					a->how |= ATOM_ENTRY;
					q++;
				}
				/* ~L:C: a call the tests may come after */
				while (q && *q == '~' && a->nbefore < ATOM_BEFORE_MAX) {
					char *e1, *e2;
					long l = strtol(q + 1, &e1, 10), c;

					if (e1 == q + 1 || *e1 != ':') {
						q = NULL;
						break;
					}
					c = strtol(e1 + 1, &e2, 10);
					if (e2 == e1 + 1) {
						q = NULL;
						break;
					}
					a->bline[a->nbefore] = (int)l;
					a->bcol[a->nbefore++] = (int)c;
					a->how |= ATOM_BEFORE;
					q = e2;
				}
			} else {
				q = NULL;
			}
		}
		if (q && (*q == '&' || *q == '=' || *q == ':' || *q == '?')) {
			a->how |= *q == '=' ? ATOM_EQ : *q == ':' ? ATOM_IN :
				  *q == '?' ? ATOM_VMEM : 0;
			if (*q == '=' && q[1] == '&' && a->field[0]) {
				a->how |= ATOM_ADDR;
				q++;
			}
			a->value = strtoull(q + 1, &r, 0);
			if (!*r) {
				free(x);
				continue;
			}
		}
		a->param = -1;
		bad = 1;
		free(x);
	}
	return bad ? -1 : 0;
}

/*
 * Sibling fields (facts.h fact_call_x.sib, fact_binding.sibs): entries
 * "G=V" and "G!=V", V a decimal constant, comma-separated.  One entry of
 * @s at *@p: its field name (length *@len), whether it says "is not", its
 * value; *@p moves past it.  0 at the end or at an entry not understood
 * (skipped: it says nothing).
 */
static int sib_entry(const char **p, const char **name, size_t *len, int *neg,
		     long long *v)
{
	while (**p) {
		const char *s = *p, *eq = s, *end;
		char *r;

		while (*eq && *eq != '=' && *eq != ',')
			eq++;
		end = strchr(s, ',');
		*p = end ? end + 1 : s + strlen(s);
		if (*eq != '=' || eq == s)
			continue;
		*neg = eq[-1] == '!';
		*name = s;
		*len = (size_t)(eq - s) - (size_t)*neg;
		*v = strtoll(eq + 1, &r, 10);
		if (r != eq + 1 && (*r == ',' || !*r) && *len)
			return 1;
	}
	return 0;
}

int fact_sib_excludes(const char *sib, const char *sibs)
{
	const char *p = sib, *n, *m;
	size_t len, mlen;
	long long v, w;
	int neg, mneg;

	if (!sib || !sibs)
		return 0;
	while (sib_entry(&p, &n, &len, &neg, &v)) {
		const char *q = sibs;

		while (sib_entry(&q, &m, &mlen, &mneg, &w)) {
			if (mneg || mlen != len || strncmp(m, n, len))
				continue;
			if (neg ? w == v : w != v)
				return 1;
		}
	}
	return 0;
}

long long fact_int_as(long long v, int bits, int is_signed)
{
	unsigned long long m;

	if (bits == 1)
		return !!v;
	if (bits <= 0 || bits >= 64)
		return v;
	m = 1ULL << (bits - 1);
	v = (long long)((unsigned long long)v & ((m << 1) - 1));
	if (is_signed)
		v = (long long)(((unsigned long long)v ^ m) - m);
	return v;
}
