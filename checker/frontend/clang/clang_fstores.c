/*
 * clang_fstores.c - the stores a file makes into integer struct fields
 * (facts.h fact_fstore), from the libclang front end's tree; the same
 * facts sparse_fstores.c writes (see there for the shapes).
 *
 * Each function defined in the file is walked, and at each call of an
 * inline function with a body, that body too (sparse expands them), at
 * most LIM_INLINE_DEPTH deep; each file-scope initializer once, and a
 * header's static variable's for its pointers to structs with function
 * pointers only.  An
 * operator libclang does not say (inside a macro's body, clang_ast.c)
 * makes a compound assignment "?".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"

#define FS_MAX_DEPTH 400
#define KEEP_PARAMS 32

struct fsw {
	struct cunit *u;
	struct cdecl *stack[8];		/* inline functions being walked */
	struct cn *calls[8];		/* the call of each */
	int nstack;
	const char *mark;		/* "@": the stores recorded are not
					 * through a pointer that may point into
					 * another struct (sparse_fstores.c) */
	int init_level;			/* nested initializer lists */
	int in_init;			/* inside an initializer list at all */
	int body;			/* walking a function's body */
	int ops_only;			/* a header's static object: only its
					 * pointers to structs with function
					 * pointers (sparse_fstores.c) */
	/* the uses of the function's own parameters, those converting one
	 * to a struct pointer; unsure: a use may be unseen (asm, depth) */
	int uses[KEEP_PARAMS], kept[KEEP_PARAMS], unsure;
	/* "(struct T.F&MASK)" while the statements walked run only where
	 * that field test held (sparse_fstores.c guard_of()), else "" */
	char guard[ATOM_FIELD_MAX + 24];
	/* the body of the innermost switch on a constant being walked, and
	 * that constant (sparse_fstores.c dead_case()) */
	struct cn *const_body;
	long long const_val;
};

static void use_param(struct fsw *w, int n, int kept)
{
	if (w->nstack || n < 1 || n > KEEP_PARAMS)
		return;
	w->uses[n - 1]++;
	w->kept[n - 1] += kept;
}

static struct cn *strip(struct cn *n)
{
	return cn_strip(n);
}

/* libclang names an untagged struct "<anonymous>" (sparse its typedef):
 * not recorded, nor tested */
static int tagged(const char *field)
{
	return field && !strncmp(field, "struct ", 7) && !strstr(field, "<anonymous>");
}

static void store(struct fsw *w, const char *field, const char *what)
{
	char buf[700];

	if (!tagged(field))
		return;
	/* "!": a function writes the integer field, not an initializer
	 * (a table's element: sparse_fstores.c store()) */
	if (w->body && !w->in_init && strchr("|<?&", what[0]))
		fact_file_add_fstore(w->u->facts, field, "!");
	if ((w->mark && w->mark[0]) || (w->guard[0] && fact_fstore_guardable(what))) {
		snprintf(buf, sizeof(buf), "%s%s%s",
			 w->guard[0] && fact_fstore_guardable(what) ? w->guard : "",
			 w->mark ? w->mark : "", what);
		what = buf;
	}
	fact_file_add_fstore(w->u->facts, field, what);
}

/* @n, a reference to a parameter of the inline function walked at
 * level @*frame (1: the innermost), as its argument at the level above;
 * NULL when it is none */
static struct cn *inline_arg(struct fsw *w, struct cn *n, int *frame)
{
	struct cn *call;

	n = cn_strip(n);
	if (!n || n->kind != CN_REF || !n->decl || n->decl->kind != CD_PARAM ||
	    *frame < 1 || n->decl->param < 0)
		return NULL;
	call = w->calls[*frame - 1];
	if (n->decl->param + 1 >= call->nkids)
		return NULL;
	(*frame)--;
	return call->kids[n->decl->param + 1];
}

/*
 * "struct T.M.F" of the member access @n (field F of a struct X) when
 * its object is member M of a struct T (the struct directly around M),
 * `g->tree.flags`, `o->mm.iter.radix.flags`, or `&g->tree` given to an inline function's
 * parameter that stores `t->flags`; else NULL (sparse_pointers.c
 * sc_member_path()).  Into @buf.
 */
static const char *member_path(struct fsw *w, struct cn *n, char *buf, size_t size)
{
	struct cn *b, *m = NULL, *a;
	int frame = w->nstack, guard = 0;

	n = strip(n);
	if (!n || n->kind != CN_MEMBER || !n->nkids || !n->decl)
		return NULL;
	b = n->kids[0];
	if (clang_is_pointer(b)) {
		while ((a = inline_arg(w, b, &frame)) && guard++ < 8)
			b = a;
		b = strip(b);
		if (!b || b->kind != CN_UNOP || b->nkids != 1 ||
		    clang_op(w->u->tu, b) != OP_ADDR)
			return NULL;
		m = strip(b->kids[0]);
	} else {
		m = strip(b);
	}
	if (!m || m->kind != CN_MEMBER || !m->nkids || !m->name || !tagged(m->name))
		return NULL;
	if (snprintf(buf, size, "%s.%s", m->name, n->decl->name) >= (int)size)
		return NULL;
	return buf;
}

