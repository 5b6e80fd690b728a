/*
 * db_pack.c - one file's facts as one blob (db_pack.h), stored beside
 * its rows (db.c: the pack table) so that a report loads a whole kernel
 * with one row per file instead of one per call, and the packed columns
 * of the call table.
 *
 * Reading a million-function database row by row costs more than solving
 * it: sqlite decodes each of the 24 columns of five million call rows.
 * A pack holds the same facts end to end: a version byte, the file's
 * distinct strings (each once, NUL-terminated, so that the loaded facts
 * point into one copy of that table in the pool instead of copying
 * each), then
 * the unit, the tags, the bindings and the functions with their calls.
 * Numbers are LEB128 varints (signed ones zigzag); a string is its index
 * in the table + 1, 0 for NULL; a call starts with a mask of its fields
 * that are not 0 or NULL and holds only those.  A call's packed columns
 * (asserted, raw, rawat) are kept as the row holds them and decoded by
 * the same functions, and depths clamped as loading rows does, so a
 * pack loads exactly what the file's rows load.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_pack.h"

#define PACK_VERSION 3

/* fields of a call, in pack order: bit i of its mask */
enum {
	PC_CALLEE, PC_VIA, PC_OBJS, PC_INL, PC_FNARGS, PC_GBLK, PC_GNBLK,
	PC_STATIC, PC_LINE, PC_COL, PC_DEPTH, PC_ALINE, PC_ACOL, PC_AWHAT,
	PC_ASSERTED, PC_RAW, PC_RAWAT, PC_ARGS, PC_VALS, PC_SIB, PC_NR
};

long long asserted_pack(const struct fact_call *c)
{
	long long v = fcx(c)->aassert ? 1ll << 20 : 0;
	int k;

	for (k = 0; k < AK_NR; k++)
		v |= (long long)(fcx(c)->assumed[k] & 0xf) << (4 * k);
	/* the kinds a test of the context said were off: bits 21.. */
	return v | (long long)fcx(c)->ctxoff << 21;
}

void asserted_unpack(struct fact_call *c, long long v)
{
	int k;

	if (!v)
		return;		/* nothing asserted: no rare part */
	fact_call_x(c)->aassert = !!(v & (1ll << 20));
	for (k = 0; k < AK_NR; k++)
		c->x->assumed[k] = (v >> (4 * k)) & 0xf;
	c->x->ctxoff = (v >> 21) & ((1u << CTX_NR) - 1);
}

long long raw_pack(const struct fact_call *c)
{
	long long v = c->rtlock ? 1ll << 25 : 0;
	int k;

	for (k = 0; k < AK_NR; k++)
		v |= (long long)(fcx(c)->raw[k] & 0x1f) << (5 * k);
	return v;
}

void raw_unpack(struct strpool *pool, struct fact_call *c, long long v,
		const char *at)
{
	int k, n = 0, line, col;

	if (!v && !at)
		return;		/* the call as zeroed: most calls */
	c->rtlock = !!(v & (1ll << 25));
	for (k = 0; k < AK_NR; k++) {
		int d = (v >> (5 * k)) & 0x1f;

		if (d)
			fact_call_x(c)->raw[k] = d >= 16 ? d - 32 : d;
	}
	if (at && sscanf(at, "%d:%d:%n", &line, &col, &n) == 2 && n > 0) {
		fact_call_x(c)->raline = line;
		c->x->racol = col;
		c->x->rawhat = strpool_copy(pool, at + n);
	}
}

char *raw_at(const struct fact_call *c, char *buf, size_t size)
{
	if (!fcx(c)->rawhat)
		return NULL;
	snprintf(buf, size, "%d:%d:%s", fcx(c)->raline, fcx(c)->racol, fcx(c)->rawhat);
	return buf;
}

signed char depth_clamp(long long d)
{
	return d < -AK_MAX_DEPTH ? -AK_MAX_DEPTH : d > AK_MAX_DEPTH ? AK_MAX_DEPTH : d;
}

