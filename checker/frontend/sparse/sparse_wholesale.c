/*
 * sparse_wholesale.c - the struct types whose bytes the file may write
 * other than field by field (facts.h fact_fstore, a field "struct T" with
 * what "*WHY"), so that no store of theirs is taken as all the values a
 * field may hold (solve/fieldsets.c decides which WHYs count, with the
 * mem-* rules); clang_wholesale.c writes the same from libclang's tree.
 *
 * A pointer conversion between struct T * and another type, explicit or
 * implied by an assignment, an argument or a return, is recorded with
 * what the other side is:
 *   *from:v[pflo]  T * from a void * that is a parameter of the function,
 *                  a struct field, a variable, or something else;
 *   *from:b, *from:s, *from:i  from a pointer to bytes or other scalars,
 *                  to another struct or union (not one that holds T at
 *                  its start, or that T holds at its start: the same
 *                  bytes, written through typed fields either way), from
 *                  an integer (not 0); *from:ip from an integer that is a
 *                  parameter of the function;
 *   *ret:NAME      from the void * a direct call of NAME returns;
 *   *to:v[flo], *to:b, *to:s, *to:i  the other way (to a void * field, a
 *                  variable, anything else);
 *   *arg:NAME:N:zM T * passed as argument N of a direct call of NAME (an
 *                  inline too) whose parameter is no T *; M the hex mask of
 *                  the arguments that are the constant 0; NAME "?" for a
 *                  call through a pointer; ":sK" after it, K the hex mask
 *                  of the other arguments that point to T too (memcpy()
 *                  from another T); ":c" last when the parameter points
 *                  to const (memcpy()'s source);
 *   "fn NAME" *keep:N[:s]  every use of parameter N of function NAME
 *                  (":s": static) defined here converts it to a pointer
 *                  to a tagged struct (a callback's void *data converted
 *                  back; sparse_fstores.c counts the uses), so a T * it
 *                  is passed writes nothing there;
 * container_of()'s two conversions (its local __mptr) are not recorded.
 * Also, for the struct a field test reads: *uapi (defined under a uapi
 * directory), *fw (include/acpi/, acpica/), *packed, *endian (a member of
 * an __le or __be type); and *extern for an extern array of T of no size
 * the code uses (a linker table, filled by asm).  Each struct a record
 * names gets "*in:struct T" for every named struct it holds by value
 * (members, arrays, through unions and untagged structs): the bytes of T
 * are theirs too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "parse.h"
#include "symbol.h"

/* is @st a struct declared with tag T (as sc_tagged() says)? */
static int struct_tagged(struct symbol *st)
{
	struct symbol *sym;

	st = sc_strip_node(st);
	if (!st || st->type != SYM_STRUCT || !st->ident)
		return 0;
	sym = lookup_symbol(st->ident, NS_STRUCT);
	return sym && sym->type == SYM_STRUCT;
}

/* "struct T" of a struct declared with tag T, or 0 */
static int struct_name(struct symbol *st, char *buf, size_t size)
{
	size_t n = 0;

	if (!struct_tagged(st))
		return 0;
	st = sc_strip_node(st);
	sc_cat(buf, size, &n, "struct ", 7);
	sc_cat(buf, size, &n, st->ident->name, st->ident->len);
	return 1;
}

/* the named structs @st holds by value get "*in:@outer" */
static void nested(struct sc_unit *unit, struct symbol *st, const char *outer,
		   int depth)
{
	char what[300], name[256];
	struct symbol *m, *t;
	size_t n = 0;

	if (!st || depth > 4)
		return;
	sc_cat(what, sizeof(what), &n, "*in:", 4);
	sc_cat(what, sizeof(what), &n, outer, strlen(outer));
	FOR_EACH_PTR(st->symbol_list, m) {
		int guard = 0;

		t = sc_strip_node(m);
		while (t && t->type == SYM_ARRAY && guard++ < 8)
			t = sc_strip_node(t->ctype.base_type);
		if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION))
			continue;
		if (struct_name(t, name, sizeof(name)))
			fact_file_add_fstore(unit->facts, name, what);
		nested(unit, t, outer, depth + 1);
	} END_FOR_EACH_PTR(m);
}

static void taint(struct sc_unit *unit, struct symbol *st, const char *what)
{
	char name[256];

	if (!struct_name(st, name, sizeof(name)))
		return;
	if (fact_file_add_fstore(unit->facts, name, what))
		nested(unit, sc_strip_node(st), name, 0);
}

