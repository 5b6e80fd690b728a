/*
 * clang_wholesale.c - the struct types whose bytes the file may write
 * other than field by field, from libclang's tree: the same "*WHY"
 * fstores of "struct T" sparse_wholesale.c writes (see there for the
 * list), for clang_fstores.c's walk (conversions, extern tables) and
 * clang_ir.c's field atoms (what the struct's definition says).
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

int clang_whole_convert(struct cunit *u, struct cn *n, const char *dest, int in_inline)
{
	struct cconv c;
	struct cdecl *f;
	struct cn *src;
	char what[300];

	if ((dest && !strcmp(dest, "mptr")) || !clang_conv(u->tu, n, &c) ||
	    is_mptr(n->kids[0]))
		return 0;
	src = strip_same(n->kids[0]);
	if (c.to[0]) {
		if (c.fk == 'v') {
			if (src && src->kind == CN_CALL && (f = cfg_direct_callee(src))) {
				snprintf(what, sizeof(what), "*ret:%s", f->name);
				taint(u, n, 0, c.to, what);
			} else if (!null_value(u, src)) {
				snprintf(what, sizeof(what), "*from:v%c",
					 src && src->kind == CN_REF && src->decl &&
					 src->decl->kind == CD_PARAM ? (in_inline ? 'l' : 'p') :
					 src && src->kind == CN_REF && src->decl &&
					 src->decl->kind == CD_VAR ? 'l' :
					 src && src->kind == CN_MEMBER ? 'f' : 'o');
				taint(u, n, 0, c.to, what);
			}
		} else if (c.fk == 's' || c.fk == 'b') {
			if (c.fk == 'b' || !c.first)
				taint(u, n, 0, c.to, c.fk == 's' ? "*from:s" : "*from:b");
		} else if (c.fk != 'f' && !null_value(u, src)) {
			/* sparse_wholesale.c: from a parameter, "*from:ip" */
			taint(u, n, 0, c.to, src && src->kind == CN_REF && src->decl &&
			      src->decl->kind == CD_PARAM && !in_inline ? "*from:ip" : "*from:i");
		}
	}
	if (c.from[0]) {
		if (dest && !strncmp(dest, "arg:", 4) && !(c.tk == 's' && c.first)) {
			snprintf(what, sizeof(what), "*%s%s", dest, c.tconst ? ":c" : "");
			taint(u, n, 1, c.from, what);
		} else if (c.tk == 'v') {
			taint(u, n, 1, c.from, dest && !strcmp(dest, "field") ? "*to:vf" :
				  dest && !strcmp(dest, "var") ? "*to:vl" : "*to:vo");
		} else if (c.tk == 's' || c.tk == 'b') {
			if (c.tk == 'b' || !c.first)
				taint(u, n, 1, c.from, c.tk == 's' ? "*to:s" : "*to:b");
		} else if (c.tk == 'i') {
			taint(u, n, 1, c.from, "*to:i");
		}
	}
	return c.to[0] || c.from[0];
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