/* the integer member @n accesses, or NULL; *@mask its width's */
static const char *int_member(struct cn *n, unsigned long long *mask)
{
	int bits;

	n = strip(n);
	if (!n || n->kind != CN_MEMBER || !n->name ||
	    !clang_field_int(n->decl, 0, &bits))
		return NULL;
	*mask = bits > 0 && bits < 64 ? (1ULL << bits) - 1 : ~0ULL;
	return n->name;
}

/* records what value @n, stored into @field, may set */
static void value(struct fsw *w, const char *field, unsigned long long wmask,
		  struct cn *n, int depth)
{
	char what[640];
	const char *src;
	unsigned long long m;
	long long v;

	n = strip(n);
	if (!n || depth > LIM_WALK) {
		store(w, field, "?");
		return;
	}
	if (clang_const(w->u->tu, n, &v)) {
		snprintf(what, sizeof(what), "|%#llx", (unsigned long long)v & wmask);
		store(w, field, what);
		return;
	}
	if (w->nstack && n->kind == CN_REF && n->decl && n->decl->kind == CD_PARAM) {
		/* an inline function's parameter: sparse's expansion has
		 * its argument's value when that is a constant */
		int frame = w->nstack;
		struct cn *a = inline_arg(w, n, &frame);

		if (a && clang_const(w->u->tu, strip(a), &v)) {
			snprintf(what, sizeof(what), "|%#llx", (unsigned long long)v & wmask);
			store(w, field, what);
		} else {
			store(w, field, "?");
		}
		return;
	}
	if ((src = int_member(n, &m))) {
		if (!tagged(src)) {
			store(w, field, "?");
			return;
		}
		snprintf(what, sizeof(what), "<%s", src);
		store(w, field, strcmp(src, field) ? what : "|0");
		return;
	}
	switch (n->kind) {
	case CN_BINOP:
		if (n->nkids != 2)
			break;
		switch (clang_op(w->u->tu, n)) {
		case OP_BOR:
		case OP_XOR:
			value(w, field, wmask, n->kids[0], depth + 1);
			value(w, field, wmask, n->kids[1], depth + 1);
			return;
		case OP_SHL: {
			/* `C << n` (sparse_fstores.c value()) */
			struct cn *r = strip(n->kids[1]), *u;
			long long k = 0;
			unsigned long long low;

			if (!clang_const(w->u->tu, n->kids[0], &v) || !v)
				break;
			low = (unsigned long long)v & -(unsigned long long)v;
			if (r && r->kind == CN_BINOP && r->nkids == 2 &&
			    clang_op(w->u->tu, r) == OP_ADD &&
			    clang_const(w->u->tu, r->kids[1], &k) && k > 0 && k < 64 &&
			    (u = strip(r->kids[0])) && !clang_signed_int(r->kids[0]))
				low <<= k;
			snprintf(what, sizeof(what), "|%#llx", ~(low - 1) & wmask);
			store(w, field, low ? what : "|0");
			return;
		}
		case OP_BAND:
			/* no more bits than the operand that is not a constant */
			value(w, field, wmask, clang_const(w->u->tu, n->kids[0], &v) ?
			      n->kids[1] : n->kids[0], depth + 1);
			return;
		case OP_EQ: case OP_NE: case OP_LT: case OP_GT: case OP_LE:
		case OP_GE: case OP_LAND: case OP_LOR:
			store(w, field, "|0x1");
			return;
		default:
			break;
		}
		break;
	case CN_UNOP:
		if (clang_op(w->u->tu, n) == OP_LNOT) {
			store(w, field, "|0x1");
			return;
		}
		break;
	case CN_COND:
		value(w, field, wmask, n->nkids == 3 ? n->kids[1] : n->kids[0], depth + 1);
		value(w, field, wmask, n->kids[n->nkids - 1], depth + 1);
		return;
	default:
		break;
	}
	store(w, field, "?");
}

/* the pointer member @n stores into when it points to a struct with a
 * gfp_t member (sparse_fstores.c ptr_access()), or NULL */
static const char *ptr_member(struct fsw *w, struct cn *n)
{
	n = strip(n);
	if (!n || n->kind != CN_MEMBER || !n->name || !tagged(n->name) ||
	    !clang_gfp_pointee(w->u->tu, n))
		return NULL;
	return n->name;
}

/* "=0", "=&struct T.M" or "=?" of pointer value @n (sparse_fstores.c
 * ptr_value()) */