void sc_whole_copy(struct sc_unit *unit, struct symbol *type)
{
	char name[256];

	if (struct_name(type, name, sizeof(name)))
		fact_file_add_fstore(unit->facts, name, "*copy");
}

/* the struct a pointer (or array) type points to, or NULL */
static struct symbol *pointee(struct symbol *t, int *is_ptr)
{
	t = sc_strip_node(t);
	*is_ptr = t && (t->type == SYM_PTR || t->type == SYM_ARRAY);
	return *is_ptr ? sc_strip_node(t->ctype.base_type) : NULL;
}

/* is @e the constant 0 (NULL)? */
static int null_value(struct expression *e)
{
	int guard = 0;

	while (e && guard++ < LIM_WALK && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
					   e->type == EXPR_IMPLIED_CAST ||
					   (e->type == EXPR_PREOP && e->op == '(')))
		e = e->type == EXPR_PREOP ? e->unop : e->cast_expression;
	return e && e->type == EXPR_VALUE && !e->value;
}

static struct expression *strip_parens(struct expression *e)
{
	while (e && e->type == EXPR_PREOP && e->op == '(')
		e = e->unop;
	return e;
}

/* the variable @e reads (sparse: `*(&sym)`), or NULL */
static struct symbol *var_read(struct expression *e)
{
	e = strip_parens(e);
	if (e && e->type == EXPR_PREOP && e->op == '*' && e->unop &&
	    e->unop->type == EXPR_SYMBOL && e->unop->symbol == e->ctype)
		return e->unop->symbol;
	return e && e->type == EXPR_SYMBOL ? e->symbol : NULL;
}

int sc_whole_member(struct expression *e)
{
	e = strip_parens(e);
	return e && e->type == EXPR_PREOP && e->op == '*' && e->ctype &&
	       e->ctype->type == SYM_NODE && e->ctype->ident && !var_read(e);
}

int sc_whole_var(struct expression *e)
{
	return var_read(e) != NULL;
}

static int is_mptr(struct expression *e)
{
	struct symbol *v;

	e = strip_parens(e);
	if (e && e->type == EXPR_BINOP)
		e = e->left;
	while (e && (e->type == EXPR_CAST || e->type == EXPR_IMPLIED_CAST))
		e = e->cast_expression;
	v = var_read(e);
	return v && sc_ident_is(v->ident, "__mptr");
}

int sc_whole_param(struct symbol *fn, struct symbol *sym)
{
	struct symbol *base = fn ? fn->ctype.base_type : NULL, *a;
	int n = 0;

	if (!base || !sym)
		return 0;
	FOR_EACH_PTR(base->arguments, a) {
		n++;
		if (a == sym)
			return n;
	} END_FOR_EACH_PTR(a);
	return 0;
}

static int is_param(struct symbol *fn, struct symbol *sym)
{
	return sc_whole_param(fn, sym) > 0;
}

/* does struct or union @outer hold struct @inner at its start: as its
 * first member (any member of a union), or inside that one, at most 4
 * deep?  (`(struct inet_sock *)sk`: the same bytes, written through the
 * fields of one type or the other) */
static int holds_first(struct symbol *outer, struct symbol *inner, int depth)
{
	struct symbol *m, *t;

	outer = sc_strip_node(outer);
	if (!outer || !inner || !inner->ident || depth > 4 ||
	    (outer->type != SYM_STRUCT && outer->type != SYM_UNION))
		return 0;
	FOR_EACH_PTR(outer->symbol_list, m) {
		t = sc_strip_node(m);
		if (t && t->type == SYM_STRUCT && t->ident == inner->ident)
			return 1;
		if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION) &&
		    holds_first(t, inner, depth + 1))
			return 1;
		if (outer->type != SYM_UNION)
			return 0;
	} END_FOR_EACH_PTR(m);
	return 0;
}

/* are @a and @b tagged structs, one at the start of the other? */
static int first_related(struct symbol *a, struct symbol *b)
{
	return struct_tagged(a) && struct_tagged(b) &&
	       (holds_first(sc_strip_node(a), sc_strip_node(b), 0) || holds_first(sc_strip_node(b), sc_strip_node(a), 0));
}

