/*
 * sparse_fstores.c - the stores a file makes into integer struct fields
 * (facts.h fact_fstore), from sparse's evaluated trees; clang_fstores.c
 * writes the same from libclang's.
 *
 * Each function body (inline expansions included, as sparse expands
 * them) and each initializer of the file is walked once:
 *   `p->f = V`, `p->f |= V`, `p->f ^= V`  what V may set: constants
 *          (folded here: an initializer is not expanded), other fields
 *          it is copied from, through `|`, `^`, `&` (which keeps no
 *          more than its operand), `?:` and casts; anything else "?";
 *   `p->f &= V`  sets no bit ("|0");
 *   `p->f += V`, `p->f++` and the like: "?";
 *   `&p->f`  passed to a call through a pointer: "&L:C" (the call's
 *          targets, which the solver knows); anywhere else "?";
 *   an initializer `{ .f = V }` of a variable, static or local, or of a
 *          compound literal: as `= V`, nested structs and arrays too;
 *          and "|0z" for every integer member of the struct it makes
 *          (the ones it leaves out hold 0: init_zeros()).
 * A pointer member pointing to a struct with function pointers (and no
 * gfp_t member): what its `=` stores and initializers put there, "=&NAME"
 * for a struct variable of file scope (ops_value()), also by its member
 * path, and for a header's static objects too (their initializers
 * only for this); "=?" for each such member a static local holds, whose
 * initializer is not read (ops_unknown()).
 * A member of an untagged struct, and a member sparse cannot name, is
 * not recorded.  Also the field a load reads (sc_loaded_field()), for
 * the field atoms of sparse_ir.c: none inside a union.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "parse.h"
#include "symbol.h"


/* the width mask of member @m's type */
static unsigned long long width_mask(struct symbol *m)
{
	struct symbol *t = sc_strip_node(m);
	int bits = t ? t->bit_size : 0;

	while (t && (t->type == SYM_RESTRICT || t->type == SYM_FOULED || t->type == SYM_ENUM) &&
	       t->ctype.base_type && bits <= 0)
		bits = (t = sc_strip_node(t->ctype.base_type)) ? t->bit_size : 0;
	return bits > 0 && bits < 64 ? (1ULL << bits) - 1 : ~0ULL;
}



/* the function whose body is walked, NULL for file-scope initializers */
static struct symbol *cur_fn;

/* "@" while the stores recorded are not through a pointer that may
 * point into another struct (a path store, an initializer's own
 * member), "" otherwise */
static const char *mark = "";

/* how deep in initializer lists (init_struct()) the walk is */
static int in_init;

/* "(struct T.F&MASK)" while the statements walked run only where that
 * field test held (guard_of()), else "" */
static char guard[ATOM_FIELD_MAX + 24];

/* how many inline expansions the walk is in: no guard is taken there */
static int inl_depth;

static void store(struct sc_unit *unit, const char *field, const char *what)
{
	char buf[400];

	if (!sc_tagged(field))
		return;
	/* "!": a function writes the integer field, not an initializer
	 * (a table's element: sparse_tables.c) */
	if (cur_fn && !in_init && strchr("|<?&", what[0]))
		fact_file_add_fstore(unit->facts, field, "!");
	if (mark[0] || (guard[0] && fact_fstore_guardable(what))) {
		snprintf(buf, sizeof(buf), "%s%s%s",
			 guard[0] && fact_fstore_guardable(what) ? guard : "", mark, what);
		what = buf;
	}
	fact_file_add_fstore(unit->facts, field, what);
}

/* the pointer parameters of the inline functions being walked, as
 * sparse expands them: a symbol and its argument */
#define INLINE_ARGS 64
static struct symbol *inl_sym[INLINE_ARGS];
static int ninl;

static struct expression *arg_init(struct symbol *sym)
{
	int i;

	for (i = ninl - 1; i >= 0; i--)
		if (inl_sym[i] == sym)
			return sym->initializer;
	return NULL;
}

/* @e, or the argument an inline function's parameter @e reads was
 * given (as clang_fstores.c's inline_arg()) */
static struct expression *inline_value(struct expression *e)
{
	struct expression *s, *a;
	int guard = 0;

	while (e && guard++ < 8) {
		s = sc_strip_casts(e);
		if (s && s->type == EXPR_PREOP && s->op == '*' && s->unop &&
		    s->unop->type == EXPR_SYMBOL)
			s = s->unop;
		if (!s || s->type != EXPR_SYMBOL || !s->symbol || !(a = arg_init(s->symbol)))
			break;
		e = a;
	}
	return e;
}

/* how deep in nested initializer lists the walk is */
static int init_level;
/* a header's static object: only its pointers to structs with function
 * pointers (ops_value()); its "^" lists are sc_fn_header_var()'s */
static int ops_only;

