/*
 * clang_objints.c - integer members of objects, as the libclang lowering
 * sees them (and the pointer member atom, clang_member_ptr_atom()): the
 * entries sparse_objints.c writes, read from the tree of
 * clang_ast.h, the events of clang_cfg.h and the values of
 * clang_fields.c (through struct clang_valops, so that this file and
 * that one do not use each other).
 *
 * A use of a pointer parameter K (or of a local struct) is found by
 * walking the function's own body and the bodies of the inline functions
 * it expands, each reference's value followed as sparse's SSA form has
 * it (an inline function's parameter is the argument bound to it).
 * Writes of a member are its stores (EV_STORE events) and the compound
 * assignments and increments written on it; a store of an element
 * through a pointer (`((u8 *)p)[1] = v`) is an EV_PSTORE, as sparse's
 * store to p + 1; a pointer converted to an integer only to be compared
 * (IS_ERR()) is no use of the object, as sparse compares the pointer
 * itself.  Where sparse still sees
 * otherwise: a pointer copied into a local variable (`q = p`) is a use
 * not understood here (K!), while sparse's SSA form follows q; a
 * compound assignment after the last store does not stop K.F:= here.
 * The same entries of a local object decide a branch on one of its
 * members read before any call given its address can have run
 * (clang_local_member(), sparse_localmember.c): here any address of a
 * member taken, and a local an inline function declares, decide nothing,
 * nor does an object a memset() zeroed (at a call it is J.*:=#0, zeroes()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"
#include "unless.h"
#include "zeroed.h"

/* ---- walking the function's body and its inline expansions ---- */

struct walker {
	struct fx *x;
	const struct clang_valops *ops;
	/* called for each node, its ancestors in up[0..depth) (the
	 * nearest last), in the expansion @env, near event @ev */
	void (*node)(struct walker *w, struct cn *n, struct cenv *env, int ev);
	void *arg;
	struct cn *up[LIM_AST_DEPTH + 1];
	int depth;
	int tails;		/* pointer_use() may say USE_TAIL */
	long long tail;		/* its offset */
	int tail_ev;		/* the event of its use: the call's, or the
				 * definition of a variable holding it */
};

static void walk_tree(struct walker *w, struct cn *n, struct cenv *env, int ev)
{
	int i;

	if (!n)
		return;
	if (w->depth >= LIM_AST_DEPTH) {
		ir_cut(CUT_AST_DEPTH);
		return;
	}
	w->node(w, n, env, ev);
	if (n->kind == CN_NOEVAL)
		return;
	w->up[w->depth++] = n;
	for (i = 0; i < n->nkids; i++)
		walk_tree(w, n->kids[i], env, ev);
	w->depth--;
}

/* the function's body, then each inline expansion's */
static void walk_all(struct walker *w)
{
	struct cfg *g = clang_fx_cfg(w->x);
	int i;

	w->depth = 0;
	walk_tree(w, clang_body(g->tu, g->fn), g->root, 0);
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct cdecl *callee;
		struct cenv *in;

		if (e->kind != EV_CALL || !e->inlined || !clang_fx_live(w->x, e->block) ||
		    !(callee = cfg_direct_callee(e->n)) ||
		    !(in = clang_fx_expansion(w->x, e->n, e->env)))
			continue;
		w->depth = 0;
		walk_tree(w, clang_body(g->tu, callee), in, i);
	}
}

/* the call event of call node @n in @env, or -1 */
static int call_event(struct fx *x, struct cn *n, struct cenv *env)
{
	struct cfg *g = clang_fx_cfg(x);
	int i;

	for (i = 0; i < g->nev; i++)
		if (g->ev[i].kind == EV_CALL && g->ev[i].n == n && g->ev[i].env == env)
			return i;
	return -1;
}

/* ---- members written ---- */

/* @l, an element of an array member (`p->head[i]`), as the member;
 * *@whole set when that is how sparse sees a write of the whole object:
 * an index not constant into an array at offset 0 (an address
 * `p + i * size`, not `p + offset`) */
static struct cn *array_member(struct ctu *tu, struct cn *l, int *whole)
{
	struct cn *b;
	long long v;

	l = cn_strip(l);
	if (l && l->kind == CN_OTHER && l->nkids == 2 && (b = cn_strip(l->kids[0])) &&
	    b->kind == CN_MEMBER && !clang_is_pointer(b)) {
		if (!clang_const(tu, l->kids[1], &v) && clang_field_at0(b->decl))
			*whole = 1;
		return b;
	}
	return l;
}

/*
 * The member of the object lvalue @l writes (the outermost member
 * applied to the object, sparse's member holding the offset), and the
 * object: a pointer value (*@ptr) or a struct variable (*@obj).  NULL
 * when @l is no member access.
 */
static struct cn *written_member(struct ctu *tu, struct cn *l, struct cn **ptr,
				 struct cn **obj, int *whole)
{
	int guard = 0;

	*ptr = *obj = NULL;
	*whole = 0;
	l = array_member(tu, l, whole);
	while (l && l->kind == CN_MEMBER && l->nkids && guard++ < LIM_TYPE_CHAIN) {
		struct cn *b = l->kids[0], *s = cn_strip(b);

		if (clang_is_pointer(b)) {
			*ptr = b;
			return l;
		}
		if (s && s->kind == CN_UNOP && s->nkids == 1 &&
		    clang_op(tu, s) == OP_DEREF) {
			*ptr = s->kids[0];
			return l;
		}
		if (s && s->kind == CN_REF) {
			*obj = s;
			return l;
		}
		l = array_member(tu, s, whole);
	}
	return NULL;
}


struct write {
	struct cn *member;	/* the member written (its decl the field) */
	int whole;		/* sparse sees the whole object written */
	struct cn *ptr, *obj;	/* through a pointer, or of a variable */
	struct cenv *env;
	int ev;
	int store;		/* an EV_STORE event: ev, with a value */
	struct cn *lval;	/* the lvalue written */
};

typedef void write_fn(struct walker *w, const struct write *wr);

struct writes_walk {
	write_fn *fn;
	struct walker *outer;
};

static void write_node(struct walker *w, struct cn *n, struct cenv *env, int ev)
{
	struct writes_walk *ww = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	struct write wr = { NULL, 0, NULL, NULL, env, ev, 0, NULL };
	struct walker *outer = ww->outer;

	if (!n->nkids)
		return;
	/* a plain store of a member is an EV_STORE (each_write()); of an
	 * element of an array member (`p->head[i] = x`) no event */
	if (n->kind == CN_ASSIGN || (n->kind == CN_UNOP && clang_op(g->tu, n) == OP_INC) ||
	    (n->kind == CN_BINOP && clang_op(g->tu, n) == OP_ASSIGN_PLAIN &&
	     (!cn_strip(n->kids[0]) || cn_strip(n->kids[0])->kind != CN_MEMBER)))
		wr.member = written_member(g->tu, n->kids[0], &wr.ptr, &wr.obj,
					   &wr.whole);
	wr.lval = n->kids[0];
	if (wr.member)
		ww->fn(outer, &wr);
}

/* calls @fn for each write of a member in the function */
static void each_write(struct walker *w, write_fn *fn)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct writes_walk ww = { fn, w };
	struct walker *sub = sc_malloc(sizeof(*sub));
	int i;

	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct write wr = { NULL, 0, NULL, NULL, e->env, i, 1, NULL };

		if (e->kind != EV_STORE || !e->n->nkids || !clang_fx_live(w->x, e->block))
			continue;
		wr.member = written_member(g->tu, e->n->kids[0], &wr.ptr, &wr.obj,
					   &wr.whole);
		wr.lval = e->n->kids[0];
		if (wr.member)
			fn(w, &wr);
	}
	sub->x = w->x;
	sub->ops = w->ops;
	sub->node = write_node;
	sub->arg = &ww;
	walk_all(sub);
	free(sub);
}

/* each_write() of function @x by a walker of its own with @arg */
static void writes_of(struct fx *x, const struct clang_valops *ops, write_fn *fn,
		      void *arg)
{
	struct walker *w = sc_calloc(1, sizeof(*w));

	w->x = x;
	w->ops = ops;
	w->arg = arg;
	each_write(w, fn);
	free(w);
}

/* ---- a member flag atom ---- */

/*
 * The path of the members lvalue (or value) @l reads down to the member
 * applied to a pointer (`p->base.flags`: "base.flags"), into @buf; 0
 * when @l is no such member access or the path does not fit.
 */
static int member_path(struct ctu *tu, struct cn *l, char *buf, size_t size)
{
	const char *names[LIM_TYPE_CHAIN];
	int n = 0, whole;
	size_t len = 0;
	struct cn *s;

	l = array_member(tu, l, &whole);
	while (l && l->kind == CN_MEMBER && l->nkids && l->decl && n < LIM_TYPE_CHAIN) {
		names[n++] = l->decl->name;
		s = cn_strip(l->kids[0]);
		if (clang_is_pointer(l->kids[0]) ||
		    (s && s->kind == CN_UNOP && s->nkids == 1 && clang_op(tu, s) == OP_DEREF))
			break;
		l = array_member(tu, s, &whole);
	}
	if (!n || !l || l->kind != CN_MEMBER)
		return 0;
	buf[0] = '\0';
	while (n-- > 0) {
		if (len + strlen(names[n]) + 2 > size)
			return 0;
		len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? "." : "",
					names[n]);
	}
	return 1;
}

/* is one of member paths @a and @b the other or a member inside it? */
static int paths_overlap(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);

	if (n > m)
		return paths_overlap(b, a);
	return !strncmp(a, b, n) && (b[n] == '\0' || b[n] == '.');
}

struct atomq {
	int k;
	const char *field;	/* the member of K's struct (the outermost) */
	const char *path;	/* the path tested ("base.flags") */
	int stored;
};

static void atom_write(struct walker *w, const struct write *wr)
{
	struct atomq *q = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	char name[ATOM_FIELD_MAX + 2], path[ATOM_FIELD_MAX + 2];

	if (wr->ptr && w->ops->entry_param(w->x, wr->ptr, wr->env, wr->ev) == q->k &&
	    (wr->whole ||
	     (clang_param_member_name(g->tu, g->fn, q->k, wr->member->decl, name,
				      sizeof(name)) &&
	      !strcmp(name, q->field) &&
	      /* of a member of a member, the writes overlapping it */
	      (q->path == q->field || !member_path(g->tu, wr->lval, path, sizeof(path)) ||
	       paths_overlap(path, q->path)))))
		q->stored = 1;
}

int clang_member_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
		      struct cenv *env, int ev, char *field, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	char path[ATOM_FIELD_MAX + 2];
	struct atomq q;
	struct cn *b, *s, *top;
	int guard = 0, k;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN &&
	       (!clang_cast_converts(n) ||
		(clang_plain_int_cast(n) &&
		 clang_int_bits(g->tu, n) >= clang_int_bits(g->tu, n->kids[0]))))
		n = n->kids[0];
	if (!n || n->kind != CN_MEMBER || !n->nkids || !clang_field_integer(g->tu, n->decl) ||
	    clang_member_in_union(n))
		return -1;
	/* a member of members of a struct (`req->base.flags`): the one
	 * applied to the pointer, its path */
	top = n;
	for (guard = 0; guard < LIM_TYPE_CHAIN && top->nkids && !clang_is_pointer(top->kids[0]);
	     guard++) {
		s = cn_strip(top->kids[0]);
		if (s && s->kind == CN_UNOP && s->nkids == 1 && clang_op(g->tu, s) == OP_DEREF)
			break;
		if (!s || s->kind != CN_MEMBER || !s->nkids || !s->decl)
			return -1;
		top = s;
	}
	if (!member_path(g->tu, n, path, sizeof(path)) || strlen(path) >= size)
		return -1;
	b = top->kids[0];
	s = cn_strip(b);
	if (!clang_is_pointer(b)) {
		if (!s || s->kind != CN_UNOP || s->nkids != 1 || clang_op(g->tu, s) != OP_DEREF)
			return -1;
		b = s->kids[0];
	}
	k = ops->entry_param(x, b, env, ev);
	if (k < 0 || k >= GFP_MAX_PARAMS || !clang_param_struct_ptr(g->tu, g->fn, k) ||
	    strlen(top->decl->name) >= size ||
	    clang_param_member_name(g->tu, g->fn, k, top->decl, field, size) != 2)
		return -1;
	q.k = k;
	q.field = top->decl->name;
	q.path = top == n ? q.field : path;
	q.stored = 0;
	writes_of(x, ops, atom_write, &q);
	if (q.stored)
		return -1;
	snprintf(field, size, "%s", path);
	return k;
}

