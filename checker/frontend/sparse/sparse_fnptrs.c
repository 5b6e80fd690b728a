/*
 * sparse_fnptrs.c - what a file says of the function-pointer members of
 * tagged structs (facts.h fact_fstore "^" records and "*bare"), from
 * sparse's evaluated trees, for the solver's question of a test `if
 * (p->ops->f)`: may some object of the program have f NULL
 * (fieldsets.c fs_fn_nonnull())?  clang_fnptrs.c writes the same.
 *
 * Only a member F declared directly in tagged struct T is tested ("struct
 * T.F", sc_fn_field()); one inside an untagged struct or union of T,
 * which stores name the same, is not.  Recorded:
 *   an initializer list of T (of a variable, static or local, of a
 *          compound literal, nested in another list): for each F of T,
 *          "^fn" when it gives F a function, "^0" when it leaves F out
 *          or gives it 0, "^?" otherwise;
 *   `x->F = V`  the same of V; `&x->F` anywhere: "^?";
 *   "struct T" "^list": a list of T, or of a struct or array holding a
 *          T by value, is made (T holds a function pointer): a variable's
 *          binding may be of a T inside it (fnparam.c); "^copy": an
 *          initializer copies a T, or what holds one, from another
 *          object (`{ .cc = plain }`, `struct counter c = plain;`: no
 *          assignment's "*copy" record says so);
 *   "struct T" "*bare": an object of T made without a list of its own
 *          (a variable with no initializer, a static local, whose list
 *          libclang does not keep, an array, a member a list leaves out,
 *          any struct in a union, an array's list); through sparse_wholesale.c's taint
 *          it also gives the structs T holds by value "*in:struct T".
 * A header's static variables count too, as objects of every file that
 * includes it (their lists only).  Only types that hold a function pointer by value (at most LIM_FN_DEPTH
 * structs deep) are looked at.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "parse.h"
#include "symbol.h"

static struct symbol *strip_arrays(struct symbol *t)
{
	int guard = 0;

	t = sc_strip_node(t);
	while (t && t->type == SYM_ARRAY && guard++ < LIM_TYPE_CHAIN)
		t = sc_strip_node(t->ctype.base_type);
	return t;
}

int sc_fn_member(struct symbol *m)
{
	struct symbol *t = sc_strip_node(m);

	return t && t->type == SYM_PTR && (t = sc_strip_node(t->ctype.base_type)) &&
	       t->type == SYM_FN;
}

/* is @st a struct declared with a tag (sparse_wholesale.c's test)? */
static int tagged_struct(struct symbol *st)
{
	struct symbol *sym;

	if (!st || st->type != SYM_STRUCT || !st->ident)
		return 0;
	sym = lookup_symbol(st->ident, NS_STRUCT);
	return sym && sym->type == SYM_STRUCT;
}

/* does type @t hold a function pointer by value? */
static struct sc_memo holds_memo;

static int holds_fn(struct symbol *t, int depth)
{
	struct symbol *m;
	int v = 0;

	t = strip_arrays(t);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION) || depth > LIM_FN_DEPTH)
		return 0;
	if (!depth && sc_memo_get(&holds_memo, t, &v))
		return v;
	FOR_EACH_PTR(t->symbol_list, m) {
		if (sc_fn_member(m) || holds_fn(m, depth + 1)) {
			v = 1;
			break;
		}
	} END_FOR_EACH_PTR(m);
	if (!depth)
		sc_memo_put(&holds_memo, t, v);
	return v;
}

void sc_fn_begin(void)
{
	sc_memo_clear(&holds_memo);
}

/* "struct T.F" of direct member @m of tagged struct @st, into @buf */
static int fn_name(struct symbol *st, struct symbol *m, char *buf, size_t size)
{
	if (!tagged_struct(st) || !m->ident)
		return 0;
	return snprintf(buf, size, "struct %.*s.%.*s", st->ident->len, st->ident->name,
			m->ident->len, m->ident->name) < (int)size;
}