/* the constant @e folds to: 1 and *@v, or 0 */
static int fold(struct expression *e, long long *v, int depth)
{
	long long a, b;

	e = sc_strip_casts(e);
	if (!e || depth > LIM_WALK)
		return 0;
	switch (e->type) {
	case EXPR_VALUE:
		*v = e->value;
		return 1;
	case EXPR_PREOP:
		if (!fold(e->unop, &a, depth + 1))
			return 0;
		switch (e->op) {
		case '~': *v = ~a; return 1;
		case '-': *v = -a; return 1;
		case '+': *v = a; return 1;
		case '!': *v = !a; return 1;
		default: return 0;
		}
	case EXPR_BINOP:
		if (!fold(e->left, &a, depth + 1) || !fold(e->right, &b, depth + 1))
			return 0;
		switch (e->op) {
		case '|': *v = a | b; return 1;
		case '&': *v = a & b; return 1;
		case '^': *v = a ^ b; return 1;
		case '+': *v = a + b; return 1;
		case '-': *v = a - b; return 1;
		case '*': *v = a * b; return 1;
		case SPECIAL_LEFTSHIFT:
			*v = b >= 0 && b < 64 ? (long long)((unsigned long long)a << b) : 0;
			return b >= 0 && b < 64;
		case SPECIAL_RIGHTSHIFT:
			*v = b >= 0 && b < 64 ? a >> b : 0;
			return b >= 0 && b < 64;
		default:
			return 0;
		}
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		if (!fold(e->conditional, &a, depth + 1))
			return 0;
		return fold(a ? (e->cond_true ? e->cond_true : e->conditional) :
			    e->cond_false, v, depth + 1);
	default:
		return 0;
	}
}

/* records what value @e, stored into @field, may set */
static void value(struct sc_unit *unit, const char *field, unsigned long long wmask,
		  struct expression *e, int depth)
{
	char what[320], *src;
	long long v;

	e = sc_strip_casts(e);
	if (!e || depth > LIM_WALK) {
		store(unit, field, "?");
		return;
	}
	if (fold(e, &v, 0)) {
		snprintf(what, sizeof(what), "|%#llx", (unsigned long long)v & wmask);
		store(unit, field, what);
		return;
	}
	switch (e->type) {
	case EXPR_BINOP:
		if (e->op == '|' || e->op == '^') {
			value(unit, field, wmask, e->left, depth + 1);
			value(unit, field, wmask, e->right, depth + 1);
			return;
		}
		if (e->op == SPECIAL_LEFTSHIFT && fold(e->left, &v, 0) && v) {
			/* `C << n`: no bit below C's lowest, nor below its
			 * lowest shifted by K in `C << (u + K)`, u unsigned
			 * (XA_FLAGS_MARK(), include/linux/xarray.h:284;
			 * root_tag_set(), lib/radix-tree.c:117) */
			struct expression *r = sc_strip_casts(e->right);
			long long k = 0;
			unsigned long long low = (unsigned long long)v & -(unsigned long long)v;

			if (r && r->type == EXPR_BINOP && r->op == '+' &&
			    fold(r->right, &k, 0) && k > 0 && k < 64 &&
			    r->left && r->left->ctype && !is_signed_type(r->left->ctype))
				low <<= k;
			snprintf(what, sizeof(what), "|%#llx", ~(low - 1) & wmask);
			store(unit, field, low ? what : "|0");
			return;
		}
		if (e->op == '&') {
			/* no more bits than the operand that is not a constant */
			value(unit, field, wmask, fold(e->left, &v, 0) ? e->right : e->left,
			      depth + 1);
			return;
		}
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		value(unit, field, wmask, e->cond_true ? e->cond_true : e->conditional,
		      depth + 1);
		value(unit, field, wmask, e->cond_false, depth + 1);
		return;
	case EXPR_COMPARE:
	case EXPR_LOGICAL:
		store(unit, field, "|0x1");
		return;
	case EXPR_PREOP:
		if (e->op == '!') {
			store(unit, field, "|0x1");
			return;
		}
		if (e->op != '*' || !(src = sc_member_access(e)))
			break;
		if (sc_tagged(src) && sc_int_member(e->ctype)) {
			snprintf(what, sizeof(what), "<%s", src);
			store(unit, field, strcmp(src, field) ? what : "|0");
		} else {
			store(unit, field, "?");
		}
		free(src);
		return;
	default:
		break;
	}
	store(unit, field, "?");
}

/* what assignment @e into an integer member, recorded as @field, may
 * set: `=`, `|=`, `^=` their value; `&=` no bit; others anything */
static void assigned(struct sc_unit *unit, const char *field, struct expression *e)
{
	if (e->op == '=' || e->op == SPECIAL_OR_ASSIGN || e->op == SPECIAL_XOR_ASSIGN)
		value(unit, field, width_mask(e->left->ctype), e->right, 0);
	else
		store(unit, field, e->op == SPECIAL_AND_ASSIGN ? "|0" : "?");
}

/* the name of the integer member @e accesses (`p->f`), or NULL */
static char *int_access(struct expression *e)
{
	char *field;

	if (!e || e->type != EXPR_PREOP || e->op != '*' || !sc_int_member(e->ctype))
		return NULL;
	field = sc_member_access(e);
	if (field && strncmp(field, "struct ", 7)) {
		free(field);
		return NULL;
	}
	return field;
}

/* "struct T.P" of the member access @e, when T is a tagged struct (a
 * name the program-wide records can share), else NULL; malloc'ed */
static char *tagged_member(struct expression *e)
{
	char *field = sc_member_access(e);

	if (field && (strncmp(field, "struct ", 7) || !sc_tagged(field))) {
		free(field);
		return NULL;
	}
	return field;
}

/* the name of pointer member @e accesses (`p->map`) when it points to a
 * struct with a gfp_t member, or NULL: its stores say which objects the
 * gfp flags read through it are in (fieldsets.c) */
static char *ptr_access(struct sc_unit *unit, struct expression *e)
{
	if (!e || e->type != EXPR_PREOP || e->op != '*' || !e->ctype ||
	    e->ctype->type != SYM_NODE || !sc_gfp_pointee(unit, e->ctype))
		return NULL;
	return tagged_member(e);
}