/* ---- encoding ---- */

struct enc {
	unsigned char *b;
	size_t n, cap;
	struct nameidx strs;	/* string -> index in the table */
	const char **tab;
	int ntab, tcap;
	size_t tbytes;
	struct strpool tmp;	/* rawat texts made here */
};

static void put_byte(struct enc *e, unsigned char c)
{
	if (e->n == e->cap) {
		e->cap = e->cap ? 2 * e->cap : 256;
		e->b = sc_realloc(e->b, e->cap);
	}
	e->b[e->n++] = c;
}

static void put_u(struct enc *e, unsigned long long v)
{
	while (v >= 0x80) {
		put_byte(e, (unsigned char)(v | 0x80));
		v >>= 7;
	}
	put_byte(e, (unsigned char)v);
}

static void put_i(struct enc *e, long long v)
{
	put_u(e, ((unsigned long long)v << 1) ^ (unsigned long long)(v >> 63));
}

/* the reference of @s, added to the table if new */
static unsigned str_ref(struct enc *e, const char *s)
{
	int i;

	if (!s)
		return 0;
	i = nameidx_get(&e->strs, s);
	if (i >= 0)
		return (unsigned)i + 1;
	if (e->ntab == e->tcap) {
		e->tcap = e->tcap ? 2 * e->tcap : 64;
		e->tab = sc_realloc(e->tab, e->tcap * sizeof(*e->tab));
	}
	e->tab[e->ntab] = s;
	nameidx_put(&e->strs, s, e->ntab);
	e->tbytes += strlen(s) + 1;
	return (unsigned)++e->ntab;
}

static void put_s(struct enc *e, const char *s)
{
	put_u(e, str_ref(e, s));
}

/* @text (malloc'd, or NULL), kept until the file is packed: a record's
 * text as the rows have it (fact_text.c) */
static const char *pack_text(struct enc *e, char *text)
{
	const char *s = text ? strpool_copy(&e->tmp, text) : NULL;

	free(text);
	return s;
}

/* the depth as a row loads it, five 5-bit fields as call.raw's */
static long long depth_pack(const struct fact_call *c)
{
	long long v = 0;
	int k;

	for (k = 0; k < AK_NR; k++)
		v |= (long long)(depth_clamp(c->depth[k]) & 0x1f) << (5 * k);
	return v;
}

static void put_call(struct enc *e, const struct fact_call *c)
{
	char at[300];
	const char *rawat = raw_at(c, at, sizeof(at));
	long long depth = depth_pack(c), asserted = asserted_pack(c);
	long long raw = raw_pack(c);
	unsigned mask = 0;

	const char *objs = pack_text(e, fact_objs_text(c));
	const char *fnargs = pack_text(e, fact_fnargs_text(c));
	const char *vals = pack_text(e, fact_vals_text(c->vals));

	if (rawat)
		rawat = strpool_copy(&e->tmp, rawat);
	mask |= !!c->callee << PC_CALLEE | !!fcx(c)->via << PC_VIA |
		!!objs << PC_OBJS | !!fcx(c)->inl << PC_INL |
		!!fnargs << PC_FNARGS | !!fcx(c)->gblk << PC_GBLK |
		!!fcx(c)->gnblk << PC_GNBLK | !!c->callee_static << PC_STATIC |
		!!c->line << PC_LINE | !!c->col << PC_COL | !!depth << PC_DEPTH |
		!!fcx(c)->aline << PC_ALINE | !!fcx(c)->acol << PC_ACOL |
		!!fcx(c)->awhat << PC_AWHAT | !!asserted << PC_ASSERTED |
		!!raw << PC_RAW | !!rawat << PC_RAWAT | !!c->args << PC_ARGS |
		!!vals << PC_VALS | !!fcx(c)->sib << PC_SIB;
	put_u(e, mask);
	if (c->callee)
		put_s(e, c->callee);
	if (fcx(c)->via)
		put_s(e, fcx(c)->via);
	if (objs)
		put_s(e, objs);
	if (fcx(c)->inl)
		put_s(e, fcx(c)->inl);
	if (fnargs)
		put_s(e, fnargs);
	if (fcx(c)->gblk)
		put_u(e, fcx(c)->gblk);
	if (fcx(c)->gnblk)
		put_u(e, fcx(c)->gnblk);
	if (c->callee_static)
		put_i(e, c->callee_static);
	if (c->line)
		put_i(e, c->line);
	if (c->col)
		put_i(e, c->col);
	if (depth)
		put_u(e, (unsigned long long)depth);
	if (fcx(c)->aline)
		put_i(e, fcx(c)->aline);
	if (fcx(c)->acol)
		put_i(e, fcx(c)->acol);
	if (fcx(c)->awhat)
		put_s(e, fcx(c)->awhat);
	if (asserted)
		put_u(e, (unsigned long long)asserted);
	if (raw)
		put_u(e, (unsigned long long)raw);
	if (rawat)
		put_s(e, rawat);
	if (c->args)
		put_s(e, c->args);
	if (vals)
		put_s(e, vals);
	if (fcx(c)->sib)
		put_s(e, fcx(c)->sib);
}

