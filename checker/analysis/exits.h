/*
 * exits.h - what a function of the file leaves released or held when it
 * returns: per atomic kind, the depth at its returns relative to its
 * entry, the most over them when below 0 (it drops its caller's on
 * every path) and the least over them when above 0 (it returns holding
 * what it took on every path), and what it leaves released for each
 * value it returns when every return is a constant, and per value of
 * what a pointer parameter it tests points to (exits.c).
 */
#ifndef SLEEPCHECK_EXITS_H
#define SLEEPCHECK_EXITS_H

#include "facts.h"

/* one function of the file and what it leaves released or held */
struct exit_fn {
	const char *name;	/* as the front end names it (fact_func) */
	signed char depth[AK_NR];	/* released on every path: at most 0 */
	signed char raw[AK_NR];		/* the part that is raw, at most 0 */
	signed char held[AK_NR];	/* held on every path, taken by it:
					 * at least 0 (0 when depth[] is
					 * below 0) */
	signed char rheld[AK_NR];	/* the part of held[] that is raw */
	signed char lo[AK_NR];		/* the least at its returns, any sign
					 * (-AK_MAX_DEPTH: not known) */
	signed char rlo[AK_NR];		/* of the raw part */
	int byval;		/* every return has a constant: vdepth, vraw
				 * say what it leaves released when it
				 * returns 0 ([0]) or non-zero ([1]) */
	signed char vdepth[2][AK_NR];
	signed char vraw[2][AK_NR];
	/* with every return a constant: bit 0, it may return 0; bit 1,
	 * something else (a caller's flag set from it: analyze.c
	 * tag_vdefs()) */
	unsigned char rvals;
	/* a function that splits on what its integer pointer parameter
	 * @dparam points to (`if (*locked) spin_unlock(lock);`): what it
	 * leaves released where that is 0 ([0]) and where it is not ([1]),
	 * per kind, at most 0, and what it returns holding there on every
	 * path, at least 0 (`if (!*locked) { spin_lock(lock); *locked =
	 * true; }`); @dparam -1: none */
	int dparam;
	signed char ddepth[2][AK_NR];
	signed char dheld[2][AK_NR];
	/* ... and what it leaves there on every return, 0 or 1 (non-zero),
	 * -1 not known (ir.h ir_pstore) */
	signed char dleaves[2];
};

struct exit_table {
	struct exit_fn *v;
	int n, cap;
	int sorted;
};

/// Adds function @name leaving nothing (exit_sort() before lookups).
void exit_add(struct exit_table *t, const char *name);

/// Sorts the table by name; lookups need it.
void exit_sort(struct exit_table *t);

/// The entry of function @name, or NULL when it is not of this file.
struct exit_fn *exit_find(const struct exit_table *t, const char *name);

/// Does @x leave anything released or held?
int exit_changes(const struct exit_fn *x);

void exit_free(struct exit_table *t);

#endif