static void ptr_value(struct fsw *w, const char *field, struct cn *n)
{
	char what[640];
	struct cn *m;
	long long v;

	n = strip(n);
	while (n && n->kind == CN_CAST && n->nkids == 1)
		n = strip(n->kids[0]);
	if (n && clang_const(w->u->tu, n, &v)) {
		store(w, field, v ? "=?" : "=0");
		return;
	}
	if (n && n->kind == CN_UNOP && n->nkids == 1 && clang_op(w->u->tu, n) == OP_ADDR &&
	    (m = strip(n->kids[0])) && m->kind == CN_MEMBER && m->name && tagged(m->name) &&
	    !clang_is_pointer(n->kids[0])) {
		snprintf(what, sizeof(what), "=&%s", m->name);
		store(w, field, what);
		return;
	}
	store(w, field, "=?");
}

/* the pointer member @n stores into when it points to a tagged struct
 * declaring a function pointer and holding no gfp_t member
 * (sparse_fstores.c ops_access()), or NULL */
static const char *ops_member(struct fsw *w, struct cn *n)
{
	n = strip(n);
	if (!n || n->kind != CN_MEMBER || !n->name || !tagged(n->name) ||
	    !clang_fn_pointee(w->u->tu, n) || clang_gfp_pointee(w->u->tu, n))
		return NULL;
	return n->name;
}

/* "=0", "=&NAME" (":s" for a static) or "=?" of pointer value @n (NULL:
 * not known), "@" after the "=" when @own (sparse_fstores.c ops_value()) */
static void ops_value(struct fsw *w, const char *field, struct cn *n, int own)
{
	char what[320], obj[300], st[256];
	struct cn *r;
	long long v;

	n = strip(n);
	while (n && n->kind == CN_CAST && n->nkids == 1)
		n = strip(n->kids[0]);
	snprintf(obj, sizeof(obj), "?");
	if (n && clang_const(w->u->tu, n, &v))
		snprintf(obj, sizeof(obj), "%s", v ? "?" : "0");
	else if (n && n->kind == CN_UNOP && n->nkids == 1 &&
		 clang_op(w->u->tu, n) == OP_ADDR && (r = strip(n->kids[0])) &&
		 r->kind == CN_REF && r->decl && r->decl->kind == CD_VAR &&
		 r->decl->is_global && clang_struct_name(w->u->tu, r, st, sizeof(st)))
		snprintf(obj, sizeof(obj), "&%s%s", r->decl->name,
			 r->decl->is_static ? ":s" : "");
	snprintf(what, sizeof(what), "=%s%s", own ? "@" : "", obj);
	store(w, field, what);
}

/* clang_ops_unknown()'s callback: "=?" of @field */
static void ops_unknown(void *arg, const char *field)
{
	store(arg, field, "=?");
}

/* a store of @rhs (NULL: not `=`) into pointer member @lhs, as its own
 * field and by its member path (sparse_fstores.c ops_store()) */
static void ops_store(struct fsw *w, struct cn *lhs, struct cn *rhs)
{
	const char *field = ops_member(w, lhs), *path;
	char pbuf[640];

	if (!field)
		return;
	path = member_path(w, lhs, pbuf, sizeof(pbuf));
	ops_value(w, field, rhs, !!path);
	if (path)
		ops_value(w, path, rhs, 0);
}

/* `&p->f` of an integer member (@call: the call it is an argument of) */
static int escape(struct fsw *w, struct cn *n, struct cn *call)
{
	unsigned long long m;
	const char *field;
	char what[48];

	n = strip(n);
	if (clang_fn_escape(w->u, n))
		return 1;	/* `&p->ops_fn` (clang_fnptrs.c) */
	if (n && n->kind == CN_UNOP && n->nkids == 1 && clang_op(w->u->tu, n) == OP_ADDR &&
	    ((field = ptr_member(w, n->kids[0])) || (field = ops_member(w, n->kids[0])))) {
		store(w, field, "=?");	/* sparse_fstores.c escape() */
		return 0;
	}
	if (!n || n->kind != CN_UNOP || n->nkids != 1 ||
	    clang_op(w->u->tu, n) != OP_ADDR || !(field = int_member(n->kids[0], &m)))
		return 0;
	if (call && !cfg_direct_callee(call))
		snprintf(what, sizeof(what), "&%d:%d", call->line, call->col);
	else
		snprintf(what, sizeof(what), "?");
	store(w, field, what);
	return 1;
}

/*
 * A bit operation's call (a `bitop` rule names @fn, rules.h) given @addr,
 * `&p->f` of an integer member, and bit number @nr: the store it makes
 * into that member, none for a test; 1 when recorded so (no escape),
 * as sparse_fstores.c bitop_store()
 */
