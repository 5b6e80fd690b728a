/*
 * sparse_pointers.c - function pointers in sparse's trees.
 *
 * Three kinds of fact come from here: bindings of functions to struct
 * fields from static initializers (`.alloc = arm_dma_alloc`, arrays of
 * ops structs included), read before evaluation while designators still
 * carry field names; bindings from assignments (`ops->alloc = f`); and,
 * for an indirect call, the "struct type.field" it goes through.  Member
 * accesses are recognised in their evaluated form, *(base + offset),
 * whose type is the member itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sparse_frontend.h"

#include "expression.h"
#include "parse.h"
#include "symbol.h"

static struct symbol *strip(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < 64)
		t = t->ctype.base_type;
	return t;
}

static int is_struct(struct symbol *t)
{
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION);
}

static char *field_name(struct symbol *st, struct ident *member)
{
	char buf[600];

	snprintf(buf, sizeof(buf), "%s %s.%s",
		 st->type == SYM_UNION ? "union" : "struct",
		 st->ident ? show_ident(st->ident) : "<anonymous>",
		 show_ident(member));
	return sc_strdup(buf);
}

static struct expression *strip_casts(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST))
		e = e->cast_expression;
	return e;
}

char *sc_member_access(struct expression *e)
{
	struct expression *add;
	struct symbol *member, *base;

	if (!e || e->type != EXPR_PREOP || e->op != '*')
		return NULL;
	member = e->ctype;
	if (!member || member->type != SYM_NODE || !member->ident)
		return NULL;
	add = e->unop;
	if (!add || add->type != EXPR_BINOP || add->op != '+' || !add->right ||
	    add->right->type != EXPR_VALUE || !add->left)
		return NULL;
	base = strip(add->left->ctype);
	if (!base || base->type != SYM_PTR)
		return NULL;
	base = strip(base->ctype.base_type);
	if (!is_struct(base))
		return NULL;
	return field_name(base, member->ident);
}

/*
 * The type of @sym before evaluation, through typeof(): EXPORT_SYMBOL(f)
 * redeclares `extern typeof(f) f;`, and a later initializer refers to
 * that declaration, whose type is still typeof(f).
 */
static struct symbol *unevaluated_type(struct symbol *sym)
{
	struct symbol *t = strip(sym);
	int guard = 0;

	while (t && t->type == SYM_TYPEOF && guard++ < 8) {
		struct expression *e = strip_casts(t->initializer);

		if (!e || e->type != EXPR_SYMBOL || !e->symbol)
			return t;
		t = strip(e->symbol);
	}
	return t;
}

struct symbol *sc_function_value(struct expression *e)
{
	struct symbol *t;

	e = strip_casts(e);
	while (e && e->type == EXPR_PREOP && (e->op == '&' || e->op == '*'))
		e = strip_casts(e->unop);
	if (!e || e->type != EXPR_SYMBOL || !e->symbol || !e->symbol->ident)
		return NULL;
	t = unevaluated_type(e->symbol);
	return t && t->type == SYM_FN ? e->symbol : NULL;
}

struct symbol *sc_object_address(struct expression *e)
{
	struct symbol *t;

	e = strip_casts(e);
	while (e && e->type == EXPR_PREOP && e->op == '&')
		e = strip_casts(e->unop);
	if (!e || e->type != EXPR_SYMBOL || !e->symbol || !e->symbol->ident)
		return NULL;
	t = strip(e->symbol);
	return t && (is_struct(t) || t->type == SYM_ARRAY) ? e->symbol : NULL;
}

static void add_binding(struct sc_unit *unit, struct symbol *st,
			struct ident *member, struct symbol *fn,
			struct symbol *obj, struct position pos)
{
	char *via = field_name(st, member);
	struct fact_binding *b;

	b = fact_file_add_binding(unit->facts, via, show_ident(fn->ident));
	b->func_static = !!(fn->ctype.modifiers & MOD_STATIC);
	if (obj && obj->ident) {
		b->object = sc_strdup(show_ident(obj->ident));
		b->object_static = !!(obj->ctype.modifiers & MOD_STATIC);
	}
	b->line = pos.line;
	b->col = pos.pos;
	free(via);
}