int clang_member_ptr_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
			  struct cenv *env, int ev, char *field, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct atomq q;
	int guard = 0, k;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN &&
	       !clang_cast_converts(n))
		n = n->kids[0];
	if (!n || n->kind != CN_MEMBER || n->nkids != 1 || !n->decl ||
	    !clang_field_pointer(g->tu, n->decl) || !clang_is_pointer(n->kids[0]))
		return -1;
	k = ops->entry_param(x, n->kids[0], env, ev);
	if (k < 0 || k >= GFP_MAX_PARAMS || !clang_param_struct_ptr(g->tu, g->fn, k) ||
	    strlen(n->decl->name) >= size ||
	    clang_param_member_name(g->tu, g->fn, k, n->decl, field, size) != 2)
		return -1;
	/* the value on entry: never stored through the parameter */
	q.k = k;
	q.field = n->decl->name;
	q.path = q.field;
	q.stored = 0;
	writes_of(x, ops, atom_write, &q);
	if (q.stored)
		return -1;
	snprintf(field, size, "%s", n->decl->name);
	return k;
}

struct addrq {
	int k;
	struct cdecl *field;
	int block, ev;		/* the test's */
	int reaches;
};

/* does write @wr of the member through the parameter reach the test? */
static void addr_atom_write(struct walker *w, const struct write *wr)
{
	struct addrq *q = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	unsigned char *marks;
	int b = g->ev[wr->ev].block, i;

	if (!wr->ptr || w->ops->entry_param(w->x, wr->ptr, wr->env, wr->ev) != q->k ||
	    (!wr->whole && wr->member->decl != q->field) || q->reaches)
		return;
	if (b == q->block) {
		/* before the test in its block */
		for (i = 0; i < g->bb[b].nev; i++) {
			if (g->bb[b].ev[i] == q->ev)
				break;
			if (g->bb[b].ev[i] == wr->ev)
				q->reaches = 1;
		}
	}
	marks = sc_calloc((size_t)g->nbb + 1, 1);
	clang_mark_blocks(w->x, b, 1, 1, marks);
	if (marks[q->block])
		q->reaches = 1;
	free(marks);
}

int clang_addr_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
		    struct cn *gv, struct cenv *env, int ev, char *field, size_t size,
		    unsigned long long *value)
{
	struct cfg *g = clang_fx_cfg(x);
	struct addrq q;
	struct cn *b;
	int k;

	n = cn_strip(n);
	if (!(*value = clang_global_addr(x, gv)) || !n || n->kind != CN_MEMBER ||
	    n->nkids != 1 || !n->decl || !clang_is_pointer(n) ||
	    !clang_is_pointer(n->kids[0]) || ev < 0)
		return -1;
	b = n->kids[0];
	k = ops->entry_param(x, b, env, ev);
	if (k < 0 || k >= GFP_MAX_PARAMS || !clang_param_struct_ptr(g->tu, g->fn, k) ||
	    clang_param_member_name(g->tu, g->fn, k, n->decl, field, size) != 2)
		return -1;
	q.k = k;
	q.field = n->decl;
	q.block = g->ev[ev].block;
	q.ev = ev;
	q.reaches = 0;
	writes_of(x, ops, addr_atom_write, &q);
	return q.reaches ? -1 : k;
}

int clang_chain_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
		     struct cenv *env, int ev, unsigned long long mask, char *field,
		     size_t size, unsigned long long *gmask)
{
	struct cfg *g = clang_fx_cfg(x);
	const struct member_bits *mb;
	char tag[128], pname[ATOM_FIELD_MAX + 2], path[2 * ATOM_FIELD_MAX + 4];
	struct atomq q;
	struct cn *p;
	int k;

	n = cn_strip(n);
	if (!n || n->kind != CN_MEMBER || n->nkids != 1 || !n->decl ||
	    !clang_field_integer(g->tu, n->decl) || !clang_is_pointer(n->kids[0]))
		return -1;
	p = cn_strip(n->kids[0]);
	if (!p || p->kind != CN_MEMBER || p->nkids != 1 || !p->decl ||
	    !clang_is_pointer(p->kids[0]))
		return -1;
	k = ops->entry_param(x, p->kids[0], env, ev);
	if (k < 0 || k >= GFP_MAX_PARAMS ||
	    clang_param_member_name(g->tu, g->fn, k, p->decl, pname, sizeof(pname)) != 2 ||
	    !clang_param_tag_int_member(g->tu, g->fn, k, tag, sizeof(tag), NULL))
		return -1;
	snprintf(path, sizeof(path), "%s->%s", pname, n->decl->name);
	mb = rules_member_bits(g->rules, tag, path, mask);
	if (!mb || strlen(mb->member) >= size ||
	    !clang_param_tag_int_member(g->tu, g->fn, k, tag, sizeof(tag), mb->member))
		return -1;
	/* neither G nor the pointer P written through the parameter */
	q.k = k;
	q.field = q.path = mb->member;
	q.stored = 0;
	writes_of(x, ops, atom_write, &q);
	q.field = q.path = pname;
	writes_of(x, ops, atom_write, &q);
	if (q.stored)
		return -1;
	snprintf(field, size, "%s", mb->member);
	*gmask = mb->member_mask;
	return k;
}

/* ---- uses of a pointer ---- */

static int refs_param(struct cn *n, int k, int depth)
{
	int i;

	if (!n || depth > LIM_AST_DEPTH)
		return depth > LIM_AST_DEPTH;
	if (n->kind == CN_REF && n->decl && n->decl->kind == CD_PARAM &&
	    n->decl->param == k)
		return 1;
	for (i = 0; i < n->nkids; i++)
		if (refs_param(n->kids[i], k, depth + 1))
			return 1;
	return 0;
}

/* does the body of @fn read its parameter @k? */
static int param_read(struct ctu *tu, struct cdecl *fn, int k)
{
	return !fn || refs_param(clang_body(tu, fn), k, 0);
}

enum use { USE_OK, USE_ESCAPE, USE_CALL, USE_MEMBER, USE_TAIL };

static int tail_use(struct walker *w, struct cn *u, int d, struct cenv *env,
		    struct cn **call);

/* the uses of the variable a tail is held in (var_tail()) */
struct tailq {
	struct cdecl *var;
	struct cenv *env;
	long long from;
	int n, bad;
};

static void tail_ref(struct walker *w, struct cn *n, struct cenv *env, int ev)
{
	struct tailq *t = w->arg;
	struct cn *call = NULL, *u = n;
	int d = w->depth;

	(void)ev;
	if (n->kind != CN_REF || n->decl != t->var || env != t->env)
		return;
	while (d > 0 && w->up[d - 1]->kind == CN_CAST && !clang_pointer_cast(w->up[d - 1])) {
		u = w->up[d - 1];
		d--;
	}
	if (d == 0 || !tail_use(w, u, d, env, &call)) {
		t->bad = 1;
		return;
	}
	if (t->n++ == 0 || w->tail < t->from)
		t->from = w->tail;
}

/*
 * `u8 *__ptr = (u8 *)(obj);` (memset_startat()): local variable @var of
 * @env, defined there alone (event @def), its address never taken, each
 * use of it a tail given to a call (tail_use()), as libsparse's SSA form
 * follows it: 1, the least offset into w->tail; else 0.
 */
static int var_tail(struct walker *w, struct cdecl *var, struct cenv *env, int def)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct tailq t = { var, env, 0, 0, 0 };
	struct walker *v;
	int i;

	if (!var || var->kind != CD_VAR || var->is_global || var->is_static ||
	    def < 0 || clang_fx_address_taken(w->x, var))
		return 0;
	for (i = 0; i < g->nev; i++)
		if (g->ev[i].kind == EV_ASSIGN && g->ev[i].var == var && i != def)
			return 0;
	v = sc_calloc(1, sizeof(*v));
	v->x = w->x;
	v->ops = w->ops;
	v->arg = &t;
	v->node = tail_ref;
	walk_all(v);
	free(v);
	if (t.bad || !t.n)
		return 0;
	w->tail = t.from;
	w->tail_ev = def;
	return 1;
}

/* the event defining variable @var of @env with declaration @decl, or -1 */
static int decl_event(struct cfg *g, struct cn *decl, struct cenv *env)
{
	int i;

	for (i = 0; i < g->nev; i++)
		if (g->ev[i].kind == EV_ASSIGN && g->ev[i].n == decl && g->ev[i].env == env)
			return i;
	return -1;
}

/*
 * The pointer converted at w->up depth @d (`(u8 *)obj`, libsparse's
 * OP_PTRCAST), @u there, given to a call not expanded inline, itself or
 * plus a constant (`(u8 *)obj + offsetof(T, F)`), or held in a variable
 * (var_tail()): the call into *@call (NULL for a variable's), the
 * constant into w->tail, 1; else 0 (sparse_objints.c tail_entries()).
 */
static int tail_use(struct walker *w, struct cn *u, int d, struct cenv *env,
		    struct cn **call)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cn *p = w->up[d - 1];
	long long off = 0;
	int i;

	if (p->kind == CN_DECL && p->nkids == 1 && p->kids[0] == u) {
		*call = NULL;
		return var_tail(w, p->decl, env, decl_event(g, p, env));
	}

	if (p->kind == CN_BINOP && clang_op(g->tu, p) == OP_ADD && p->nkids == 2 &&
	    p->kids[0] == u && clang_const(g->tu, p->kids[1], &off) && off >= 0) {
		u = p;
		d--;
		/* to void * (no OP_PTRCAST) as a call's argument */
		while (d > 0 && w->up[d - 1]->kind == CN_CAST &&
		       !clang_pointer_cast(w->up[d - 1])) {
			u = w->up[d - 1];
			d--;
		}
		if (d == 0)
			return 0;
		p = w->up[d - 1];
	}
	if (p->kind != CN_CALL || !p->nkids || p->kids[0] == u ||
	    clang_fx_expansion(w->x, p, env))
		return 0;
	for (i = 1; i < p->nkids && p->kids[i] != u; i++)
		;
	if (i == p->nkids)
		return 0;
	*call = p;
	w->tail = off;
	w->tail_ev = call_event(w->x, p, env);
	return 1;
}

/* is the integer the pointer is converted to by the cast at w->up depth
 * @d only compared (`(unsigned long)ptr >= (unsigned long)-MAX_ERRNO`,
 * IS_ERR())?  sparse compares the pointer itself: no use of the object */
static int int_compared(struct walker *w, int d)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cn *p;

	while (d > 0 && w->up[d - 1]->kind == CN_CAST && !clang_is_pointer(w->up[d - 1]))
		d--;
	if (d == 0 || (p = w->up[d - 1])->kind != CN_BINOP)
		return 0;
	switch (clang_op(g->tu, p)) {
	case OP_EQ: case OP_NE: case OP_LT: case OP_GT: case OP_LE: case OP_GE:
		return 1;
	default:
		return 0;
	}
}

/* is the value at w->up depth @d, through conversions, what the
 * function itself (not an inline expansion, @env) returns? */
static int returned(struct walker *w, int d, struct cenv *env)
{
	if (env != clang_fx_cfg(w->x)->root)
		return 0;
	while (d > 0 && w->up[d - 1]->kind == CN_CAST)
		d--;
	return d > 0 && w->up[d - 1]->kind == CN_RETURN;
}

/*
 * How the pointer value @u (the node at w->up depth @d, its ancestors
 * below) is used: read through (a member access, a comparison, a test,
 * a return from the function), passed to a call that is not expanded
 * inline (USE_CALL: *@call, argument *@j), or its member's address taken
 * (USE_MEMBER: *@call is that member access); anything else escapes.
 */
static enum use pointer_use(struct walker *w, struct cn *u, int d, struct cenv *env,
			    struct cn **call, int *j)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cn *p;
	int i, cast = 0;

	while (d > 0 && (p = w->up[d - 1])->kind == CN_CAST) {
		if (!clang_is_pointer(p))
			return int_compared(w, d - 1) ? USE_OK : USE_ESCAPE;
		cast |= clang_pointer_cast(p);
		u = p;
		d--;
	}
	if (d == 0)
		return USE_ESCAPE;
	p = w->up[d - 1];
	/* `return iter->ent ? iter : NULL;` (libsparse converts the
	 * other operand: a use, as here) */
	if (p->kind == CN_COND && p->nkids == 3 && p->kids[1] == u &&
	    returned(w, d - 1, env))
		return USE_OK;
	if (cast) {
		/* sparse's OP_PTRCAST: a use, unless it goes to an inline
		 * function's parameter its body never reads (then dead) */
		if (w->tails && tail_use(w, u, d, env, call))
			return USE_TAIL;
		if (p->kind != CN_CALL || !clang_fx_expansion(w->x, p, env))
			return USE_ESCAPE;
		for (i = 1; i < p->nkids && p->kids[i] != u; i++)
			;
		return i < p->nkids && !param_read(g->tu, cfg_direct_callee(p), i - 1) ?
		       USE_OK : USE_ESCAPE;
	}
	switch (p->kind) {
	case CN_MEMBER:
		return p->nkids && p->kids[0] == u ? USE_OK : USE_ESCAPE;
	case CN_UNOP:
		switch (clang_op(g->tu, p)) {
		case OP_LNOT:
			return USE_OK;
		case OP_DEREF:
			while (d > 1 && w->up[d - 2]->kind == CN_CAST &&
			       !clang_cast_converts(w->up[d - 2]))
				d--;
			return d > 1 && w->up[d - 2]->kind == CN_MEMBER ? USE_OK : USE_ESCAPE;
		default:
			return USE_ESCAPE;
		}
	case CN_BINOP:
		switch (clang_op(g->tu, p)) {
		case OP_EQ: case OP_NE: case OP_LT: case OP_GT: case OP_LE: case OP_GE:
		case OP_LAND: case OP_LOR:
			return USE_OK;
		case OP_ASSIGN_PLAIN:
			/* the pointer itself assigned: a new value (SSA) */
			return p->kids[0] == u ? USE_OK : USE_ESCAPE;
		default:
			return USE_ESCAPE;
		}
	case CN_CALL:
		if (!p->nkids || p->kids[0] == u)
			return USE_ESCAPE;
		for (i = 1; i < p->nkids && p->kids[i] != u; i++)
			;
		if (i == p->nkids)
			return USE_ESCAPE;
		if (clang_fx_expansion(w->x, p, env))
			return USE_OK;	/* its body is walked: the parameter */
		*call = p;
		*j = i - 1;
		return USE_CALL;
	case CN_IF: case CN_WHILE: case CN_DO: case CN_FOR:
		return USE_OK;
	case CN_COND:
		return p->nkids && p->kids[0] == u ? USE_OK : USE_ESCAPE;
	case CN_RETURN:
		/* from an inline expansion: where the call's value goes, which
		 * the walk reads at the call (inline_value()) */
		return USE_OK;
	default:
		return USE_ESCAPE;
	}
}