unsigned char *pack_file(const struct fact_file *file, size_t *len)
{
	struct enc e;
	unsigned char *out;
	size_t at;
	int i, j;

	memset(&e, 0, sizeof(e));
	put_s(&e, file->unit);
	put_u(&e, (unsigned)file->ntags);
	for (i = 0; i < file->ntags; i++) {
		put_s(&e, file->tags[i].tag);
		put_s(&e, file->tags[i].def);
	}
	put_u(&e, (unsigned)file->nbinds);
	for (i = 0; i < file->nbinds; i++) {
		const struct fact_binding *b = &file->binds[i];

		put_s(&e, b->via);
		put_s(&e, b->func);
		put_i(&e, b->func_static);
		put_s(&e, b->object);
		/* both flags in one: bit 0 static, bit 1 fresh (db.c) */
		put_i(&e, (b->object_static ? 1 : 0) | (b->fresh ? 2 : 0));
		put_i(&e, b->line);
		put_i(&e, b->col);
		put_s(&e, b->binder);
		put_s(&e, b->sibs);
	}
	put_u(&e, (unsigned)file->nfuncs);
	for (i = 0; i < file->nfuncs; i++) {
		const struct fact_func *fn = &file->funcs[i];

		put_s(&e, fn->name);
		put_i(&e, fn->is_static);
		put_i(&e, fn->line);
		put_i(&e, fn->col);
		put_s(&e, pack_text(&e, fact_vals_text(fn->rets)));
		put_s(&e, pack_text(&e, fact_atoms_text(fn)));
		put_u(&e, (unsigned)fn->ncalls);
		for (j = 0; j < fn->ncalls; j++)
			put_call(&e, &fn->calls[j]);
	}
	/* the version and the string table go first: built last */
	*len = 1 + 10 + e.tbytes + e.n;
	out = sc_malloc(*len);
	out[0] = PACK_VERSION;
	at = 1;
	{
		unsigned long long v = (unsigned)e.ntab;

		while (v >= 0x80) {
			out[at++] = (unsigned char)(v | 0x80);
			v >>= 7;
		}
		out[at++] = (unsigned char)v;
	}
	for (i = 0; i < e.ntab; i++) {
		size_t l = strlen(e.tab[i]) + 1;

		memcpy(out + at, e.tab[i], l);
		at += l;
	}
	memcpy(out + at, e.b, e.n);
	*len = at + e.n;
	free(e.b);
	free(e.tab);
	nameidx_free(&e.strs);
	strpool_free(&e.tmp);
	return out;
}

/* ---- decoding ---- */

struct dec {
	const unsigned char *p, *end;
	char **tab;
	unsigned ntab;
	int bad;
	struct fact_vals_memo *memo;
};

