/*
 * vcond.c - the table of a function's conditions beyond its gfp
 * parameters (vcond.h): lookup and creation, and the words for a flag
 * condition.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "vcond.h"

static int vc_add(struct vconds *t)
{
	if (t->n == VC_MAX)
		return -1;
	if (!t->v)
		t->v = sc_calloc(VC_MAX, sizeof(*t->v));
	return t->n++;
}

/* the condition of @kind on @param and a name (a member, an object) */
static int vc_named(struct vconds *t, enum vc_kind kind, int param,
		    const char *name, int create)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == kind && t->v[i].param == param &&
		    !strcmp(t->v[i].field, name))
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = kind;
	t->v[i].param = param;
	t->v[i].field = sc_strdup(name);
	return i;
}

int vc_field(struct vconds *t, int param, const char *field, int create)
{
	return vc_named(t, VC_FIELD, param, field, create);
}

int vc_flag(struct vconds *t, int param, const char *field,
	    unsigned long long mask, int eq, int set, int create)
{
	int i;

	if (field && !field[0])
		field = NULL;
	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == VC_FLAG && t->v[i].param == param &&
		    t->v[i].mask == mask && t->v[i].eq == eq && t->v[i].set == set &&
		    !t->v[i].field == !field &&
		    (!field || !strcmp(t->v[i].field, field)))
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = VC_FLAG;
	t->v[i].field = field ? sc_strdup(field) : NULL;
	t->v[i].param = param;
	t->v[i].mask = mask;
	t->v[i].eq = eq;
	t->v[i].set = set;
	return i;
}

int vc_bh(struct vconds *t, int create)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == VC_BH)
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = VC_BH;
	t->v[i].param = -1;
	return i;
}

int vc_vmem(struct vconds *t, int param, int create)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == VC_VMEM && t->v[i].param == param)
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = VC_VMEM;
	t->v[i].param = param;
	return i;
}

int vc_mapped(struct vconds *t, int param, const char *name, int create)
{
	return vc_named(t, VC_MAPPED, param, name, create);
}

static int vc_fn(struct vconds *t, enum vc_kind kind, int param, const char *via,
		 int fn, int create)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == kind && t->v[i].param == param &&
		    t->v[i].mask == (unsigned long long)fn && !strcmp(t->v[i].field, via))
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = kind;
	t->v[i].param = param;
	t->v[i].field = sc_strdup(via);
	t->v[i].mask = (unsigned long long)fn;
	return i;
}

int vc_target(struct vconds *t, int param, const char *via, int fn, int create)
{
	return vc_fn(t, VC_TARGET, param, via, fn, create);
}

int vc_rtarget(struct vconds *t, int param, const char *key, int fn, int create)
{
	return vc_fn(t, VC_RTARGET, param, key, fn, create);
}

int vc_in(struct vconds *t, int param, unsigned long long mask, int out, int create)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == VC_IN && t->v[i].param == param &&
		    t->v[i].mask == mask && t->v[i].set == out)
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = VC_IN;
	t->v[i].param = param;
	t->v[i].mask = mask;
	t->v[i].set = out;
	return i;
}

int vc_in_holds(const struct vcond *vc, long long v)
{
	if (v < 0 || v > 63)
		return vc->set;
	return (vc->mask >> v) & 1;
}

int vc_and(struct vconds *t, int a, int b, int create)
{
	int i;

	if (a > b) {
		i = a;
		a = b;
		b = i;
	}
	for (i = 0; i < t->n; i++)
		if (t->v[i].kind == VC_AND && t->v[i].a == a && t->v[i].b == b)
			return i;
	if (!create || (i = vc_add(t)) < 0)
		return -1;
	t->v[i].kind = VC_AND;
	t->v[i].param = -1;
	t->v[i].a = a;
	t->v[i].b = b;
	return i;
}

void vc_free(struct vconds *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].field);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

const char *vc_flag_text(int param, const char *field, unsigned long long mask,
			 int eq, int set, char *buf, size_t size)
{
	char arg[96];

	if (eq & ATOM_DEREF) {
		if (eq & ATOM_EQ)
			snprintf(buf, size, "argument %d points to %s%lld", param + 1,
				 set ? "" : "a value other than ", (long long)mask);
		else if (mask == ~0ULL)
			snprintf(buf, size, "argument %d points to %s", param + 1,
				 set ? "a non-zero value" : "zero");
		else
			snprintf(buf, size, "argument %d points to a value with %s of "
				 "%#llx set", param + 1, set ? "a bit" : "no bit", mask);
		return buf;
	}
	if (eq & ATOM_IN) {
		const char *sep = " ";
		size_t n;
		int v;

		n = (size_t)snprintf(buf, size, "argument %d is %s", param + 1,
				     set ? "one of" : "none of");
		for (v = 0; v <= ATOM_IN_MAX && n < size; v++) {
			if (!(mask & (1ULL << v)))
				continue;
			n += (size_t)snprintf(buf + n, size - n, "%s%d", sep, v);
			sep = ", ";
		}
		return buf;
	}
	if (field && field[0])
		snprintf(arg, sizeof(arg), "field '%s' of what argument %d points to",
			 field, param + 1);
	else
		snprintf(arg, sizeof(arg), "argument %d", param + 1);
	if (eq & ATOM_ADDR)
		snprintf(buf, size, "%s is %sthe address of the object it is "
			 "compared with", arg, set ? "" : "not ");
	else if (eq & ATOM_EQ)
		snprintf(buf, size, "%s is %s%lld", arg, set ? "" : "not ", (long long)mask);
	else if (mask == ~0ULL)
		snprintf(buf, size, "%s is %s", arg, set ? "non-zero" : "zero");
	else
		snprintf(buf, size, "%s has %s of %#llx set", arg,
			 set ? "a bit" : "no bit", mask);
	return buf;
}
