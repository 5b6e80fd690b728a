/*
 * sparse_pointers.c - function pointers in sparse's trees.
 *
 * Three kinds of fact come from here: bindings of functions to struct
 * fields from static initializers (`.alloc = arm_dma_alloc`, arrays of
 * ops structs included), read before evaluation while designators still
 * carry field names; bindings from assignments (`ops->alloc = f`); and,
 * for an indirect call, the "struct type.field" it goes through.  Member
 * accesses are recognised in their evaluated form, *(base + offset),
 * whose type is the member itself.  The names of integer members, for
 * the stores into them and their tests (sparse_fstores.c), are made
 * here too: a member's address (`&p->f`), the member at an offset.
 *
 * A function bound by a static initializer keeps the values of the
 * other integer members of its element (fact_binding.sibs): which
 * expression initializes each member is read with the designators,
 * its value after the file is evaluated (sc_bind_sibs()); a member the
 * element leaves out is 0, as static storage is.
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

/* the file whose field names are being made: where their structs are
 * defined goes there (one file at a time, as sparse parses them) */
static struct fact_file *tag_file;

/* the structs whose tags tag_file has: recorded again, a struct adds
 * the same tag and definition, which changes nothing */
static struct sc_memo tagged;

void sc_pointers_begin(struct fact_file *facts)
{
	tag_file = facts;
	sc_memo_clear(&tagged);
}

/* records where @st, named @tag, is defined: its tag in the definition */
static void record_tag(struct symbol *st, const char *tag)
{
	char def[600];
	int done;

	if (!tag_file || !st->pos.stream || st->pos.stream < 0 ||
	    sc_memo_get(&tagged, st, &done))
		return;
	sc_memo_put(&tagged, st, 1);
	snprintf(def, sizeof(def), "%s", stream_name(st->pos.stream));
	fact_norm_path(def);
	snprintf(def + strlen(def), sizeof(def) - strlen(def), ":%d", st->pos.line);
	fact_file_add_tag(tag_file, tag, def);
}

static char *field_name(struct symbol *st, struct ident *member)
{
	char buf[600];
	size_t n = 0;

	if (st->type == SYM_UNION)
		sc_cat(buf, sizeof(buf), &n, "union ", 6);
	else
		sc_cat(buf, sizeof(buf), &n, "struct ", 7);
	if (st->ident)
		sc_cat(buf, sizeof(buf), &n, st->ident->name, st->ident->len);
	else
		sc_cat(buf, sizeof(buf), &n, "<anonymous>", 11);
	record_tag(st, buf);
	sc_cat(buf, sizeof(buf), &n, ".", 1);
	if (member)
		sc_cat(buf, sizeof(buf), &n, member->name, member->len);
	else
		sc_cat(buf, sizeof(buf), &n, "<noident>", 9);
	return sc_strdup(buf);
}

static struct expression *strip_casts(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST))
		e = e->cast_expression;
	return e;
}

/*
 * The innermost named struct or union of @st (itself included) that
 * holds @member, looking into nested and anonymous members: a member of
 * an anonymous union is named by the struct around it, as C reaches it
 * (`struct tasklet_struct.callback`).  A member access may carry a copy
 * of the member's symbol (sparse copies it for a qualified object): then
 * the name at byte offset @offset from @st, counted from @base, decides.
 */
static struct symbol *container(struct symbol *st, struct symbol *member,
				long long offset, long long base,
				struct symbol *named, int depth)
{
	struct symbol *m;