/*
 * @n at depth @d is the object itself (a member access on it, or its
 * address): climb the member accesses; under an address of a member
 * not at offset 0 (through members at offset 0 only it is the object's
 * address) that member is USE_MEMBER (*@member); an address of the
 * object is pointer_use() of it; a member read or written is fine.
 */
static enum use object_use(struct walker *w, struct cn *n, int d, struct cenv *env,
			   struct cn *top, struct cn **call, int *j, struct cn **member)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cn *u = n;
	int at0 = top ? clang_field_at0(top->decl) : 1;

	while (d > 0 && (w->up[d - 1]->kind == CN_MEMBER ||
			 (w->up[d - 1]->kind == CN_CAST && !clang_cast_converts(w->up[d - 1])) ||
			 (top && w->up[d - 1]->kind == CN_CAST && u->kind == CN_MEMBER &&
			  !clang_is_pointer(u)) ||
			 (top && w->up[d - 1]->kind == CN_OTHER && w->up[d - 1]->nkids == 2 &&
			  w->up[d - 1]->kids[0] == u && cn_strip(u)->kind == CN_MEMBER &&
			  !clang_is_pointer(cn_strip(u))))) {
		struct cn *p = w->up[d - 1];

		if (p->kind == CN_OTHER) {
			long long v;

			/* an element of an array member: sparse's address
			 * p + offset + i * size, the member's (or at offset
			 * 0 the whole object's); a constant index is an
			 * offset like a member's */
			if (!clang_const(g->tu, p->kids[1], &v)) {
				if (at0)
					return USE_ESCAPE;
				*member = top;
				return USE_MEMBER;
			}
			at0 = 0;
		}
		if (p->kind == CN_MEMBER) {
			if (p->kids[0] != u && cn_strip(p->kids[0]) != cn_strip(u))
				return USE_ESCAPE;
			if (clang_is_pointer(p->kids[0]))
				break;	/* a pointer member: not this object */
			if (!top)
				top = p;
			at0 &= clang_field_at0(p->decl);
		}
		u = p;
		d--;
	}
	if (d > 0 && w->up[d - 1]->kind == CN_UNOP &&
	    clang_op(g->tu, w->up[d - 1]) == OP_ADDR) {
		if (top && !at0) {
			*member = top;
			return USE_MEMBER;
		}
		return pointer_use(w, w->up[d - 1], d - 1, env, call, j);
	}
	if (top)
		return USE_OK;	/* a member read or written (each_write()) */
	return USE_ESCAPE;	/* the whole object */
}

/* how pointer @n (at depth @d) is used, a member's address taken
 * through it included (`&p->F`) */
static enum use param_use(struct walker *w, struct cn *n, int d, struct cenv *env,
			  struct cn **call, int *j, struct cn **member)
{
	enum use r = pointer_use(w, n, d, env, call, j);
	struct cn *u = n;

	if (r != USE_OK)
		return r;
	while (d > 0 && w->up[d - 1]->kind == CN_CAST) {
		u = w->up[d - 1];
		d--;
	}
	if (d > 0 && w->up[d - 1]->kind == CN_MEMBER && w->up[d - 1]->kids[0] == u)
		return object_use(w, w->up[d - 1], d - 1, env, w->up[d - 1], call, j,
				  member);
	return USE_OK;
}

/* ---- what a function leaves in its parameters' objects ---- */

struct retsq {
	char *buf;		/* its own list, sorted at the end */
	size_t size;
	unsigned escapes;	/* a bit per parameter: K! */
};

static void put_member(char *buf, size_t size, int k, const char *field)
{
	char entry[200];

	snprintf(entry, sizeof(entry), "%d.%s!", k, field);
	clang_list_add(buf, size, entry);
}

/* a pointer parameter (struct) the value @n is on entry, or -1 */
static int struct_param(struct walker *w, struct cn *n, struct cenv *env, int ev)
{
	struct cfg *g = clang_fx_cfg(w->x);
	int k = w->ops->entry_param(w->x, n, env, ev);

	return k >= 0 && k < GFP_MAX_PARAMS && clang_param_struct_ptr(g->tu, g->fn, k) &&
	       clang_param_int_members(g->tu, g->fn, k) ? k : -1;
}

/*
 * Call @n expanded inline returns a pointer: its expansion in *@in, to
 * read its returns (each with its event); NULL when it is no such call.
 */
static struct cenv *inline_value(struct walker *w, struct cn *n, struct cenv *env)
{
	if (n->kind != CN_CALL || !clang_is_pointer(n))
		return NULL;
	return clang_fx_expansion(w->x, n, env);
}

/* the struct pointer parameter some return of expansion @in is, or -1 */
static int returns_param(struct walker *w, struct cenv *in)
{
	int i, k;

	for (i = 0; i < in->nrets; i++)
		if (in->rets[i] && (k = struct_param(w, in->rets[i], in, in->ret_ev[i])) >= 0)
			return k;
	return -1;
}

/* is the pointer at depth @d converted, through the casts above it, to
 * a pointer to a non-const object (sparse's OP_PTRCAST to one)? */
static int casts_away_const(struct walker *w, int d)
{
	for (; d > 0 && w->up[d - 1]->kind == CN_CAST; d--)
		if (clang_pointer_cast(w->up[d - 1]) && !clang_points_const(w->up[d - 1]))
			return 1;
	return 0;
}

/*
 * A use of a pointer parameter that escapes makes it K!, unless the
 * parameter points to a const struct and the use keeps the const (a copy
 * of the pointer into memory: timecounter_init()'s `tc->cc = cc`,
 * kernel/time/timecounter.c:12; sparse_objints.c param_entries()).
 */
static void rets_node(struct walker *w, struct cn *n, struct cenv *env, int ev)
{
	struct retsq *q = w->arg;
	struct cn *call = NULL, *member = NULL;
	struct cenv *in;
	int k, j;

	if ((in = inline_value(w, n, env))) {
		if ((k = returns_param(w, in)) < 0)
			return;
	} else if (n->kind != CN_REF || !n->decl ||
		   (n->decl->kind != CD_PARAM && n->decl->kind != CD_VAR) ||
		   !clang_is_pointer(n) || (k = struct_param(w, n, env, ev)) < 0) {
		return;
	}
	switch (param_use(w, n, w->depth, env, &call, &j, &member)) {
	case USE_ESCAPE:
		if (!clang_param_points_const(clang_fx_cfg(w->x)->fn, k) ||
		    casts_away_const(w, w->depth))
			q->escapes |= 1u << k;
		break;
	case USE_MEMBER: {
		struct cfg *g = clang_fx_cfg(w->x);
		char name[160];

		char anon[160], *p, *c;

		if (clang_param_anon_members(g->fn, k, member->decl, anon, sizeof(anon))) {
			/* a member of an anonymous union, `&dentry->d_lru`
			 * (fs/dcache.c:445): each of its members, which share
			 * their bytes (sparse_objints.c anon_entries()) */
			for (p = anon; (c = strchr(p, ',')); p = c + 1) {
				*c = '\0';
				put_member(q->buf, q->size, k, p);
			}
		} else if (clang_param_member_name(g->tu, g->fn, k, member->decl, name,
						   sizeof(name))) {
			put_member(q->buf, q->size, k, name);
		} else {
			q->escapes |= 1u << k;
		}
		break;
	}
	default:
		break;
	}
}

/* is there, after event @i in its block or in a block reachable from it,
 * anything that may store (a call not expanded, a store to memory)? */
static int stores_after_but(struct walker *w, int i, int kp, struct cdecl *field);

static int stores_after(struct fx *x, int i)
{
	struct walker w = { 0 };

	w.x = x;
	return stores_after_but(&w, i, -1, NULL);
}

/* is event @e a store of another member than @field through parameter
 * @k (not -1)? */
static int other_member_store(struct walker *w, struct cev *e, int i, int k,
			      struct cdecl *field)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cn *ptr, *obj, *m;
	int whole;

	if (k < 0 || e->kind != EV_STORE || !e->n || !e->n->nkids)
		return 0;
	m = written_member(g->tu, e->n->kids[0], &ptr, &obj, &whole);
	return m && ptr && !whole && m->decl && m->decl != field &&
	       clang_param_member_name(g->tu, g->fn, k, m->decl, NULL, 0) == 2 &&
	       w->ops->entry_param(w->x, ptr, e->env, i) == k;
}

/* ... and with @kp not -1, a store of another member than @field
 * through parameter @kp does not count */
static int stores_after_but(struct walker *w, int i, int kp, struct cdecl *field)
{
	struct fx *x = w->x;
	struct cfg *g = clang_fx_cfg(x);
	char *seen = sc_calloc(g->nbb, 1);
	int *work = sc_malloc((g->nbb + 1) * sizeof(*work));
	int n = 0, hit = 0, b = g->ev[i].block, k, s, after = 0;

	for (;;) {
		struct cbb *bb = &g->bb[b];

		for (k = 0; k < bb->nev && !hit; k++) {
			struct cev *e = &g->ev[bb->ev[k]];

			if (bb->ev[k] == i && !after) {
				after = 1;
				continue;
			}
			if (!after && b == g->ev[i].block)
				continue;
			if (other_member_store(w, e, bb->ev[k], kp, field))
				continue;
			if ((e->kind == EV_CALL && !e->inlined) || e->kind == EV_STORE ||
			    e->kind == EV_PSTORE ||
			    (e->kind == EV_ASSIGN && e->var &&
			     (e->var->is_global || e->var->is_static || e->var->is_object ||
			      clang_fx_address_taken(x, e->var))))
				hit = 1;
		}
		for (s = 0; s < bb->nsucc && !hit; s++) {
			int t = bb->succ[s];

			if (t == g->ev[i].block && !seen[t]) {
				/* back to the store's own block: all of it */
				seen[t] = 1;
				after = 1;
				work[n++] = t;
			} else if (!seen[t]) {
				seen[t] = 1;
				work[n++] = t;
			}
		}
		if (hit || !n)
			break;
		b = work[--n];
		after = 1;
	}
	free(seen);
	free(work);
	return hit;
}

/* does the block of event @i run on every path to every end of the
 * function (a block with no successor)? */
static int before_ends(struct fx *x, int i)
{
	struct cfg *g = clang_fx_cfg(x);
	int b;

	for (b = 0; b < g->nbb; b++)
		if (clang_fx_live(x, b) && !g->bb[b].nsucc &&
		    clang_reach_around(g, g->ev[i].block, b))
			return 0;
	return 1;
}

unsigned long long clang_global_addr(struct fx *x, struct cn *n)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *s = cn_strip(n);
	struct cdecl *d;
	int addr = 0;

	if (s && s->kind == CN_UNOP && s->nkids == 1 && clang_op(g->tu, s) == OP_ADDR) {
		s = cn_strip(s->kids[0]);
		addr = 1;
	}
	/* a file-scope object: its address, or an array's (a function's
	 * static is left out: two functions may each have one named so) */
	if (!s || s->kind != CN_REF || !(d = s->decl) || d->kind != CD_VAR ||
	    !d->is_global || !d->name || !d->name[0] ||
	    (!addr && !(d->is_object && clang_is_pointer(n))))
		return 0;
	return fact_addr_value(d->name, d->is_static ? clang_fx_unit(x)->facts->path : NULL);
}

/*
 * K.F:=&&V of the store @wr into member @field (own: @own) through
 * parameter @k: a pointer member stored with the address of a global
 * object, on every path to a return, nothing after it storing or calling
 * but stores of other members through @k (sparse_objints.c addr_entry()).
 * Into @q: 1, else 0.
 */