/* records what pointer value @e, stored into pointer field @field, is:
 * "=0" NULL, "=&struct T.M" the address of member M of a struct T,
 * "=?" anything else */
static void ptr_value(struct sc_unit *unit, const char *field, struct expression *e)
{
	char what[320], *m;
	long long v;

	e = sc_strip_casts(e);
	if (fold(e, &v, 0)) {
		store(unit, field, v ? "=?" : "=0");
		return;
	}
	m = sc_struct_member_address(e);
	if (m)
		snprintf(what, sizeof(what), "=&%s", m);
	store(unit, field, m ? what : "=?");
	free(m);
}

/* "=?" of each pointer member to a struct with function pointers (and
 * no gfp_t member) that type @t holds by value, declared directly in a
 * tagged struct, at most LIM_FN_DEPTH structs deep (clang_fstores.c
 * ops_unknown()) */
static void ops_unknown(struct sc_unit *unit, struct symbol *t, int depth)
{
	struct symbol *m, *mt;
	char field[300];
	int guard = 0;

	t = sc_strip_node(t);
	while (t && t->type == SYM_ARRAY && guard++ < LIM_TYPE_CHAIN)
		t = sc_strip_node(t->ctype.base_type);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION) || depth > LIM_FN_DEPTH)
		return;
	FOR_EACH_PTR(t->symbol_list, m) {
		if (m->ident && sc_fn_pointee(m) && !sc_gfp_pointee(unit, m)) {
			if (t->type == SYM_STRUCT && t->ident &&
			    snprintf(field, sizeof(field), "struct %.*s.%.*s", t->ident->len,
				     t->ident->name, m->ident->len, m->ident->name) <
			    (int)sizeof(field))
				store(unit, field, "=?");
			continue;
		}
		mt = sc_strip_node(m);
		if (mt && (mt->type == SYM_STRUCT || mt->type == SYM_UNION || mt->type == SYM_ARRAY))
			ops_unknown(unit, m, depth + 1);
	} END_FOR_EACH_PTR(m);
}

/* the name of pointer member @e accesses (`p->ops`) when it points to a
 * tagged struct declaring a function pointer (and no gfp_t member, whose
 * stores ptr_access() records), or NULL: its stores say which objects a
 * call through `p->ops->f` may reach (fieldsets.c fs_ptr_objects()) */
static char *ops_access(struct sc_unit *unit, struct expression *e)
{
	if (!e || e->type != EXPR_PREOP || e->op != '*' || !e->ctype ||
	    e->ctype->type != SYM_NODE || !sc_fn_pointee(e->ctype) ||
	    sc_gfp_pointee(unit, e->ctype))
		return NULL;
	return tagged_member(e);
}

/* records what pointer value @e (NULL: not known), stored into @field, a
 * pointer to a struct with function pointers, is: "=0" NULL, "=&NAME"
 * (":s" after it for a static) the address of a struct variable of file
 * scope, "=?" anything else; with "@" after the "=" when @own, a store
 * that reaches no X inside another struct (the object's own initializer,
 * a store also recorded by its member path) */
static void ops_value(struct sc_unit *unit, const char *field, struct expression *e, int own)
{
	char what[300], obj[280];
	long long v;

	if (e && fold(e, &v, 0))
		snprintf(obj, sizeof(obj), "%s", v ? "?" : "0");
	else if (!e || !sc_object_value(e, obj, sizeof(obj)))
		snprintf(obj, sizeof(obj), "?");
	snprintf(what, sizeof(what), "=%s%s", own ? "@" : "", obj + (obj[0] == '='));
	store(unit, field, what);
}

/* a store of @rhs (NULL: not `=`) into pointer member @lhs: as its own
 * field "struct X.P" and, when its object is member M of a struct T, as
 * "struct T.M.P" too (the first then reaches no other X) */
static void ops_store(struct sc_unit *unit, struct expression *lhs, struct expression *rhs)
{
	char *field = ops_access(unit, lhs), *path;

	if (!field)
		return;
	path = sc_member_path(lhs, arg_init);
	ops_value(unit, field, rhs, !!path);
	if (path)
		ops_value(unit, path, rhs, 0);
	free(path);
	free(field);
}

static const struct sc_dest dest_field = { "field", NULL, 0, NULL, NULL };
static const struct sc_dest dest_var = { "var", NULL, 0, NULL, NULL };
static const struct sc_dest dest_mptr = { "mptr", NULL, 0, NULL, NULL };

static struct symbol *pointee(struct symbol *t);
static void walk_expr(struct sc_unit *unit, struct expression *e, int depth);
static void walk_dest(struct sc_unit *unit, struct expression *e, int depth,
		      const struct sc_dest *dest);
static void walk_stmt(struct sc_unit *unit, struct statement *s, int depth);

static void init_struct(struct sc_unit *unit, struct expression *init, int depth);
static void init_body(struct sc_unit *unit, struct symbol *st, struct expression *init,
		      int depth);

/* an initializer's value @v of member (or element) type @m */
static void init_value(struct sc_unit *unit, struct symbol *st, struct symbol *m,
		       struct expression *v, int depth)
{
	long long zero;
	char *field;

