/*
 * strpool.c - interned strings and a string-keyed index (strpool.h).
 *
 * Both are open-addressing hash tables, kept at most half full, that
 * store each entry's hash so growing them reads no string.  The pool's
 * strings sit end to end in blocks of 1 MiB (a longer string gets a
 * block of its own).
 */
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

/* a copy of @s, @len bytes and its NUL, in the pool's blocks */
static char *sp_copy(struct strpool *p, const char *s, size_t len)
{
	char *d;

	if ((size_t)(p->end - p->at) < len + 1) {
		size_t size = len + 1 > SP_BLOCK ? len + 1 : SP_BLOCK;
		struct sp_block *b = sc_malloc(sizeof(*b) + size);

		b->next = p->blocks;
		p->blocks = b;
		p->at = b->data;
		p->end = b->data + size;
	}
	d = p->at;
	memcpy(d, s, len + 1);
	p->at += len + 1;
	return d;
}

static void sp_grow(struct strpool *p)
{
	size_t size = p->size ? 2 * p->size : 1024, i, h;
	char **slot = sc_calloc(size, sizeof(*slot));
	unsigned *hash = sc_malloc(size * sizeof(*hash));

	for (i = 0; i < p->size; i++) {
		if (!p->slot[i])
			continue;
		for (h = p->hash[i] & (size - 1); slot[h]; h = (h + 1) & (size - 1))
			;
		slot[h] = p->slot[i];
		hash[h] = p->hash[i];
	}
	free(p->slot);
	free(p->hash);
	p->slot = slot;
	p->hash = hash;
	p->size = size;
}

char *strpool_intern(struct strpool *p, const char *s)
{
	unsigned hv;
	size_t h;

	if (!s)
		return NULL;
	if (2 * (p->n + 1) > p->size)
		sp_grow(p);
	hv = strpool_hash(s);
	for (h = hv & (p->size - 1); p->slot[h]; h = (h + 1) & (p->size - 1))
		if (p->hash[h] == hv && !strcmp(p->slot[h], s))
			return p->slot[h];
	p->slot[h] = sp_copy(p, s, strlen(s));
	p->hash[h] = hv;
	p->n++;
	return p->slot[h];
}

void strpool_free(struct strpool *p)
{
	while (p->blocks) {
		struct sp_block *b = p->blocks;

		p->blocks = b->next;
		free(b);
	}
	free(p->slot);
	free(p->hash);
	memset(p, 0, sizeof(*p));
}

static void nx_grow(struct nameidx *x)
{
	size_t size = x->size ? 2 * x->size : 1024, i, h;
	const char **key = sc_calloc(size, sizeof(*key));
	int *val = sc_malloc(size * sizeof(*val));
	unsigned *hash = sc_malloc(size * sizeof(*hash));

	for (i = 0; i < x->size; i++) {
		if (!x->key[i])
			continue;
		for (h = x->hash[i] & (size - 1); key[h]; h = (h + 1) & (size - 1))
			;
		key[h] = x->key[i];
		val[h] = x->val[i];
		hash[h] = x->hash[i];
	}
	free(x->key);
	free(x->val);
	free(x->hash);
	x->key = key;
	x->val = val;
	x->hash = hash;
	x->size = size;
}

void nameidx_put(struct nameidx *x, const char *key, int val)
{
	unsigned hv;
	size_t h;

	if (2 * (x->n + 1) > x->size)
		nx_grow(x);
	hv = strpool_hash(key);
	for (h = hv & (x->size - 1); x->key[h]; h = (h + 1) & (x->size - 1))
		if (x->hash[h] == hv && !strcmp(x->key[h], key))
			return;
	x->key[h] = key;
	x->val[h] = val;
	x->hash[h] = hv;
	x->n++;
}

int nameidx_get(const struct nameidx *x, const char *key)
{
	unsigned hv;
	size_t h;

	if (!x->size || !key)
		return -1;
	hv = strpool_hash(key);
	for (h = hv & (x->size - 1); x->key[h]; h = (h + 1) & (x->size - 1))
		if (x->hash[h] == hv && !strcmp(x->key[h], key))
			return x->val[h];
	return -1;
}

void nameidx_free(struct nameidx *x)
{
	free(x->key);
	free(x->val);
	free(x->hash);
	memset(x, 0, sizeof(*x));
}