static inline unsigned long long get_u(struct dec *d)
{
	unsigned long long v = 0;
	int shift = 0;

	if (d->p < d->end && *d->p < 0x80)
		return *d->p++;		/* one byte: most numbers of a pack */
	while (d->p < d->end && shift < 64) {
		unsigned char c = *d->p++;

		v |= (unsigned long long)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
		shift += 7;
	}
	d->bad = 1;
	return 0;
}

static inline long long get_i(struct dec *d)
{
	unsigned long long v = get_u(d);

	return (long long)(v >> 1) ^ -(long long)(v & 1);
}

static inline char *get_s(struct dec *d)
{
	unsigned long long i = get_u(d);

	if (i > d->ntab) {
		d->bad = 1;
		return NULL;
	}
	return i ? d->tab[i - 1] : NULL;
}

static void get_call(struct dec *d, struct strpool *pool, struct fact_call *c)
{
	unsigned mask = (unsigned)get_u(d);
	long long v;
	int k;

	memset(c, 0, sizeof(*c));
	if (mask >> PC_NR) {
		d->bad = 1;
		return;
	}
	if (mask & 1u << PC_CALLEE)
		c->callee = get_s(d);
	if (mask & 1u << PC_VIA)
		fact_call_x(c)->via = get_s(d);
	if (mask & 1u << PC_OBJS)
		fact_objs_parse(c, get_s(d), pool);
	if (mask & 1u << PC_INL)
		fact_call_x(c)->inl = get_s(d);
	if (mask & 1u << PC_FNARGS)
		fact_fnargs_parse(c, get_s(d), pool);
	if (mask & 1u << PC_GBLK)
		fact_call_x(c)->gblk = (unsigned)get_u(d);
	if (mask & 1u << PC_GNBLK)
		fact_call_x(c)->gnblk = (unsigned)get_u(d);
	if (mask & 1u << PC_STATIC)
		c->callee_static = (int)get_i(d);
	if (mask & 1u << PC_LINE)
		c->line = (int)get_i(d);
	if (mask & 1u << PC_COL)
		c->col = (int)get_i(d);
	if (mask & 1u << PC_DEPTH) {
		v = (long long)get_u(d);
		for (k = 0; k < AK_NR; k++) {
			int x = (v >> (5 * k)) & 0x1f;

			c->depth[k] = x >= 16 ? x - 32 : x;
		}
	}
	if (mask & 1u << PC_ALINE)
		fact_call_x(c)->aline = (int)get_i(d);
	if (mask & 1u << PC_ACOL)
		fact_call_x(c)->acol = (int)get_i(d);
	if (mask & 1u << PC_AWHAT)
		fact_call_x(c)->awhat = get_s(d);
	v = mask & 1u << PC_ASSERTED ? (long long)get_u(d) : 0;
	asserted_unpack(c, v);
	v = mask & 1u << PC_RAW ? (long long)get_u(d) : 0;
	raw_unpack(pool, c, v, mask & 1u << PC_RAWAT ? get_s(d) : NULL);
	if (mask & 1u << PC_ARGS)
		c->args = get_s(d);
	if (mask & 1u << PC_VALS)
		c->vals = fact_vals_parse(get_s(d), pool, d->memo);
	if (mask & 1u << PC_SIB)
		fact_call_x(c)->sib = get_s(d);
}