	if (!v || depth > LIM_WALK)
		return;
	if (v->type == EXPR_INITIALIZER) {
		init_level++;
		init_struct(unit, v, depth + 1);
		init_level--;
		return;
	}
	if (v->type == EXPR_POS) {
		/* .a.b = x: the member's own designator */
		init_level++;
		init_value(unit, sc_strip_node(m), v->ctype, v->init_expr, depth + 1);
		init_level--;
		return;
	}
	sc_fn_copy(unit, v);
	if (!ops_only)
		walk_dest(unit, v, depth + 1,
			  st && (st->type == SYM_STRUCT || st->type == SYM_UNION) ?
			  &dest_field : NULL);
	if (!ops_only && st && st->type == SYM_STRUCT && m && m->ident &&
	    sc_gfp_pointee(unit, m) && !(fold(v, &zero, 0) && !zero)) {
		/* a pointer to a struct with gfp flags, initialized */
		field = sc_member_name(st, m);
		if (field && sc_tagged(field))
			store(unit, field, "=?");
		free(field);
		return;
	}
	if (st && st->type == SYM_STRUCT && m && m->ident && sc_fn_pointee(m) &&
	    !sc_gfp_pointee(unit, m) && !(fold(v, &zero, 0) && !zero)) {
		/* a pointer to a struct with function pointers: the
		 * object's own member reaches no other struct */
		field = sc_member_name(st, m);
		if (field && sc_tagged(field))
			ops_value(unit, field, v, !init_level);
		free(field);
		return;
	}
	if (ops_only || !st || !m || !m->ident || !sc_int_member(m) ||
	    (st->type != SYM_STRUCT && st->type != SYM_UNION))
		return;
	/* a zero sets no bit: sparse drops `{ 0 }` lists, so no zero of
	 * an initializer counts */
	if (fold(v, &zero, 0) && !zero)
		return;
	field = sc_member_name(st, m);
	if (!field)
		return;
	/* a member of the object initialized itself is in no other struct;
	 * one of a struct inside it counts for every such struct */
	mark = init_level ? "" : "@";
	value(unit, field, width_mask(m), v, 0);
	mark = "";
	free(field);
}

/* an initializer list of struct @st stores 0 into each integer member
 * of its own it leaves out, or gives 0 (sparse drops zeros): "|0z" (a
 * zero, of an initializer: fieldsets.c) for every one, the values it
 * gives counting besides */
static void init_zeros(struct sc_unit *unit, struct symbol *st)
{
	struct symbol *m;
	char *field;

	if (!st || st->type != SYM_STRUCT)
		return;
	mark = init_level ? "" : "@";
	FOR_EACH_PTR(st->symbol_list, m) {
		if (!m || !m->ident || !sc_int_member(m) || !(field = sc_member_name(st, m)))
			continue;
		store(unit, field, "|0z");
		free(field);
	} END_FOR_EACH_PTR(m);
	mark = "";
}

/* the evaluated initializer @init: EXPR_POS entries whose type is the
 * member they initialize (a struct's) or the element type (an array's) */
static void init_struct(struct sc_unit *unit, struct expression *init, int depth)
{
	struct symbol *st = sc_strip_node(init->ctype);

	if (depth > LIM_WALK)
		return;
	in_init++;
	init_body(unit, st, init, depth);
	in_init--;
}

/* init_struct() inside the initializer */
static void init_body(struct sc_unit *unit, struct symbol *st, struct expression *init,
		      int depth)
{
	struct expression *e;

	if (!ops_only)
		sc_fn_list(unit, init);
	if (!ops_only)
		init_zeros(unit, st);
	FOR_EACH_PTR(init->expr_list, e) {
		if (!e)
			continue;
		if (e->type == EXPR_POS)
			init_value(unit, st, e->ctype, e->init_expr, depth + 1);
		else
			init_value(unit, NULL, NULL, e, depth + 1);
	} END_FOR_EACH_PTR(e);
}

/* `&p->f` of an integer member, as an argument of call @call (or NULL) */
static int escape(struct sc_unit *unit, struct expression *e, struct expression *call)
{
	char *field, what[48];

	if (sc_fn_escape(unit, e))
		return 1;	/* `&p->ops_fn` (sparse_fnptrs.c) */
	field = sc_member_address(sc_strip_casts(e));
	if (!field && (field = sc_ptr_member_address(sc_strip_casts(e)))) {
		/* `&p->map` of a pointer to a struct with gfp flags */
		if (sc_gfp_pointee(unit, pointee(sc_strip_casts(e)->ctype)) ||
		    sc_fn_pointee(pointee(sc_strip_casts(e)->ctype)))
			store(unit, field, "=?");
		free(field);
		return 0;
	}
	if (!field)
		return 0;
	if (!sc_int_member(pointee(sc_strip_casts(e)->ctype))) {
		free(field);	/* `&p->lock`: a struct member holding one */
		return 0;
	}
	if (call && call->fn && !sc_function_value(call->fn))
		snprintf(what, sizeof(what), "&%d:%d", call->pos.line, call->pos.pos);
	else
		snprintf(what, sizeof(what), "?");
	store(unit, field, what);
	free(field);
	return 1;
}

/*
 * A bit operation's call (a `bitop` rule names @name, rules.h) given
 * @addr, `&p->f` of an integer member, and bit number @nr: the store
 * it makes into that member, none for a test (kernel-bitops.rules);
 * 1 when recorded so (the address is no escape then), 0 otherwise.
 */
static int bitop_store(struct sc_unit *unit, const struct ident *name,
		       struct expression *nr, struct expression *addr)
{
	enum bitop_kind k = name ? rules_bitop(unit->rules, sc_ident(name)) : BITOP_NONE;
	struct expression *a = sc_strip_casts(addr);
	struct symbol *t;
	char *field, what[48];
	long long v;
	int bits;