/* 'b' bytes or scalars, 's' another struct or union, 'v' void */
static char kind_of(struct symbol *p)
{
	if (!p || p == &void_ctype || (p->type == SYM_BASETYPE && p->bit_size <= 0))
		return 'v';
	return p->type == SYM_STRUCT || p->type == SYM_UNION ? 's' : 'b';
}

/* where a void * value @src comes from: p, f, l, o (see the top) */
static char void_source(struct symbol *fn, struct expression *src)
{
	struct symbol *v = var_read(src);

	if (v)
		return is_param(fn, v) ? 'p' : 'l';
	return sc_whole_member(src) ? 'f' : 'o';
}

/* the function a direct call (or an inline expansion) @src calls */
static const char *call_name(struct expression *src)
{
	struct symbol *f;

	src = strip_parens(src);
	if (src && src->type == EXPR_CALL && (f = sc_function_value(src->fn)) && f->ident)
		return show_ident(f->ident);
	if (src && src->type == EXPR_STATEMENT && src->statement &&
	    src->statement->inline_fn && src->statement->inline_fn->ident)
		return show_ident(src->statement->inline_fn->ident);
	return NULL;
}

int sc_whole_convert(struct sc_unit *unit, struct symbol *fn, struct expression *e,
		     const struct sc_dest *d)
{
	struct symbol *to, *from, *tp, *fp;
	struct expression *src = e->cast_expression;
	const char *name, *dest = d ? d->kind : NULL;
	char what[320], arg[300];
	int tptr, fptr;

	if (!src || (dest && !strcmp(dest, "mptr")) || is_mptr(src))
		return 0;
	to = sc_strip_node(e->ctype);
	from = sc_strip_node(src->ctype);
	if (!to || !from)
		return 0;
	tp = pointee(to, &tptr);
	fp = pointee(from, &fptr);
	if (tptr && fptr && (sc_strip_node(tp) == sc_strip_node(fp) ||
			     (tp && fp && tp->type == fp->type && tp->ident && tp->ident == fp->ident)))
		return 0;
	if (tptr && tp && tp->type == SYM_STRUCT) {
		if (fptr && kind_of(fp) == 'v') {
			if ((name = call_name(src))) {
				snprintf(what, sizeof(what), "*ret:%s", name);
				taint(unit, tp, what);
			} else if (!null_value(src)) {
				snprintf(what, sizeof(what), "*from:v%c", void_source(fn, src));
				taint(unit, tp, what);
			}
		} else if (fptr) {
			if (kind_of(fp) != 's' || !first_related(tp, fp))
				taint(unit, tp, kind_of(fp) == 's' ? "*from:s" : "*from:b");
		} else if (from->type != SYM_FN && !null_value(src)) {
			struct symbol *v = var_read(src);

			/* from a parameter: a callback's `unsigned long data`
			 * converted back, as a void * one ("*from:vp") */
			taint(unit, tp, v && is_param(fn, v) ? "*from:ip" : "*from:i");
		}
	}
	if (fptr && fp && fp->type == SYM_STRUCT) {
		if (dest && !strcmp(dest, "arg") &&
		    !(tptr && kind_of(tp) == 's' && first_related(tp, fp))) {
			d->text(d, arg, sizeof(arg));
			snprintf(what, sizeof(what), "*%s%s", arg,
				 tptr && (to->ctype.modifiers & MOD_CONST) ? ":c" : "");
			taint(unit, fp, what);
		} else if (tptr && kind_of(tp) == 'v') {
			taint(unit, fp, dest && !strcmp(dest, "field") ? "*to:vf" :
				  dest && !strcmp(dest, "var") ? "*to:vl" : "*to:vo");
		} else if (tptr) {
			if (kind_of(tp) != 's' || !first_related(tp, fp))
				taint(unit, fp, kind_of(tp) == 's' ? "*to:s" : "*to:b");
		} else if (to->type == SYM_BASETYPE && to != &bool_ctype && to != &void_ctype &&
			   to->bit_size > 0) {
			taint(unit, fp, "*to:i");
		}
	}
	return (tptr && tp && tp->type == SYM_STRUCT) || (fptr && fp && fp->type == SYM_STRUCT);
}

/* is stream path @p under a directory called @dir ("uapi/")? */
static int under(const char *p, const char *dir)
{
	const char *s = strstr(p, dir);

	return s && (s == p || s[-1] == '/');
}

