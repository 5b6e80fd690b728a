/*
 * fieldvals.c - reads the entries of a call's `vals` (format in facts.h,
 * written by the front ends' lowerings).  An entry that does not parse
 * is skipped: the solver then knows nothing of that argument, which is
 * the conservative answer (the value may allow blocking).
 */
#include <stdlib.h>
#include <string.h>

#include "fieldvals.h"

/* the entry of @vals starting at @p, its end in *@end; NULL after the last */
static const char *next_entry(const char *p, const char **end)
{
	const char *e;

	if (!p || !*p)
		return NULL;
	e = strchr(p, ',');
	*end = e ? e : p + strlen(p);
	return p;
}

/* parses the leading argument number; returns the position after it */
static const char *arg_number(const char *p, const char *end, int *j)
{
	char *q;
	long v = strtol(p, &q, 10);

	if (q == p || q > end || v < 0 || v > 255)
		return NULL;
	*j = (int)v;
	return q;
}

int fv_arg_field(const char *vals, int j, char *field, size_t size)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q, *dot;
		int a, k;

		q = arg_number(p, end, &a);
		if (q && a == j && *q == '=' && q[1] != '*' &&
		    (q = arg_number(q + 1, end, &k)) && *q == '.' &&
		    (dot = q + 1) < end && (size_t)(end - dot) < size) {
			memcpy(field, dot, end - dot);
			field[end - dot] = '\0';
			return k;
		}
		p = *end ? end + 1 : end;
	}
	return -1;
}

char fv_obj_class(const char *vals, int j, const char *field)
{
	const char *p = vals, *end;
	size_t flen = strlen(field);

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a;

		q = arg_number(p, end, &a);
		if (q && a == j && *q == '.' && (size_t)(end - q) == flen + 3 &&
		    !strncmp(q + 1, field, flen) && q[1 + flen] == '=')
			return q[2 + flen];
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_arg_param(const char *vals, int j)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a, k;

		q = arg_number(p, end, &a);
		if (q && a == j && q[0] == '=' && q[1] == '*' &&
		    (q = arg_number(q + 2, end, &k)) && q == end)
			return k;
		p = *end ? end + 1 : end;
	}
	return -1;
}
