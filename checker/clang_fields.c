/*
 * clang_fields.c - gfp values carried in struct fields, as the libclang
 * lowering sees them at a call (facts.h `vals`): the same entries
 * sparse_fields.c reads from sparse's SSA form, read here from the tree
 * of clang_ast.h and the reaching definitions of clang_ir.c.
 *
 * A value is followed as sparse's SSA form has it (value()): through
 * parentheses and casts, but not a cast to a pointer other than void *,
 * written or converting from another pointer type (sparse's OP_PTRCAST);
 * through a variable whose one reaching definition is a plain assignment
 * and whose address is not taken; from an inline function's parameter to
 * the argument bound to it; and from the address of a member at offset 0
 * to the address of its object (`&p->lock` is p).  On that value, the
 * three shapes:
 *   J=K.F  `p->F` (or `(*p).F`), F a gfp_t member of the struct and p
 *          the function's pointer parameter K on entry;
 *   J.F=C  `&v`, v a local struct (or a struct parameter passed by
 *          value): for each of its gfp_t members F stored in a live
 *          block of the function (`v.F = x`, `q->F = x` with q = &v, an
 *          initializer), the classes stored, joined.  As sparse, an
 *          initializer stores zero into the member at offset 0 first,
 *          and assigning the whole struct stores an unknown value there;
 *          a store another one to the same member overwrites later in
 *          the same block, with nothing between that may read it, is
 *          dropped (sparse's kill_dominated_stores());
 *   J=*K   the function's parameter K on entry, a pointer to a struct.
 * Anything else says nothing.  The entries of one call are bounded
 * (LIM_FIELD_VALS).
 *
 * Where sparse still sees more: a compound assignment to a member
 * (`v.F |= x`) is a store there and no event here; sparse forwards a
 * value stored through a parameter to a load of it in the same block
 * (`p->F = GFP_ATOMIC; f(p->F)`: no J=K.F there, and args differ too);
 * and kill_dominated_stores() also looks into a block's one parent.
 */
#include <stdio.h>
#include <string.h>

#include "analysis/ir_limits.h"
#include "clang_frontend.h"

#define MAX_GFP_FIELDS 64	/* gfp_t members of one struct looked at */

/* a value at an event, in an inline expansion; obj: the variable whose
 * address it is */
struct val {
	struct cn *n;
	struct cenv *env;
	int ev;
	struct cn *obj;
};

/* parentheses and casts, up to a cast to a pointer (NULL) */
static struct cn *strip(struct cn *n)
{
	int guard = 0;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN) {
		if (clang_pointer_cast(n))
			return NULL;
		n = n->kids[0];
	}
	return n;
}

static int is_local(const struct cdecl *d)
{
	return d && (d->kind == CD_PARAM ||
		     (d->kind == CD_VAR && !d->is_global && !d->is_static));
}

/*
 * The address of lvalue @l, as sparse sees it: the address of a member
 * at offset 0 is the address of what it is a member of (`&p->lock` is
 * p), and `&*p` is p.  Returns 1 when that is a pointer value to follow (in v->n), 2
 * when it is the address of variable v->obj, 0 otherwise.
 */
static int address(struct ctu *tu, struct val *v, struct cn *l)
{
	int guard = 0;

	while (l && l->kind == CN_MEMBER && l->nkids && clang_field_at0(l->decl) &&
	       guard++ < LIM_TYPE_CHAIN) {
		if (clang_is_pointer(l->kids[0])) {
			v->n = l->kids[0];
			return 1;
		}
		l = cn_strip(l->kids[0]);
	}
	if (l && l->kind == CN_REF) {
		v->obj = l;
		return 2;
	}
	if (l && l->kind == CN_UNOP && l->nkids == 1 && clang_op(tu, l) == OP_DEREF) {
		v->n = l->kids[0];	/* &*p, &(*p).first */
		return 1;
	}
	return 0;
}

/* @v followed to what sparse's SSA value is; 0 if that is a phi or a
 * load of a variable in memory */
static int value(struct fx *x, struct val *v)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[2], nd, entry, guard = 0;

	for (;;) {
		struct cn *n = strip(v->n);
		struct cev *d;

		if (!n)
			return 0;
		v->n = n;
		if (n->kind == CN_UNOP && n->nkids == 1 && clang_op(g->tu, n) == OP_ADDR) {
			switch (address(g->tu, v, cn_strip(n->kids[0]))) {
			case 0:
				return 1;
			case 1:
				continue;
			default:
				return 1;
			}
		}
		if (n->kind != CN_REF || !is_local(n->decl) || n->decl->is_object)
			return 1;
		if (guard++ > LIM_VALUE_DEPTH) {
			ir_cut(CUT_VALUE_DEPTH);
			return 0;
		}
		if (clang_fx_address_taken(x, n->decl))
			return 0;
		nd = clang_fx_reaching(x, n, v->env, v->ev, defs, 2, &entry);
		if (nd == 0 && entry) {
			struct cenv *in = v->env;

			if (n->decl->kind != CD_PARAM || !in->parent)
				return 1;
			if (n->decl->param < 0 || n->decl->param + 1 >= in->call->nkids)
				return 0;
			v->n = in->call->kids[n->decl->param + 1];
			v->env = in->parent;
			v->ev = in->call_ev;
			continue;
		}
		if (nd != 1 || entry)
			return 0;
		d = &g->ev[defs[0]];
		if (d->op != OP_ASSIGN_PLAIN || !d->rhs)
			return 0;
		v->n = d->rhs;
		v->env = d->env;
		v->ev = defs[0];
	}
}

