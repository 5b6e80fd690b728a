/*
 * merge.c - one finding per bug (findings_merge() in solver.h).
 *
 * Calls made in one atomic section that reach one sleeping call are one
 * bug, however many calls lead there: the finding kept is the one with
 * the shortest chain, then the first by file, line and column (a fixed
 * order, not the order of the search), and the others' atomic calls
 * become its also[] (a count in the report, listed with
 * --show-all-paths).  The atomic origin is the function and the place
 * where the atomic context began; a finding in an entry point (already
 * one per callback) or for a contract is left alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solver.h"

struct keyed {
	char *key;
	int i;
	const struct finding *fd;
};

static char *bug_key(const struct finding *fd)
{
	const struct chain_step *s0 = &fd->steps[0], *z = &fd->steps[fd->nsteps - 1];
	size_t n = strlen(s0->file->path) + strlen(s0->func->name) +
		   strlen(z->file->path) + (z->call->callee ? strlen(z->call->callee) : 0) + 64;
	char *k = sc_malloc(n);

	snprintf(k, n, "%s\n%s\n%d:%d\n%s:%d:%d:%s", s0->file->path, s0->func->name,
		 s0->call->aline, s0->call->acol, z->file->path, z->call->line,
		 z->call->col, z->call->callee ? z->call->callee : "");
	return k;
}

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	const struct fact_call *cx, *cy;
	int d = strcmp(x->key, y->key);

	if (d)
		return d;
	if (x->fd->nsteps != y->fd->nsteps)
		return x->fd->nsteps - y->fd->nsteps;
	cx = x->fd->steps[0].call;
	cy = y->fd->steps[0].call;
	if (cx->line != cy->line)
		return cx->line - cy->line;
	if (cx->col != cy->col)
		return cx->col - cy->col;
	return x->i - y->i;
}

void findings_merge(struct findings *f)
{
	struct keyed *k = sc_calloc(f->n ? f->n : 1, sizeof(*k));
	char *gone = sc_calloc(f->n ? f->n : 1, 1);
	int i, j, n = 0;

	for (i = 0; i < f->n; i++) {
		if (f->v[i].entry || f->v[i].contract)
			continue;
		k[n].key = bug_key(&f->v[i]);
		k[n].i = i;
		k[n].fd = &f->v[i];
		n++;
	}
	if (n)
		qsort(k, n, sizeof(*k), cmp_keyed);
	for (i = 0; i < n; i = j) {
		struct finding *keep = &f->v[k[i].i];

		for (j = i + 1; j < n && !strcmp(k[j].key, k[i].key); j++) {
			struct finding *other = &f->v[k[j].i];

			keep->also = sc_realloc(keep->also, (keep->nalso + 1) *
						sizeof(*keep->also));
			keep->also[keep->nalso++] = other->steps[0];
			gone[k[j].i] = 1;
			f->nmerged++;
		}
	}
	for (i = 0; i < n; i++)
		free(k[i].key);
	free(k);
	/* keep the file order of the findings kept; also[] is in key order,
	 * that is by chain length, then line */
	for (i = 0, j = 0; i < f->n; i++) {
		if (gone[i]) {
			free(f->v[i].steps);
			free(f->v[i].also);
			continue;
		}
		f->v[j++] = f->v[i];
	}
	f->n = j;
	free(gone);
}
