/*
 * strpool.h - interned strings and a string-keyed index, for loading and
 * searching a whole-kernel database.
 *
 * A pool keeps each distinct string once, in large blocks: a database of
 * a million functions names each callee many times, and one malloc()
 * per name costs more memory than the name.  Strings in a pool are freed
 * with it, never one by one, and must not be written to.
 *
 * A name index maps a string to the first int stored with it, for
 * lookups by name in O(1) instead of a binary search of strcmp()s.
 */
#ifndef SLEEPCHECK_STRPOOL_H
#define SLEEPCHECK_STRPOOL_H

#include <stddef.h>

struct sp_slot {
	char *s;		/* NULL: empty */
	unsigned hash;
};

struct strpool {
	struct sp_slot *slot;	/* open addressing */
	size_t size, n;		/* slots (a power of two), strings */
	struct sp_block *blocks;
	char *at, *end;		/* free space in the newest block */
};

/// The pool's copy of @s (NULL for NULL), made on first use.
char *strpool_intern(struct strpool *p, const char *s);

void strpool_free(struct strpool *p);

struct nx_slot {
	const char *key;	/* NULL: empty */
	unsigned hash;
	int val;
};

struct nameidx {
	struct nx_slot *slot;	/* open addressing */
	size_t size, n;
};

/// Maps @key to @val unless @key is mapped already (the first one wins).
/// @key must outlive the index.
void nameidx_put(struct nameidx *x, const char *key, int val);

/// The value of @key, or -1.
int nameidx_get(const struct nameidx *x, const char *key);

void nameidx_free(struct nameidx *x);

/// The hash both use (FNV-1a).
unsigned strpool_hash(const char *s);

#endif
