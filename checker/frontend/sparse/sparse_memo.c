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

int sc_memo_get(const struct sc_memo *m, const void *key, int *val)
{
	unsigned h;

	if (!m->cap || !key)
		return 0;
	for (h = slot(key, m->cap); m->v[h].key; h = (h + 1) & (m->cap - 1))
		if (m->v[h].key == key) {
			*val = m->v[h].val;
			return 1;
		}
	return 0;
}

static void insert(struct sc_memo *m, const void *key, int val)
{
	unsigned h;

	for (h = slot(key, m->cap); m->v[h].key; h = (h + 1) & (m->cap - 1))
		if (m->v[h].key == key) {
			m->v[h].val = val;
			return;
		}
	m->v[h].key = key;
	m->v[h].val = val;
	m->n++;
}

void sc_memo_put(struct sc_memo *m, const void *key, int val)
{
	if (!key)
		return;
	if (2 * (m->n + 1) > m->cap) {
		struct sc_memo old = *m;
		unsigned i;

		m->cap = m->cap ? 2 * m->cap : 256;
		m->v = sc_calloc(m->cap, sizeof(*m->v));
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.v[i].key)
				insert(m, old.v[i].key, old.v[i].val);
		free(old.v);
	}
	insert(m, key, val);
}

void sc_memo_clear(struct sc_memo *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}
