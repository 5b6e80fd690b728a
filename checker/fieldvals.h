/*
 * fieldvals.h - gfp values carried in struct fields, as the solver reads
 * them from a call's `vals` (facts.h): which field of which parameter a
 * gfp argument was read from, which class a field of an object passed by
 * address holds, which pointer parameter is passed on unchanged.  Pure
 * string reading; the solver (solver.c) decides what they imply.
 */
#ifndef SLEEPCHECK_FIELDVALS_H
#define SLEEPCHECK_FIELDVALS_H

#include <stddef.h>

/* longest field name kept; longer ones are not matched */
#define FV_FIELD_MAX 64

/// "J=K.F": argument @j is the gfp value in field F of parameter K.
/// Returns K and copies F into @field, or returns -1.
int fv_arg_field(const char *vals, int j, char *field, size_t size);

/// "J.F=C": argument @j points to an object whose field @field holds
/// class C.  Returns C, or 0 when the call says nothing about it.
char fv_obj_class(const char *vals, int j, const char *field);

/// "J=*K": argument @j is the caller's parameter K.  Returns K, or -1.
int fv_arg_param(const char *vals, int j);

#endif