	if (k == BITOP_NONE || !a || !(t = pointee(a->ctype)) || !sc_int_member(t) ||
	    !(field = sc_member_address(a)))
		return 0;
	bits = t->bit_size;
	if (k == BITOP_SET && fold(inline_value(nr), &v, 0) && v >= 0 && v < bits && v < 64)
		snprintf(what, sizeof(what), "|%#llx", 1ULL << v);
	else
		snprintf(what, sizeof(what), "%s", k == BITOP_SET ? "?" : "|0");
	if (k != BITOP_TEST)
		store(unit, field, what);
	free(field);
	return 1;	/* not walked further, as escape() does not */
}

/* the function whose body is walked (sparse_wholesale.c: its parameters) */

/* the uses of cur_fn's parameters, and those that convert one to a
 * struct pointer; unsure: a use may not have been seen (an asm, a walk
 * cut short) */
#define KEEP_PARAMS 32
static int param_uses[KEEP_PARAMS], param_kept[KEEP_PARAMS], param_unsure;

static void use_param(int n, int kept)
{
	if (n < 1 || n > KEEP_PARAMS)
		return;
	param_uses[n - 1]++;
	param_kept[n - 1] += kept;
}

/* "arg:NAME:N:zM[:sK]" of argument @n of a call of @name (NULL: through
 * a pointer) whose arguments @args are (sparse_wholesale.c), made only
 * for the conversions recorded */
static void arg_dest(const struct sc_dest *d, char *buf, size_t size)
{
	struct expression_list *args = d->args;
	struct expression *a, *mine = NULL;
	char st[256], other[256];
	unsigned zero = 0, same = 0;
	int i = 0, n = d->n;
	long long v;

	FOR_EACH_PTR(args, a) {
		if (i < 32 && fold(a, &v, 0) && !v)
			zero |= 1u << i;
		if (++i == n)
			mine = a;
	} END_FOR_EACH_PTR(a);
	if (mine && sc_whole_struct_ptr(mine, st, sizeof(st))) {
		i = 0;
		FOR_EACH_PTR(args, a) {
			if (++i != n && i <= 32 && sc_whole_struct_ptr(a, other, sizeof(other)) &&
			    !strcmp(st, other))
				same |= 1u << (i - 1);
		} END_FOR_EACH_PTR(a);
	}
	if (d->fn)
		snprintf(buf, size, same ? "arg:%.*s:%d:z%x:s%x" : "arg:%.*s:%d:z%x",
			 d->fn->len, d->fn->name, n, zero, same);
	else
		snprintf(buf, size, same ? "arg:%s:%d:z%x:s%x" : "arg:%s:%d:z%x", "?",
			 n, zero, same);
}

/* the initializer of the first declaration of @list */
static struct expression *first_arg(struct symbol_list *list)
{
	struct symbol *sym = first_ptr_list((struct ptr_list *)list);

	return sym ? sym->initializer : NULL;
}

/* declarations @list; @inl: the inline function whose arguments they are */
static void walk_syms(struct sc_unit *unit, struct symbol_list *list, int depth,
		      struct symbol *inl)
{
	struct expression_list *args = NULL;
	struct sc_dest dest = { "arg", inl ? inl->ident : NULL, 0, NULL, arg_dest };
	struct symbol *sym;
	int n = 0;

	if (inl) {
		/* sparse's add_expression() checks the type through the
		 * list head, a member access through NULL for an empty
		 * list (UBSan): append through __add_ptr_list() itself */
		FOR_EACH_PTR(list, sym) {
			__add_ptr_list((struct ptr_list **)&args, sym->initializer);
		} END_FOR_EACH_PTR(sym);
		dest.args = args;
	}
	FOR_EACH_PTR(list, sym) {
		n++;
		/* a bit operation's address argument (its nr is the first) */
		if (inl && n == 2 && sym->initializer && first_arg(list) &&
		    bitop_store(unit, inl->ident, first_arg(list), sym->initializer))
			continue;
		if (!inl)
			sc_fn_var(unit, sym, 1);
		/* a static local's initializer: not seen (libclang's tree
		 * does not keep it), a documented limit; what it may put
		 * into a pointer to a struct with function pointers is
		 * not known */
		if (!inl && (sym->ctype.modifiers & MOD_STATIC))
			ops_unknown(unit, sym, 0);
		if (!sym->initializer || (sym->ctype.modifiers & MOD_STATIC))
			continue;
		dest.n = n;
		if (sym->initializer->type == EXPR_INITIALIZER)
			init_struct(unit, sym->initializer, depth + 1);
		else
			walk_dest(unit, sym->initializer, depth + 1, inl ? &dest :
				  sc_ident_is(sym->ident, "__mptr") ? &dest_mptr : &dest_var);
		if (!inl)
			sc_fn_copy(unit, sym->initializer);
	} END_FOR_EACH_PTR(sym);
	free_ptr_list(&args);
}

static void walk_expr(struct sc_unit *unit, struct expression *e, int depth)
{
	walk_dest(unit, e, depth, NULL);
}

