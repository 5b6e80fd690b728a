/*
 * merge.c - one finding per bug (findings_merge() in solver.h).
 *
 * Calls made in one atomic section that reach one sleeping call are one
 * bug, however many calls lead there; so are atomic calls anywhere that
 * reach one sleeping call through one callback (the last function of the
 * chain reached through a pointer: kobject_put() under many locks ending
 * in one release function's sleep is that function's bug, or one false
 * positive, not one per caller).  The finding kept is the one with the
 * shortest chain, then the first by file, line and column (a fixed order,
 * not the order of the search), and the others' atomic calls become its
 * also[] (a count in the report, listed with --show-all-paths); a
 * finding that needs no wide pointer call is kept before one that does.  The
 * atomic origin is the function and the place where the atomic context
 * began.  Two passes: by atomic section (calls made with atomic state
 * held), then by callback (those, and the findings of entry points and
 * of no-interrupt contracts reached from them; a contract finding merges
 * only with contract findings), except a chain through a may-sleep-field
 * callback (there each caller is to blame).  An atomic-ok contract
 * broken by the sleep an entry finding of the same function reports is
 * that finding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "solver.h"

struct keyed {
	char *key;
	int i;
	const struct finding *fd;
};

/* the last step reached through a pointer, or NULL */
static const struct chain_step *callback_step(const struct finding *fd)
{
	int i;

	for (i = fd->nsteps - 1; i >= 0; i--)
		if (fd->steps[i].bind)
			return &fd->steps[i];
	return NULL;
}

/* pass 0: the atomic section and the sleep; pass 1: the callback and the
 * sleep, or NULL when the chain has no pointer step */
static char *bug_key(const struct finding *fd, int pass)
{
	const struct chain_step *s0 = &fd->steps[0], *z = &fd->steps[fd->nsteps - 1];
	const struct chain_step *cb = callback_step(fd);
	const char *where = pass ? (cb ? cb->bind_file->path : NULL) : s0->file->path;
	const char *who = pass ? (cb ? cb->target : NULL) : s0->func->name;
	size_t n;
	char *k;

	/* behind a callback allowed to sleep, each caller is to blame */
	if (!where || (pass && fd->may_sleep))
		return NULL;
	n = strlen(where) + strlen(who) + strlen(z->file->path) +
	    (z->call->callee ? strlen(z->call->callee) : 0) + 80;
	k = sc_malloc(n);
	fmt_buf(k, n, "%c\n%s\n%s\n%d:%d\n%s:%d:%d:%s", fd->contract ? 'c' : 's',
		 where, who,
		 pass ? 0 : fcx(s0->call)->aline, pass ? 0 : fcx(s0->call)->acol,
		 z->file->path, z->call->line, z->call->col,
		 z->call->callee ? z->call->callee : "");
	return k;
}

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	const struct fact_call *cx, *cy;
	int d = strcmp(x->key, y->key);

	if (d)
		return d;
	if (!x->fd->indirect != !y->fd->indirect)	/* a sure chain first */
		return !!x->fd->indirect - !!y->fd->indirect;
	if (x->fd->nsteps != y->fd->nsteps)
		return x->fd->nsteps - y->fd->nsteps;
	d = strcmp(x->fd->steps[0].file->path, y->fd->steps[0].file->path);
	if (d)
		return d;
	cx = x->fd->steps[0].call;
	cy = y->fd->steps[0].call;
	if (cx->line != cy->line)
		return cx->line - cy->line;
	if (cx->col != cy->col)
		return cx->col - cy->col;
	return x->i - y->i;
}

static void take(struct finding *keep, const struct chain_step *s)
{
	keep->also = sc_realloc(keep->also, (keep->nalso + 1) * sizeof(*keep->also));
	keep->also[keep->nalso++] = *s;
}

static void merge_pass(struct findings *f, int pass)
{
	struct keyed *k = sc_calloc(f->n ? f->n : 1, sizeof(*k));
	char *gone = sc_calloc(f->n ? f->n : 1, 1);
	int i, j, m, n = 0;

	for (i = 0; i < f->n; i++) {
		const struct finding *fd = &f->v[i];

		/* by section: calls made with atomic state held; by callback:
		 * those, and the findings of entry points (one per callback
		 * and contract) that reach the sleep, or the call a
		 * no-interrupt contract forbids, through one callback */
		if (pass == 0 && (fd->entry || fd->contract))
			continue;
		if (pass == 1 && fd->contract && !fd->entry)
			continue;
		k[n].key = bug_key(fd, pass);
		if (!k[n].key)
			continue;
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

			take(keep, &other->steps[0]);
			for (m = 0; m < other->nalso; m++)
				take(keep, &other->also[m]);
			if (pass)
				keep->also_via = callback_step(keep)->target;
			gone[k[j].i] = 1;
			f->nmerged++;
		}
	}
	for (i = 0; i < n; i++)
		free(k[i].key);
	free(k);
	/* keep the file order of the findings kept */
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

/*
 * An atomic-ok contract (the function is documented callable in
 * interrupt context) broken by the same sleep that an entry finding of
 * that function reports (the function runs in atomic context, by a rule
 * or a dispatch) is one bug: the entry finding is kept.
 */
static void merge_contracts(struct findings *f)
{
	int i, j, k;

	for (i = 0, k = 0; i < f->n; i++) {
		const struct finding *c = &f->v[i];
		int dup = 0;

		for (j = 0; c->contract && c->contract->kind == CONTRACT_ATOMIC_OK &&
		     !dup && j < f->n; j++) {
			const struct finding *e = &f->v[j];

			dup = e->entry && !e->contract && e->nsteps && c->nsteps &&
			      e->steps[0].func == c->steps[0].func &&
			      e->steps[0].call == c->steps[0].call;
		}
		if (dup) {
			free(f->v[i].steps);
			free(f->v[i].also);
			f->nmerged++;
			continue;
		}
		f->v[k++] = f->v[i];
	}
	f->n = k;
}

void findings_merge(struct findings *f)
{
	merge_pass(f, 0);
	merge_pass(f, 1);
	merge_contracts(f);
}