static int bitop_store(struct fsw *w, struct cdecl *fn, struct cn *nr, struct cn *addr)
{
	enum bitop_kind k = fn && fn->name ? rules_bitop(w->u->rules, fn->name) : BITOP_NONE;
	struct cn *a = strip(addr), *b, *r = nr;
	unsigned long long m;
	const char *field;
	char what[48];
	int frame = w->nstack, g = 0;
	long long v;

	if (k == BITOP_NONE || !a || a->kind != CN_UNOP || a->nkids != 1 ||
	    clang_op(w->u->tu, a) != OP_ADDR || !(field = int_member(a->kids[0], &m)))
		return 0;
	while ((b = inline_arg(w, r, &frame)) && g++ < 8)
		r = b;
	if (k == BITOP_SET && r && clang_const(w->u->tu, cn_strip(r), &v) && v >= 0 && v < 64 &&
	    ((1ULL << v) & m))
		snprintf(what, sizeof(what), "|%#llx", 1ULL << v);
	else
		snprintf(what, sizeof(what), "%s", k == BITOP_SET ? "?" : "|0");
	if (k != BITOP_TEST)
		store(w, field, what);
	return 1;	/* not walked further, as escape() does not */
}

/* "<~struct X.F" of path field @path: what stores through plain
 * pointers may put into F of any struct X (fieldsets.c) */
static void generic_src(struct fsw *w, const char *path, const char *field)
{
	char what[400];

	snprintf(what, sizeof(what), "<~%s", field);
	store(w, path, what);
}

/* what assignment @op (`=`, or a compound one's operator) of @rhs into
 * integer member @lhs, field @field of width mask @m, may set: "|0" for
 * `&=`, "?" for the others but `|=` */
static void assigned(struct fsw *w, const char *field, unsigned long long m,
		     enum cn_op op, struct cn *rhs)
{
	if (op == OP_ASSIGN_PLAIN || op == OP_BOR)
		value(w, field, m, rhs, 0);
	else
		store(w, field, op == OP_BAND ? "|0" : "?");
}

/* the store of an assignment into integer member @lhs (field @field):
 * also as its member path when the object is a struct inside another
 * ("@" on the field's own record, sparse_fstores.c walk_dest()) */
static void member_store(struct fsw *w, struct cn *lhs, const char *field,
			 unsigned long long m, enum cn_op op, struct cn *rhs)
{
	char pbuf[400];
	const char *path = member_path(w, lhs, pbuf, sizeof(pbuf));

	w->mark = path ? "@" : "";
	assigned(w, field, m, op, rhs);
	w->mark = "";
	if (path) {
		assigned(w, path, m, op, rhs);
		generic_src(w, path, field);
	}
}

/* "*copy:struct S.M" when @lhs, a struct assignment's destination, is
 * member M declared directly in named struct S (sparse_pointers.c
 * sc_member_direct(), sparse_wholesale.c sc_whole_copy()), else "*copy" */
static const char *copy_what(struct cn *lhs, char *buf, size_t size)
{
	struct cn *l = cn_strip(lhs);

	if (l && l->kind == CN_MEMBER && l->name && clang_struct_member(l->decl) &&
	    !strncmp(l->name, "struct ", 7) && !strstr(l->name, "<anonymous>") &&
	    snprintf(buf, size, "*copy:%s", l->name) < (int)size)
		return buf;
	return "*copy";
}

static void walk(struct fsw *w, struct cn *n, int depth);
static void walk_dest(struct fsw *w, struct cn *n, int depth, const char *dest);

/* the base of member access @n (`p` of `p->f`), or NULL */
static struct cn *base_of(struct cn *n)
{
	n = strip(n);
	return n && n->nkids ? n->kids[0] : NULL;
}

/* a struct's initializer list @init (@nf fields) stores 0 into each
 * integer member it leaves out: "|0z" for every one (sparse_fstores.c
 * init_zeros()) */
static void init_zeros(struct fsw *w, struct cn *init, int nf)
{
	char buf[640];
	int k, bits;

	if (!init->name || strncmp(init->name, "struct ", 7))
		return;
	w->mark = w->init_level ? "" : "@";
	for (k = 0; k < nf; k++) {
		struct cdecl *f = clang_init_field(w->u->tu, init, k);

		if (!f || !clang_field_int(f, 0, &bits))
			continue;
		snprintf(buf, sizeof(buf), "%s.%s", init->name, init->fields[k]);
		if (tagged(buf))
			store(w, buf, "|0z");
	}
	w->mark = "";
}

static void init_items(struct fsw *w, struct cn *init, int depth);

/* the initializer list @init: each member's value */
static void init_list(struct fsw *w, struct cn *init, int depth)
{

	if (!init || init->kind != CN_INITLIST || depth > LIM_WALK)
		return;
	w->in_init++;
	init_items(w, init, depth);
	w->in_init--;
}

