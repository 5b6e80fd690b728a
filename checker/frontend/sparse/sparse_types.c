/*
 * sparse_types.c - what the sparse front end asks of types: a function's
 * parameter types, and whether a type is an integer or a pointer (to an
 * integer).  sparse_fields.c, sparse_ir.c and sparse_memaddr.c share
 * these.
 */
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "symbol.h"

/* is @t (a type) an integer type? */
int sc_is_integer(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t && (t->type == SYM_BASETYPE || t->type == SYM_ENUM) &&
	       t != &void_ctype && is_int_type(t);
}

int sc_is_pointer(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t && t->type == SYM_PTR;
}

/* the type of parameter @k (from 0) of function @fn */
struct symbol *sc_param_type(struct symbol *fn, int k)
{
	struct symbol *type = fn->ctype.base_type, *p;
	int i = 0, guard = 0;

	while (type && type->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		type = type->ctype.base_type;
	if (!type || type->type != SYM_FN)
		return NULL;
	FOR_EACH_PTR(type->arguments, p) {
		if (i++ == k)
			return p;
	} END_FOR_EACH_PTR(p);
	return NULL;
}

int sc_param_is_integer(struct symbol *fn, int k)
{
	return sc_is_integer(sc_param_type(fn, k));
}

int sc_param_points_to_integer(struct symbol *fn, int k)
{
	struct symbol *t = sc_param_type(fn, k);
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t && t->type == SYM_PTR && sc_is_integer(t->ctype.base_type);
}