int unpack_file(struct strpool *pool, struct fact_vals_memo *memo,
		const void *data, size_t len, struct fact_file *file)
{
	struct dec d;
	char *copy, *s, *end;
	struct fact_call *block = NULL;
	unsigned long long n, i, j, ncalls = 0, cap = 0, *off;

	if (len < 2 || *(const unsigned char *)data != PACK_VERSION)
		return -1;
	memset(&d, 0, sizeof(d));
	d.memo = memo;
	d.p = (const unsigned char *)data + 1;
	d.end = (const unsigned char *)data + len;
	n = get_u(&d);
	if (d.bad || n > len)
		return -1;
	/* the string table, copied to the pool: the strings are used where
	 * they lie there; the rest is decoded where it is */
	s = (char *)d.p;
	end = (char *)d.end;
	/* each string's place in the pack, then in the copy: one reading */
	d.tab = sc_malloc((n ? n : 1) * sizeof(*d.tab));
	for (i = 0; i < n; i++) {
		char *z = memchr(s, '\0', end - s);

		if (!z) {
			free(d.tab);
			return -1;
		}
		d.tab[i] = s;
		s = z + 1;
	}
	copy = strpool_alloc(pool, s - (char *)d.p);
	if (s > (char *)d.p)	/* a file without strings has none to copy */
		memcpy(copy, d.p, s - (char *)d.p);
	for (i = 0; i < n; i++)
		d.tab[i] = copy + (d.tab[i] - (const char *)d.p);
	d.p = (const unsigned char *)s;
	d.ntab = (unsigned)n;

	file->unit = sc_strdup(get_s(&d));
	n = get_u(&d);
	for (i = 0; i < n && !d.bad; i++) {
		char *tag = get_s(&d), *def = get_s(&d);

		if (tag)
			fact_file_add_tag(file, tag, def);
	}
	n = get_u(&d);
	for (i = 0; i < n && !d.bad; i++) {
		char *via = get_s(&d), *func = get_s(&d);
		struct fact_binding *b;

		if (!via || !func) {
			d.bad = 1;
			break;
		}
		b = fact_file_add_binding(file, via, func);
		b->func_static = (int)get_i(&d);
		b->object = sc_strdup(get_s(&d));
		b->object_static = (int)get_i(&d);
		b->fresh = b->object_static >> 1 & 1;
		b->object_static &= 1;
		b->line = (int)get_i(&d);
		b->col = (int)get_i(&d);
		b->binder = sc_strdup(get_s(&d));
		b->sibs = sc_strdup(get_s(&d));
	}
	n = get_u(&d);
	if (!d.bad && n > (unsigned long long)(d.end - d.p))
		d.bad = 1;
	if (!d.bad && n) {
		file->funcs = sc_calloc(n, sizeof(*file->funcs));
		file->funcs_cap = (int)n;
		file->pooled = 1;
	}
	off = sc_malloc((n && !d.bad ? n : 1) * sizeof(*off));
	for (i = 0; i < n && !d.bad; i++) {
		struct fact_func *fn = &file->funcs[file->nfuncs++];
		unsigned long long nc;

		fn->name = get_s(&d);
		fn->is_static = (int)get_i(&d);
		fn->line = (int)get_i(&d);
		fn->col = (int)get_i(&d);
		fn->rets = fact_rets_parse(get_s(&d), pool, d.memo);
		fact_atoms_parse(fn, get_s(&d));
		nc = get_u(&d);
		if (!fn->name || nc > (unsigned long long)(d.end - d.p)) {
			d.bad = 1;
			break;
		}
		if (!nc)
			continue;
		/* the file's calls in one array (file->callblock): not a
		 * malloc() each of a million functions */
		if (ncalls + nc > cap) {
			cap = 2 * (ncalls + nc);
			block = sc_realloc(block, cap * sizeof(*block));
		}
		off[i] = ncalls;
		for (j = 0; j < nc && !d.bad; j++) {
			get_call(&d, pool, &block[ncalls++]);
			fn->ncalls++;
		}
		fn->calls_cap = fn->ncalls;
	}
	if (block) {
		block = sc_realloc(block, ncalls * sizeof(*block));
		file->callblock = block;
		for (i = 0; i < (unsigned long long)file->nfuncs; i++)
			if (file->funcs[i].ncalls)
				file->funcs[i].calls = block + off[i];
	}
	free(off);
	free(d.tab);
	if (d.bad || d.p != d.end) {
		char *path = file->path;

		file->path = NULL;
		fact_file_free(file);
		file->path = path;
		return -1;
	}
	return 0;
}
