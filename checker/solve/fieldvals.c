/*
 * fieldvals.c - reads the entries of a call's `vals` (format in facts.h,
 * written by the front ends' lowerings).  An entry that does not parse
 * is skipped: the solver then knows nothing of that argument, which is
 * the conservative answer (the value may allow blocking).
 */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
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

/* parses a number below @max at @p; returns the position after it */
static const char *number(const char *p, const char *end, int *j, long max)
{
	char *q;
	long v;

	if (p >= end || *p < '0' || *p > '9')
		return NULL;
	v = strtol(p, &q, 10);
	if (q > end || v >= max)
		return NULL;
	*j = (int)v;
	return q;
}

/* parses an argument or parameter number */
static const char *arg_number(const char *p, const char *end, int *j)
{
	return number(p, end, j, 256);
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

/* argument @j's "J=*K" or "J=*K^" entry: K, *@fresh whether it has ^ */
static int arg_param(const char *vals, int j, int *fresh)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a, k;

		q = arg_number(p, end, &a);
		if (q && a == j && q[0] == '=' && q[1] == '*' &&
		    (q = arg_number(q + 2, end, &k)) &&
		    (q == end || (*q == '^' && q + 1 == end))) {
			*fresh = q != end;
			return k;
		}
		p = *end ? end + 1 : end;
	}
	return -1;
}

int fv_arg_param(const char *vals, int j)
{
	int fresh;

	return arg_param(vals, j, &fresh);
}

int fv_arg_param_fresh(const char *vals, int j)
{
	int fresh = 0;

	return arg_param(vals, j, &fresh) >= 0 && fresh;
}

/* "^L:C" at @p (up to @end): sets *@line, *@col */
static int call_pos(const char *p, const char *end, int *line, int *col)
{
	const char *q;

	if (*p != '^' || !(q = number(p + 1, end, line, 1L << 30)) || *q != ':' ||
	    !(q = number(q + 1, end, col, 1L << 30)) || q != end)
		return 0;
	return 1;
}

int fv_arg_call(const char *vals, int j, int *line, int *col)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a;

		q = arg_number(p, end, &a);
		if (q && a == j && *q == '=' && call_pos(q + 1, end, line, col))
			return 1;
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_rets_each(const char *rets, const char *field,
		 int (*fn)(void *arg, char cls, int line, int col), void *arg)
{
	const char *p = rets, *end;
	size_t flen = strlen(field);
	int line, col, r;

	while ((p = next_entry(p, &end))) {
		r = 0;
		if (call_pos(p, end, &line, &col))
			r = fn(arg, 0, line, col);
		else if ((size_t)(end - p) == flen + 2 && !strncmp(p, field, flen) &&
			 p[flen] == '=')
			r = fn(arg, p[flen + 1], 0, 0);
		if (r)
			return r;
		p = *end ? end + 1 : end;
	}
	return 0;
}

enum fv_int fv_arg_int(const char *vals, int j, int deref, int *k, long long *v)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		char *r;
		int a;

		q = arg_number(p, end, &a);
		if (q && deref) {
			if (*q != '*')
				q = NULL;
			else
				q++;
		}
		if (q && a == j && *q == '=') {
			if (q[1] == '|' || q[1] == '&') {
				*v = strtoll(q + 2, &r, 10);
				if (r == end && r > q + 2)
					return q[1] == '|' ? FV_OR : FV_AND;
			} else if (q[1] == '#') {
				*v = strtoll(q + 2, &r, 10);
				if (r == end && r > q + 2)
					return FV_CONST;
			} else if ((q = arg_number(q + 1, end, k))) {
				if (q == end)
					return FV_PARAM;
				if (*q == '?' && q + 1 == end)
					return FV_PARAM_ZERO;
				if (*q == '!' && q + 1 == end)
					return FV_PARAM_NONZERO;
				if (*q == '|' || *q == '&') {
					*v = strtoll(q + 1, &r, 10);
					if (r == end && r > q + 1)
						return *q == '|' ? FV_PARAM_OR : FV_PARAM_AND;
				}
			}
		}
		p = *end ? end + 1 : end;
	}
	return FV_NONE;
}