/* @e, whose value goes to @dest if it is a conversion (sparse_wholesale.c) */
static void walk_dest(struct sc_unit *unit, struct expression *e, int depth,
		      const struct sc_dest *dest)
{
	char *field;

	if (!e)
		return;
	if (depth > LIM_WALK) {
		param_unsure = 1;
		return;
	}
	switch (e->type) {
	case EXPR_ASSIGNMENT:
		sc_fn_store(unit, e->left, e->op == '=' ? inline_value(e->right) : NULL);
		if ((field = int_access(e->left))) {
			char *path = sc_member_path(e->left, arg_init), src[300];

			/* a store into a struct inside another: also as its
			 * own field "struct T.M.F", with what stores through
			 * plain pointers may put there ("<~struct X.F") */
			mark = path ? "@" : "";
			assigned(unit, field, e);
			mark = "";
			if (path) {
				assigned(unit, path, e);
				snprintf(src, sizeof(src), "<~%s", field);
				store(unit, path, src);
				free(path);
			}
			free(field);
			walk_expr(unit, e->left->unop, depth + 1);
		} else {
			if (e->op == '=') {
				char *dest = sc_member_direct(e->left);

				sc_whole_copy(unit, e->left->ctype, dest);
				free(dest);
			}
			if ((field = ptr_access(unit, e->left))) {
				if (e->op == '=')
					ptr_value(unit, field, e->right);
				else
					store(unit, field, "=?");
				free(field);
			}
			ops_store(unit, e->left, e->op == '=' ? inline_value(e->right) : NULL);
			walk_expr(unit, e->left, depth + 1);
		}
		walk_dest(unit, e->right, depth + 1, sc_whole_member(e->left) ? &dest_field :
			  sc_whole_var(e->left) ? &dest_var : NULL);
		return;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		if ((e->op == SPECIAL_INCREMENT || e->op == SPECIAL_DECREMENT) &&
		    (field = int_access(e->unop))) {
			store(unit, field, "?");
			free(field);
		}
		if (e->op == '*' && e->unop && e->unop->type == EXPR_BINOP &&
		    e->unop->right && e->unop->right->type == EXPR_VALUE) {
			/* a member's load: its base, not its address */
			walk_expr(unit, e->unop->left, depth + 1);
			return;
		}
		walk_expr(unit, e->unop, depth + 1);
		return;
	case EXPR_BINOP:
		if (escape(unit, e, NULL))
			return;
		__attribute__((fallthrough));
	case EXPR_LOGICAL:
	case EXPR_COMMA:
	case EXPR_COMPARE:
		walk_expr(unit, e->left, depth + 1);
		walk_expr(unit, e->right, depth + 1);
		return;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		if (sc_whole_convert(unit, cur_fn, e, dest))
			dest = NULL;
		if (cur_fn && sc_whole_kept(cur_fn, e)) {
			use_param(sc_whole_kept(cur_fn, e), 1);
			return;
		}
		if (escape(unit, e->cast_expression, NULL))
			return;
		walk_dest(unit, e->cast_expression, depth + 1, dest);
		return;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		walk_expr(unit, e->conditional, depth + 1);
		walk_expr(unit, e->cond_true, depth + 1);
		walk_expr(unit, e->cond_false, depth + 1);
		return;
	case EXPR_CALL: {
		struct symbol *f = sc_function_value(e->fn);
		struct sc_dest arg = { "arg", f ? f->ident : NULL, 0, e->args, arg_dest };
		struct expression *a;

		walk_expr(unit, e->fn, depth + 1);
		FOR_EACH_PTR(e->args, a) {
			arg.n++;
			if (arg.n == 2 && f &&
			    bitop_store(unit, f->ident, first_ptr_list((struct ptr_list *)e->args), a))
				continue;
			if (!escape(unit, a, e))
				walk_dest(unit, a, depth + 1, &arg);
		} END_FOR_EACH_PTR(a);
		return;
	}
	case EXPR_STATEMENT:
		walk_stmt(unit, e->statement, depth + 1);
		return;
	case EXPR_INITIALIZER:
		init_struct(unit, e, depth + 1);
		return;
	case EXPR_SYMBOL:
		sc_whole_symbol(unit, e->symbol);
		use_param(sc_param_index(cur_fn, e->symbol), 0);
		/* a compound literal: (struct x){ .f = 1 } */
		if (e->symbol && !e->symbol->ident && e->symbol->initializer &&
		    e->symbol->initializer->type == EXPR_INITIALIZER)
			init_struct(unit, e->symbol->initializer, depth + 1);
		return;
	default:
		return;
	}
}

/* "(struct T.F&MASK)" into @out when @e, stripped of casts, is a test
 * `p->f & C` of an integer field (C a constant not 0) */
static int field_test(struct expression *e, char *out, size_t size)
{
	struct expression *c;
	char *field;
	long long v;

	e = sc_strip_casts(e);
	/* `E != 0`: sparse's conversion of E to _Bool */
	if (e && e->type == EXPR_COMPARE && e->op == SPECIAL_NOTEQUAL &&
	    fold(e->right, &v, 0) && !v)
		e = sc_strip_casts(e->left);
	if (!e || e->type != EXPR_BINOP || e->op != '&')
		return 0;
	c = fold(e->left, &v, 0) ? e->right : e->left;
	if ((c == e->left ? !fold(e->right, &v, 0) : 0) || !v)
		return 0;
	field = int_access(sc_strip_casts(c));
	if (!field || !sc_tagged(field) || strlen(field) >= ATOM_FIELD_MAX) {
		free(field);
		return 0;
	}
	snprintf(out, size, "(%s&%#llx)", field, (unsigned long long)v);
	free(field);
	return 1;
}

/* is every return of statement @s (not those inside expressions: the
 * returns of an inline sparse expands are the inline's) of a constant 0
 * or of field test @test (the first one found, into @test)? */
