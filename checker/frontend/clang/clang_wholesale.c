/*
 * clang_wholesale.c - the struct types whose bytes the file may write
 * other than field by field, from libclang's tree: the same "*WHY"
 * fstores of "struct T" sparse_wholesale.c writes (see there for the
 * list), for clang_fstores.c's walk (conversions, extern tables) and
 * clang_ir.c's field atoms (what the struct's definition says).
 * A pointer's round trip through an asm (x86's per-cpu accessors) is
 * found in the same shapes as there (clang_whole_roundtrip()); libclang
 * 14 shows an asm's operands (outputs, then inputs) but not their
 * constraints: a register operand read is under an lvalue-to-rvalue
 * cast, a memory one or an output is not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"

static void nested(void *arg, const char *outer, const char *inner)
{
	struct cunit *u = arg;
	char what[300];

	snprintf(what, sizeof(what), "*in:%s", outer);
	fact_file_add_fstore(u->facts, inner, what);
}

/* a cast that only reads or parenthesises its operand */
static struct cn *strip_same(struct cn *n)
{
	int guard = 0;

	while (n && n->kind == CN_CAST && n->nkids == 1 && !clang_cast_converts(n) &&
	       guard++ < LIM_TYPE_CHAIN)
		n = n->kids[0];
	return n;
}

/* is @n the constant 0 (NULL)? */
static int null_value(struct cunit *u, struct cn *n)
{
	long long v;
	int guard = 0;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = n->kids[0];
	return n && clang_const(u->tu, n, &v) && !v;
}

static int named(struct cn *n, const char *name)
{
	return n && n->kind == CN_REF && n->decl && n->decl->name &&
	       !strcmp(n->decl->name, name);
}

/* container_of()'s `__mptr - offsetof(...)` (or `__mptr`) */
static int is_mptr(struct cn *n)
{
	int guard = 0;

	n = strip_same(n);
	/* the operator of a macro's body is not always known (clang_ast.c) */
	if (n && n->kind == CN_BINOP && n->nkids >= 1)
		n = n->kids[0];
	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = n->kids[0];
	return named(n, "__mptr");
}

static void taint(struct cunit *u, struct cn *n, int from, const char *name, const char *what)
{
	fact_file_add_fstore(u->facts, name, what);
	clang_conv_nested(u->tu, n, from, nested, u);
}

/* > 0 while the walk is in code that never runs (clang_whole_dead()) */
static int dead;

void clang_whole_dead(int delta)
{
	dead += delta;
}

static void conv_taint(struct cunit *u, struct cn *n, int from, const char *name,
		       const char *what)
{
	if (!dead)
		taint(u, n, from, name, what);
}

int clang_whole_convert(struct cunit *u, struct cn *n, const char *dest, int in_inline)
{
	struct cconv c;
	struct cdecl *f;
	struct cn *src;
	char what[300];

	if ((dest && !strcmp(dest, "mptr")) || n->roundtrip || !clang_conv(u->tu, n, &c) ||
	    is_mptr(n->kids[0]))
		return 0;
	src = strip_same(n->kids[0]);
	if (c.to[0]) {
		if (c.fk == 'v') {
			if (src && src->kind == CN_CALL && (f = cfg_direct_callee(src))) {
				snprintf(what, sizeof(what), "*ret:%s", f->name);
				conv_taint(u, n, 0, c.to, what);
			} else if (!null_value(u, src)) {
				snprintf(what, sizeof(what), "*from:v%c",
					 src && src->kind == CN_REF && src->decl &&
					 src->decl->kind == CD_PARAM ? (in_inline ? 'l' : 'p') :
					 src && src->kind == CN_REF && src->decl &&
					 src->decl->kind == CD_VAR ? 'l' :
					 src && src->kind == CN_MEMBER ? 'f' : 'o');
				conv_taint(u, n, 0, c.to, what);
			}
		} else if (c.fk == 's' || c.fk == 'b') {
			if (c.fk == 'b' || !c.first)
				conv_taint(u, n, 0, c.to, c.fk == 's' ? "*from:s" : "*from:b");
		} else if (c.fk != 'f' && !null_value(u, src)) {
			/* sparse_wholesale.c: from a parameter, "*from:ip" */
			conv_taint(u, n, 0, c.to, src && src->kind == CN_REF && src->decl &&
			      src->decl->kind == CD_PARAM && !in_inline ? "*from:ip" : "*from:i");
		}
	}
	if (c.from[0]) {
		if (dest && !strncmp(dest, "arg:", 4) && !(c.tk == 's' && c.first)) {
			snprintf(what, sizeof(what), "*%s%s", dest, c.tconst ? ":c" : "");
			conv_taint(u, n, 1, c.from, what);
		} else if (c.tk == 'v') {
			conv_taint(u, n, 1, c.from, dest && !strcmp(dest, "field") ? "*to:vf" :
				  dest && !strcmp(dest, "var") ? "*to:vl" : "*to:vo");
		} else if (c.tk == 's' || c.tk == 'b') {
			if (c.tk == 'b' || !c.first)
				conv_taint(u, n, 1, c.from, c.tk == 's' ? "*to:s" : "*to:b");
		} else if (c.tk == 'i') {
			conv_taint(u, n, 1, c.from, "*to:i");
		}
	}
	return c.to[0] || c.from[0];
}