/* init_list() inside the list */
static void init_items(struct fsw *w, struct cn *init, int depth)
{
	unsigned long long m = 0;
	int i, k, next = 0, nf = 0, bits;
	long long zero;

	if (!w->ops_only)
		clang_fn_list(w->u, init);
	while (init->fields && init->fields[nf])
		nf++;
	if (!w->ops_only)
		init_zeros(w, init, nf);
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i], *v;
		struct cdecl *f = NULL;
		const char *name = NULL;
		char buf[640];

		if (!e)
			continue;
		if (e->kind == CN_DESIG) {
			const char *dot = e->name ? strrchr(e->name, '.') : NULL;

			for (k = 0; dot && init->name && k < nf; k++)
				if (!strcmp(init->fields[k], dot + 1) &&
				    !strncmp(e->name, init->name, (size_t)(dot - e->name)))
					next = k + 1;
			if (!e->nkids)
				continue;
			v = strip(e->kids[e->nkids - 1]);
			f = e->decl;
			name = e->name;
		} else if (!init->name) {
			/* an array: its elements, [i] = too */
			v = strip(e);
			if (v && v->kind == CN_OTHER && v->nkids &&
			    strip(v->kids[v->nkids - 1]) &&
			    strip(v->kids[v->nkids - 1])->kind == CN_INITLIST)
				v = strip(v->kids[v->nkids - 1]);
		} else if (next < nf) {
			v = strip(e);
			f = clang_init_field(w->u->tu, init, next);
			snprintf(buf, sizeof(buf), "%s.%s", init->name, init->fields[next++]);
			name = buf;
		} else {
			continue;
		}
		if (!v)
			continue;
		if (v->kind == CN_INITLIST) {
			w->init_level++;
			init_list(w, v, depth + 1);
			w->init_level--;
			continue;
		}
		clang_fn_copy(w->u, v);
		if (!w->ops_only)
			walk_dest(w, v, depth + 1, init->name ? "field" : NULL);
		/* a zero sets no bit (sparse drops `{ 0 }` lists) */
		if (clang_const(w->u->tu, v, &zero) && !zero)
			continue;
		if (!w->ops_only && f && name && init->name && tagged(name) &&
		    clang_gfp_pointee(w->u->tu, v)) {
			/* sparse_fstores.c init_value() */
			store(w, name, "=?");
			continue;
		}
		if (f && name && init->name && tagged(name) && !clang_gfp_pointee(w->u->tu, v) &&
		    (clang_fn_pointee_field(w->u->tu, f) || clang_fn_pointee(w->u->tu, v))) {
			/* sparse_fstores.c init_value(): `.m.p = &x` names
			 * p of the struct inside, not of the object's own */
			size_t len = strlen(init->name);

			ops_value(w, name, v, !w->init_level && !strncmp(name, init->name, len) &&
				  name[len] == '.');
			continue;
		}
		if (w->ops_only)
			continue;
		if (f && name && clang_field_int(f, 0, &bits)) {
			m = bits > 0 && bits < 64 ? (1ULL << bits) - 1 : ~0ULL;
			/* a member of the object initialized itself is in no
			 * other struct (sparse_fstores.c init_value()) */
			w->mark = w->init_level ? "" : "@";
			value(w, name, m, v, 0);
			w->mark = "";
		}
	}
}

static void walk_inline(struct fsw *w, struct cdecl *fn, struct cn *call, int depth)
{
	struct cn *body;
	int i;

	/* one that stays a call is not expanded (clang_lower.c) */
	if (!fn || !fn->is_inline || w->nstack == (int)(sizeof(w->stack) / sizeof(w->stack[0])) ||
	    cfg_kept_inline(w->u->rules, fn->name))
		return;
	for (i = 0; i < w->nstack; i++)
		if (w->stack[i] == fn)
			return;
	body = clang_body(w->u->tu, fn);
	if (!body)
		return;
	w->calls[w->nstack] = call;
	w->stack[w->nstack++] = fn;
	walk(w, body, depth + 1);
	w->nstack--;
}

/* "arg:NAME:N:zM[:sK]" of argument @k (from 1) of call @call
 * (sparse_wholesale.c) */
static void arg_dest(struct fsw *w, char *buf, size_t size, struct cn *call, int k)
{
	struct cdecl *f = cfg_direct_callee(call);
	char st[256], other[256];
	unsigned zero = 0, same = 0;
	long long v;
	int i, guard;

	if (k < call->nkids && clang_pointee_struct(w->u->tu, call->kids[k], st, sizeof(st)))
		for (i = 1; i < call->nkids && i <= 32; i++)
			if (i != k && clang_pointee_struct(w->u->tu, call->kids[i], other,
						       sizeof(other)) && !strcmp(st, other))
				same |= 1u << (i - 1);

	for (i = 1; i < call->nkids && i <= 32; i++) {
		struct cn *a = call->kids[i];

		for (guard = 0; a && a->kind == CN_CAST && a->nkids == 1 &&
		     guard < LIM_TYPE_CHAIN; guard++)
			a = a->kids[0];
		if (a && clang_const(w->u->tu, a, &v) && !v)
			zero |= 1u << (i - 1);
	}
	snprintf(buf, size, same ? "arg:%s:%d:z%x:s%x" : "arg:%s:%d:z%x", f ? f->name : "?",
		 k, zero, same);
}

