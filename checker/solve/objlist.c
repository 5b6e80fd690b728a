/*
 * objlist.c - a list of named objects a pointer may point to (objlist.h):
 * appending a copy of a name, freeing the list.
 */
#include <stdlib.h>
#include <string.h>

#include "objlist.h"

void cg_objs_add(struct cg_objs *o, const char *name, int is_static,
		 const struct fact_file *file)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 8;
		o->v = sc_realloc(o->v, o->cap * sizeof(*o->v));
	}
	o->v[o->n].name = sc_strdup(name);
	o->v[o->n].is_static = is_static;
	o->v[o->n++].file = file;
}

void cg_objs_free(struct cg_objs *o)
{
	int i;

	for (i = 0; i < o->n; i++)
		free((char *)o->v[i].name);
	free(o->v);
	memset(o, 0, sizeof(*o));
}