static int addr_write(struct walker *w, const struct write *wr, int k, int own,
		      const char *field, struct retsq *q)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cev *e = &g->ev[wr->ev];
	unsigned long long v;
	char entry[200];

	if (!wr->store || wr->env->parent || !e->rhs || own != 2 ||
	    !clang_is_pointer(wr->member) || !(v = clang_global_addr(w->x, e->rhs)) ||
	    !before_ends(w->x, wr->ev) ||
	    stores_after_but(w, wr->ev, k, wr->member->decl))
		return 0;
	snprintf(entry, sizeof(entry), "%d.%s:=&&%llu", k, field, v);
	clang_list_add(q->buf, q->size, entry);
	return 1;
}

static void rets_write(struct walker *w, const struct write *wr)
{
	struct retsq *q = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	struct cev *e = &g->ev[wr->ev];
	char star[200], val[LIM_FIELD_VALS] = "", field[160], anon[160], *p, *c;
	unsigned long long v;
	int k, own;

	if (!wr->ptr || (k = struct_param(w, wr->ptr, wr->env, wr->ev)) < 0)
		return;
	if (!wr->whole && clang_param_anon_members(g->fn, k, wr->member->decl, anon,
						   sizeof(anon))) {
		/* a member of an anonymous union, `inode->__i_nlink =
		 * nlink` (fs/inode.c:375 set_nlink()): each of its members
		 * (sparse_objints.c anon_stored()) */
		for (p = anon; (c = strchr(p, ',')); p = c + 1) {
			*c = '\0';
			put_member(q->buf, q->size, k, p);
		}
		return;
	}
	own = clang_param_member_name(g->tu, g->fn, k, wr->member->decl, field,
				      sizeof(field));
	if (!own || wr->whole) {
		q->escapes |= 1u << k;
		return;
	}
	if (addr_write(w, wr, k, own, field, q))
		return;
	if (wr->store && !wr->env->parent && e->rhs && own == 2 &&
	    clang_field_integer(g->tu, wr->member->decl) &&
	    before_ends(w->x, wr->ev) && !stores_after(w->x, wr->ev)) {
		snprintf(star, sizeof(star), ".%s:", field);
		w->ops->intval(w->x, e->rhs, e->env, wr->ev,
			       clang_int_bits(g->tu, wr->member), k, star, val,
			       sizeof(val));
		if (val[0]) {
			clang_list_add(q->buf, q->size, val);
			return;
		}
	}
	if (wr->store && own == 2 && clang_is_pointer(wr->member) &&
	    (v = ir_store_unless(clang_fx_ir(w->x), k, field, e->block))) {
		/* only where the member was not &&V (sparse_objints.c
		 * unless()) */
		snprintf(star, sizeof(star), "%d.%s!^&&%llu", k, field, v);
		clang_list_add(q->buf, q->size, star);
		return;
	}
	put_member(q->buf, q->size, k, field);
}

void clang_object_rets(struct fx *x, const struct clang_valops *ops, char *out,
		       size_t outsize)
{
	struct cfg *g = clang_fx_cfg(x);
	char buf[LIM_FIELD_VALS] = "";
	size_t size = sizeof(buf);
	struct retsq q = { buf, size, 0 };
	struct walker *w = sc_calloc(1, sizeof(*w));
	char entry[16];
	int i, k;

	w->x = x;
	w->ops = ops;
	w->arg = &q;
	each_write(w, rets_write);
	w->node = rets_node;
	walk_all(w);
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct cn *l = e->n && e->n->nkids ? cn_strip(e->n->kids[0]) : NULL;

		/* *p = v: the whole object */
		if (e->kind == EV_PSTORE && l && l->kind == CN_UNOP && l->nkids == 1 &&
		    clang_op(g->tu, l) == OP_DEREF && clang_fx_live(x, e->block) &&
		    (k = struct_param(w, l->kids[0], e->env, i)) >= 0)
			q.escapes |= 1u << k;
	}
	free(w);
	for (k = 0; k < GFP_MAX_PARAMS; k++)
		if (q.escapes & (1u << k)) {
			snprintf(entry, sizeof(entry), "%d!", k);
			clang_list_add(buf, size, entry);
		}
	fact_list_sort(buf);
	fact_list_append(out, outsize, buf, clang_list_add);
}

/* ---- a local object passed to a call ---- */

struct objq {
	struct cdecl *var;
	struct cenv *venv;
	int j;
	char list[LIM_FIELD_VALS];
	int ncalls;
	int bad;		/* escapes, or too much */
	int callev[LIM_OBJ_CALLS + 1];	/* the calls' events */
	int callj[LIM_OBJ_CALLS + 1];	/* the argument each is given it as */
	int strict;		/* a member's address taken is an escape */
	char init_names[LIM_FIELD_VALS];	/* members the initializer names */
	int fstatic;		/* a function's static object */
	int uses[LIM_OBJ_USES];	/* its calls', stores' and addresses' events */
	int nuses;
};

/* is the node at w->up's top inside an integer constant expression
 * (`offsetof(typeof(*(obj)), seq)`, memset_startat()), which libsparse
 * evaluates without reading the object? */
static int in_constant(struct walker *w)
{
	struct cfg *g = clang_fx_cfg(w->x);
	long long v;
	int d;

	for (d = w->depth - 1; d >= 0; d--) {
		if (w->up[d]->kind == CN_CALL || w->up[d]->kind == CN_ASSIGN ||
		    w->up[d]->kind == CN_STMTEXPR)
			return 0;
		if (w->up[d]->kind != CN_CAST && clang_const(g->tu, w->up[d], &v))
			return 1;
	}
	return 0;
}

/* event @ev uses the object (a function's static one: first_call()) */
static void obj_use(struct objq *q, int ev)
{
	if (!q->fstatic)
		return;
	if (ev < 0 || q->nuses == LIM_OBJ_USES)
		q->bad = 2;
	else
		q->uses[q->nuses++] = ev;
}

/* the event of the call that @n at w->up depth @d is (in) an argument
 * of, or -1 */
static int arg_of_call(struct walker *w, int d, struct cenv *env)
{
	while (d > 0 && w->up[d - 1]->kind != CN_CALL)
		d--;
	return d > 0 ? call_event(w->x, w->up[d - 1], env) : -1;
}

static void obj_put(struct objq *q, const char *entry)
{
	if (strlen(q->list) + strlen(entry) + 2 > sizeof(q->list)) {
		q->bad = 1;
		return;
	}
	clang_list_add(q->list, sizeof(q->list), entry);
}

/* is @n (in @env at @ev) the object, or a pointer to it? */
static int is_obj(struct walker *w, struct cn *n, struct cenv *env, int ev, int *ptr)
{
	struct objq *q = w->arg;
	struct cdecl *var;
	struct cenv *venv, *in;
	int i;

	*ptr = 0;
	if ((in = inline_value(w, n, env))) {
		/* an inline function returning a pointer to it */
		for (i = 0; i < in->nrets; i++)
			if (in->rets[i] && w->ops->fobject(w->x, in->rets[i], in,
							   in->ret_ev[i], &var, &venv) &&
			    var == q->var && venv == q->venv) {
				*ptr = 1;
				return 1;
			}
		return 0;
	}
	if (n->kind != CN_REF || !n->decl)
		return 0;
	if (n->decl == q->var && env == q->venv)
		return 1;
	if (n->decl->kind != CD_PARAM && n->decl->kind != CD_VAR)
		return 0;
	if (!clang_is_pointer(n) || !w->ops->fobject(w->x, n, env, ev, &var, &venv) ||
	    var != q->var || venv != q->venv)
		return 0;
	*ptr = 1;
	return 1;
}

static int null_const(struct ctu *tu, struct cn *n);

/*
 * Is @call one a mem-zero rule names (memset(), kernel-memory.rules)
 * given the object as its argument @j (from 0): 1 when the value it
 * writes is the constant 0, -1 when it is another or not known, 0 when
 * it is no such call (sparse_objints.c zeroes())?
 */
static int zeroes(struct walker *w, struct cn *call, int j)
{
	struct cfg *g = clang_fx_cfg(w->x);
	struct cdecl *callee = cfg_direct_callee(call);
	const struct mem_rule *r;
	long long v;

	if (!callee || !(r = rules_mem(g->rules, callee->name, MEM_ZERO, j + 1)))
		return 0;
	return r->val < call->nkids && clang_const(g->tu, call->kids[r->val], &v) &&
	       v == 0 ? 1 : -1;
}

static void obj_node(struct walker *w, struct cn *n, struct cenv *env, int ev)
{
	struct objq *q = w->arg;
	struct cn *call = NULL, *member = NULL;
	char entry[160];
	int ptr, j, e, z;

	if (q->bad || !is_obj(w, n, env, ev, &ptr) || in_constant(w))
		return;
	switch (ptr ? param_use(w, n, w->depth, env, &call, &j, &member) :
		      object_use(w, n, w->depth, env, NULL, &call, &j, &member)) {
	case USE_ESCAPE:
		q->bad = 1;
		break;
	case USE_MEMBER: {
		char name[128];

		if (q->strict) {
			q->bad = 1;
			break;
		}
		if (!clang_var_member_name(q->var, member->decl, name, sizeof(name))) {
			q->bad = 1;
			break;
		}
		snprintf(entry, sizeof(entry), "%d.%s:=?", q->j, name);
		obj_put(q, entry);
		obj_use(q, arg_of_call(w, w->depth, env));
		break;
	}
	case USE_TAIL: {
		char names[400], *s;

		if (q->strict ||
		    clang_var_members_from(q->var, w->tail, names, sizeof(names)) < 0) {
			q->bad = 1;
			break;
		}
		for (s = names; *s; s += strlen(s) + 1) {
			snprintf(entry, sizeof(entry), "%d.%.100s:=?", q->j, s);
			obj_put(q, entry);
		}
		obj_use(q, w->tail_ev);
		break;
	}
	case USE_CALL:
		e = call_event(w->x, call, env);
		if (e >= 0 && !q->strict && (z = zeroes(w, call, j))) {
			/* memset(&obj, 0, ...): a 0 in every member
			 * (sparse_objints.c) */
			if (z < 0) {
				q->bad = 1;
				break;
			}
			snprintf(entry, sizeof(entry), "%d.*:=#0", q->j);
			obj_put(q, entry);
			obj_use(q, e);
			break;
		}
		/* given as a pointer to another type (`&c.w`, a member at
		 * offset 0; a `void *`): the callee names other members
		 * than the object's (sparse_objints.c) */
		if (e < 0 || j + 1 >= call->nkids ||
		    !clang_points_to_var_struct(call->kids[j + 1], q->var)) {
			q->bad = 1;
			break;
		}
		if (q->ncalls == LIM_OBJ_CALLS) {
			ir_cut(CUT_OBJ_CALLS);
			q->bad = 2;
			break;
		}
		q->callj[q->ncalls] = j;
		q->callev[q->ncalls++] = e;
		obj_use(q, e);
		break;
	default:
		break;
	}
}

static void obj_write(struct walker *w, const struct write *wr)
{
	struct objq *q = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	struct cev *e = &g->ev[wr->ev];
	char entry[160] = "", star[200], name[128];
	struct cdecl *var;
	struct cenv *venv;
	int own;

	if (!wr->member->decl)
		return;
	if (wr->obj) {
		if (wr->obj->decl != q->var || wr->env != q->venv)
			return;
	} else if (!w->ops->fobject(w->x, wr->ptr, wr->env, wr->ev, &var, &venv) ||
		   var != q->var || venv != q->venv) {
		return;
	}
	own = clang_var_member_name(q->var, wr->member->decl, name, sizeof(name));
	if (!own || wr->whole) {
		q->bad = 1;
		return;
	}
	if (wr->store && e->rhs && own == 2 &&
	    clang_field_integer(g->tu, wr->member->decl)) {
		snprintf(star, sizeof(star), ".%s:", name);
		w->ops->intval(w->x, e->rhs, e->env, wr->ev,
			       clang_int_bits(g->tu, wr->member), q->j, star, entry,
			       sizeof(entry));
	} else if (wr->store && e->rhs && own == 2 &&
		   clang_field_pointer(g->tu, wr->member->decl) && null_const(g->tu, e->rhs)) {
		/* NULL in a pointer member */
		snprintf(entry, sizeof(entry), "%d.%s:=#0", q->j, name);
	}
	if (!entry[0])
		snprintf(entry, sizeof(entry), "%d.%s:=?", q->j, name);
	obj_put(q, entry);
	obj_use(q, wr->ev);
}

/* does event @a run before event @b on every path to it? */
static int ev_before(struct fx *x, int a, int b)
{
	struct cfg *g = clang_fx_cfg(x);
	int ba = g->ev[a].block, bb = g->ev[b].block;

	return ba == bb ? a < b : clang_fx_dominates(x, ba, bb);
}

/* the first call given the object (sparse_objints.c first_call()): one
 * of q->callev[] that runs before every other use in q->uses[], or -1 */