static void walk(struct fsw *w, struct cn *n, int depth)
{
	walk_dest(w, n, depth, NULL);
}

/* "(struct T.F&MASK)" into @out when @n is a test `p->f & C` of an
 * integer field, C a constant not 0 (sparse_fstores.c field_test()) */
static int field_test(struct fsw *w, struct cn *n, char *out, size_t size)
{
	unsigned long long m;
	const char *field;
	long long v;
	int k;

	n = strip(n);
	/* `E != 0` (sparse converts E to _Bool so) */
	if (n && n->kind == CN_BINOP && n->nkids == 2 && clang_op(w->u->tu, n) == OP_NE &&
	    clang_const(w->u->tu, n->kids[1], &v) && !v)
		n = strip(n->kids[0]);
	if (!n || n->kind != CN_BINOP || n->nkids != 2 || clang_op(w->u->tu, n) != OP_BAND)
		return 0;
	k = clang_const(w->u->tu, n->kids[0], &v) ? 1 : 0;
	if ((!k && !clang_const(w->u->tu, n->kids[1], &v)) || !v)
		return 0;
	field = int_member(n->kids[k], &m);
	if (!tagged(field) || strlen(field) >= ATOM_FIELD_MAX)
		return 0;
	snprintf(out, size, "(%s&%#llx)", field, (unsigned long long)v);
	return 1;
}

/* is every return of statement @n of a constant 0 or of field test
 * @test, the first one found (sparse_fstores.c returns_test())? */
static int returns_test(struct fsw *w, struct cn *n, char *test, size_t size, int depth)
{
	char one[ATOM_FIELD_MAX + 24];
	long long v;
	int i;

	if (!n)
		return 1;
	if (depth > FS_MAX_DEPTH)
		return 0;
	switch (n->kind) {
	case CN_RETURN:
		if (n->nkids && clang_const(w->u->tu, n->kids[0], &v) && !v)
			return 1;
		if (!n->nkids || !field_test(w, n->kids[0], one, sizeof(one)))
			return 0;
		if (!test[0])
			snprintf(test, size, "%s", one);
		return !strcmp(test, one);
	case CN_COMPOUND:
		for (i = 0; i < n->nkids; i++)
			if (!returns_test(w, n->kids[i], test, size, depth + 1))
				return 0;
		return 1;
	case CN_IF:
		return n->nkids >= 2 && returns_test(w, n->kids[1], test, size, depth + 1) &&
		       (n->nkids < 3 || returns_test(w, n->kids[2], test, size, depth + 1));
	case CN_WHILE: case CN_DO: case CN_FOR: case CN_SWITCH: case CN_CASE:
	case CN_DEFAULT: case CN_BREAK: case CN_CONTINUE: case CN_GOTO: case CN_LABEL:
	case CN_ASM:
		return 0;
	default:
		return 1;
	}
}

/* the field test @n being true means held: itself, or a call of a
 * static function (not inline: sparse expands those) whose every
 * return is 0 or that test (sparse_fstores.c true_test()) */
static int true_test(struct fsw *w, struct cn *n, char *out, size_t size)
{
	struct cdecl *f;
	struct cn *body;

	n = strip(n);
	if (field_test(w, n, out, size))
		return 1;
	if (!n || n->kind != CN_CALL || !(f = cfg_direct_callee(n)) || !f->is_static ||
	    f->is_inline || !(body = clang_body(w->u->tu, f)))
		return 0;
	out[0] = 0;
	return returns_test(w, body, out, size, 0) && out[0];
}

static int not_test(struct fsw *w, struct cn *n, char *out, size_t size)
{
	n = strip(n);
	if (!n || n->kind != CN_UNOP || n->nkids != 1 || clang_op(w->u->tu, n) != OP_LNOT)
		return 0;
	if (true_test(w, n->kids[0], out, size))
		return 1;
	out[0] = 0;
	return 0;
}

/* the field test `if (A || !TEST) return ...;` leaves holding past it
 * (sparse_fstores.c guard_of()) */
static int guard_of(struct fsw *w, struct cn *n, char *out, size_t size)
{
	struct cn *t, *c;

	if (!n || n->kind != CN_IF || n->nkids != 2)
		return 0;
	t = n->kids[1];
	if (t && t->kind == CN_COMPOUND)
		t = t->nkids ? t->kids[t->nkids - 1] : NULL;
	if (!t || t->kind != CN_RETURN)
		return 0;
	for (c = strip(n->kids[0]); c && c->kind == CN_BINOP && c->nkids == 2 &&
	     clang_op(w->u->tu, c) == OP_LOR; c = strip(c->kids[0]))
		if (not_test(w, c->kids[1], out, size))
			return 1;
	return not_test(w, c, out, size);
}

