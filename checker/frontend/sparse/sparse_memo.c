/*
 * sparse_memo.c - remembered answers by pointer: what the front end asks
 * again and again of the same sparse object (an identifier, a struct
 * type), each answer an int.  Sparse's identifiers and types live until
 * the process ends (one file a process, cmd/check.c), so a key is never
 * reused for another object while a memo holds it.
 */
#include <stdlib.h>

#include "sparse_frontend.h"

static unsigned slot(const void *key, unsigned cap)
{
	return (unsigned)(((unsigned long)key >> 4) * 2654435761u) & (cap - 1);
}

/* the slot of @key, or the empty one where it goes */
static unsigned find(const struct sc_memo *m, const void *key)
{
	unsigned h;

	for (h = slot(key, m->cap); m->v[h].key; h = (h + 1) & (m->cap - 1))
		if (m->v[h].key == key)
			break;
	return h;
}

/* the slot for @key, made if it has none */
static unsigned place(struct sc_memo *m, const void *key)
{
	unsigned h;

	if (2 * (m->n + 1) > m->cap) {
		struct sc_memo old = *m;
		unsigned i;

		m->cap = m->cap ? 2 * m->cap : 256;
		m->v = sc_calloc(m->cap, sizeof(*m->v));
		for (i = 0; i < old.cap; i++)
			if (old.v[i].key)
				m->v[find(m, old.v[i].key)] = old.v[i];
		free(old.v);
	}
	h = find(m, key);
	if (!m->v[h].key) {
		m->v[h].key = key;
		m->n++;
	}
	return h;
}

int sc_memo_get(const struct sc_memo *m, const void *key, int *val)
{
	unsigned h;

	if (!m->cap || !key || !m->v[h = find(m, key)].key)
		return 0;
	*val = m->v[h].val;
	return 1;
}

void sc_memo_put(struct sc_memo *m, const void *key, int val)
{
	unsigned h;

	if (!key)
		return;
	h = place(m, key);	/* may move m->v */
	m->v[h].val = val;
}

int sc_memo_getp(const struct sc_memo *m, const void *key, const void **ptr)
{
	unsigned h;

	if (!m->cap || !key || !m->v[h = find(m, key)].key)
		return 0;
	*ptr = m->v[h].ptr;
	return 1;
}

void sc_memo_putp(struct sc_memo *m, const void *key, const void *ptr)
{
	unsigned h;

	if (!key)
		return;
	h = place(m, key);	/* may move m->v */
	m->v[h].ptr = ptr;
}

void sc_memo_clear(struct sc_memo *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}