static int first_call(struct fx *x, struct objq *q)
{
	int i, first = -1;

	for (i = 0; i < q->ncalls; i++)
		if (first < 0 || ev_before(x, q->callev[i], first))
			first = q->callev[i];
	for (i = 0; first >= 0 && i < q->nuses; i++)
		if (q->uses[i] != first && !ev_before(x, first, q->uses[i]))
			return -1;
	return first;
}

/* the J=~L:C/M entries of the calls given the object (M from @js), the
 * first call's J=~L:C/M^, or J.*:=#0 for a function's static object
 * with no first call */
static void call_entries(struct fx *x, struct objq *q)
{
	struct cfg *g = clang_fx_cfg(x);
	char entry[160];
	int i, first = q->fstatic ? first_call(x, q) : -1;

	if (q->fstatic && first < 0) {
		snprintf(entry, sizeof(entry), "%d.*:=#0", q->j);
		obj_put(q, entry);
	}
	for (i = 0; i < q->ncalls; i++) {
		snprintf(entry, sizeof(entry), "%d=~%d:%d/%d%s", q->j,
			 g->ev[q->callev[i]].line, g->ev[q->callev[i]].col, q->callj[i],
			 q->callev[i] == first ? "^" : "");
		obj_put(q, entry);
	}
}

/* is initializer list @l one libsparse drops, `{ 0 }` (parse.c
 * initializer(): its zero_init) or `{ }`?  (A 0 converted, as to a
 * pointer member, counts; `{ NULL }` and `{ (0) }` do not.) */
static int zero_list(struct ctu *tu, struct cn *l)
{
	struct cn *k = l->nkids == 1 ? cn_strip(l->kids[0]) : NULL;

	if (!l->nkids)
		return 1;
	return k && l->kids[0]->kind != CN_DESIG && k->kind != CN_INITLIST &&
	       clang_literal_zero(tu, l->kids[0]);
}

/*
 * The entries of initializer list @init of the object (declaration event
 * @ev), as libsparse's stores of it give them (sparse_objints.c
 * sc_object_vals()): J.*:=#0 for the zero it stores over the whole object
 * first, then each member it names: J.F:=V of an integer member, J.F:=?
 * of another, or of the member of the object a nested one is in (a
 * bitfield's: the first member of its storage unit).  0 when one of them
 * is in no named member of the object's struct itself.
 */
static int init_entries(struct walker *w, struct cn *init, int ev)
{
	struct objq *q = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	char entry[160], star[200], name[128];
	int i, next = 0, nf = 0, bits, own, integer;

	if (clang_var_zero_member(g->tu, q->var, name, sizeof(name), &integer))
		snprintf(entry, sizeof(entry), "%d.%s:=%s", q->j, name,
			 integer ? "#0" : "?");
	else
		snprintf(entry, sizeof(entry), "%d.*:=#0", q->j);
	obj_put(q, entry);
	if (zero_list(g->tu, init))
		return 1;
	while (init->fields && init->fields[nf])
		nf++;
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i], *v;
		struct cdecl *f = NULL, *top;
		int k, nested = 0;

		if (!e)
			continue;
		if (e->kind == CN_DESIG) {
			if (!e->decl || !e->nkids)
				continue;
			top = e->fdecls ? e->fdecls[0] : NULL;
			nested = top != e->decl;
			f = nested ? top : e->decl;
			for (k = 0; k < nf; k++)
				if (init->fdecls && init->fdecls[k] == f)
					next = k + 1;
			v = e->kids[e->nkids - 1];
		} else if (next < nf) {
			f = clang_init_field(g->tu, init, next++);
			v = e;
		} else {
			continue;
		}
		if (!f)
			return 0;
		v = cn_strip(v);
		if (v && v->kind == CN_INITLIST && zero_list(g->tu, v))
			continue;	/* no store */
		own = clang_var_store_member(q->var, f, name, sizeof(name));
		if (!own)
			return 0;
		if (own == 2 && !nested)
			clang_list_add(q->init_names, sizeof(q->init_names), name);
		entry[0] = '\0';
		if (own == 2 && !nested && v && v->kind != CN_INITLIST &&
		    clang_field_integer(g->tu, f) && clang_field_int(f, 0, &bits)) {
			snprintf(star, sizeof(star), ".%s:", name);
			w->ops->intval(w->x, v, g->ev[ev].env, ev, bits, q->j, star,
				       entry, sizeof(entry));
		} else if (own == 2 && !nested && v && clang_field_pointer(g->tu, f) &&
			   null_const(g->tu, v)) {
			/* `.pgd = NULL` */
			snprintf(entry, sizeof(entry), "%d.%s:=#0", q->j, name);
		}
		if (!entry[0])
			snprintf(entry, sizeof(entry), "%d.%s:=?", q->j, name);
		obj_put(q, entry);
	}
	return 1;
}

/* the entries of local struct @var of expansion @venv as argument @j, in
 * a new objq (q->bad: none to be had), or NULL when it is no such object */
static struct objq *object_entries(struct fx *x, const struct clang_valops *ops, int j,
				   struct cdecl *var, struct cenv *venv, int strict)
{
	struct cfg *g = clang_fx_cfg(x);
	struct walker *w;
	struct objq *q;
	struct cn *init = NULL;
	int i, init_ev = -1;

	/* a local object, or a function's static one without an
	 * initializer (its members 0), not for a branch (@strict: what
	 * the last run left is there before any call) */
	if (!var || var->kind != CD_VAR || var->is_global ||
	    (var->is_static && (var->static_init || strict || g->fn->is_inline ||
				/* (libsparse finds its scope by one) */
				!clang_fn_nparams(g->fn))) ||
	    !clang_var_struct(var) || !clang_var_int_members(g->tu, var) ||
	    venv != g->root)
		return NULL;
	for (i = 0; i < g->nev; i++) {
		struct cn *r;

		if (g->ev[i].kind != EV_ASSIGN || g->ev[i].var != var ||
		    !clang_fx_live(x, g->ev[i].block))
			continue;
		/* the declaration's initializer list: libsparse's stores of
		 * its members; any other store of the whole object, none */
		r = cn_strip(g->ev[i].rhs);
		if (init || g->ev[i].n->kind != CN_DECL || !r || r->kind != CN_INITLIST)
			return NULL;
		init = r;
		init_ev = i;
	}
	q = sc_calloc(1, sizeof(*q));
	w = sc_calloc(1, sizeof(*w));
	q->var = var;
	q->venv = venv;
	q->j = j;
	q->strict = strict;
	q->fstatic = var->is_static;
	w->x = x;
	w->ops = ops;
	w->arg = q;
	w->node = obj_node;
	w->tails = 1;
	walk_all(w);
	if (!q->bad && init && !init_entries(w, init, init_ev))
		q->bad = 2;
	if (!q->bad)
		each_write(w, obj_write);
	if (!q->bad)
		call_entries(x, q);
	free(w);
	return q;
}

void clang_object_vals(struct fx *x, const struct clang_valops *ops, int j,
		       struct cdecl *var, struct cenv *venv, char *buf, size_t size)
{
	struct objq *q = object_entries(x, ops, j, var, venv, 0);

	if (!q)
		return;
	if (q->bad == 1 && strlen(q->list) + 40 > sizeof(q->list))
		ir_cut(CUT_FIELD_VALS);		/* the list full */
	if (!q->bad && q->ncalls) {
		fact_list_sort(q->list);
		if (strlen(buf) + strlen(q->list) + 2 > size)
			ir_cut(CUT_FIELD_VALS);	/* all of it or nothing */
		else
			fact_list_append(buf, size, q->list, clang_list_add);
	}
	free(q);
}

/* ---- members known at a call ---- */

/* is there a write of a member other than a plain store (`p->f |= x`,
 * `p->f++`), which has no event to be read back from? */
struct compq {
	int any;
	/* clang_member_known(): the members known (relative to what @arg
	 * points to), @arg at event @ev of @env; none: any write counts */
	char (*known)[ATOM_FIELD_MAX + 2];
	int nk, ev;
	struct cn *arg;
	struct cenv *env;
};

static void comp_write(struct walker *w, const struct write *wr)
{
	struct compq *q = w->arg;
	struct cfg *g = clang_fx_cfg(w->x);
	char path[ATOM_FIELD_MAX + 2];
	struct cn *ml;
	int k, whole = 0;

	if (wr->store)
		return;
	/* an element of an array member through the same pointer (no
	 * event: `p->raw[0] = x`), not in a member known nor in a union
	 * (whose other members share its bytes): as sparse's store at its
	 * offset */
	if (q->known && wr->ptr && !wr->whole && wr->lval &&
	    (ml = array_member(g->tu, wr->lval, &whole)) && !whole &&
	    !clang_member_in_union(ml) &&
	    member_path(g->tu, wr->lval, path, sizeof(path)) &&
	    w->ops->same_value(w->x, wr->ptr, wr->env, wr->ev, q->arg, q->env, q->ev)) {
		for (k = 0; k < q->nk && !paths_overlap(path, q->known[k]); k++)
			;
		if (k == q->nk)
			return;
	}
	q->any = 1;
}

/* the event before @i in its block, else the last of the block's only
 * predecessor when it has no other successor and ends in no asm
 * (sparse_objints.c insn_before(), whose walk an asm stops); -1 */
static int event_before(struct fx *x, int i)
{
	struct cfg *g = clang_fx_cfg(x);
	int j, b, blk = g->ev[i].block, pred, n, guard;
	struct cbb *bb = &g->bb[blk];

	for (j = 0; j < bb->nev && bb->ev[j] != i; j++)
		;
	if (j > 0)
		return bb->ev[j - 1];
	/* back through blocks with one way in, empty ones too */
	for (guard = 0; guard < LIM_KNOWN_STEPS; guard++) {
		for (pred = -1, n = 0, b = 0; b < g->nbb; b++) {
			if (!clang_fx_live(x, b))
				continue;
			for (j = 0; j < g->bb[b].nsucc; j++)
				if (g->bb[b].succ[j] == blk) {
					pred = b;
					n++;
				}
		}
		if (n != 1 || pred == blk || g->bb[pred].nsucc != 1)
			return -1;
		/* an asm statement ends its block (clang_lower.c):
		 * sparse's OP_ASM between */
		for (j = 0; j < g->nasms; j++)
			if (g->asms[j].from == pred)
				return -1;
		if (g->bb[pred].nev)
			return g->bb[pred].ev[g->bb[pred].nev - 1];
		blk = pred;
	}
	return -1;
}

/* is @n (an lvalue's base) a struct variable that is local? */
static int local_struct(struct cn *n)
{
	n = cn_strip(n);
	while (n && n->kind == CN_MEMBER && n->nkids && !clang_is_pointer(n->kids[0]))
		n = cn_strip(n->kids[0]);
	return n && n->kind == CN_REF && n->decl &&
	       (n->decl->kind == CD_PARAM ||
		(n->decl->kind == CD_VAR && !n->decl->is_global && !n->decl->is_static));
}

/* is @n a null pointer constant (`NULL`, `(void *)0`)? */
static int null_const(struct ctu *tu, struct cn *n)
{
	long long v;
	int guard = 0;

	n = cn_strip(n);
	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = cn_strip(n->kids[0]);
	return n && clang_const(tu, n, &v) && v == 0;
}

/*
 * Calls between a store and the call it is known at, as sparse's
 * call_between() (sparse_objints.c): passed over when given nothing that
 * derives from the object's pointer (J.*~L:C), or that very pointer or
 * the outer object's (J.P~L:C/M), for the solver to ask; a lock
 * primitive passed over, nothing said.
 */
struct between {
	int line, col, m, outer;
};

struct betweenq {
	const struct clang_valops *ops;
	struct cn *arg, *outer;	/* the call's argument, &p->sub's p */
	struct cenv *env;
	int ev;
	int fresh;		/* the argument is fresh zeroed memory */
};

static int derives(struct fx *x, const struct betweenq *q, struct cn *n, struct cenv *env,
		   int ev, int depth);
static int object_addr(struct fx *x, const struct clang_valops *ops, struct cn *n,
		       struct cenv *env, int ev);

/* may the address of lvalue @l derive from the object's pointer? */
static int addr_derives(struct fx *x, const struct betweenq *q, struct cn *l,
			struct cenv *env, int ev, int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	int guard = 0;

	l = cn_strip(l);
	while (l && l->kind == CN_MEMBER && l->nkids && guard++ < LIM_TYPE_CHAIN) {
		if (clang_is_pointer(l->kids[0]))
			return derives(x, q, l->kids[0], env, ev, depth + 1);
		l = cn_strip(l->kids[0]);
	}
	if (l && l->kind == CN_REF)
		return 0;	/* a variable's address (sparse: a symbol) */
	if (l && l->kind == CN_UNOP && l->nkids == 1 && clang_op(g->tu, l) == OP_DEREF)
		return derives(x, q, l->kids[0], env, ev, depth + 1);
	return 1;
}