static void bind_init(struct sc_unit *unit, struct symbol *type,
		      struct expression *init, struct symbol *obj, int depth);

static struct symbol *find_member(struct symbol *st, struct ident *id)
{
	struct symbol *m;

	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident == id)
			return m;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

static void bind_value(struct sc_unit *unit, struct symbol *st,
		       struct symbol *member, struct expression *val,
		       struct symbol *obj, int depth)
{
	struct symbol *fn;

	if (!member || !val)
		return;
	if (val->type == EXPR_INITIALIZER) {
		bind_init(unit, member, val, obj, depth + 1);
		return;
	}
	fn = sc_function_value(val);
	if (fn && member->ident)
		add_binding(unit, st, member->ident, fn, obj, val->pos);
}

static void bind_struct(struct sc_unit *unit, struct symbol *st,
			struct expression *init, struct symbol *obj, int depth)
{
	struct symbol **members = NULL;
	struct symbol *m;
	struct expression *e;
	int n = 0, cap = 0, next = 0, i;

	FOR_EACH_PTR(st->symbol_list, m) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			members = sc_realloc(members, cap * sizeof(*members));
		}
		members[n++] = m;
	} END_FOR_EACH_PTR(m);
	FOR_EACH_PTR(init->expr_list, e) {
		struct symbol *member = NULL;

		if (e && e->type == EXPR_IDENTIFIER) {
			struct symbol *outer = st;

			/* .a.b = f: follow nested designators */
			while (e && e->type == EXPR_IDENTIFIER) {
				member = find_member(outer, e->expr_ident);
				e = e->ident_expression;
				if (!member)
					break;
				if (e && e->type == EXPR_IDENTIFIER) {
					outer = strip(member->ctype.base_type);
					if (!is_struct(outer)) {
						member = NULL;
						break;
					}
				}
			}
			for (i = 0; member && i < n; i++)
				if (members[i] == member)
					next = i + 1;
			if (member && outer != st) {
				bind_value(unit, outer, member, e, obj, depth);
				continue;
			}
		} else if (next < n) {
			member = members[next++];
		}
		bind_value(unit, st, member, e, obj, depth);
	} END_FOR_EACH_PTR(e);
	free(members);
}

static void bind_init(struct sc_unit *unit, struct symbol *type,
		      struct expression *init, struct symbol *obj, int depth)
{
	struct expression *e;

	type = strip(type);
	if (!type || !init || init->type != EXPR_INITIALIZER || depth > 16)
		return;
	if (is_struct(type)) {
		bind_struct(unit, type, init, obj, depth);
		return;
	}
	if (type->type != SYM_ARRAY)
		return;
	FOR_EACH_PTR(init->expr_list, e) {
		if (e && e->type == EXPR_INDEX)
			e = e->idx_expression;
		if (e && e->type == EXPR_INITIALIZER)
			bind_init(unit, type->ctype.base_type, e, obj, depth + 1);
	} END_FOR_EACH_PTR(e);
}

void sc_bind_initializers(struct sc_unit *unit, struct symbol_list *list,
			  const char *file)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		if (sym->type != SYM_NODE || !sym->initializer || !sym->ident)
			continue;
		if (strcmp(stream_name(sym->pos.stream), file))
			continue;	/* a header's: bound where it is defined */
		bind_init(unit, sym->ctype.base_type, sym->initializer, sym, 0);
	} END_FOR_EACH_PTR(sym);
}

void sc_bind_assignment(struct sc_unit *unit, struct expression *e)
{
	struct expression *left = e->left;
	struct symbol *fn, *member, *base;
	struct expression *add;

	if (e->op != '=' || !left || !(fn = sc_function_value(e->right)))
		return;
	if (!sc_member_access(left))
		return;
	member = left->ctype;
	add = left->unop;
	base = strip(strip(add->left->ctype)->ctype.base_type);
	add_binding(unit, base, member->ident, fn, NULL, e->pos);
}