static int returns_test(struct statement *s, char *test, size_t size, int depth)
{
	struct statement *t;
	char one[ATOM_FIELD_MAX + 24];
	long long v;

	if (!s)
		return 1;
	if (depth > LIM_WALK)
		return 0;
	switch (s->type) {
	case STMT_RETURN:
		if (s->ret_value && fold(sc_strip_casts(s->ret_value), &v, 0) && !v)
			return 1;
		if (!s->ret_value || !field_test(s->ret_value, one, sizeof(one)))
			return 0;
		if (!test[0])
			snprintf(test, size, "%s", one);
		return !strcmp(test, one);
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, t) {
			if (!returns_test(t, test, size, depth + 1))
				return 0;
		} END_FOR_EACH_PTR(t);
		return 1;
	case STMT_IF:
		return returns_test(s->if_true, test, size, depth + 1) &&
		       returns_test(s->if_false, test, size, depth + 1);
	case STMT_EXPRESSION:
	case STMT_DECLARATION:
	case STMT_NONE:
		return 1;
	default:
		return 0;
	}
}

/* "(struct T.F&MASK)" into @out when @e being true (not 0) means that
 * field test held: the test itself, or a call of a static function of
 * the file whose every return is 0 or that one test
 * (`irq_supports_nmi()`, kernel/irq/manage.c:1414) */
static int true_test(struct expression *e, char *out, size_t size)
{
	struct symbol *f;

	e = sc_strip_casts(e);
	if (field_test(e, out, size))
		return 1;
	if (!e || e->type != EXPR_CALL || !(f = sc_function_value(e->fn)) ||
	    !(f->ctype.modifiers & MOD_STATIC) || (f->ctype.modifiers & MOD_INLINE) ||
	    !f->ctype.base_type ||
	    !f->ctype.base_type->stmt)
		return 0;
	out[0] = 0;
	return returns_test(f->ctype.base_type->stmt, out, size, 0) && out[0];
}

/* is @e `!E`, E true_test()'s? */
static int not_test(struct expression *e, char *out, size_t size)
{
	e = sc_strip_casts(e);

	if (!e || e->type != EXPR_PREOP || e->op != '!')
		return 0;
	if (true_test(e->unop, out, size))
		return 1;
	out[0] = 0;
	return 0;
}

/* the field test that statement @s, `if (A || !TEST) return ...;`,
 * leaves holding when control passes it, into @out */
static int guard_of(struct statement *s, char *out, size_t size)
{
	struct statement *t, *last = NULL;
	struct expression *c;

	if (!s || s->type != STMT_IF || s->if_false || !s->if_true)
		return 0;
	t = s->if_true;
	if (t->type == STMT_COMPOUND && !t->inline_fn && t->stmts)
		last = last_ptr_list((struct ptr_list *)t->stmts);
	if (t->type == STMT_COMPOUND)
		t = last;
	if (!t || t->type != STMT_RETURN)
		return 0;
	/* `A || B || !TEST`: passing it, each term was false */
	for (c = sc_strip_casts(s->if_conditional); c && c->type == EXPR_LOGICAL &&
	     c->op == SPECIAL_LOGICAL_OR; c = sc_strip_casts(c->left))
		if (not_test(c->right, out, size))
			return 1;
	return not_test(c, out, size);
}

/* does statement @s hold a label or a case that a jump may enter? */
static int has_label(struct statement *s, int depth)
{
	struct statement *t;

	if (!s)
		return 0;
	if (depth > LIM_WALK)
		return 1;
	switch (s->type) {
	case STMT_LABEL:
	case STMT_CASE:
		return 1;
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, t) {
			if (has_label(t, depth + 1))
				return 1;
		} END_FOR_EACH_PTR(t);
		return 0;
	case STMT_IF:
		return has_label(s->if_true, depth + 1) || has_label(s->if_false, depth + 1);
	case STMT_SWITCH:
		return has_label(s->switch_statement, depth + 1);
	case STMT_ITERATOR:
		return has_label(s->iterator_statement, depth + 1);
	default:
		return 0;
	}
}

/* the body of the innermost switch on a constant being walked, and that
 * constant: the statement of a `case K:` there, K another constant,
 * reached only through that label (first, or after a jump: `break`),
 * never runs, and its conversions are not recorded */
static struct statement *const_body;
static long long const_val;

static int dead_case(struct statement *t, struct statement *prev)
{
	return t->type == STMT_CASE && t->case_expression && !t->case_to &&
	       t->case_expression->type == EXPR_VALUE &&
	       (long long)t->case_expression->value != const_val &&
	       (!prev || prev->type == STMT_GOTO) && t->case_statement &&
	       t->case_statement->type != STMT_CASE && t->case_statement->type != STMT_LABEL;
}