/* the local integer declared alone by @n */
static struct cn *int_local(struct cunit *u, struct cn *n)
{
	if (n && n->kind == CN_COMPOUND && !n->scope && n->nkids == 1)
		n = n->kids[0];
	if (!n || n->kind != CN_DECL || !n->decl || n->decl->kind != CD_VAR ||
	    n->decl->is_static || n->decl->is_global || !clang_var_integer(u->tu, n->decl) ||
	    clang_int_bits(u->tu, n) <= 1)
		return NULL;
	return n;
}

/* is @n the lvalue of local @v, as an asm's output (@lvalue) or its
 * register input (under an lvalue-to-rvalue cast)? */
static int var_operand(struct cn *n, struct cdecl *v, int lvalue)
{
	if (!lvalue) {
		if (!n || n->kind != CN_CAST || n->nkids != 1 || clang_cast_converts(n))
			return 0;
		n = n->kids[0];
	}
	return n && n->kind == CN_REF && n->decl == v;
}

/* the struct @p, a memory operand naming a struct pointer object (no
 * cast: an lvalue), points to, into @name */
static int ptr_object(struct cunit *u, struct cn *p, char *name, size_t size)
{
	return p && p->kind != CN_CAST && clang_struct_ptr(p) &&
	       clang_pointee_struct(u->tu, p, name, size);
}

static int dead_if(struct cunit *u, struct cn *n)
{
	long long v;

	return n && n->kind == CN_IF && n->nkids >= 2 && (n->nkids < 3 || !n->kids[2]) &&
	       clang_const(u->tu, n->kids[0], &v) && !v;
}

void clang_whole_roundtrip(struct cunit *u, struct cn *n)
{
	char p[256];
	struct cconv c;
	struct cn *d, *a, *e;
	int i;

	if (!n || n->kind != CN_COMPOUND || n->nkids < 2 || !(d = int_local(u, n->kids[0])))
		return;
	if (!d->nkids || !d->kids[0]) {
		/* from: U V; asm(: V : P); (struct T *)(U2)V; */
		a = n->kids[1];
		if (n->nkids != 3 || !a || a->kind != CN_ASM || a->nkids != 2 ||
		    !var_operand(a->kids[0], d->decl, 1) || !ptr_object(u, a->kids[1], p, sizeof(p)))
			return;
		e = strip_same(n->kids[2]);
		if (!e || e->kind != CN_CAST || !clang_conv(u->tu, e, &c) || c.fk != 'i' ||
		    strcmp(c.to, p) || !clang_struct_ptr(e))
			return;
		for (a = e->kids[0]; a && a->kind == CN_CAST && a->nkids == 1; a = a->kids[0])
			if (clang_cast_converts(a) && !clang_plain_int_cast(a))
				return;
		if (a && a->kind == CN_REF && a->decl == d->decl)
			e->roundtrip = 1;
		return;
	}
	/* to: U V = (U)(struct T * value); [if (0) ...]; asm(: P : V); */
	for (i = 1; i < n->nkids - 1; i++)
		if (!dead_if(u, n->kids[i]))
			return;
	a = n->kids[n->nkids - 1];
	if (!a || a->kind != CN_ASM || a->nkids != 2 || !var_operand(a->kids[1], d->decl, 0) ||
	    !ptr_object(u, a->kids[0], p, sizeof(p)))
		return;
	e = strip_same(d->kids[0]);
	if (e && e->kind == CN_CAST && clang_conv(u->tu, e, &c) && c.tk == 'i' &&
	    !strcmp(c.from, p) && e->nkids == 1 && clang_struct_ptr(strip_same(e->kids[0])))
		e->roundtrip = 1;
}

void clang_whole_field(struct cunit *u, struct cdecl *field)
{
	char name[256];
	unsigned props = clang_field_struct(u->tu, field, name, sizeof(name), nested, u);

	if (props & WH_UAPI)
		fact_file_add_fstore(u->facts, name, "*uapi");
	if (props & WH_FW)
		fact_file_add_fstore(u->facts, name, "*fw");
	if (props & WH_PACKED)
		fact_file_add_fstore(u->facts, name, "*packed");
	if (props & WH_ENDIAN)
		fact_file_add_fstore(u->facts, name, "*endian");
}

void clang_whole_ref(struct cunit *u, struct cn *ref)
{
	char name[256];

	if (ref && ref->kind == CN_REF &&
	    clang_extern_table(u->tu, ref->decl, name, sizeof(name), nested, u))
		fact_file_add_fstore(u->facts, name, "*extern");
}

int clang_whole_kept(struct cunit *u, struct cn *n)
{
	struct cconv c;
	struct cn *src;

	if (!clang_conv(u->tu, n, &c) || !c.to[0] || n->nkids != 1)
		return 0;
	src = strip_same(n->kids[0]);
	return src && src->kind == CN_REF && src->decl && src->decl->kind == CD_PARAM ?
	       src->decl->param + 1 : 0;
}

void clang_whole_keep(struct cunit *u, struct cdecl *fn, int n)
{
	char name[300], what[32];

	if (!fn || !fn->name)
		return;
	snprintf(name, sizeof(name), "fn %s", fn->name);
	snprintf(what, sizeof(what), "*keep:%d%s", n, fn->is_static ? ":s" : "");
	fact_file_add_fstore(u->facts, name, what);
}