/* the text of argument @j's entry "J=" @mark TEXT, copied into @buf; 1 if
 * there is one */
static int arg_text(const char *vals, int j, char mark, char *buf, size_t size)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a;

		q = arg_number(p, end, &a);
		if (q && a == j && q[0] == '=' && q[1] == mark && end > q + 2 &&
		    (size_t)(end - q - 2) < size) {
			memcpy(buf, q + 2, end - q - 2);
			buf[end - q - 2] = '\0';
			return 1;
		}
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_arg_sfield(const char *vals, int j, char *field, size_t size)
{
	return arg_text(vals, j, '$', field, size);
}

int fv_arg_addr(const char *vals, int j, char *name, size_t size, int *is_static)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q, *e;
		int a;

		q = arg_number(p, end, &a);
		if (q && a == j && q[0] == '=' && q[1] == '&') {
			q += 2;
			e = end;
			*is_static = end - q > 2 && end[-2] == '/' && end[-1] == 's';
			if (*is_static)
				e -= 2;
			if (e > q && (size_t)(e - q) < size) {
				memcpy(name, q, e - q);
				name[e - q] = '\0';
				return 1;
			}
		}
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_arg_ptrfield(const char *vals, int j, char *name, size_t size)
{
	return arg_text(vals, j, '>', name, size);
}

int fv_arg_global(const char *vals, int j, char *name, size_t size)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a;

		q = arg_number(p, end, &a);
		if (q && a == j && q[0] == '=' && q[1] == '@' && end - q > 2 &&
		    (size_t)(end - q - 2) < size) {
			memcpy(name, q + 2, end - q - 2);
			name[end - q - 2] = '\0';
			return 1;
		}
		p = *end ? end + 1 : end;
	}
	return 0;
}

char fv_rets_out(const char *rets, int k, const char *field)
{
	const char *p = rets, *end;
	size_t flen = strlen(field);

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a;

		if (*p == '*' && (q = arg_number(p + 1, end, &a)) && a == k &&
		    *q == '.' && (size_t)(end - q) == flen + 3 &&
		    !strncmp(q + 1, field, flen) && q[1 + flen] == '=')
			return q[2 + flen];
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_rets_globals(const char *rets,
		    int (*fn)(void *arg, const char *name, size_t len,
			      const char *what, size_t wlen), void *arg)
{
	const char *p = rets, *end, *eq;
	int r;

	while ((p = next_entry(p, &end))) {
		if (*p == '@' && (eq = memchr(p, '=', end - p)) && eq > p + 1 &&
		    (r = fn(arg, p + 1, eq - p - 1, eq + 1, end - eq - 1)))
			return r;
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_store_call(const char *what, size_t len, int *line, int *col, int *j)
{
	const char *end = what + len, *star = memchr(what, '*', len);

	*j = -1;
	if (!star)
		return call_pos(what, end, line, col);
	return call_pos(what, star, line, col) && arg_number(star + 1, end, j) == end;
}

int fv_rets_global_at(const char *rets, int i, char *name, size_t size)
{
	const char *p = rets, *end;

	while ((p = next_entry(p, &end))) {
		if (*p == '@' && !memchr(p, '=', end - p) && i-- == 0) {
			if ((size_t)(end - p - 1) >= size)
				return 0;
			memcpy(name, p + 1, end - p - 1);
			name[end - p - 1] = '\0';
			return 1;
		}
		p = *end ? end + 1 : end;
	}
	return 0;
}

int fv_arg_paired(const char *vals, int j)
{
	const char *p = vals, *end;

	while ((p = next_entry(p, &end))) {
		const char *q;
		int a;

		q = arg_number(p, end, &a);
		if (q && a == j && q[0] == '=' && q[1] == '%' && q + 2 == end)
			return 1;
		p = *end ? end + 1 : end;
	}
	return 0;
}