/* a member of an __le or __be type, by value, at most @depth deep */
static int endian_member(struct symbol *st, int depth)
{
	struct symbol *m, *t;

	if (depth > 4)
		return 0;
	FOR_EACH_PTR(st->symbol_list, m) {
		int guard = 0;

		t = sc_strip_node(m);
		while (t && t->type == SYM_ARRAY && guard++ < 8)
			t = sc_strip_node(t->ctype.base_type);
		if (t && t->type == SYM_RESTRICT && t->ident &&
		    t->ident->len >= 4 && (!strncmp(t->ident->name, "__le", 4) ||
					   !strncmp(t->ident->name, "__be", 4)))
			return 1;
		if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION) &&
		    endian_member(t, depth + 1))
			return 1;
	} END_FOR_EACH_PTR(m);
	return 0;
}

/* the structs sc_whole_type() tested for this file's facts: a second
 * test would add the same records, which the facts keep once */
static struct sc_memo tested;

void sc_whole_begin(void)
{
	sc_memo_clear(&tested);
}

void sc_whole_type(struct sc_unit *unit, struct symbol *st)
{
	const char *path;
	int done;

	st = sc_strip_node(st);
	if (!unit || !st || st->type != SYM_STRUCT)
		return;
	if (sc_memo_get(&tested, st, &done))
		return;
	sc_memo_put(&tested, st, 1);
	path = st->pos.stream >= 0 ? stream_name(st->pos.stream) : "";
	if (under(path, "uapi/"))
		taint(unit, st, "*uapi");
	if (strstr(path, "include/acpi/") || under(path, "acpica/"))
		taint(unit, st, "*fw");
	if (st->packed)
		taint(unit, st, "*packed");
	if (endian_member(st, 0))
		taint(unit, st, "*endian");
}

void sc_whole_field(struct sc_unit *unit, const char *field)
{
	const char *dot = strchr(field, '.');
	struct symbol *sym;
	char tag[256];

	if (strncmp(field, "struct ", 7) || !dot || dot - field - 7 >= (long)sizeof(tag))
		return;
	memcpy(tag, field + 7, (size_t)(dot - field - 7));
	tag[dot - field - 7] = '\0';
	sym = lookup_symbol(built_in_ident(tag), NS_STRUCT);
	sc_whole_type(unit, sym);
}

void sc_whole_symbol(struct sc_unit *unit, struct symbol *sym)
{
	struct symbol *t = sc_strip_node(sym);

	if (!sym || !(sym->ctype.modifiers & MOD_EXTERN) || !t || t->type != SYM_ARRAY ||
	    t->array_size || t->bit_size > 0)
		return;
	t = sc_strip_node(t->ctype.base_type);
	if (t && t->type == SYM_STRUCT)
		taint(unit, t, "*extern");
}

int sc_whole_kept(struct symbol *fn, struct expression *e)
{
	struct symbol *to, *tp, *fp;
	int tptr, fptr;

	if (!fn || !e->cast_expression)
		return 0;
	to = sc_strip_node(e->ctype);
	tp = pointee(to, &tptr);
	fp = pointee(sc_strip_node(e->cast_expression->ctype), &fptr);
	if (!tptr || !tp || !struct_tagged(tp) ||
	    (fptr && (sc_strip_node(fp) == sc_strip_node(tp) ||
		      (fp && fp->type == tp->type && fp->ident == tp->ident))))
		return 0;
	return sc_whole_param(fn, var_read(e->cast_expression));
}

void sc_whole_keep(struct sc_unit *unit, struct symbol *fn, int n)
{
	char name[300], what[32];

	if (!fn || !fn->ident)
		return;
	snprintf(name, sizeof(name), "fn %.*s", fn->ident->len, fn->ident->name);
	snprintf(what, sizeof(what), "*keep:%d%s", n,
		 fn->ctype.modifiers & MOD_STATIC ? ":s" : "");
	fact_file_add_fstore(unit->facts, name, what);
}

int sc_whole_struct_ptr(struct expression *e, char *name, size_t size)
{
	struct symbol *p;
	int guard = 0, is_ptr;

	while (e && guard++ < LIM_WALK && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
					   e->type == EXPR_IMPLIED_CAST ||
					   (e->type == EXPR_PREOP && e->op == '(')))
		e = e->type == EXPR_PREOP ? e->unop : e->cast_expression;
	p = e ? pointee(e->ctype, &is_ptr) : NULL;
	return p && struct_name(p, name, size);
}

void sc_whole_taint(struct sc_unit *unit, struct symbol *st, const char *what)
{
	taint(unit, st, what);
}