	if (!is_struct(st) || depth > 8)
		return NULL;
	if (st->ident)
		named = st;
	FOR_EACH_PTR(st->symbol_list, m) {
		struct symbol *r;

		if (m == member || (offset >= 0 && m->ident &&
				    m->ident == member->ident &&
				    base + (long long)m->offset == offset))
			return named;
		if ((r = container(strip(m), member, offset, base + (long long)m->offset,
				   named, depth + 1)))
			return r;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/*
 * The struct an address points into: a pointer to a struct, or a struct
 * variable or member whose address sparse turned into a byte pointer
 * (`obj.f`, `p->timer.f` are *((char *)&obj + offset)).
 */
static struct symbol *address_struct(struct expression *a, int depth)
{
	struct symbol *t;

	/* `((struct X *)p)->f`: the struct the cast says, as libclang */
	t = a ? strip(a->ctype) : NULL;
	if (t && t->type == SYM_PTR && is_struct(strip(t->ctype.base_type)))
		return strip(t->ctype.base_type);
	a = strip_casts(a);
	if (!a || depth > 8)
		return NULL;
	t = strip(a->ctype);
	if (t && t->type == SYM_PTR && is_struct(strip(t->ctype.base_type)))
		return strip(t->ctype.base_type);
	if (a->type == EXPR_SYMBOL && a->symbol && is_struct(strip(a->symbol)))
		return strip(a->symbol);
	if (a->type == EXPR_BINOP && a->op == '+')
		return address_struct(a->left, depth + 1);
	if (a->type == EXPR_PREOP && a->op == '&')
		return address_struct(a->unop, depth + 1);
	return NULL;
}

struct symbol *sc_address_struct(struct expression *a)
{
	return address_struct(a, 0);
}

/*
 * The struct holding @member at the end of the sum @add of constant
 * offsets to a base, the offsets added up: a member of a member of a
 * struct variable (`gad.cc.read` is *((&gad + 8) + 0), whose inner sum
 * is a byte pointer), as member_object() reads it; else NULL.
 */
static struct symbol *folded_container(struct expression *add, struct symbol *member)
{
	struct expression *a;
	struct symbol *base;
	long long off = 0;
	int guard = 0;

	for (a = add; a && a->type == EXPR_BINOP && a->op == '+' && a->right &&
	     a->right->type == EXPR_VALUE && guard++ < 8; a = strip_casts(a->left))
		off += a->right->value;
	if (!a || a == add || !(base = address_struct(a, 0)))
		return NULL;
	return container(base, member, off, 0, NULL, 0);
}

/* the struct sc_member_access() names member access @e by, its member
 * into *@member; or NULL */
static struct symbol *access_container(struct expression *e, struct symbol **member)
{
	struct expression *add;
	struct symbol *base, *named;

	if (!e || e->type != EXPR_PREOP || e->op != '*')
		return NULL;
	*member = e->ctype;
	if (!*member || (*member)->type != SYM_NODE || !(*member)->ident)
		return NULL;
	add = e->unop;
	if (!add || add->type != EXPR_BINOP || add->op != '+' || !add->right ||
	    add->right->type != EXPR_VALUE || !add->left)
		return NULL;
	base = address_struct(add->left, 0);
	if (!base)
		return NULL;
	named = container(base, *member, (long long)add->right->value, 0, NULL, 0);
	return named ? named : folded_container(add, *member);
}

char *sc_member_access(struct expression *e)
{
	struct symbol *member = NULL, *named = access_container(e, &member);

	return named ? field_name(named, member->ident) : NULL;
}

char *sc_member_direct(struct expression *e)
{
	struct symbol *member, *named, *m;
	char *name;

	/* the whole sum of offsets first: `p->in.cc` is *((p + 16) + 8),
	 * and p's struct may have a cc of its own at 8 */
	if (!e || e->type != EXPR_PREOP || e->op != '*' || !(member = e->ctype) ||
	    member->type != SYM_NODE || !member->ident || !e->unop ||
	    !(named = folded_container(e->unop, member)))
		return NULL;
	if (!named->ident || named->type != SYM_STRUCT)
		return NULL;
	/* one of its own members (sparse's node of `gvar.m` is a copy of
	 * it; no two members of a struct, anonymous ones' included, share
	 * a name) */
	FOR_EACH_PTR(named->symbol_list, m) {
		if (m != member && m->ident != member->ident)
			continue;
		/* a tagged struct (not a typedef of an untagged one) */
		name = field_name(named, member->ident);
		if (sc_tagged(name))
			return name;
		free(name);
		return NULL;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/*
 * "struct T.M.F" of a store target @e, `*(base + offset)` for member F:
 * when the offset from the base (a struct pointer or variable) lands,
 * through struct members, in member M of tagged struct T, itself a
 * tagged struct X that holds F directly (`g->tree.flags`, or `&g->tree` given to an inline
 * function's pointer parameter that stores `t->flags`: @arg_init gives
 * such a parameter's argument, else NULL); else NULL.  T is the struct
 * directly around M (`&obj->mm.iter.radix`: the struct of iter); a
 * member inside a union, or an untagged struct on the way, has none
 * (sparse_fstores.c).
 */
/* the struct a pointer of type @t points to, or NULL */
static struct symbol *points_to(struct symbol *t)
{
	t = strip(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = strip(t->ctype.base_type);
	return is_struct(t) ? t : NULL;
}

/* @e without the casts that keep the struct it points to: a cast to
 * another struct's pointer names that struct, as libclang does */
static struct expression *strip_same(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST) && e->cast_expression) {
		struct symbol *to = points_to(e->ctype);

		if (to && to != points_to(e->cast_expression->ctype))
			break;
		e = e->cast_expression;
	}
	return e;
}

char *sc_member_path(struct expression *e, struct expression *(*arg_init)(struct symbol *))
{
	struct symbol *member, *t, *m, *x, *f;
	struct expression *add, *base, *init;
	long long off;
	char buf[600];
	int guard = 0;

	if (!e || e->type != EXPR_PREOP || e->op != '*')
		return NULL;
	member = e->ctype;
	add = e->unop;
	if (!member || member->type != SYM_NODE || !member->ident || !add ||
	    add->type != EXPR_BINOP || add->op != '+' || !add->right ||
	    add->right->type != EXPR_VALUE)
		return NULL;
	off = add->right->value;
	base = strip_same(add->left);
	while (base && guard++ < 8) {
		/* a variable's value is the load `*sym` */
		if (base->type == EXPR_PREOP && base->op == '*' && base->unop &&
		    base->unop->type == EXPR_SYMBOL && base->unop->symbol && arg_init &&
		    (init = arg_init(base->unop->symbol))) {
			base = strip_same(init);
		} else if (base->type == EXPR_BINOP && base->op == '+' && base->right &&
			   base->right->type == EXPR_VALUE) {
			off += base->right->value;
			base = strip_same(base->left);
		} else {
			break;
		}
	}
	if (!base || !(t = address_struct(base, 0)))
		return NULL;
	/* down through the struct members that hold the offset, to struct
	 * X holding F itself: M is X's member in the struct around it */
	for (guard = 0; t && t->type == SYM_STRUCT && guard < 8; guard++) {
		struct symbol *in = NULL;

		FOR_EACH_PTR(t->symbol_list, m) {
			x = strip(m);
			if (x && x->type == SYM_STRUCT && off >= (long long)m->offset &&
			    off < (long long)m->offset + x->bit_size / 8) {
				in = m;
				break;
			}
		} END_FOR_EACH_PTR(m);
		if (!in)
			return NULL;
		x = strip(in);
		off -= (long long)in->offset;
		FOR_EACH_PTR(x->symbol_list, f) {
			if (f->ident == member->ident && (long long)f->offset == off) {
				if (!t->ident || !in->ident || !x->ident)
					return NULL;
				snprintf(buf, sizeof(buf), "struct %.*s.%.*s.%.*s",
					 t->ident->len, t->ident->name,
					 in->ident->len, in->ident->name,
					 f->ident->len, f->ident->name);
				return sc_tagged(buf) ? sc_strdup(buf) : NULL;
			}
		} END_FOR_EACH_PTR(f);
		t = x;
	}
	return NULL;
}

/* is member @m (a SYM_NODE) of an integer type (enums and __bitwise
 * types such as gfp_t included)? */
int sc_int_member(struct symbol *m)
{
	struct symbol *t = strip(m);
	int guard = 0;

	while (t && (t->type == SYM_RESTRICT || t->type == SYM_FOULED) &&
	       guard++ < 64)
		t = strip(t->ctype.base_type);
	if (!t)
		return 0;
	if (t->type == SYM_ENUM)
		return 1;
	return t->type == SYM_BASETYPE && t->ctype.base_type == &int_type;
}

/*
 * Is the struct of @field ("struct T.F") declared with tag T?  sparse
 * gives an untagged struct its typedef's name (`typedef struct { ... }
 * pgd_t`), libclang none: such a field is not recorded, nor tested.
 */
int sc_tagged(const char *field)
{
	const char *dot = strchr(field, '.');
	struct symbol *sym;
	char tag[256];

	if (strncmp(field, "struct ", 7) || !dot || dot - field - 7 >= (long)sizeof(tag))
		return 0;
	memcpy(tag, field + 7, (size_t)(dot - field - 7));
	tag[dot - field - 7] = '\0';
	sym = lookup_symbol(built_in_ident(tag), NS_STRUCT);
	return sym && sym->type == SYM_STRUCT;
}

/* the member at byte @offset of struct @st that @want accepts (an
 * integer @size bits wide, or a pointer: @size 0), through struct
 * members but no union, "struct T.F" named by the innermost named
 * struct holding it; malloc'ed, or NULL */
static char *find_member_at(struct symbol *st, long offset, int size);

/* find_member_at()'s answers, by struct, offset and size: the structs
 * of the kernel have hundreds of members, and each `&p->f` asks */
static struct member_memo {
	struct symbol *st;
	long offset;
	int size;
	char *name;		/* NULL: none */
} *mmemo;
static size_t nmmemo, mmemo_cap;

static size_t mmemo_slot(struct symbol *st, long offset, int size, size_t cap)
{
	unsigned long h = ((unsigned long)st >> 4) * 0x9e3779b97f4a7c15ul ^
			  (unsigned long)offset * 0xff51afd7ed558ccdul ^ (unsigned long)size;

	return (size_t)(h ^ h >> 29) & (cap - 1);
}

static struct member_memo *mmemo_find(struct symbol *st, long offset, int size)
{
	size_t h;

	for (h = mmemo_slot(st, offset, size, mmemo_cap); mmemo[h].st;
	     h = (h + 1) & (mmemo_cap - 1))
		if (mmemo[h].st == st && mmemo[h].offset == offset && mmemo[h].size == size)
			return &mmemo[h];
	return &mmemo[h];
}

static char *member_at(struct symbol *st, long offset, int size)
{
	struct member_memo *e;

	if (!st)
		return NULL;
	if (2 * (nmmemo + 1) > mmemo_cap) {
		struct member_memo *old = mmemo;
		size_t i, oldcap = mmemo_cap;

		mmemo_cap = mmemo_cap ? 2 * mmemo_cap : 256;
		mmemo = sc_calloc(mmemo_cap, sizeof(*mmemo));
		for (i = 0; i < oldcap; i++)
			if (old[i].st)
				*mmemo_find(old[i].st, old[i].offset, old[i].size) = old[i];
		free(old);
	}
	e = mmemo_find(st, offset, size);
	if (!e->st) {
		e->st = st;
		e->offset = offset;
		e->size = size;
		e->name = find_member_at(st, offset, size);
		nmmemo++;
	}
	return e->name ? sc_strdup(e->name) : NULL;
}

static char *find_member_at(struct symbol *st, long offset, int size)
{
	struct symbol *named, *m, *in;
	char buf[600];
	int guard = 0;

	st = strip(st);
	if (!st || st->type != SYM_STRUCT)
		return NULL;
	named = st->ident ? st : NULL;
	while (guard++ < 64) {
		in = NULL;
		FOR_EACH_PTR(st->symbol_list, m) {
			struct symbol *mt = strip(m);
			long start = (long)m->offset;

			if (!mt || offset < start)
				continue;
			if (offset == start && m->ident &&
			    (size ? sc_int_member(m) && mt->bit_size == size :
			     mt->type == SYM_PTR)) {
				if (!named)
					return NULL;
				size_t n = 0;

				sc_cat(buf, sizeof(buf), &n, "struct ", 7);
				sc_cat(buf, sizeof(buf), &n, named->ident->name,
				       named->ident->len);
				sc_cat(buf, sizeof(buf), &n, ".", 1);
				sc_cat(buf, sizeof(buf), &n, m->ident->name, m->ident->len);
				return sc_tagged(buf) ? sc_strdup(buf) : NULL;
			}
			if ((mt->type == SYM_STRUCT || mt->type == SYM_UNION) &&
			    offset < start + (long)(mt->bit_size / 8)) {
				in = m;
				break;
			}
		} END_FOR_EACH_PTR(m);
		if (!in || strip(in)->type != SYM_STRUCT)
			return NULL;	/* nothing there, or a union */
		offset -= (long)in->offset;
		st = strip(in);
		if (st->ident)
			named = st;
	}
	return NULL;
}

char *sc_field_at(struct symbol *st, long offset, int size)
{
	return size > 0 ? member_at(st, offset, size) : NULL;
}

char *sc_ptr_field_at(struct symbol *st, long offset)
{
	return member_at(st, offset, 0);
}

/* "struct T.f" of `&p->f`: an integer member, or with @ptr a pointer */
static char *member_address(struct expression *e, int ptr)
{
	struct symbol *t, *base;
	struct expression *a;
	long off = 0;
	int guard = 0;

	if (!e || e->type != EXPR_BINOP || e->op != '+')
		return NULL;
	/* `&p->f` is p + offset typed as a pointer to f's type; a member's
	 * load has the lazy pointer type instead */
	t = strip(e->ctype);
	if (!t || e->ctype == &lazy_ptr_ctype || t->type != SYM_PTR)
		return NULL;
	t = strip(t->ctype.base_type);
	if (!t || (ptr ? t->type != SYM_PTR : t->bit_size <= 0))
		return NULL;
	/* `&p->a.b` is (p + a) + b */
	for (a = e; a && a->type == EXPR_BINOP && a->op == '+' && a->right &&
	     a->right->type == EXPR_VALUE && guard++ < 8; a = strip_casts(a->left))
		off += (long)a->right->value;
	if (!a || a == e || !(base = address_struct(a, 0)))
		return NULL;
	return member_at(base, off, ptr ? 0 : t->bit_size);
}

char *sc_member_address(struct expression *e)
{
	return member_address(e, 0);
}

char *sc_ptr_member_address(struct expression *e)
{
	return member_address(e, 1);
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

/* @member of struct @st, named by the struct that holds it (container()) */
static char *member_name(struct symbol *st, struct symbol *member)
{
	struct symbol *named = container(st, member, -1, 0, NULL, 0);

	return field_name(named ? named : st, member->ident);
}

char *sc_member_name(struct symbol *st, struct symbol *member)
{
	return member_name(st, member);
}

static struct fact_binding *add_binding(struct sc_unit *unit, char *via,
					struct symbol *fn, struct symbol *obj,
					struct position pos)
{
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
	return b;
}

/*
 * The member object an assignment `p->nb.notifier_call = f` stores into:
 * the struct member (nb, of the struct that holds @member) of the struct
 * @e's base pointer points to, "struct T.F" as sparse_memaddr.c names
 * `&p->nb` (J=&struct T.F); NULL when @member is the base's own.
 */
static char *member_object(struct expression *e)
{
	struct symbol *member, *base, *named, *holder = NULL, *m;
	struct expression *add, *a;
	char buf[600];
	long off = 0;
	int guard = 0;

	if (!e || e->type != EXPR_PREOP || e->op != '*' || !(member = e->ctype) ||
	    member->type != SYM_NODE || !member->ident || !(add = e->unop) ||
	    add->type != EXPR_BINOP || add->op != '+' || !add->left)
		return NULL;
	/* `p->nb.f` is *((p + nb) + f) or *(p + (nb + f)) */
	for (a = add; a && a->type == EXPR_BINOP && a->op == '+' && a->right &&
	     a->right->type == EXPR_VALUE && guard++ < 8; a = strip_casts(a->left))
		off += (long)a->right->value;
	if (!a || !(base = address_struct(a, 0)))
		return NULL;
	named = container(base, member, off, 0, NULL, 0);
	if (!named || named == base)
		return NULL;
	off -= (long)member->offset;
	m = sc_member_at(base, off, named, &holder, 0);
	if (!m || !m->ident || !holder || !holder->ident)
		return NULL;
	snprintf(buf, sizeof(buf), "struct %.*s.%.*s", holder->ident->len, holder->ident->name,
		 m->ident->len, m->ident->name);
	return sc_strdup(buf);
}

static void bind_init(struct sc_unit *unit, struct symbol *type,
		      struct expression *init, struct symbol *obj, int depth);

/* a binding of an initializer waiting for its element's values: the
 * direct members of struct @st and the expression of each (NULL: left
 * out) */
struct pending_sibs {
	int bind;		/* its index in the file's bindings */
	struct symbol *st;
	struct symbol **members;
	struct expression **vals;
	int n;
};

static struct pending_sibs *pending;
static int npending, pending_cap;

static void add_pending(int bind, struct symbol *st, struct symbol **members,
			struct expression **vals, int n)
{
	struct pending_sibs *p;

	if (npending == pending_cap) {
		pending_cap = pending_cap ? 2 * pending_cap : 16;
		pending = sc_realloc(pending, pending_cap * sizeof(*pending));
	}
	p = &pending[npending++];
	p->bind = bind;
	p->st = st;
	p->n = n;
	p->members = sc_malloc((n ? n : 1) * sizeof(*members));
	p->vals = sc_malloc((n ? n : 1) * sizeof(*vals));
	memcpy(p->members, members, n * sizeof(*members));
	memcpy(p->vals, vals, n * sizeof(*vals));
}

/* the value of evaluated initializer @e: 1 and *@v when constant */
static int init_value(struct expression *e, long long *v)
{
	e = strip_casts(e);
	if (!e || !e->ctype)
		return 0;
	if (e->type != EXPR_VALUE)
		get_expression_value_silent(e);	/* expands it in place */
	if (e->type != EXPR_VALUE)
		return 0;
	*v = (long long)e->value;
	return 1;
}

void sc_bind_sibs(struct sc_unit *unit)
{
	int i, k;

	for (i = 0; i < npending; i++) {
		struct pending_sibs *p = &pending[i];
		struct fact_binding *b = &unit->facts->binds[p->bind];
		char buf[FACT_MAX_SIBS * 48], entry[160];
		int n = 0;

		buf[0] = '\0';
		for (k = 0; k < p->n; k++) {
			struct symbol *m = p->members[k];
			struct symbol *t = strip(m);
			long long v = 0;

			if (!m->ident || !sc_is_integer(m) || !t)
				continue;
			if (p->vals[k] && !init_value(p->vals[k], &v))
				continue;	/* not a constant: not known */
			if (n == FACT_MAX_SIBS)
				break;
			snprintf(entry, sizeof(entry), "%s%.*s=%lld", n ? "," : "",
				 m->ident->len, m->ident->name, sc_member_value(m, v));
			if (strlen(buf) + strlen(entry) >= sizeof(buf))
				break;
			strcat(buf, entry);
			n++;
		}
		if (n)
			b->sibs = sc_strdup(buf);
		free(p->members);
		free(p->vals);
	}
	npending = 0;
}

/* member @id of @st, also inside its anonymous struct and union members */
static struct symbol *find_member(struct symbol *st, struct ident *id, int depth)
{
	struct symbol *m, *r;

	if (depth > 8)
		return NULL;
	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident == id)
			return m;
		if (!m->ident && is_struct(strip(m)) &&
		    (r = find_member(strip(m), id, depth + 1)))
			return r;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* returns 1 when it bound a function to @member */
static int bind_value(struct sc_unit *unit, struct symbol *st,
		      struct symbol *member, struct expression *val,
		      struct symbol *obj, int depth)
{
	struct symbol *fn;

	if (!member || !val)
		return 0;
	if (val->type == EXPR_INITIALIZER) {
		bind_init(unit, member, val, obj, depth + 1);
		return 0;
	}
	fn = sc_function_value(val);
	if (!fn || !member->ident)
		return 0;
	add_binding(unit, member_name(st, member), fn, obj, val->pos);
	return 1;
}

static void bind_struct(struct sc_unit *unit, struct symbol *st,
			struct expression *init, struct symbol *obj, int depth)
{
	struct symbol **members = NULL;
	struct expression **vals;
	struct symbol *m;
	struct expression *e;
	int n = 0, cap = 0, next = 0, i, *bound = NULL, nbound = 0;

	FOR_EACH_PTR(st->symbol_list, m) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			members = sc_realloc(members, cap * sizeof(*members));
		}
		members[n++] = m;
	} END_FOR_EACH_PTR(m);
	vals = sc_calloc(n ? n : 1, sizeof(*vals));
	FOR_EACH_PTR(init->expr_list, e) {
		struct symbol *member = NULL;
		int at = -1, here = 0;

		if (e && e->type == EXPR_IDENTIFIER) {
			struct symbol *outer = st;

			/* .a.b = f: follow nested designators */
			while (e && e->type == EXPR_IDENTIFIER) {
				member = find_member(outer, e->expr_ident, 0);
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
					at = i;
			if (at >= 0)
				next = at + 1;
			/* a member of an anonymous struct or union member
			 * of @st is this element's too */
			here = member && outer == st;
			if (member && outer != st) {
				bind_value(unit, outer, member, e, obj, depth);
				continue;
			}
		} else if (next < n) {
			at = next;
			here = 1;
			member = members[next++];
		}
		if (at >= 0)
			vals[at] = e;
		if (bind_value(unit, st, member, e, obj, depth) && here) {
			bound = sc_realloc(bound, (nbound + 1) * sizeof(*bound));
			bound[nbound++] = unit->facts->nbinds - 1;
		}
	} END_FOR_EACH_PTR(e);
	/* the functions bound directly in this element: its other members'
	 * values, once evaluated */
	for (i = 0; i < nbound; i++)
		add_pending(bound[i], st, members, vals, n);
	free(bound);
	free(vals);
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

void sc_bind_function(struct sc_unit *unit, struct expression *e, struct symbol *fn,
		      const char *binder)
{
	struct fact_binding *b;
	char *via;

	if (e->op == '=' && e->left && fn && (via = sc_member_access(e->left))) {
		b = add_binding(unit, via, fn, NULL, e->pos);
		b->object = member_object(e->left);
		b->binder = sc_strdup(binder);
		if (!b->object && !binder)
			sc_fresh_bind(unit->facts->nbinds - 1, e->left);
	}
}