static void walk_stmt(struct sc_unit *unit, struct statement *s, int depth)
{
	struct statement *t;

	if (!s)
		return;
	if (depth > 4 * LIM_WALK) {
		param_unsure = 1;
		return;
	}
	switch (s->type) {
	case STMT_DECLARATION:
		walk_syms(unit, s->declaration, depth, NULL);
		return;
	case STMT_EXPRESSION:
		walk_expr(unit, s->expression, depth);
		return;
	case STMT_COMPOUND: {
		int old = ninl;
		struct statement *prev = NULL;
		struct symbol *sym;

		if (s->args && s->args->type == STMT_DECLARATION) {
			walk_syms(unit, s->args->declaration, depth + 1, s->inline_fn);
			FOR_EACH_PTR(s->args->declaration, sym) {
				if (s->inline_fn && ninl < INLINE_ARGS && sym->initializer)
					inl_sym[ninl++] = sym;
			} END_FOR_EACH_PTR(sym);
		} else if (s->args) {
			walk_stmt(unit, s->args, depth + 1);
		}
		char outer[sizeof(guard)];
		int guards = !s->inline_fn && !inl_depth && !guard[0] && cur_fn;

		snprintf(outer, sizeof(outer), "%s", guard);
		sc_whole_roundtrip(s);
		inl_depth += s->inline_fn != NULL;
		FOR_EACH_PTR(s->stmts, t) {
			int dead = s == const_body && dead_case(t, prev);

			/* ... up to a statement a jump may enter */
			if (guards && guard[0] && has_label(t, 0))
				guard[0] = 0;
			sc_whole_dead(dead);
			walk_stmt(unit, t, depth);
			sc_whole_dead(-dead);
			prev = t;
			/* the statements after `if (!TEST) return;` run
			 * only where TEST held: a store of bits there is
			 * recorded with it (fieldsets.c drops it when the
			 * field never holds them) */
			if (guards && !guard[0] && !guard_of(t, guard, sizeof(guard)))
				guard[0] = 0;
		} END_FOR_EACH_PTR(t);
		inl_depth -= s->inline_fn != NULL;
		snprintf(guard, sizeof(guard), "%s", outer);
		ninl = old;
		return;
	}
	case STMT_IF:
		walk_expr(unit, s->if_conditional, depth);
		walk_stmt(unit, s->if_true, depth + 1);
		walk_stmt(unit, s->if_false, depth + 1);
		return;
	case STMT_RETURN:
		walk_expr(unit, s->ret_value, depth);
		return;
	case STMT_CASE:
		walk_stmt(unit, s->case_statement, depth + 1);
		return;
	case STMT_SWITCH:
		walk_expr(unit, s->switch_expression, depth);
		if (s->switch_expression && s->switch_expression->type == EXPR_VALUE) {
			struct statement *old_body = const_body;
			long long old_val = const_val;

			const_body = s->switch_statement;
			const_val = (long long)s->switch_expression->value;
			walk_stmt(unit, s->switch_statement, depth + 1);
			const_body = old_body;
			const_val = old_val;
			return;
		}
		walk_stmt(unit, s->switch_statement, depth + 1);
		return;
	case STMT_ITERATOR:
		walk_syms(unit, s->iterator_syms, depth, NULL);
		walk_stmt(unit, s->iterator_pre_statement, depth + 1);
		walk_expr(unit, s->iterator_pre_condition, depth);
		walk_stmt(unit, s->iterator_statement, depth + 1);
		walk_stmt(unit, s->iterator_post_statement, depth + 1);
		walk_expr(unit, s->iterator_post_condition, depth);
		return;
	case STMT_LABEL:
		walk_stmt(unit, s->label_statement, depth + 1);
		return;
	case STMT_ASM:
		param_unsure = 1;
		return;
	default:
		return;
	}
}

int sc_fold(struct expression *e, long long *v)
{
	return fold(e, v, 0);
}

void sc_fstores_body(struct sc_unit *unit, struct symbol *fn)
{
	struct symbol *base = fn->ctype.base_type;
	int n;

	cur_fn = fn;
	memset(param_uses, 0, sizeof(param_uses));
	memset(param_kept, 0, sizeof(param_kept));
	param_unsure = 0;
	if (base && base->stmt)
		walk_stmt(unit, base->stmt, 0);
	for (n = 0; n < KEEP_PARAMS && !param_unsure; n++)
		if (param_kept[n] && param_kept[n] == param_uses[n])
			sc_whole_keep(unit, fn, n + 1);
	cur_fn = NULL;
}

void sc_fstores_globals(struct sc_unit *unit, struct symbol_list *list, const char *file)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		struct symbol *t = sym->ctype.base_type;

		if (sym->type != SYM_NODE || (t && t->type == SYM_FN))
			continue;
		if (strcmp(stream_name(sym->pos.stream), file)) {
			/* a header's static object: made in this file too */
			if (!(sym->ctype.modifiers & MOD_STATIC))
				continue;
			sc_fn_header_var(unit, sym);
			if (sym->initializer && sym->initializer->type == EXPR_INITIALIZER) {
				ops_only = 1;
				init_struct(unit, sym->initializer, 0);
				ops_only = 0;
			}
			continue;
		}
		sc_fn_var(unit, sym, 0);
		if (!sym->initializer)
			continue;
		if (sym->initializer->type == EXPR_INITIALIZER)
			init_struct(unit, sym->initializer, 0);
		else
			walk_dest(unit, sym->initializer, 0, &dest_var);
	} END_FOR_EACH_PTR(sym);
}

static struct symbol *pointee(struct symbol *t)
{
	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	return sc_strip_node(t->ctype.base_type);
}

void sc_gfp_blocking_fact(struct sc_unit *unit)
{
	char what[32];

	if (!unit->have_mask)
		return;
	snprintf(what, sizeof(what), "|%#llx", unit->gfp_blocking_mask);
	fact_file_add_fstore(unit->facts, "gfp-blocking", what);
}

char *sc_loaded_field(struct symbol *fn, pseudo_t addr, long offset, int size)
{
	struct symbol *st = sc_load_base(fn, addr, &offset);

	return st ? sc_field_at(st, offset, size) : NULL;
}
