/*
 * flow.h - what the data flow of both front ends shares: the atomic
 * state of a block (per-kind counts and where the outermost section
 * began), the lattice of gfp classes (facts.h), and the text lists a
 * call's facts carry (objects, function arguments).
 */
#ifndef SLEEPCHECK_FLOW_H
#define SLEEPCHECK_FLOW_H

#include <stddef.h>

#include "facts.h"

struct astate {
	signed char depth[AK_NR];
	int line, col;		/* where the outermost atomic section began */
	const void *what;	/* the primitive that began it, as the front
				 * end names it */
	int reached;
};

/// Enters @kinds at line:col; counts saturate at AK_MAX_DEPTH.
void astate_acquire(struct astate *s, unsigned kinds, int line, int col,
		    const void *what);

/// Leaves @kinds; counts go down to -AK_MAX_DEPTH (a callee releasing
/// its caller's lock).
void astate_release(struct astate *s, unsigned kinds);

/// Merges @src into @dst (per-kind maximum: may be atomic).
/// @return: 1 if @dst changed.
int astate_merge(struct astate *dst, const struct astate *src);

/// The class of a value that is one of two classes.
char gfp_join(char a, char b);

/// The same, where 0 is neutral (a path that adds nothing: a loop).
char gfp_join0(char c, char x);

/// The classes of `a | b` and `a & b`; 0 stays neutral.
char gfp_or(char a, char b);
char gfp_and(char a, char b);

/* a comma-separated list being built */
struct textlist {
	char *s;
	size_t len, cap;
	int n;
};

/// Appends @item (with a comma before it unless it is the first).
void textlist_add(struct textlist *l, const char *item);

/// Appends an object of an indirect call, "name/static/gblk/gnblk", once,
/// and no more than 64.
void textlist_add_object(struct textlist *l, const char *name, int is_static,
			 unsigned blk, unsigned nblk);

#endif