/* may @n derive from the object's pointer (sparse_objints.c derives()):
 * through copies, casts, arithmetic and inline calls' arguments; a value
 * loaded from memory, returned by a call, a constant, a variable's
 * address or another parameter does not; what is not followed may */
static int derives(struct fx *x, const struct betweenq *q, struct cn *n, struct cenv *env,
		   int ev, int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	long long v;
	int i;

	n = cn_strip(n);
	if (!n || depth > 2 * LIM_WALK)
		return 1;
	if (q->ops->same_value(x, n, env, ev, q->arg, q->env, q->ev) ||
	    (q->outer && q->ops->same_value(x, n, env, ev, q->outer, q->env, q->ev)))
		return 1;
	if (clang_const(g->tu, n, &v))
		return 0;
	switch (n->kind) {
	case CN_CAST:
		return n->nkids != 1 || derives(x, q, n->kids[0], env, ev, depth + 1);
	case CN_MEMBER:
		/* a pointer or an integer loaded */
		return !clang_is_pointer(n) &&
		       !(n->decl && clang_field_integer(g->tu, n->decl));
	case CN_UNOP:
		if (n->nkids != 1)
			return 1;
		switch (clang_op(g->tu, n)) {
		case OP_ADDR:
			return addr_derives(x, q, n->kids[0], env, ev, depth);
		case OP_DEREF:
			return !clang_is_pointer(n);
		case OP_NEG:
		case OP_BNOT:
		case OP_LNOT:
			return derives(x, q, n->kids[0], env, ev, depth + 1);
		default:
			return 1;
		}
	case CN_BINOP:
		switch (clang_op(g->tu, n)) {
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD:
		case OP_SHL: case OP_SHR: case OP_XOR: case OP_BOR: case OP_BAND:
		case OP_EQ: case OP_NE: case OP_LT: case OP_GT: case OP_LE: case OP_GE:
			return n->nkids != 2 || derives(x, q, n->kids[0], env, ev, depth + 1) ||
			       derives(x, q, n->kids[1], env, ev, depth + 1);
		default:
			return 1;
		}
	case CN_REF:
		if (!n->decl)
			return 1;
		if (n->decl->kind == CD_FUNC || n->decl->kind == CD_ENUM ||
		    (n->decl->kind == CD_VAR && (n->decl->is_global || n->decl->is_static)))
			return 0;	/* a global's value: a load */
		if (n->decl->kind == CD_VAR && n->decl->is_object)
			return 0;	/* an array's address (sparse: a symbol's) */
		if (q->ops->entry_param(x, n, env, ev) >= 0)
			return 0;	/* another parameter */
		if (!q->ops->step(x, &n, &env, &ev))
			return 1;
		return derives(x, q, n, env, ev, depth + 1);
	case CN_CALL:
		if (!clang_fx_expansion(x, n, env))
			return 0;	/* what a call returns */
		/* an inline's value: from its arguments, or loads */
		for (i = 1; i < n->nkids; i++)
			if (derives(x, q, n->kids[i], env, ev, depth + 1))
				return 1;
		return 0;
	default:
		return 1;
	}
}

/* is @n the call's argument, or like it the address of the same member
 * of the same pointer's object (`&p->sub` written twice)? */
static int same_arg(struct fx *x, const struct betweenq *q, struct cn *n, struct cenv *env,
		    int ev)
{
	struct ctu *tu = clang_fx_cfg(x)->tu;
	struct cn *a = cn_strip(n), *b = cn_strip(q->arg);

	if (q->ops->same_value(x, n, env, ev, q->arg, q->env, q->ev))
		return 1;
	if (!a || !b || a->kind != CN_UNOP || b->kind != CN_UNOP || a->nkids != 1 ||
	    b->nkids != 1 || clang_op(tu, a) != OP_ADDR || clang_op(tu, b) != OP_ADDR)
		return 0;
	a = cn_strip(a->kids[0]);
	b = cn_strip(b->kids[0]);
	return a && b && a->kind == CN_MEMBER && b->kind == CN_MEMBER && a->decl &&
	       a->decl == b->decl && a->nkids == 1 && b->nkids == 1 &&
	       clang_is_pointer(a->kids[0]) && clang_is_pointer(b->kids[0]) &&
	       q->ops->same_value(x, a->kids[0], env, ev, b->kids[0], q->env, q->ev);
}

/* does parameter @k of @fn point to the struct @arg points to? */
static int same_struct(struct ctu *tu, struct cdecl *fn, int k, struct cn *arg)
{
	char tag[256], name[256];

	return clang_param_tag_int_member(tu, fn, k, tag, sizeof(tag), NULL) &&
	       clang_pointee_struct(tu, arg, name, sizeof(name)) &&
	       !strncmp(name, "struct ", 7) && !strcmp(name + 7, tag);
}

/* call event @i between: into @calls[*@n] (1), or 0 when the walk stops */
static int call_between(struct fx *x, const struct betweenq *q, int i, int named,
			struct between *calls, int *n)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cev *e = &g->ev[i];
	struct cdecl *callee = cfg_direct_callee(e->n);
	const struct rule *r = callee ? rules_lookup(g->rules, callee->name) : NULL;
	struct between c = { e->line, e->col, -1, 0 };
	int k;

	if (r && (r->kind == RULE_ACQUIRE || r->kind == RULE_RELEASE ||
		  r->kind == RULE_TRYLOCK))
		return 1;
	if (*n == LIM_KNOWN_CALLS) {
		ir_cut(CUT_KNOWN_STEPS);
		return 0;
	}
	if (!e->n->nkids || (!callee && derives(x, q, e->n->kids[0], e->env, i, 0)))
		return 0;
	for (k = 0; k + 1 < e->n->nkids; k++) {
		struct cn *a = e->n->kids[k + 1];

		if (!derives(x, q, a, e->env, i, 0))
			continue;
		/* the callee's member stores in its facts (a parameter to a
		 * struct with an integer member: struct_param()), to one
		 * that points to the object's own struct (its members' names
		 * are the ones asked: sparse_objints.c call_between()) */
		if (c.m >= 0 || !callee || !clang_param_struct_ptr(g->tu, callee, k) ||
		    !clang_param_int_members(g->tu, callee, k))
			return 0;
		if (same_arg(x, q, a, e->env, i) && same_struct(g->tu, callee, k, q->arg)) {
			c.m = k;
		} else if (q->outer && named &&
			   q->ops->same_value(x, a, e->env, i, q->outer, q->env, q->ev) &&
			   same_struct(g->tu, callee, k, q->outer)) {
			c.m = k;
			c.outer = 1;
		} else {
			return 0;
		}
	}
	calls[(*n)++] = c;
	return 1;
}

/* does event @i store a value derived from fresh memory's pointer
 * into memory: a member, through a pointer, a global, a variable whose
 * address is taken (sparse: a store; a local object's address, an
 * array's, is none: sparse's symbol address)? */
static int escapes(struct fx *x, const struct betweenq *q, int i)
{
	struct cev *e = &clang_fx_cfg(x)->ev[i];
	struct cdecl *d;
	struct cn *l;

	if (!e->rhs || (e->kind != EV_ASSIGN && !e->n->nkids))
		return 0;
	if (e->kind == EV_ASSIGN) {
		/* a declaration's initializer (the node the declaration) or
		 * `var = rhs` */
		d = e->n->kind == CN_DECL ? e->n->decl :
		    (l = cn_strip(e->n->kids[0])) && l->kind == CN_REF ? l->decl : NULL;
		if (!d || (!clang_fx_address_taken(x, d) && !d->is_global && !d->is_static))
			return 0;
	} else if (e->kind != EV_STORE && e->kind != EV_PSTORE) {
		return 0;
	}
	return !object_addr(x, q->ops, e->rhs, e->env, i) &&
	       derives(x, q, e->rhs, e->env, i, 0);
}

/* a store event @i in a block between (region_before()): 1 when the
 * walk goes on (a local object's, or a pointer stored: *@alias) */
static int region_store(struct fx *x, const struct betweenq *q, int i, int *alias)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cev *e = &g->ev[i];
	struct cn *l, *ptr, *obj;
	int whole;

	if (!e->n->nkids || (q->fresh && escapes(x, q, i)))
		return 0;
	l = e->n->kids[0];
	if (e->kind == EV_STORE && local_struct(l))
		return 1;
	if (e->kind == EV_STORE && written_member(g->tu, l, &ptr, &obj, &whole) && ptr &&
	    (q->ops->same_value(x, ptr, e->env, i, q->arg, q->env, q->ev) ||
	     (q->outer && q->ops->same_value(x, ptr, e->env, i, q->outer, q->env, q->ev))))
		return 0;	/* on some paths only */
	if (clang_is_pointer(l)) {
		*alias = 1;
		return 1;
	}
	return 0;
}

/*
 * Block @cur, reached from more than one block (or from one that goes
 * elsewhere too): the blocks on the ways to it from its immediate
 * dominator read as the walk reads a call's block (sparse_objints.c
 * region_before()); that dominator, or -1 when the walk stops.
 */
static int region_before(struct fx *x, const struct betweenq *q, int cur, int param,
			 int named, struct between *calls, int *ncalls, int *alias)
{
	struct cfg *g = clang_fx_cfg(x);
	int seen[LIM_KNOWN_BLOCKS], work[LIM_KNOWN_BLOCKS * 4];
	int nseen = 0, nwork = 0, d = -1, b, j, k, i;

#define PUSH_PREDS(blk)							\
	for (k = 0; k < g->nbb; k++) {					\
		if (!clang_fx_live(x, k))				\
			continue;					\
		for (j = 0; j < g->bb[k].nsucc; j++)			\
			if (g->bb[k].succ[j] == (blk)) {		\
				if (nwork == LIM_KNOWN_BLOCKS * 4)	\
					return -1;			\
				work[nwork++] = k;			\
			}						\
	}
	PUSH_PREDS(cur);
	while (nwork > 0) {
		b = work[--nwork];
		if (b == cur)
			return -1;	/* a loop */
		for (i = 0; i < nseen && seen[i] != b; i++)
			;
		if (i < nseen || b == d)
			continue;
		if (clang_fx_dominates(x, b, cur)) {
			if (d >= 0)
				return -1;
			d = b;
			continue;
		}
		if (nseen == LIM_KNOWN_BLOCKS)
			return -1;
		seen[nseen++] = b;
		PUSH_PREDS(b);
	}
#undef PUSH_PREDS
	if (d < 0)
		return -1;
	for (i = 0; i < nseen; i++) {
		struct cbb *bb = &g->bb[seen[i]];

		for (j = 0; j < g->nasms; j++)
			if (g->asms[j].from == seen[i])
				return -1;
		for (j = 0; j < bb->nev; j++) {
			struct cev *e = &g->ev[bb->ev[j]];

			if (e->kind == EV_CALL && !e->inlined &&
			    !(cfg_direct_callee(e->n) &&
			      !strncmp(cfg_direct_callee(e->n)->name, "__builtin_", 10))) {
				if (!param || !call_between(x, q, bb->ev[j], named, calls, ncalls))
					return -1;
			} else if ((e->kind == EV_STORE || e->kind == EV_PSTORE) &&
				   !region_store(x, q, bb->ev[j], alias)) {
				return -1;
			} else if (q->fresh && escapes(x, q, bb->ev[j])) {
				return -1;
			}
		}
	}
	/* an asm statement ends its block: sparse's OP_ASM in d */
	for (j = 0; j < g->nasms; j++)
		if (g->asms[j].from == d)
			return -1;
	return d;
}

/* the event before @i, event_before()'s, and where that stops the last
 * of the dominator that region_before() finds (of the first one back
 * with events); -1 */
static int walk_before(struct fx *x, const struct betweenq *q, int i, int param,
		       int named, struct between *calls, int *ncalls, int *alias)
{
	struct cfg *g = clang_fx_cfg(x);
	int j, blk = g->ev[i].block, guard, r = event_before(x, i);
	struct cbb *bb = &g->bb[blk];

	if (r >= 0)
		return r;
	for (j = 0; j < bb->nev && bb->ev[j] != i; j++)
		;
	if (j > 0)
		return -1;
	for (guard = 0; guard < LIM_KNOWN_BLOCKS; guard++) {
		blk = region_before(x, q, blk, param, named, calls, ncalls, alias);
		if (blk < 0)
			return -1;
		if (g->bb[blk].nev)
			return g->bb[blk].ev[g->bb[blk].nev - 1];
	}
	return -1;
}

/*
 * Event @i starting a block entered only from a two-way branch on a
 * pointer member of what @q's argument points to (`if (!p->m)`, `p->m
 * == NULL`, `p->m != NULL`), on the edge where the member is NULL: the
 * branch's condition event (the last of its block, no call in it), the
 * member's name in @rel; else -1 (sparse_objints.c null_edge()).
 */
