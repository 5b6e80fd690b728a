/*
 * strpool.h - strings stored end to end in large blocks, and a
 * string-keyed index, for loading and searching a whole-kernel database.
 *
 * A pool copies strings into blocks of 1 MiB: a database of a million
 * functions holds millions of short names, and one malloc() per name
 * costs more memory (and time, to make and to free) than the name.
 * Strings in a pool are freed with it, never one by one, and must not be
 * written to.  (Copies, not interned: looking each one up in a table
 * cost more time than the memory it saved.)
 *
 * A name index maps a string to the first int stored with it, for
 * lookups by name in O(1) instead of a binary search of strcmp()s.
 */
#ifndef SLEEPCHECK_STRPOOL_H
#define SLEEPCHECK_STRPOOL_H

#include <stddef.h>

struct strpool {
	struct sp_block *blocks;
	char *at, *end;		/* free space in the newest block */
};

/// The pool's copy of @s (NULL for NULL).
char *strpool_copy(struct strpool *p, const char *s);

/// @len bytes in the pool, not aligned (a pack of db/ is copied there).
char *strpool_alloc(struct strpool *p, size_t len);

/// @len bytes in the pool, aligned to 8 (records: facts.h struct fact_vals).
char *strpool_alloc_aligned(struct strpool *p, size_t len);

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

/// The same, @hv being strpool_hash(@key) (computed ahead).
void nameidx_put_hashed(struct nameidx *x, const char *key, unsigned hv,
			int val);

/// Makes room for @n keys at once: no growing (and copying) while they
/// are put.
void nameidx_reserve(struct nameidx *x, size_t n);

/// The value of @key, or -1.
int nameidx_get(const struct nameidx *x, const char *key);

/// The same, @hv being strpool_hash(@key) (computed ahead, to prefetch).
int nameidx_get_hashed(const struct nameidx *x, const char *key, unsigned hv);

void nameidx_free(struct nameidx *x);

/// The index's hash (FNV-1a).
unsigned strpool_hash(const char *s);

#endif
