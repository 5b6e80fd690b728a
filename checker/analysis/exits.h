/*
 * exits.h - what a function of the file leaves released when it
 * returns: per atomic kind, the depth at its returns relative to its
 * entry, kept only where it is below 0 on every path, and the same
 * for each value it returns when every return is a constant (exits.c).
 */
#ifndef SLEEPCHECK_EXITS_H
#define SLEEPCHECK_EXITS_H

#include "facts.h"

/* one function of the file and what it leaves released */
struct exit_fn {
	const char *name;	/* as the front end names it (fact_func) */
	signed char depth[AK_NR];	/* at most 0 */
	signed char raw[AK_NR];		/* the part that is raw, at most 0 */
	int byval;		/* every return has a constant: vdepth, vraw
				 * say what it leaves released when it
				 * returns 0 ([0]) or non-zero ([1]) */
	signed char vdepth[2][AK_NR];
	signed char vraw[2][AK_NR];
};

struct exit_table {
	struct exit_fn *v;
	int n, cap;
	int sorted;
};

/// Adds function @name with nothing released (exit_sort() before lookups).
void exit_add(struct exit_table *t, const char *name);

/// Sorts the table by name; lookups need it.
void exit_sort(struct exit_table *t);

/// The entry of function @name, or NULL when it is not of this file.
struct exit_fn *exit_find(const struct exit_table *t, const char *name);

/// Does @x release anything?
int exit_releases(const struct exit_fn *x);

void exit_free(struct exit_table *t);

#endif
