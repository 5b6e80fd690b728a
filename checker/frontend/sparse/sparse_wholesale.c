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
 * container_of()'s two conversions (its local __mptr) are not recorded,
 * nor the two of a pointer's round trip through an asm (x86's per-cpu
 * accessors, arch/x86/include/asm/percpu.h:101, :148), in a block whose
 * statements are exactly these (sc_whole_roundtrip(); V a local integer,
 * not static (nothing between its declaration and the asm can take its
 * address); P an object of type struct T * named by a memory operand;
 * the asm's only operands V, in a register, and P):
 *   from: `U V; asm(: V : P); (struct T *)(U2)V;`  V holds what the asm
 *         made of P alone: a struct T * read back into one;
 *   to:   `U V = (U)(struct T * value); [if (0) ...]; asm(: P : V);`  V is
 *         read by that asm only and goes into P, a struct T * object.
 * V may be of any integer width: __pcpu_size_call_return() and
 * __pcpu_size_call() (include/linux/percpu-defs.h:320, :373) expand the
 * 1-, 2- and 4-byte accessors too, under `switch (sizeof(variable))`;
 * the writes of 1 to 4 bytes convert through `((unsigned long)val) &
 * 0xff`, no round trip, but the walk records no conversion in the statement of
 * a `case K:` of a switch on a constant C != K that only that label
 * reaches (the statement before it a jump: `break`), code that never runs
 * (sc_whole_dead()).
 * Any other conversion through an integer (a local or a field kept and
 * converted back later) is still *from:i / *to:i.
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

void sc_whole_copy(struct sc_unit *unit, struct symbol *type, const char *dest)
{
	char name[256], what[320];

	if (!struct_name(type, name, sizeof(name)))
		return;
	if (!dest || snprintf(what, sizeof(what), "*copy:%s", dest) >= (int)sizeof(what))
		snprintf(what, sizeof(what), "*copy");
	fact_file_add_fstore(unit->facts, name, what);
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

static int is_param(struct symbol *fn, struct symbol *sym)
{
	return sc_param_index(fn, sym) > 0;
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

/* the conversions sc_whole_roundtrip() found in a pointer's round trip */
static struct sc_memo roundtrip;

/* > 0 while the walk is in code that never runs (sc_whole_dead()) */
static int dead;

void sc_whole_dead(int delta)
{
	dead += delta;
}

/* a conversion's record, but for code that never runs */
static void conv_taint(struct sc_unit *unit, struct symbol *st, const char *what)
{
	if (!dead)
		taint(unit, st, what);
}

int sc_whole_convert(struct sc_unit *unit, struct symbol *fn, struct expression *e,
		     const struct sc_dest *d)
{
	struct symbol *to, *from, *tp, *fp;
	struct expression *src = e->cast_expression;
	const char *name, *dest = d ? d->kind : NULL;
	char what[320], arg[300];
	int tptr, fptr;

	int done;

	if (!src || (dest && !strcmp(dest, "mptr")) || is_mptr(src) ||
	    sc_memo_get(&roundtrip, e, &done))
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
				conv_taint(unit, tp, what);
			} else if (!null_value(src)) {
				snprintf(what, sizeof(what), "*from:v%c", void_source(fn, src));
				conv_taint(unit, tp, what);
			}
		} else if (fptr) {
			if (kind_of(fp) != 's' || !first_related(tp, fp))
				conv_taint(unit, tp, kind_of(fp) == 's' ? "*from:s" : "*from:b");
		} else if (from->type != SYM_FN && !null_value(src)) {
			struct symbol *v = var_read(src);

			/* from a parameter: a callback's `unsigned long data`
			 * converted back, as a void * one ("*from:vp") */
			conv_taint(unit, tp, v && is_param(fn, v) ? "*from:ip" : "*from:i");
		}
	}
	if (fptr && fp && fp->type == SYM_STRUCT) {
		if (dest && !strcmp(dest, "arg") &&
		    !(tptr && kind_of(tp) == 's' && first_related(tp, fp))) {
			d->text(d, arg, sizeof(arg));
			snprintf(what, sizeof(what), "*%s%s", arg,
				 tptr && (to->ctype.modifiers & MOD_CONST) ? ":c" : "");
			conv_taint(unit, fp, what);
		} else if (tptr && kind_of(tp) == 'v') {
			conv_taint(unit, fp, dest && !strcmp(dest, "field") ? "*to:vf" :
				  dest && !strcmp(dest, "var") ? "*to:vl" : "*to:vo");
		} else if (tptr) {
			if (kind_of(tp) != 's' || !first_related(tp, fp))
				conv_taint(unit, fp, kind_of(tp) == 's' ? "*to:s" : "*to:b");
		} else if (to->type == SYM_BASETYPE && to != &bool_ctype && to != &void_ctype &&
			   to->bit_size > 0) {
			conv_taint(unit, fp, "*to:i");
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

/* the local integer declared alone by @s, or NULL */
static struct symbol *int_local(struct statement *s)
{
	struct symbol *v, *t;

	if (!s || s->type != STMT_DECLARATION || !s->declaration ||
	    ptr_list_size((struct ptr_list *)s->declaration) != 1)
		return NULL;
	v = first_ptr_list((struct ptr_list *)s->declaration);
	t = sc_strip_node(v);
	if (!v || (v->ctype.modifiers & (MOD_STATIC | MOD_EXTERN)) ||
	    !t || t->type != SYM_BASETYPE || t->bit_size <= 1 || !is_int_type(t))
		return NULL;
	return v;
}

/* the struct a memory operand of an asm points to through the struct
 * pointer object it names (sparse makes the operand its address: a
 * struct T **, not a conversion), or NULL */
static struct symbol *ptr_object(struct asm_operand *op)
{
	struct expression *e = op ? strip_parens(op->expr) : NULL;
	struct symbol *p;
	int is_ptr;

	if (!e || !op->is_memory || e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
	    e->type == EXPR_IMPLIED_CAST)
		return NULL;
	p = sc_strip_node(e->ctype);
	if (!p || p->type != SYM_PTR)
		return NULL;
	p = sc_strip_node(p->ctype.base_type);
	if (!p || p->type != SYM_PTR)
		return NULL;
	p = pointee(p, &is_ptr);
	return p && struct_tagged(p) ? p : NULL;
}

static struct asm_operand *only_operand(struct asm_operand_list *l)
{
	if (ptr_list_size((struct ptr_list *)l) != 1)
		return NULL;
	return first_ptr_list((struct ptr_list *)l);
}

/* is register operand @op local @v? */
static int reg_var(struct asm_operand *op, struct symbol *v)
{
	struct expression *e = op ? op->expr : NULL;

	if (!e || op->is_memory)
		return 0;
	while (e && (e->type == EXPR_IMPLIED_CAST || (e->type == EXPR_PREOP && e->op == '(')))
		e = e->type == EXPR_PREOP ? e->unop : e->cast_expression;
	return var_read(e) == v;
}

/* an asm whose only operands are @v (its output when @v_out, else its
 * input) and a memory operand naming a struct pointer object: that
 * object's struct, or NULL */
static struct symbol *asm_copy(struct statement *s, struct symbol *v, int v_out)
{
	struct asm_operand *o, *i;

	if (!s || s->type != STMT_ASM || s->asm_labels)
		return NULL;
	o = only_operand(s->asm_outputs);
	i = only_operand(s->asm_inputs);
	if (!o || !i)
		return NULL;
	if (v_out)
		return reg_var(o, v) ? ptr_object(i) : NULL;
	return reg_var(i, v) ? ptr_object(o) : NULL;
}

/* a statement that never runs: `if (0) ...` with no else */
static int dead_if(struct statement *s)
{
	struct expression *c = s && s->type == STMT_IF ? s->if_conditional : NULL;

	return c && !s->if_false && null_value(c);
}

static int same_struct(struct symbol *a, struct symbol *b)
{
	a = sc_strip_node(a);
	b = sc_strip_node(b);
	return a && b && (a == b || (a->type == b->type && a->ident && a->ident == b->ident));
}

void sc_whole_roundtrip(struct statement *s)
{
	struct statement *st[3], *t;
	struct expression *e, *c;
	struct symbol *v, *p, *tp;
	int n = 0, k = 0, is_ptr;

	if (!s || s->type != STMT_COMPOUND)
		return;
	n = ptr_list_size((struct ptr_list *)s->stmts);
	FOR_EACH_PTR(s->stmts, t) {
		if (k < 3)
			st[k] = t;
		k++;
	} END_FOR_EACH_PTR(t);
	if (n < 2 || !(v = int_local(st[0])))
		return;
	if (!v->initializer && n == 3 && (p = asm_copy(st[1], v, 1)) &&
	    st[2]->type == STMT_EXPRESSION) {
		/* from: U V; asm(: V : P); (struct T *)(U2)V; */
		e = strip_parens(st[2]->expression);
		if (!e || (e->type != EXPR_CAST && e->type != EXPR_IMPLIED_CAST))
			return;
		tp = pointee(e->ctype, &is_ptr);
		for (c = e->cast_expression; c && (c->type == EXPR_CAST ||
					      c->type == EXPR_IMPLIED_CAST ||
					      (c->type == EXPR_PREOP && c->op == '('));
		     c = c->type == EXPR_PREOP ? c->unop : c->cast_expression)
			if (c->type != EXPR_PREOP && !is_int_type(sc_strip_node(c->ctype)))
				return;
		if (is_ptr && same_struct(tp, p) && var_read(c) == v)
			sc_memo_put(&roundtrip, e, 1);
		return;
	}
	if (!v->initializer)
		return;
	/* to: U V = (U)(struct T * value); [if (0) ...]; asm(: P : V); */
	k = 0;
	FOR_EACH_PTR(s->stmts, t) {
		if (k++ == 0 || t == last_ptr_list((struct ptr_list *)s->stmts))
			continue;
		if (!dead_if(t))
			return;
	} END_FOR_EACH_PTR(t);
	p = asm_copy(last_ptr_list((struct ptr_list *)s->stmts), v, 0);
	e = strip_parens(v->initializer);
	if (!p || !e || (e->type != EXPR_CAST && e->type != EXPR_IMPLIED_CAST) ||
	    !e->cast_expression || !is_int_type(sc_strip_node(e->ctype)))
		return;
	c = strip_parens(e->cast_expression);
	tp = c && c->ctype && sc_strip_node(c->ctype)->type == SYM_PTR ?
	     pointee(c->ctype, &is_ptr) : NULL;
	if (tp && same_struct(tp, p))
		sc_memo_put(&roundtrip, e, 1);
}

/* the structs sc_whole_type() tested for this file's facts: a second
 * test would add the same records, which the facts keep once */
static struct sc_memo tested;

void sc_whole_begin(void)
{
	sc_memo_clear(&tested);
	sc_memo_clear(&roundtrip);
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
	return sc_param_index(fn, var_read(e->cast_expression));
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