/* does statement @n hold a label or a case a jump may enter? */
static int has_label(struct cn *n, int depth)
{
	int i;

	if (!n)
		return 0;
	if (depth > FS_MAX_DEPTH)
		return 1;
	switch (n->kind) {
	case CN_LABEL: case CN_CASE: case CN_DEFAULT:
		return 1;
	case CN_COMPOUND: case CN_SWITCH: case CN_WHILE: case CN_DO: case CN_FOR:
		for (i = 0; i < n->nkids; i++)
			if (has_label(n->kids[i], depth + 1))
				return 1;
		return 0;
	case CN_IF:
		return (n->nkids > 1 && has_label(n->kids[1], depth + 1)) ||
		       (n->nkids > 2 && has_label(n->kids[2], depth + 1));
	default:
		return 0;
	}
}

/* @n, whose value goes to @dest if it is a conversion (clang_wholesale.c) */
/* is @t, after @prev in the body of a switch on a constant, a `case K:`,
 * K another constant, whose statement only that label reaches?  It never
 * runs, and its conversions are not recorded (sparse_fstores.c) */
static int dead_case(struct fsw *w, struct cn *t, struct cn *prev)
{
	struct cn *sub;
	long long k;

	if (!t || t->kind != CN_CASE || t->nkids != 2 || !clang_const(w->u->tu, t->kids[0], &k) ||
	    k == w->const_val ||
	    (prev && prev->kind != CN_BREAK && prev->kind != CN_GOTO && prev->kind != CN_CONTINUE))
		return 0;
	sub = t->kids[1];
	return sub && sub->kind != CN_CASE && sub->kind != CN_DEFAULT && sub->kind != CN_LABEL;
}