/* the function's parameter @v is on entry, or -1 */
static int entry_param(struct fx *x, struct val *v)
{
	if (!value(x, v) || v->n->kind != CN_REF || !v->n->decl ||
	    v->n->decl->kind != CD_PARAM || v->env->parent)
		return -1;
	return v->n->decl->param;
}

static void add(char *buf, size_t size, const char *entry)
{
	size_t len = strlen(buf);

	if (len + strlen(entry) + 2 > size) {
		ir_cut(CUT_FIELD_VALS);
		return;
	}
	snprintf(buf + len, size - len, "%s%s", len ? "," : "", entry);
}

/* J=K.F: @m reads a gfp_t member of what a pointer parameter points to */
static void loaded_field(struct fx *x, struct val *m, int j, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *base, *b;
	struct val p = { NULL, NULL, 0, NULL };
	char entry[128];
	int k;

	if (!m->n->nkids || !clang_field_gfp(g->tu, m->n->decl))
		return;
	base = m->n->kids[0];
	b = strip(base);
	if (!b)
		return;
	if (clang_is_pointer(base))
		p.n = base;
	else if (b->kind == CN_UNOP && b->nkids == 1 && clang_op(g->tu, b) == OP_DEREF)
		p.n = b->kids[0];
	else
		return;		/* a member of a member: not at a member's offset */
	p.env = m->env;
	p.ev = m->ev;
	k = entry_param(x, &p);
	if (k < 0 || !clang_param_struct_ptr(g->tu, g->fn, k))
		return;
	snprintf(entry, sizeof(entry), "%d=%d.%s", j, k, m->n->decl->name);
	add(buf, size, entry);
}

/* is @n evaluated without reading memory or calling? */
static int pure(struct fx *x, struct cn *n)
{
	long long v;
	int i;

	if (!n)
		return 1;
	switch (n->kind) {
	case CN_REF:
		if (!n->decl)
			return 0;
		if (n->decl->kind == CD_ENUM || n->decl->kind == CD_FUNC)
			return 1;
		return is_local(n->decl) && !n->decl->is_object &&
		       !clang_fx_address_taken(x, n->decl);
	case CN_UNOP:
		if (clang_op(clang_fx_cfg(x)->tu, n) == OP_DEREF)
			return 0;
		/* fall through */
	case CN_CAST: case CN_BINOP: case CN_COND:
		for (i = 0; i < n->nkids; i++)
			if (!pure(x, n->kids[i]))
				return 0;
		return 1;
	case CN_NOEVAL:
		return 1;
	default:
		return clang_const(clang_fx_cfg(x)->tu, n, &v);
	}
}

/* is @m (a member access) a member of local @var of @env, directly or
 * through a pointer to it? */
static int member_of(struct fx *x, struct cn *m, struct cenv *menv, int ev,
		     const struct cdecl *var, const struct cenv *env)
{
	struct cn *base = m->nkids ? m->kids[0] : NULL, *b = cn_strip(base);
	struct val p;

	if (!b)
		return 0;
	if (!clang_is_pointer(base))
		return b->kind == CN_REF && b->decl == var && menv == env;
	p.n = base;
	p.env = menv;
	p.ev = ev;
	p.obj = NULL;
	return value(x, &p) && p.obj && p.obj->decl == var && p.env == env;
}

/* event @i stores into member @field of @var in @env: 1, with the stored
 * value's purity in *@pure; 0 another member; -1 the whole struct or
 * something else */
static int store_kind(struct fx *x, int i, const struct cdecl *var,
		      const struct cenv *env, const char *field, int *pure_rhs)
{
	struct cev *e = &clang_fx_cfg(x)->ev[i];
	struct cn *l;

	if (e->kind == EV_ASSIGN && e->var != var && !e->var->is_object &&
	    e->n->kind != CN_DECL) {
		*pure_rhs = pure(x, e->rhs);
		return *pure_rhs ? 0 : -1;
	}
	if (e->kind != EV_STORE || !e->n->nkids)
		return -1;
	l = cn_strip(e->n->kids[0]);
	if (!l || l->kind != CN_MEMBER || !l->decl ||
	    !member_of(x, l, e->env, i, var, env))
		return -1;
	*pure_rhs = pure(x, e->rhs);
	return !strcmp(l->decl->name, field) ? 1 : *pure_rhs ? 0 : -1;
}

