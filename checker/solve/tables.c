/*
 * tables.c - global arrays of structs read as tables of constants (see
 * tables.h): each file's "table G" records (its length "#N", each
 * element's members "I:struct T.F=V" or "=?", "?" for a part not read),
 * the table of a static G kept with its file, a non-static G defined
 * by two files not known.  A member the initializer leaves out holds 0.
 * A value is trusted only where no function writes that member ("!"
 * records of every file, sparse_fstores.c), no initializer takes its
 * address, and nothing writes its struct wholesale (written()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tables.h"

struct tb_tab {
	const char *name;		/* without "/s" */
	const struct fact_file *file;	/* a static one's, else NULL */
	const struct fact_file *def;	/* the file that defines it */
	const char *type;		/* "struct T" of its elements */
	long len;			/* -1: not known */
};

struct tb_rec {
	int tab;			/* index in tables.t */
	const char *field;
	long i;
	long long v;
	int known;			/* 0: "=?" */
};

static int cmp_tab(const void *a, const void *b)
{
	const struct tb_tab *x = a, *y = b;
	int d = strcmp(x->name, y->name);

	if (d)
		return d;
	return x->file == y->file ? 0 : x->file < y->file ? -1 : 1;
}

static int cmp_rec(const void *a, const void *b)
{
	const struct tb_rec *x = a, *y = b;
	int d = x->tab - y->tab;

	if (d)
		return d;
	d = strcmp(x->field, y->field);
	if (d)
		return d;
	return x->i == y->i ? 0 : x->i < y->i ? -1 : 1;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* the index of table @name (@file for a static one), or -1 */
static int find_tab(const struct tables *t, const char *name, const struct fact_file *file)
{
	struct tb_tab key = { name, file, NULL, NULL, 0 };
	const struct tb_tab *h = t->nt ? bsearch(&key, t->t, t->nt, sizeof(*t->t), cmp_tab) : NULL;

	return h ? (int)(h - t->t) : -1;
}

/* "G" of a record's field "table G" or "table G/s" into @buf: 1 static */
static int tab_name(const char *field, char *buf, size_t size)
{
	size_t n = strlen(field + 6);
	int is_static = n > 2 && !strcmp(field + 6 + n - 2, "/s");

	snprintf(buf, size, "%.*s", (int)(n - (is_static ? 2 : 0)), field + 6);
	return is_static;
}

/* the table of record @field of @file, made if needed: its index */
static int add_tab(struct tables *t, int *cap, const char *field,
		   const struct fact_file *file)
{
	char name[256];
	int is_static = tab_name(field, name, sizeof(name)), i;

	for (i = t->nt - 1; i >= 0; i--)
		if (!strcmp(t->t[i].name, name) &&
		    t->t[i].file == (is_static ? file : NULL))
			break;
	if (i >= 0) {
		if (t->t[i].def != file)
			t->t[i].len = -1;	/* two tables of one name */
		return i;
	}
	if (t->nt == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		t->t = sc_realloc(t->t, *cap * sizeof(*t->t));
	}
	t->t[t->nt].name = sc_strdup(name);
	t->t[t->nt].file = is_static ? file : NULL;
	t->t[t->nt].def = file;
	t->t[t->nt].type = NULL;
	t->t[t->nt].len = -2;		/* no "#N" yet */
	return t->nt++;
}

/*
 * Does record @s say a function, or the address an initializer takes,
 * may write its field (a member "struct T.F": "!", "?", "&L:C"), or
 * that something writes struct T's bytes wholesale ("struct T" "*WHY")?
 * Not the WHYs that say where an object's bytes may come from (a uapi,
 * firmware, packed or endian struct, a linker table), nor those that
 * write nothing (fieldsets.c): a table the program defines with an
 * initializer is none of those objects.
 */
static int written(const struct fact_fstore *s)
{
	static const char *const origin[] = { "*uapi", "*fw", "*packed", "*endian",
					      "*extern", "*bare" };
	const char *w = s->what + (s->what[0] == '@');
	size_t i;

	if (!strncmp(s->field, "table ", 6) || !strncmp(s->field, "fn ", 3))
		return 0;
	if (strchr(s->field, '.'))
		return !strcmp(w, "!") || w[0] == '?' || w[0] == '&';
	if (strncmp(s->field, "struct ", 7) || w[0] != '*' || !strncmp(w, "*in:", 4))
		return 0;
	for (i = 0; i < sizeof(origin) / sizeof(origin[0]); i++)
		if (!strcmp(w, origin[i]))
			return 0;
	return 1;
}

void tb_build(struct tables *t, const struct fact_set *set)
{
	int i, j, k, cap = 0, rcap = 0, wcap = 0, *map;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];
			const char *eq;
			struct tb_rec *r;
			long n;

			if (written(s)) {
				if (t->nwritten == wcap) {
					wcap = wcap ? 2 * wcap : 64;
					t->written = sc_realloc(t->written,
								wcap * sizeof(*t->written));
				}
				t->written[t->nwritten++] = s->field;
				continue;
			}
			if (strncmp(s->field, "table ", 6))
				continue;
			k = add_tab(t, &cap, s->field, &set->files[i]);
			if (s->what[0] == '#') {
				char *end;

				n = strtol(s->what + 1, &end, 10);
				if (*end != ':' || (t->t[k].len != -2 && (t->t[k].len != n ||
				    strcmp(t->t[k].type, end + 1))))
					t->t[k].len = -1;
				else if (t->t[k].len == -2)
					t->t[k].len = n;
				if (!t->t[k].type)
					t->t[k].type = end + 1;
				continue;
			}
			if (s->what[0] < '0' || s->what[0] > '9' ||
			    !(eq = strrchr(s->what, '=')) || !strchr(s->what, ':')) {
				t->t[k].len = -1;	/* "?" */
				continue;
			}
			if (t->nr == rcap) {
				rcap = rcap ? 2 * rcap : 256;
				t->r = sc_realloc(t->r, rcap * sizeof(*t->r));
			}
			r = &t->r[t->nr++];
			r->tab = k;
			r->i = strtol(s->what, NULL, 10);
			r->field = strchr(s->what, ':') + 1;
			r->known = strcmp(eq, "=?") != 0;
			r->v = r->known ? strtoll(eq + 1, NULL, 10) : 0;
			/* the field's name ends at the '=': kept as a copy */
			r->field = sc_strdup(r->field);
			((char *)r->field)[eq - (strchr(s->what, ':') + 1)] = '\0';
		}
	if (!t->nt)
		goto written;
	/* sort the tables, and the records' indices with them */
	for (i = 0; i < t->nt; i++)
		if (t->t[i].len == -2)
			t->t[i].len = -1;
	{
		struct tb_tab *old = sc_malloc(t->nt * sizeof(*old));

		memcpy(old, t->t, t->nt * sizeof(*old));
		qsort(t->t, t->nt, sizeof(*t->t), cmp_tab);
		map = sc_malloc(t->nt * sizeof(*map));
		for (i = 0; i < t->nt; i++)
			map[i] = find_tab(t, old[i].name, old[i].file);
		for (i = 0; i < t->nr; i++)
			t->r[i].tab = map[t->r[i].tab];
		free(map);
		free(old);
	}
	if (t->nr)
		qsort(t->r, t->nr, sizeof(*t->r), cmp_rec);