static int null_edge(struct fx *x, const struct betweenq *q, int i, char *rel,
		     size_t relsize)
{
	struct cfg *g = clang_fx_cfg(x);
	int blk = g->ev[i].block, pred = -1, n = 0, b, j, null_if_true = 0, whole;
	struct cn *c, *ptr, *obj, *m;
	struct cbb *p;

	if (!g->bb[blk].nev || g->bb[blk].ev[0] != i)
		return -1;
	for (b = 0; b < g->nbb; b++) {
		if (!clang_fx_live(x, b))
			continue;
		for (j = 0; j < g->bb[b].nsucc; j++)
			if (g->bb[b].succ[j] == blk) {
				pred = b;
				n++;
			}
	}
	if (n != 1 || pred == blk)
		return -1;
	p = &g->bb[pred];
	if (p->nsucc != 2 || p->succ[0] == p->succ[1] || !p->cond || p->cond_ev < 0 ||
	    !p->nev || p->ev[p->nev - 1] != p->cond_ev)
		return -1;
	c = cn_strip(p->cond);
	if (c && c->kind == CN_UNOP && c->nkids == 1 && clang_op(g->tu, c) == OP_LNOT) {
		null_if_true = 1;
		c = cn_strip(c->kids[0]);
	} else if (c && c->kind == CN_BINOP && c->nkids == 2 &&
		   (clang_op(g->tu, c) == OP_EQ || clang_op(g->tu, c) == OP_NE)) {
		null_if_true = clang_op(g->tu, c) == OP_EQ;
		if (null_const(g->tu, c->kids[1]))
			c = cn_strip(c->kids[0]);
		else if (null_const(g->tu, c->kids[0]))
			c = cn_strip(c->kids[1]);
		else
			return -1;
	}
	if ((p->succ[0] == blk) != null_if_true)
		return -1;
	if (!c || c->kind != CN_MEMBER || !c->decl ||
	    !(m = written_member(g->tu, c, &ptr, &obj, &whole)) || !ptr || whole ||
	    !member_path(g->tu, c, rel, relsize) || strchr(rel, '.') ||
	    clang_field_integer(g->tu, c->decl) || !clang_field_pointer(g->tu, c->decl) ||
	    !q->ops->same_value(x, ptr, g->ev[p->cond_ev].env, p->cond_ev, q->arg, q->env,
				q->ev))
		return -1;
	return p->cond_ev;
}

/* member @path known at a call, with the number of calls passed over
 * when it was found (clang_member_known(), sparse_objints.c's twin) */
static void remember(char known[][ATOM_FIELD_MAX + 2], int *kcalls, int *nk,
		     int ncalls, const char *path)
{
	if (*nk < LIM_KNOWN_STORES) {
		kcalls[*nk] = ncalls;
		/* cut to fit, as before */
		snprintf(known[(*nk)++], sizeof(known[0]), "%.*s",
			 (int)sizeof(known[0]) - 1, path);
	}
}

/* is @n (at @ev of @env) the address of a variable that is an object
 * (an array decayed, through inline parameters): sparse's symbol
 * address, which derives from no pointer? */
static int object_addr(struct fx *x, const struct clang_valops *ops, struct cn *n,
		       struct cenv *env, int ev)
{
	int guard = 0;

	while (guard++ < LIM_VALUE_DEPTH) {
		n = cn_strip(n);
		while (n && n->kind == CN_CAST && n->nkids == 1)
			n = cn_strip(n->kids[0]);
		if (!n || n->kind != CN_REF || !n->decl)
			return 0;
		if (n->decl->kind == CD_VAR && n->decl->is_object)
			return 1;
		if (!ops->step(x, &n, &env, &ev))
			return 0;
	}
	return 0;
}

void clang_member_known(struct fx *x, const struct clang_valops *ops, struct cev *call,
			int j, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	char seen[LIM_KNOWN_STORES][ATOM_FIELD_MAX + 2], path[ATOM_FIELD_MAX + 2];
	char star[ATOM_FIELD_MAX + 4], list[LIM_FIELD_VALS] = "";
	int i = (int)(call - g->ev), nseen = 0, steps = 0, k, over, whole, alias = 0;
	unsigned long long v;
	struct cn *arg, *l, *ptr, *obj, *m, *sub, *outer = NULL;
	struct compq cq = { 0 };
	struct cdecl *var;
	struct cenv *venv;
	char prefix[ATOM_FIELD_MAX + 2] = "";
	char known[LIM_KNOWN_STORES][ATOM_FIELD_MAX + 2];
	struct between calls[LIM_KNOWN_CALLS];
	struct betweenq bq;
	size_t np = 0;
	int ncalls = 0, nk = 0, c, param, kcalls[LIM_KNOWN_STORES], maxc = 0;
	/* fresh zeroed memory (sparse_objints.c sc_member_known()): its
	 * call's event, reached, the members stored since (J.P==? unless
	 * known), or a store not read (nowild) */
	char unk[LIM_KNOWN_STORES][ATOM_FIELD_MAX + 2];
	int zev, nunk = 0, reached = 0, nowild = 0, given, fresh;

	/* a local or global object's address: sparse_fields.c's other
	 * entries (J=~L:C/M) */
	if (call->inlined || j + 1 >= call->n->nkids ||
	    !clang_struct_ptr(arg = call->n->kids[j + 1]) ||
	    ops->object(x, arg, call->env, (int)(call - g->ev), &var, &venv))
		return;
	/* &p->sub: the stores through p into sub are its members'
	 * (sparse_objints.c sc_member_known()) */
	sub = cn_strip(arg);
	if (sub && sub->kind == CN_UNOP && sub->nkids == 1 &&
	    clang_op(g->tu, sub) == OP_ADDR &&
	    written_member(g->tu, sub->kids[0], &outer, &obj, &whole) && outer &&
	    member_path(g->tu, sub->kids[0], prefix, sizeof(prefix)))
		np = strlen(prefix);
	else
		outer = NULL;
	/* calls between passed over only for an object a parameter points
	 * to, or its outer object (sparse_objints.c sc_member_known()) */
	param = outer ? ops->entry_param(x, outer, call->env, i) >= 0 :
		ops->entry_param(x, arg, call->env, i) >= 0;
	/* ... or for fresh zeroed memory, which only what it is given can
	 * reach (its pointer stored anywhere stops the walk, below) */
	zev = outer ? -1 : ops->zalloc(x, arg, call->env, i);
	param |= zev >= 0;
	bq.ops = ops;
	bq.arg = arg;
	bq.outer = outer;
	bq.env = call->env;
	bq.ev = i;
	bq.fresh = zev >= 0;
	for (;;) {
		struct cev *e;
		const char *rel;
		int t = outer ? -1 : null_edge(x, &bq, i, path, sizeof(path));
		char entry[ATOM_FIELD_MAX + 40];

		if (t >= 0) {
			/* the edge of a test of a pointer member against
			 * NULL where it is NULL: known as a NULL stored
			 * there (sparse_objints.c sc_member_known()) */
			i = t;
			if (steps++ >= LIM_KNOWN_STEPS)
				break;
			for (over = 0, k = 0; k < nseen; k++)
				over |= paths_overlap(seen[k], path);
			if (nseen == LIM_KNOWN_STORES) {
				ir_cut(CUT_KNOWN_STEPS);
				break;
			}
			snprintf(seen[nseen++], sizeof(seen[0]), "%s", path);
			if (over || alias)
				continue;
			snprintf(entry, sizeof(entry), "%d.%s==#0", j, path);
			clang_list_add(list, sizeof(list), entry);
			remember(known, kcalls, &nk, ncalls, path);
			continue;
		}
		i = walk_before(x, &bq, i, param, np && !strchr(prefix, '.'), calls,
				&ncalls, &alias);
		if (i < 0 || steps++ >= LIM_KNOWN_STEPS)
			break;
		if (i == zev) {
			reached = 1;
			break;
		}
		e = &g->ev[i];

		if (e->kind == EV_CALL && !e->inlined &&
		    !(cfg_direct_callee(e->n) &&
		      !strncmp(cfg_direct_callee(e->n)->name, "__builtin_", 10))) {
			if (!param || !call_between(x, &bq, i, np && !strchr(prefix, '.'),
						    calls, &ncalls))
				break;
			continue;
		}
		if (zev >= 0 && escapes(x, &bq, i))
			break;		/* the fresh pointer stored away */
		if (e->kind != EV_STORE && e->kind != EV_PSTORE)
			continue;
		if (!e->n->nkids)
			break;
		l = e->n->kids[0];
		m = written_member(g->tu, l, &ptr, &obj, &whole);
		rel = NULL;
		if (outer && e->kind != EV_PSTORE && m && ptr &&
		    ops->same_value(x, ptr, e->env, i, outer, call->env, (int)(call - g->ev))) {
			if (whole || !member_path(g->tu, l, path, sizeof(path)))
				break;
			if (!paths_overlap(path, prefix))
				continue;	/* another member of p's */
			if (strlen(path) <= np)
				break;		/* sub stored whole */
			rel = path + np + 1;
		} else if (e->kind == EV_PSTORE || !m || !ptr ||
		    !ops->same_value(x, ptr, e->env, i, arg, call->env, (int)(call - g->ev))) {
			/* through another pointer: a pointer stored, or into
			 * a local variable, changes no integer member here */
			if (e->kind == EV_STORE && local_struct(l))
				continue;
			/* (a pointer stored may be a pointer member's) */
			if (clang_is_pointer(l)) {
				alias = 1;
				continue;
			}
			break;
		}
		if (!rel) {
			if (whole || !member_path(g->tu, l, path, sizeof(path)))
				break;
			rel = path;
		}
		for (over = 0, k = 0; k < nseen; k++)
			over |= paths_overlap(seen[k], rel);
		if (nseen == LIM_KNOWN_STORES) {
			ir_cut(CUT_KNOWN_STEPS);
			break;
		}
		snprintf(seen[nseen++], sizeof(seen[0]), "%s", rel);
		if (zev >= 0) {
			/* each member stored: J.P==? unless known (below) */
			if (nunk == LIM_KNOWN_STORES || strlen(rel) >= sizeof(unk[0]))
				nowild = 1;
			else
				snprintf(unk[nunk++], sizeof(unk[0]), "%s", rel);
		}
		m = cn_strip(l);
		/* a pointer member's: the address of a global object, no
		 * pointer stored through another pointer after it */
		if (!over && !alias && e->rhs && m && m->kind == CN_MEMBER &&
		    !strchr(rel, '.') && clang_is_pointer(m) &&
		    (v = clang_global_addr(x, e->rhs))) {
			char entry[ATOM_FIELD_MAX + 40];

			snprintf(entry, sizeof(entry), "%d.%s==&&%llu", j, rel, v);
			clang_list_add(list, sizeof(list), entry);
			remember(known, kcalls, &nk, ncalls, rel);
			continue;
		}
		if (over || !e->rhs || !m || m->kind != CN_MEMBER)
			continue;
		if (!clang_field_integer(g->tu, m->decl)) {
			/* NULL stored in a pointer member (not to a
			 * function) of the struct itself: the callee's
			 * pointer member atom (clang_member_ptr_atom()), no
			 * pointer stored through another pointer after it */
			if (alias || strchr(rel, '.') || !clang_field_pointer(g->tu, m->decl) ||
			    !null_const(g->tu, e->rhs))
				continue;
			snprintf(star, sizeof(star), "%d.%s==#0", j, rel);
			clang_list_add(list, sizeof(list), star);
			remember(known, kcalls, &nk, ncalls, rel);
			continue;
		}
		snprintf(star, sizeof(star), ".%s=", rel);
		ops->intval(x, e->rhs, e->env, i, clang_int_bits(g->tu, m), j, star, list,
			    sizeof(list));
		remember(known, kcalls, &nk, ncalls, rel);
	}
	if (i >= 0 && steps > LIM_KNOWN_STEPS)
		ir_cut(CUT_KNOWN_STEPS);
	if (reached && !alias && !nowild && nk < LIM_KNOWN_STORES &&
	    vals_zeroed_entries(j, unk, nunk, list, sizeof(list)))
		remember(known, kcalls, &nk, ncalls, "*");
	if (!list[0])
		return;
	/* a write no event stands for (`p->f |= x`) may be between: the
	 * function has none (asked once it has something to say) */
	if (!outer) {
		cq.known = known;
		cq.nk = nk;
		cq.arg = arg;
		cq.env = call->env;
		cq.ev = (int)(call - g->ev);
	}
	writes_of(x, ops, comp_write, &cq);
	if (cq.any)
		return;
	/* fresh memory no call was given, its pointer stored nowhere: no
	 * call given nothing of it can reach it (no J.*~L:C) */
	for (c = 0, given = 0; c < ncalls; c++)
		given |= calls[c].m >= 0;
	fresh = reached && !alias && !given;
	/* the calls passed over after a store known, for each member known
	 * (what does not fit leaves nothing known) */
	for (k = 0; k < nk; k++)
		maxc = kcalls[k] > maxc ? kcalls[k] : maxc;
	for (c = 0; c < maxc; c++) {
		if (fresh && calls[c].m < 0)
			continue;
		for (k = 0; k < (calls[c].m < 0 ? 1 : nk); k++) {
			char entry[LIM_FIELD_VALS];
			size_t len = strlen(list);

			if (calls[c].m >= 0 && c >= kcalls[k])
				continue;

			if (calls[c].m < 0)
				snprintf(entry, sizeof(entry), "%d.*~%d:%d", j, calls[c].line,
					 calls[c].col);
			else
				snprintf(entry, sizeof(entry), "%d.%s%s%s~%d:%d/%d", j,
					 calls[c].outer ? prefix : "",
					 calls[c].outer ? "." : "", known[k], calls[c].line,
					 calls[c].col, calls[c].m);
			if (len + strlen(entry) + 2 >= sizeof(list)) {
				ir_cut(CUT_FIELD_VALS);
				return;
			}
			clang_list_add(list, sizeof(list), entry);
		}
	}
	if (strlen(buf) + strlen(list) + 2 >= size) {
		ir_cut(CUT_FIELD_VALS);
		return;
	}
	fact_list_sort(list);
	fact_list_append(buf, size, list, clang_list_add);
}