static void walk_dest(struct fsw *w, struct cn *n, int depth, const char *dest)
{
	unsigned long long m;
	const char *field;
	struct cn *l;
	char arg[300];
	int i;

	if (!n)
		return;
	if (depth > FS_MAX_DEPTH) {
		w->unsure = 1;
		return;
	}
	switch (n->kind) {
	case CN_NOEVAL:
		return;
	case CN_COMPOUND: {
		char outer[sizeof(w->guard)];
		int guards = w->body && !w->nstack && !w->in_init && !w->guard[0];

		/* the statements after `if (!TEST) return;` run only where
		 * TEST held (sparse_fstores.c walk_stmt()) */
		snprintf(outer, sizeof(outer), "%s", w->guard);
		clang_whole_roundtrip(w->u, n);
		for (i = 0; i < n->nkids; i++) {
			int dead = n == w->const_body &&
				   dead_case(w, n->kids[i], i ? n->kids[i - 1] : NULL);

			/* ... up to a statement a jump may enter */
			if (guards && w->guard[0] && has_label(n->kids[i], 0))
				w->guard[0] = 0;
			clang_whole_dead(dead);
			walk(w, n->kids[i], depth + 1);
			clang_whole_dead(-dead);
			if (guards && !w->guard[0] &&
			    !guard_of(w, n->kids[i], w->guard, sizeof(w->guard)))
				w->guard[0] = 0;
		}
		snprintf(w->guard, sizeof(w->guard), "%s", outer);
		return;
	}
	case CN_ASM:
		w->unsure = 1;
		break;
	case CN_SWITCH: {
		struct cn *old_body = w->const_body;
		long long old_val = w->const_val, c;

		if (n->nkids != 2 || !clang_const(w->u->tu, n->kids[0], &c))
			break;
		walk(w, n->kids[0], depth + 1);
		w->const_body = n->kids[1];
		w->const_val = c;
		walk(w, n->kids[1], depth + 1);
		w->const_body = old_body;
		w->const_val = old_val;
		return;
	}
	case CN_CAST:
		if (clang_whole_convert(w->u, n, dest, w->nstack > 0))
			dest = NULL;
		if (!w->nstack && clang_whole_kept(w->u, n)) {
			use_param(w, clang_whole_kept(w->u, n), 1);
			return;
		}
		if (n->nkids == 1 && !escape(w, n, NULL))
			walk_dest(w, n->kids[0], depth + 1, dest);
		return;
	case CN_REF:
		clang_whole_ref(w->u, n);
		if (n->decl && n->decl->kind == CD_PARAM)
			use_param(w, n->decl->param + 1, 0);
		break;
	case CN_DECL:
		clang_fn_var(w->u, n->decl, n->nkids > 0, 1);
		/* a static local's initializer, which libclang's tree does
		 * not keep: what it puts into a pointer to a struct with
		 * function pointers is not known (sparse_fstores.c) */
		if (!w->nstack && n->decl && n->decl->kind == CD_VAR && n->decl->is_static &&
		    !n->decl->is_global)
			clang_ops_unknown(w->u->tu, n->decl, ops_unknown, w);
		for (i = 0; i < n->nkids; i++) {
			walk_dest(w, n->kids[i], depth + 1, n->decl && n->decl->name &&
				  !strcmp(n->decl->name, "__mptr") ? "mptr" : "var");
			if (!(n->decl && n->decl->is_static))
				clang_fn_copy(w->u, n->kids[i]);
		}
		/* the call fn(&var) a cleanup attribute makes at the end of
		 * the scope, which sparse_cleanup.c writes out for sparse */
		if (n->cleanup)
			walk(w, n->cleanup, depth + 1);
		return;
	case CN_BINOP:
		if (n->nkids == 2 && clang_op(w->u->tu, n) == OP_ASSIGN_PLAIN) {
			struct cn *r = n->kids[1], *a;
			int frame = w->nstack, g = 0;

			/* an inline's parameter: its argument, as sparse
			 * expands it */
			while ((a = inline_arg(w, r, &frame)) && g++ < 8)
				r = a;
			clang_fn_store(w->u, n->kids[0], r);
		}
		if (n->nkids == 2 && clang_op(w->u->tu, n) == OP_ASSIGN_PLAIN &&
		    (field = int_member(n->kids[0], &m))) {
			member_store(w, n->kids[0], field, m, OP_ASSIGN_PLAIN, n->kids[1]);
			walk(w, base_of(n->kids[0]), depth + 1);
			walk_dest(w, n->kids[1], depth + 1, "field");
			return;
		}
		if (n->nkids == 2 && clang_op(w->u->tu, n) == OP_ASSIGN_PLAIN) {
			struct cn *r = n->kids[1], *a;
			int frame = w->nstack, g = 0;
			char st[300], what[320];

			while ((a = inline_arg(w, r, &frame)) && g++ < 8)
				r = a;

			/* one struct copied into another (sparse_fstores.c,
			 * sc_whole_copy()), into member M of a struct S:
			 * "*copy:struct S.M" */
			if (clang_struct_name(w->u->tu, n->kids[0], st, sizeof(st)))
				fact_file_add_fstore(w->u->facts, st, copy_what(n->kids[0], what,
										  sizeof(what)));
			if ((field = ptr_member(w, n->kids[0])))
				ptr_value(w, field, n->kids[1]);
			ops_store(w, n->kids[0], r);
			walk(w, n->kids[0], depth + 1);
			l = cn_strip(n->kids[0]);
			walk_dest(w, n->kids[1], depth + 1, l && l->kind == CN_MEMBER ? "field" :
				  l && l->kind == CN_REF ? "var" : NULL);
			return;
		}
		break;
	case CN_ASSIGN:
		if (n->nkids == 2)
			ops_store(w, n->kids[0], NULL);
		if (n->nkids == 2 && (field = int_member(n->kids[0], &m))) {
			member_store(w, n->kids[0], field, m, clang_op(w->u->tu, n), n->kids[1]);
			walk(w, base_of(n->kids[0]), depth + 1);
			walk(w, n->kids[1], depth + 1);
			return;
		}
		break;
	case CN_UNOP:
		if (n->nkids == 1 && clang_op(w->u->tu, n) == OP_INC &&
		    (field = int_member(n->kids[0], &m)))
			store(w, field, "?");
		else if (escape(w, n, NULL))
			return;
		break;
	case CN_CALL:
		if (!n->nkids)
			return;
		walk(w, n->kids[0], depth + 1);
		for (i = 1; i < n->nkids; i++) {
			if (i == 2 && bitop_store(w, cfg_direct_callee(n), n->kids[1], n->kids[2]))
				continue;
			arg_dest(w, arg, sizeof(arg), n, i);
			if (!escape(w, n->kids[i], n))
				walk_dest(w, n->kids[i], depth + 1, arg);
		}
		walk_inline(w, cfg_direct_callee(n), n, depth);
		return;
	case CN_INITLIST:
		init_list(w, n, depth + 1);
		return;
	default:
		break;
	}
	for (i = 0; i < n->nkids; i++)
		walk(w, n->kids[i], depth + 1);
}

void clang_fstores_body(struct cunit *u, struct cdecl *fn, struct cn *body)
{
	struct fsw w = { .u = u, .body = 1 };
	int k;

	walk(&w, body, 0);
	for (k = 0; k < KEEP_PARAMS && !w.unsure; k++)
		if (w.kept[k] && w.kept[k] == w.uses[k])
			clang_whole_keep(u, fn, k + 1);
}

void clang_fstores_init(struct cunit *u, struct cn *init)
{
	struct fsw w = { .u = u };

	if (cn_strip(init) && cn_strip(init)->kind == CN_INITLIST)
		init_list(&w, cn_strip(init), 0);
	else
		walk_dest(&w, init, 0, "var");
}

void clang_fstores_header_init(struct cunit *u, struct cn *init)
{
	struct fsw w = { .u = u, .ops_only = 1 };

	if (cn_strip(init) && cn_strip(init)->kind == CN_INITLIST)
		init_list(&w, cn_strip(init), 0);
}