written:
	if (t->nwritten)
		qsort(t->written, t->nwritten, sizeof(*t->written), cmp_str);
}

long tb_len(const struct tables *t, const char *name, int is_static,
	    const struct fact_file *file)
{
	int k = find_tab(t, name, is_static ? file : NULL);

	return k < 0 ? -1 : t->t[k].len;
}

int tb_value(const struct tables *t, const char *name, int is_static,
	     const struct fact_file *file, const char *field, long i, long long *v)
{
	int k = find_tab(t, name, is_static ? file : NULL), lo, hi, mid, d;
	struct tb_rec key;

	if (k < 0 || t->t[k].len < 0 || i < 0 || i >= t->t[k].len || !t->t[k].type ||
	    strncmp(field, t->t[k].type, strlen(t->t[k].type)) ||
	    field[strlen(t->t[k].type)] != '.' || strchr(field + strlen(t->t[k].type) + 1, '.'))
		return 0;
	if (t->nwritten && (bsearch(&field, t->written, t->nwritten, sizeof(*t->written),
				    cmp_str) ||
			    bsearch(&t->t[k].type, t->written, t->nwritten,
				    sizeof(*t->written), cmp_str)))
		return 0;
	key.tab = k;
	key.field = field;
	key.i = i;
	/* the record, or none: the member holds 0 */
	lo = 0;
	hi = t->nr - 1;
	while (lo <= hi) {
		mid = (lo + hi) / 2;
		d = cmp_rec(&t->r[mid], &key);
		if (!d) {
			/* two records of one element: two values */
			if ((mid > 0 && !cmp_rec(&t->r[mid - 1], &key)) ||
			    (mid + 1 < t->nr && !cmp_rec(&t->r[mid + 1], &key) &&
			     t->r[mid + 1].v != t->r[mid].v))
				return 0;
			*v = t->r[mid].v;
			return t->r[mid].known;
		}
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	*v = 0;
	return 1;
}

int tb_index_set(const struct tables *t, const char *name, int is_static,
		 const struct fact_file *file, const char *field,
		 int (*pred)(const void *arg, long long v), const void *arg,
		 unsigned long long *mask)
{
	long n = tb_len(t, name, is_static, file), i;
	long long v;

	if (n < 0 || n > 64)
		return 0;
	*mask = 0;
	for (i = 0; i < 64; i++)
		if (i >= n || !tb_value(t, name, is_static, file, field, i, &v) ||
		    pred(arg, v))
			*mask |= 1ULL << i;
	return 1;
}

void tb_stats(const struct tables *t, int *ntables, int *nknown)
{
	int i;

	*ntables = t->nt;
	*nknown = 0;
	for (i = 0; i < t->nt; i++)
		*nknown += t->t[i].len >= 0 && t->t[i].type &&
			   !(t->nwritten && bsearch(&t->t[i].type, t->written, t->nwritten,
						    sizeof(*t->written), cmp_str));
}

void tb_free(struct tables *t)
{
	int i;

	for (i = 0; i < t->nt; i++)
		free((char *)t->t[i].name);
	for (i = 0; i < t->nr; i++)
		free((char *)t->r[i].field);
	free(t->t);
	free(t->r);
	free(t->written);
	memset(t, 0, sizeof(*t));
}
