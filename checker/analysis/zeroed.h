/*
 * zeroed.h - the entries a call's values list (fact_call.vals) gets
 * where what it is given is fresh zeroed memory (zeroed.c): J.*==#0, and
 * J.P==? for each member stored since with a value not known.  Both
 * front ends' member walks (sparse_objints.c sc_member_known(),
 * clang_objints.c clang_member_known()) call it, so that they write the
 * same text.
 */
#ifndef SLEEPCHECK_ZEROED_H
#define SLEEPCHECK_ZEROED_H

#include <stddef.h>

#include "facts.h"

/// Does comma-separated @list have an entry beginning with @prefix?
int vals_has_entry(const char *list, const char *prefix);

/// Appends to @list (of @size bytes) J.*==#0 for argument @j, and J.P==?
/// for each member @unk[] (@nunk of them) the list does not already say
/// J.P==V of: 1, or 0 when they do not fit (nothing added).
int vals_zeroed_entries(int j, char unk[][ATOM_FIELD_MAX + 2], int nunk, char *list,
			size_t size);

#endif