/* ---- a member of a local object read before its address goes anywhere ---- */

/* the member access of @n through the operations a branch condition is
 * decided by (clang_ir.c const_value()), its left side first, or NULL */
static struct cn *cond_member(struct cn *n, int depth)
{
	struct cn *m;
	int i;

	n = cn_strip(n);
	if (!n || depth > LIM_WALK)
		return NULL;
	if (n->kind == CN_MEMBER)
		return n;
	if (n->kind != CN_BINOP && n->kind != CN_UNOP)
		return NULL;
	for (i = 0; i < n->nkids; i++)
		if ((m = cond_member(n->kids[i], depth + 1)))
			return m;
	return NULL;
}

/* can block @to run after block @from has (a loop back to @from too)? */
static int block_follows(struct fx *x, int from, int to)
{
	struct cfg *g = clang_fx_cfg(x);
	char *seen = sc_calloc(g->nbb, 1);
	int *todo = sc_calloc(g->nbb + 1, sizeof(*todo));
	int n = 0, found = 0, b, j, s;

	todo[n++] = from;
	while (n && !found) {
		b = todo[--n];
		for (j = 0; j < g->bb[b].nsucc && !found; j++) {
			s = g->bb[b].succ[j];
			if (s < 0 || s >= g->nbb)
				continue;
			if (s == to)
				found = 1;
			else if (!seen[s]) {
				seen[s] = 1;
				todo[n++] = s;
			}
		}
	}
	free(seen);
	free(todo);
	return found;
}

/* is @name one of the comma-separated @list? */
static int listed(const char *list, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	for (p = list; (p = strstr(p, name)); p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return 1;
	return 0;
}

/* the one value entries @list give member @name of object 0, or 0; the
 * zero over the whole object not counted when @named (the initializer
 * stores the member itself right after it, sparse_localmember.c) */
static int member_value(const char *list, const char *name, int named, long long *v)
{
	char own[160], all[] = "0.*:=#";
	const char *p = list, *e;
	size_t n = (size_t)snprintf(own, sizeof(own), "0.%s:=", name);
	long long a;
	char *end;
	int have = 0;

	if (n >= sizeof(own))
		return 0;
	while (p && *p) {
		e = strchr(p, ',');
		if (!strncmp(p, own, n) || (!named && !strncmp(p, all, sizeof(all) - 1))) {
			const char *val = p[2] == '*' ? p + sizeof(all) - 1 : p + n;

			if (*val != '#' && p[2] != '*')
				return 0;
			if (*val == '#')
				val++;
			a = strtoll(val, &end, 10);
			if (end == val || (*end && *end != ',') || (have && a != *v))
				return 0;
			*v = a;
			have = 1;
		}
		p = e ? e + 1 : NULL;
	}
	return have;
}

struct cn *clang_local_member(struct fx *x, const struct clang_valops *ops, struct cn *cond,
			      struct cenv *env, int b, int ev, long long *v)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *m = cond_member(cond, 0), *base;
	struct cdecl *var = NULL;
	struct cenv *venv = NULL;
	struct objq *q;
	char name[128];
	int i, ok, bits = 0, sign = 0;

	if (!m || !m->decl || m->nkids < 1 || !clang_field_integer(g->tu, m->decl))
		return NULL;
	base = cn_strip(m->kids[0]);
	if (clang_is_pointer(m->kids[0])) {
		if (!ops->object(x, m->kids[0], env, ev, &var, &venv))
			return NULL;
	} else if (base && base->kind == CN_REF && base->decl) {
		var = base->decl;
		venv = env;
	}
	if (!var || clang_var_member_name(var, m->decl, name, sizeof(name)) != 2 ||
	    !(q = object_entries(x, ops, 0, var, venv, 1)))
		return NULL;
	ok = !q->bad && member_value(q->list, name, listed(q->init_names, name), v) &&
	     clang_field_int_type(g->tu, m->decl, &bits, &sign) && bits > 0 && bits <= 64;
	/* the entries' values are the member's bits (as sparse stores
	 * them): as a value of its type, for const_value()'s operators,
	 * which compare as signed; an unsigned one past them decides nothing */
	if (ok && bits < 64) {
		unsigned long long u = (unsigned long long)*v & ((1ull << bits) - 1);

		if (sign && (u >> (bits - 1)))
			u |= ~((1ull << bits) - 1);
		*v = (long long)u;
	} else if (ok && !sign && *v < 0) {
		ok = 0;
	}
	/* no call given the object can have run before the branch */
	for (i = 0; ok && i < q->ncalls; i++) {
		int cb = g->ev[q->callev[i]].block;

		if (cb == b || block_follows(x, cb, b))
			ok = 0;
	}
	free(q);
	return ok ? m : NULL;
}

/* ---- members holding a stored value at a call ---- */

/* the store being followed to a call (clang_member_holds()) */
struct holdq {
	struct fx *x;
	const struct clang_valops *ops;
	struct cn *arg;		/* the call's pointer argument */
	struct cenv *env;
	int call;		/* its event */
	const char *path;	/* the member stored ("base.flags") */
	int bad;
};

/* a write no event stands for (`p->f |= x`, `q->n++`), anywhere in the
 * function: of the member through the call's pointer, or of an integer
 * member through another pointer (sparse_objints.c may_change() asks
 * only of those between; here they have no place) */
static void hold_write(struct walker *w, const struct write *wr)
{
	struct holdq *q = w->arg;
	char path[ATOM_FIELD_MAX + 2];

	if (wr->store || q->bad)
		return;
	if (!wr->ptr) {
		/* of a variable: a local one's changes no member here */
		q->bad = !local_struct(wr->lval);
		return;
	}
	if (!q->ops->same_value(q->x, wr->ptr, wr->env, wr->ev, q->arg, q->env, q->call)) {
		q->bad = !clang_is_pointer(wr->lval);
		return;
	}
	q->bad = !member_path(clang_fx_cfg(q->x)->tu, wr->lval, path, sizeof(path)) ||
		 paths_overlap(path, q->path);
}

/* may event @i (a store of member @q->path through @q->arg, or a call,
 * between them) change that member? */
static int ev_changes(struct holdq *q, int i)
{
	struct cfg *g = clang_fx_cfg(q->x);
	struct cev *e = &g->ev[i];
	char path[ATOM_FIELD_MAX + 2];
	struct cn *l, *ptr, *obj;
	int whole;

	switch (e->kind) {
	case EV_CALL:
		return !e->inlined && !(cfg_direct_callee(e->n) &&
					!strncmp(cfg_direct_callee(e->n)->name, "__builtin_", 10));
	case EV_PSTORE:
		return !e->n->nkids || !clang_is_pointer(e->n->kids[0]);
	case EV_STORE:
		if (!e->n->nkids)
			return 1;
		l = e->n->kids[0];
		if (!written_member(g->tu, l, &ptr, &obj, &whole) || !ptr ||
		    !q->ops->same_value(q->x, ptr, e->env, i, q->arg, q->env, q->call))
			/* through another pointer: a pointer stored, or into
			 * a local variable (as clang_member_known()) */
			return !(clang_is_pointer(l) || local_struct(l));
		return whole || !member_path(g->tu, l, path, sizeof(path)) ||
		       paths_overlap(path, q->path);
	default:
		return 0;
	}
}

/* does an event of block @b after @first (-1: from its first) and
 * before @last (-1: to its end) change the member? */
static int block_changes(struct holdq *q, int b, int first, int last)
{
	struct cbb *bb = &clang_fx_cfg(q->x)->bb[b];
	int j, on = first < 0;

	for (j = 0; j < bb->nev; j++) {
		if (bb->ev[j] == last)
			on = 0;
		if (on && bb->ev[j] != first && ev_changes(q, bb->ev[j]))
			return 1;
		if (bb->ev[j] == first)
			on = 1;
	}
	return 0;
}

void clang_mark_blocks(struct fx *x, int from, int fwd, int bit, unsigned char *marks)
{
	struct cfg *g = clang_fx_cfg(x);
	int *work = sc_malloc((g->nbb + 1) * sizeof(*work));
	int n = 0, b, j, k;

	work[n++] = from;
	while (n > 0) {
		b = work[--n];
		for (k = 0; k < g->nbb; k++) {
			int edge = 0;

			if (fwd) {
				for (j = 0; j < g->bb[b].nsucc; j++)
					edge |= g->bb[b].succ[j] == k;
			} else {
				for (j = 0; j < g->bb[k].nsucc; j++)
					edge |= g->bb[k].succ[j] == b;
			}
			if (edge && clang_fx_live(x, k) && !(marks[k] & bit)) {
				marks[k] |= bit;
				work[n++] = k;
			}
		}
	}
	free(work);
}

/* is the member that store @s writes what it holds at the call: @s
 * dominates it and no path from @s to it changes the member? */
static int holds_at(struct holdq *q, int s)
{
	struct cfg *g = clang_fx_cfg(q->x);
	int sb = g->ev[s].block, cb = g->ev[q->call].block, j, k, bad = 0;
	unsigned char *marks;

	if (!clang_fx_dominates(q->x, sb, cb))
		return 0;
	if (sb == cb) {
		for (j = 0; j < g->bb[sb].nev && g->bb[sb].ev[j] != s; j++)
			if (g->bb[sb].ev[j] == q->call)
				return 0;	/* the call first */
		bad = block_changes(q, sb, s, q->call);
	} else {
		bad = block_changes(q, sb, s, -1) || block_changes(q, cb, -1, q->call);
	}
	if (bad)
		return 0;
	marks = sc_calloc((size_t)g->nbb + 1, 1);
	clang_mark_blocks(q->x, sb, 1, 1, marks);
	clang_mark_blocks(q->x, cb, 0, 2, marks);
	for (j = 0; !bad && j < g->nbb; j++)
		if (marks[j] == 3)
			bad = block_changes(q, j, -1, -1);
	/* an asm with operands ends its block (clang_lower.c): between
	 * when that block is, or is the store's and not the call's;
	 * barrier() and cpu_relax() have none */
	for (j = 0, k = 0; !bad && j < g->nasms; j++) {
		struct pgoto *a = &g->asms[j];

		if (a->from < 0)
			continue;
		if (k < g->nasmn && g->asmn[k++].n->nkids == 0)
			continue;
		bad = marks[a->from] == 3 || (a->from == sb && sb != cb);
	}
	free(marks);
	return !bad;
}

void clang_member_holds(struct fx *x, const struct clang_valops *ops, int call,
			clang_holds_fn *found, void *ctx)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cev *e = &g->ev[call];
	struct holdq q = { x, ops, NULL, e->env, call, NULL, 0 };
	char path[ATOM_FIELD_MAX + 2];
	struct cn *l, *ptr, *obj, *m;
	int j, i, n, whole;

	if (e->kind != EV_CALL || e->inlined)
		return;
	for (j = 0; j + 1 < e->n->nkids; j++) {
		q.arg = e->n->kids[j + 1];
		if (!clang_struct_ptr(q.arg))
			continue;
		for (i = 0, n = 0; i < g->nev && n < LIM_KNOWN_STORES; i++) {
			struct cev *s = &g->ev[i];

			if (s->kind != EV_STORE || !s->n->nkids || !s->rhs ||
			    !clang_fx_live(x, s->block))
				continue;
			l = s->n->kids[0];
			if (!written_member(g->tu, l, &ptr, &obj, &whole) || !ptr || whole ||
			    !member_path(g->tu, l, path, sizeof(path)) ||
			    strlen(path) >= ATOM_FIELD_MAX || !(m = cn_strip(l)) ||
			    m->kind != CN_MEMBER || !clang_field_integer(g->tu, m->decl) ||
			    !ops->same_value(x, ptr, s->env, i, q.arg, q.env, call))
				continue;
			n++;
			q.path = path;
			q.bad = 0;
			if (!holds_at(&q, i))
				continue;
			writes_of(x, ops, hold_write, &q);
			if (!q.bad)
				found(ctx, j, path, s->rhs, s->env, i);
		}
	}
}