/* an object of type @t made with no list of its own */
static void bare(struct sc_unit *unit, struct symbol *t, int depth)
{
	struct symbol *m;

	t = strip_arrays(t);
	if (!t || depth > LIM_FN_DEPTH || !holds_fn(t, 0))
		return;
	if (tagged_struct(t)) {
		sc_whole_taint(unit, t, "*bare");
		return;
	}
	/* a union, or an untagged struct: what it holds */
	FOR_EACH_PTR(t->symbol_list, m) {
		bare(unit, m, depth + 1);
	} END_FOR_EACH_PTR(m);
}

/* "^fn", "^0" or "^?" of value @v given to a function pointer */
static const char *fn_value(struct expression *v)
{
	v = sc_strip_casts(v);
	if (!v || (v->type == EXPR_VALUE && !v->value))
		return "^0";
	return sc_function_value(v) ? "^fn" : "^?";
}

/* the entry of list @init for member @m, or NULL */
static struct expression *entry_of(struct expression *init, struct symbol *m)
{
	struct expression *e;

	FOR_EACH_PTR(init->expr_list, e) {
		if (e && e->type == EXPR_POS && e->ctype == m)
			return e->init_expr;
	} END_FOR_EACH_PTR(e);
	return NULL;
}

/* "struct T" @what ("^list", "^copy") for the tagged struct @t a list
 * or a copy makes (an array's element) and each one holding a function
 * pointer it holds by value, at most 4 deep (clang_ast.c
 * clang_fn_list_types()) */
static void list_types(struct sc_unit *unit, struct symbol *t, const char *what, int depth)
{
	struct symbol *m;
	char name[300];

	t = strip_arrays(t);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION) || depth > 4 ||
	    !holds_fn(t, 0))
		return;
	if (tagged_struct(t) && snprintf(name, sizeof(name), "struct %.*s", t->ident->len,
					 t->ident->name) < (int)sizeof(name))
		fact_file_add_fstore(unit->facts, name, what);
	FOR_EACH_PTR(t->symbol_list, m) {
		list_types(unit, m, what, depth + 1);
	} END_FOR_EACH_PTR(m);
}

void sc_fn_copy(struct sc_unit *unit, struct expression *v)
{
	if (v && v->type != EXPR_INITIALIZER && v->type != EXPR_POS)
		list_types(unit, v->ctype, "^copy", 0);
}

void sc_fn_list(struct sc_unit *unit, struct expression *init)
{
	struct symbol *st = sc_strip_node(init->ctype), *m, *mt;
	struct expression *v;
	char name[300];

	list_types(unit, init->ctype, "^list", 0);
	/* an array's list may give fewer elements than it has */
	if (st && st->type == SYM_ARRAY)
		bare(unit, st, 0);
	if (!st || st->type != SYM_STRUCT || !holds_fn(st, 0))
		return;
	FOR_EACH_PTR(st->symbol_list, m) {
		v = entry_of(init, m);
		if (sc_fn_member(m)) {
			if (fn_name(st, m, name, sizeof(name)))
				fact_file_add_fstore(unit->facts, name, fn_value(v));
			continue;
		}
		mt = sc_strip_node(m);
		if (!holds_fn(mt, 0))
			continue;
		/* a struct member given a list of its own: that list says;
		 * given a copy of another object: that object's; left out,
		 * an array's or a union's: made bare */
		if (mt->type == SYM_STRUCT && v && v->type != EXPR_POS)
			continue;
		bare(unit, mt, 0);
	} END_FOR_EACH_PTR(m);
}

void sc_fn_var(struct sc_unit *unit, struct symbol *sym, int local)
{
	struct symbol *t = sc_strip_node(sym);

	if (!t || (sym->ctype.modifiers & MOD_EXTERN) || sym->namespace != NS_SYMBOL || t->type == SYM_FN ||
	    !holds_fn(t, 0))
		return;
	if (t->type != SYM_STRUCT || !sym->initializer ||
	    (local && (sym->ctype.modifiers & MOD_STATIC)))
		bare(unit, t, 0);
}

