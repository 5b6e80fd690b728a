/*
 * strpool.c - pooled strings and a string-keyed index (strpool.h).
 *
 * The pool's strings sit end to end in blocks of 1 MiB (one longer than a
 * quarter of that gets a block of its own; strpool_alloc() gives raw
 * bytes the same way).  The index is an open-addressing hash table, kept
 * at most half full, that stores each entry's hash beside it, so a probe
 * reads one slot and growing it reads no string.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "strpool.h"

#define SP_BLOCK (1u << 20)

struct sp_block {
	struct sp_block *next;
	char data[];
};

unsigned strpool_hash(const char *s)
{
	unsigned h = 2166136261u;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

char *strpool_alloc(struct strpool *p, size_t len)
{
	char *d;

	if ((size_t)(p->end - p->at) < len) {
		size_t size = len > SP_BLOCK / 4 ? len : SP_BLOCK;
		struct sp_block *b = sc_malloc(sizeof(*b) + size);

		/* a long one in a block of its own: the newest block stays
		 * the one filled */
		if (len > SP_BLOCK / 4 && p->blocks) {
			b->next = p->blocks->next;
			p->blocks->next = b;
			return b->data;
		}
		b->next = p->blocks;
		p->blocks = b;
		p->at = b->data;
		p->end = b->data + size;
	}
	d = p->at;
	p->at += len;
	return d;
}

char *strpool_alloc_aligned(struct strpool *p, size_t len)
{
	size_t pad = (8 - ((uintptr_t)p->at & 7)) & 7;
	char *d;

	if (p->at && (size_t)(p->end - p->at) >= pad + len) {
		p->at += pad;
		return strpool_alloc(p, len);
	}
	/* a new block's data is aligned, but a long one may not get one */
	d = strpool_alloc(p, len + 8);
	return d + ((8 - ((uintptr_t)d & 7)) & 7);
}

/* a copy of @s, @len bytes and its NUL, in the pool's blocks */
static char *sp_copy(struct strpool *p, const char *s, size_t len)
{
	char *d = strpool_alloc(p, len + 1);

	memcpy(d, s, len + 1);
	return d;
}

char *strpool_copy(struct strpool *p, const char *s)
{
	return s ? sp_copy(p, s, strlen(s)) : NULL;
}

void strpool_free(struct strpool *p)
{
	while (p->blocks) {
		struct sp_block *b = p->blocks;

		p->blocks = b->next;
		free(b);
	}
	memset(p, 0, sizeof(*p));
}

/* the slots made @size (a power of 2 above twice the keys) */
static void nx_resize(struct nameidx *x, size_t size)
{
	size_t i, h;
	struct nx_slot *slot = sc_calloc(size, sizeof(*slot));

	for (i = 0; i < x->size; i++) {
		if (!x->slot[i].key)
			continue;
		for (h = x->slot[i].hash & (size - 1); slot[h].key; h = (h + 1) & (size - 1))
			;
		slot[h] = x->slot[i];
	}
	free(x->slot);
	x->slot = slot;
	x->size = size;
}

static void nx_grow(struct nameidx *x)
{
	nx_resize(x, x->size ? 2 * x->size : 1024);
}

void nameidx_reserve(struct nameidx *x, size_t n)
{
	size_t size = x->size ? x->size : 1024;

	while (size < 2 * (x->n + n))
		size *= 2;
	if (size != x->size)
		nx_resize(x, size);
}

void nameidx_put(struct nameidx *x, const char *key, int val)
{
	nameidx_put_hashed(x, key, strpool_hash(key), val);
}

void nameidx_put_hashed(struct nameidx *x, const char *key, unsigned hv,
			int val)
{
	size_t h;

	if (2 * (x->n + 1) > x->size)
		nx_grow(x);
	for (h = hv & (x->size - 1); x->slot[h].key; h = (h + 1) & (x->size - 1))
		if (x->slot[h].hash == hv && !strcmp(x->slot[h].key, key))
			return;
	x->slot[h].key = key;
	x->slot[h].hash = hv;
	x->slot[h].val = val;
	x->n++;
}

int nameidx_get(const struct nameidx *x, const char *key)
{
	return key ? nameidx_get_hashed(x, key, strpool_hash(key)) : -1;
}

int nameidx_get_hashed(const struct nameidx *x, const char *key, unsigned hv)
{
	size_t h;

	if (!x->size || !key)
		return -1;
	for (h = hv & (x->size - 1); x->slot[h].key; h = (h + 1) & (x->size - 1))
		if (x->slot[h].hash == hv && !strcmp(x->slot[h].key, key))
			return x->slot[h].val;
	return -1;
}

void nameidx_free(struct nameidx *x)
{
	free(x->slot);
	memset(x, 0, sizeof(*x));
}