/* is what event @i stores into @field of @var overwritten later in its
 * block before anything may read it? */
static int overwritten(struct fx *x, int i, const struct cdecl *var,
		       const struct cenv *env, const char *field)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cbb *bb = &g->bb[g->ev[i].block];
	int k, pure_rhs;

	for (k = 0; k < bb->nev && bb->ev[k] != i; k++)
		;
	for (k++; k < bb->nev; k++) {
		switch (store_kind(x, bb->ev[k], var, env, field, &pure_rhs)) {
		case 1:
			return pure_rhs;
		case 0:
			continue;
		default:
			return 0;
		}
	}
	return 0;
}

/* the value an initializer list gives member @field, or NULL */
static struct cn *init_value(struct cn *init, const char *field)
{
	int i, next = 0, nf = 0;

	while (init->fields && init->fields[nf])
		nf++;
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i];

		if (e && e->kind == CN_DESIG) {
			const char *dot = e->name ? strrchr(e->name, '.') : NULL;
			int k;

			if (!dot || !init->name ||
			    strncmp(e->name, init->name, (size_t)(dot - e->name)) ||
			    init->name[dot - e->name])
				continue;	/* .a.b: a member of a member */
			for (k = 0; k < nf; k++)
				if (!strcmp(init->fields[k], dot + 1))
					next = k + 1;
			if (!strcmp(dot + 1, field) && e->nkids)
				return e->kids[e->nkids - 1];
			continue;
		}
		if (next < nf && !strcmp(init->fields[next++], field))
			return e;
	}
	return NULL;
}

/* the class event @i stores into member @field of @var in @env, or 0;
 * @first: the member is at offset 0 */
static char stored(struct fx *x, int i, struct cdecl *var, struct cenv *env,
		   const char *field, int first)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cunit *u = clang_fx_unit(x);
	struct cev *e = &g->ev[i];
	struct cn *l, *r;
	char c = 0;

	if (!clang_fx_live(x, e->block))
		return 0;
	if (e->kind == EV_STORE && e->n->nkids && e->rhs &&
	    (l = cn_strip(e->n->kids[0])) && l->kind == CN_MEMBER && l->decl &&
	    !strcmp(l->decl->name, field) && member_of(x, l, e->env, i, var, env)) {
		if (overwritten(x, i, var, env, field))
			return 0;
		return clang_fx_class(x, e->rhs, e->env, i);
	}
	if (e->kind != EV_ASSIGN || e->var != var || e->var_env != env || !e->rhs)
		return 0;
	/* sparse zeroes a struct before its initializer */
	if (e->n->kind == CN_DECL && first)
		c = u->have_mask ? GFP_NOBLOCK : GFP_UNKNOWN;
	r = cn_strip(e->rhs);
	if (r && r->kind == CN_INITLIST) {
		if ((r = init_value(r, field)) && !overwritten(x, i, var, env, field))
			c = gfp_join0(c, clang_fx_class(x, r, e->env, i));
	} else if (first) {
		c = gfp_join0(c, GFP_UNKNOWN);	/* the whole struct at once */
	}
	return c;
}

/* J.F=C: the gfp_t members of local struct @var stored in the function */
static void local_fields(struct fx *x, struct cdecl *var, struct cenv *env, int j,
			 char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	const char *names[MAX_GFP_FIELDS];
	int n, f, i, first;

	n = clang_gfp_fields(g->tu, var, names, MAX_GFP_FIELDS, &first);
	for (f = 0; f < n; f++) {
		char entry[128], c = 0;

		for (i = 0; i < g->nev; i++)
			c = gfp_join0(c, stored(x, i, var, env, names[f], f == first));
		if (!c)
			continue;
		snprintf(entry, sizeof(entry), "%d.%s=%c", j, names[f], c);
		add(buf, size, entry);
	}
}

char *clang_field_vals(struct fx *x, struct cev *e)
{
	struct cfg *g = clang_fx_cfg(x);
	char buf[LIM_FIELD_VALS] = "";
	int j, k, ev = (int)(e - g->ev);

	for (j = 0; j + 1 < e->n->nkids; j++) {
		struct val v = { e->n->kids[j + 1], e->env, ev, NULL };
		char entry[32];

		if (!value(x, &v))
			continue;
		if (v.n->kind == CN_REF) {
			k = entry_param(x, &v);
			if (k >= 0 && clang_param_struct_ptr(g->tu, g->fn, k)) {
				snprintf(entry, sizeof(entry), "%d=*%d", j, k);
				add(buf, sizeof(buf), entry);
			}
		} else if (v.obj) {
			if (is_local(v.obj->decl))
				local_fields(x, v.obj->decl, v.env, j, buf, sizeof(buf));
		} else if (v.n->kind == CN_MEMBER) {
			loaded_field(x, &v, j, buf, sizeof(buf));
		}
	}
	return buf[0] ? sc_strdup(buf) : NULL;
}