/* the function-pointer member @e accesses (`p->f`): "struct T.F" into
 * @buf when F is declared directly in tagged struct T */
static int fn_access(struct expression *e, char *buf, size_t size)
{
	char *field;
	int ok;

	if (!e || e->type != EXPR_PREOP || e->op != '*' || !sc_fn_member(e->ctype))
		return 0;
	field = sc_member_access(e);
	ok = field && sc_tagged(field) && snprintf(buf, size, "%s", field) < (int)size;
	free(field);
	return ok;
}

void sc_fn_store(struct sc_unit *unit, struct expression *lhs, struct expression *rhs)
{
	char name[300];

	if (fn_access(lhs, name, sizeof(name)))
		fact_file_add_fstore(unit->facts, name, rhs ? fn_value(rhs) : "^?");
}

int sc_fn_escape(struct sc_unit *unit, struct expression *e)
{
	struct symbol *t;
	char *field;

	e = sc_strip_casts(e);
	if (!e || e->type != EXPR_BINOP || !(t = sc_strip_node(e->ctype)) || t->type != SYM_PTR ||
	    !sc_fn_member(t->ctype.base_type) ||
	    !(field = sc_ptr_member_address(e)))
		return 0;
	if (sc_tagged(field))
		fact_file_add_fstore(unit->facts, field, "^?");
	free(field);
	return 1;
}

int sc_fn_pointee(struct symbol *t)
{
	struct symbol *m;

	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return 0;
	t = sc_strip_node(t->ctype.base_type);
	if (!tagged_struct(t))
		return 0;
	FOR_EACH_PTR(t->symbol_list, m) {
		if (m->ident && sc_fn_member(m))
			return 1;
	} END_FOR_EACH_PTR(m);
	return 0;
}

int sc_object_value(struct expression *e, char *buf, size_t size)
{
	struct symbol *s = sc_object_address(e), *t;

	if (!s || !(s->ctype.modifiers & MOD_TOPLEVEL) || !(t = sc_strip_node(s)) ||
	    t->type != SYM_STRUCT)
		return 0;
	return snprintf(buf, size, "=&%.*s%s", s->ident->len, s->ident->name,
			(s->ctype.modifiers & MOD_STATIC) ? ":s" : "") < (int)size;
}

char *sc_fn_field(struct symbol *fn, pseudo_t addr, long offset)
{
	struct symbol *st = sc_load_base(fn, addr, &offset), *m, *in, *mt;
	char name[300];
	int guard = 0;

	/* through struct members (`dev->ops.f`: a member of the struct of
	 * ops, as libclang names it), no union */
	while (st && guard++ < LIM_FN_DEPTH * 4) {
		in = NULL;
		FOR_EACH_PTR(st->symbol_list, m) {
			long start = (long)m->offset;

			mt = sc_strip_node(m);
			if (!mt || offset < start)
				continue;
			if (offset == start && sc_fn_member(m))
				return fn_name(st, m, name, sizeof(name)) ? sc_strdup(name) : NULL;
			if (mt->type == SYM_STRUCT && offset < start + (long)(mt->bit_size / 8)) {
				in = m;
				break;
			}
		} END_FOR_EACH_PTR(m);
		if (!in)
			return NULL;
		offset -= (long)in->offset;
		st = sc_strip_node(in);
	}
	return NULL;
}

/* the lists of initializer @e and of the lists in it */
static void lists(struct sc_unit *unit, struct expression *e, int depth)
{
	struct expression *x;

	if (!e || depth > LIM_WALK)
		return;
	if (e->type == EXPR_POS) {
		lists(unit, e->init_expr, depth + 1);
		return;
	}
	if (e->type != EXPR_INITIALIZER)
		return;
	sc_fn_list(unit, e);
	FOR_EACH_PTR(e->expr_list, x) {
		lists(unit, x, depth + 1);
	} END_FOR_EACH_PTR(x);
}

void sc_fn_header_var(struct sc_unit *unit, struct symbol *sym)
{
	sc_fn_var(unit, sym, 0);
	lists(unit, sym->initializer, 0);
}
