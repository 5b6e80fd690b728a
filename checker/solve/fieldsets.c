/*
 * fieldsets.c - the bits each integer struct field may hold, joined
 * over the stores of every file (see fieldsets.h).
 *
 * Fields are named "struct T.F" as the front ends name them; one name is
 * one field program-wide (two structs with one tag share theirs, which
 * only adds bits).  Each field has the bits its constant stores may set
 * and the fields it is copied from; a pass over the copies, repeated
 * until nothing changes, joins them (bits only grow and a field only
 * becomes unknown, so it ends).  The address of a field passed to a call
 * through a pointer is a store of what the call's targets store there:
 * unknown when the call graph gives the call a target, nothing when it
 * has none (the call reaches nothing for the solver either).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fieldsets.h"

struct fs_field {
	const char *name;
	unsigned long long bits;
	unsigned char seen;		/* a file stores to it */
	unsigned char unknown;
	int *src;			/* fields copied into it */
	int nsrc, srccap;
};

/* a field's address passed to a call through a pointer */
struct fs_esc {
	const struct fact_file *file;
	int line, col;
	int field;
	int state;			/* 0 call not found, 1 no target, 2 some */
};

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int find(const struct fieldsets *fs, const char *name)
{
	int lo = 0, hi = fs->n - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2, d = strcmp(fs->f[mid].name, name);

		if (!d)
			return mid;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static int cmp_esc(const struct fs_esc *x, const struct fact_file *file, int line,
		   int col)
{
	if (x->file != file)
		return x->file < file ? -1 : 1;
	if (x->line != line)
		return x->line - line;
	return x->col - col;
}

static int cmp_escs(const void *a, const void *b)
{
	const struct fs_esc *y = b;

	return cmp_esc(a, y->file, y->line, y->col);
}

/* the first escape at (@file, @line, @col), or -1 */
static int find_esc(const struct fs_esc *e, int n, const struct fact_file *file,
		    int line, int col)
{
	int lo = 0, hi = n;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (cmp_esc(&e[mid], file, line, col) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !cmp_esc(&e[lo], file, line, col) ? lo : -1;
}

/* each file's stores into @fs's fields; the escapes into *@escs */
static int read_stores(struct fieldsets *fs, const struct fact_set *set,
		       struct fs_esc **escs)
{
	int i, j, nesc = 0, cap = 0;

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *file = &set->files[i];

		for (j = 0; j < file->nfstores; j++) {
			const char *what = file->fstores[j].what;
			struct fs_field *t = &fs->f[find(fs, file->fstores[j].field)];
			int s, line, col;

			t->seen = 1;
			switch (what[0]) {
			case '|':
				t->bits |= strtoull(what + 1, NULL, 16);
				break;
			case '<':
				s = find(fs, what + 1);
				if (t->nsrc == t->srccap) {
					t->srccap = t->srccap ? 2 * t->srccap : 2;
					t->src = sc_realloc(t->src, t->srccap * sizeof(*t->src));
				}
				t->src[t->nsrc++] = s;
				break;
			case '&':
				if (sscanf(what + 1, "%d:%d", &line, &col) != 2) {
					t->unknown = 1;
					break;
				}
				if (nesc == cap) {
					cap = cap ? 2 * cap : 16;
					*escs = sc_realloc(*escs, cap * sizeof(**escs));
				}
				(*escs)[nesc].file = file;
				(*escs)[nesc].line = line;
				(*escs)[nesc].col = col;
				(*escs)[nesc].field = (int)(t - fs->f);
				(*escs)[nesc].state = 0;
				nesc++;
				break;
			default:
				t->unknown = 1;
				break;
			}
		}
	}
	return nesc;
}

/* the calls through a pointer the escapes name: a target makes the
 * field unknown, and so does a call not found */
static void resolve_escapes(struct fieldsets *fs, const struct callgraph *g,
			    struct fs_esc *e, int n)
{
	int i, k;

	qsort(e, n, sizeof(*e), cmp_escs);
	for (i = 0; i < g->nc; i++) {
		const struct fact_call *c = g->c[i].c;
		const struct fact_file *file = g->f[g->c[i].func].file;

		if (c->callee || (k = find_esc(e, n, file, c->line, c->col)) < 0)
			continue;
		for (; k < n && !cmp_esc(&e[k], file, c->line, c->col); k++)
			if (e[k].state < 2)
				e[k].state = g->c[i].sn > 0 ? 2 : 1;
	}
	for (k = 0; k < n; k++)
		if (e[k].state != 1)
			fs->f[e[k].field].unknown = 1;
}

void fs_build(struct fieldsets *fs, const struct callgraph *g)
{
	const struct fact_set *set = g->set;
	const char **names = NULL;
	struct fs_esc *escs = NULL;
	int i, j, n = 0, cap = 0, nesc, changed;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];

			if (n + 2 > cap) {
				cap = cap ? 2 * cap : 256;
				names = sc_realloc(names, cap * sizeof(*names));
			}
			names[n++] = s->field;
			if (s->what[0] == '<')
				names[n++] = s->what + 1;
		}
	if (!n)
		return;
	qsort(names, n, sizeof(*names), cmp_name);
	fs->f = sc_calloc(n, sizeof(*fs->f));
	for (i = 0; i < n; i++)
		if (!fs->n || strcmp(fs->f[fs->n - 1].name, names[i]))
			fs->f[fs->n++].name = names[i];
	free(names);
	nesc = read_stores(fs, set, &escs);
	if (nesc)
		resolve_escapes(fs, g, escs, nesc);
	free(escs);
	do {
		changed = 0;
		for (i = 0; i < fs->n; i++) {
			struct fs_field *t = &fs->f[i];

			for (j = 0; j < t->nsrc && !t->unknown; j++) {
				const struct fs_field *s = &fs->f[t->src[j]];

				if (!s->seen || s->unknown) {
					t->unknown = 1;
					changed = 1;
				} else if (s->bits & ~t->bits) {
					t->bits |= s->bits;
					changed = 1;
				}
			}
		}
	} while (changed);
	for (i = 0; i < fs->n; i++)
		fs->nunknown += fs->f[i].seen && fs->f[i].unknown;
}

int fs_may_set(const struct fieldsets *fs, const char *field, unsigned long long mask)
{
	int i = field ? find(fs, field) : -1;

	if (i < 0 || !fs->f[i].seen || fs->f[i].unknown)
		return -1;
	return (fs->f[i].bits & mask) != 0;
}

void fs_free(struct fieldsets *fs)
{
	int i;

	for (i = 0; i < fs->n; i++)
		free(fs->f[i].src);
	free(fs->f);
	memset(fs, 0, sizeof(*fs));
}
