/*
 * objlist.h - a list of named objects (file-scope struct variables, a
 * static one with its file) that a pointer may point to: what the
 * program stores into a pointer member (callgraph.c), what a parameter
 * may point to at a call (fnparam.c).  Its own file so that both use it
 * without using each other.
 */
#ifndef SLEEPCHECK_OBJLIST_H
#define SLEEPCHECK_OBJLIST_H

#include "facts.h"

struct cg_objs {
	struct cg_obj {
		const char *name;
		int is_static;
		const struct fact_file *file;
	} *v;
	int n, cap;
};

/// Appends object @name (a copy) to @o.
void cg_objs_add(struct cg_objs *o, const char *name, int is_static,
		 const struct fact_file *file);

/// Frees @o's entries and leaves it empty.
void cg_objs_free(struct cg_objs *o);

#endif
