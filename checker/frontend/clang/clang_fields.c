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
 *   J=&NAME, J=&NAME/s  `&v` (or `&v.first`, a member at offset 0), v a
 *          global (or /s static, file or function scope) variable of
 *          struct type; a member at another offset says nothing.
 *   J=^L:C argument J is, through any casts, what a direct call returned,
 *          a pointer to a struct; L:C is that call's own event position
 *          (its fact's).  A call expanded inline is followed to its one
 *          reachable return (sparse folds a one-source phi), several are
 *          a phi and say nothing, as in sparse's loaded_field();
 *   J=#V, J=K, J=K|V  only where the callee's prototype gives argument J
 *          an integer type (a variadic one: as promoted), never for a
 *          call expanded inline (sparse_fields.c arg_type() has no types
 *          for OP_INLINED_CALL, so those fall through to the shapes
 *          above).  "Integer" is sparse's is_integer(): bool, characters,
 *          integers, enums, but not a __bitwise typedef (sparse's
 *          __CHECKER__ makes it a restricted type, which is not an
 *          integer; clang sees a plain integer, so the typedef's tokens
 *          are read for __bitwise) and so never gfp_t.  V is the constant
 *          as sparse keeps it: truncated to the type's width, not sign-
 *          extended (expand.c masks folded values; -1 to an int is
 *          #4294967295), 0/1 for bool; a constant is anything
 *          const_value() of clang_ir.c folds, constant parameters of
 *          static functions included (sparse_params.c substitutes them).
 *          Followed through extensions and truncations only, not a test
 *          for bool (sparse's setne), nor a pointer made integer; ORs of
 *          constants accumulate until a cast, as simplify.c folds
 *          `(x | A) | B` but not across a cast.
 * And what the function returns (fact_func.rets, clang_field_rets()), as
 * sparse's returned_value(): each return in a live block; a constant
 * (NULL, an error pointer) says nothing and is fine; a parameter, a
 * global, a load says nothing and makes it all nothing; a cast to another
 * pointer type (OP_PTRCAST) contributes the stores through the cast and
 * then what it casts; a variable with several reaching definitions, an
 * inline function with several reachable returns, and `c ? a : b` whose
 * arms sparse's expand.c costs at a select or more are a phi: each
 * source must say something; else the F=C of the stores through that
 * value (compared as sparse compares pseudos: the same expression after
 * following variables, or the same parameter) and ^L:C if it is a direct
 * call.  Entries are de-duplicated as sparse's add() does.  Of a function
 * returning a pointer to other than a struct, each return's calls
 * (clang_pointer_rets(), sparse's sc_pointer_rets()), and J=%^L:C of an
 * argument such a pointer a call returned.
 * Anything else says nothing.  The entries of one call are bounded
 * (LIM_FIELD_VALS).
 *
 * Flag atoms (clang_ir.c implied(), flag_atom()) follow sparse_ir.c
 * flag_atom(), and their order is sparse's: branches are lowered in the
 * order their conditions are evaluated (sparse's block order), and a
 * logical operator in a condition whose right side sparse's expand.c
 * costs below a branch (no calls, no dereference of a pointer, few
 * operations: clang_lower.c sparse_cost()) is one branch on both sides
 * (sparse's linearize_binop_bool()), so its atoms are made as sparse
 * makes them, through the same formula2(implied(left), implied(right))
 * call.  A mask that keeps every bit of a zero-extended value (`b & 1`,
 * b a bool) is no test in sparse (simplify.c drops it), so no atom.
 *
 * Where sparse still sees more: a compound assignment to a member
 * (`v.F |= x`) is a store there and no event here; sparse forwards a
 * value stored through a parameter to a load of it in the same block
 * (`p->F = GFP_ATOMIC; f(p->F)`: no J=K.F there, and args differ too);
 * and kill_dominated_stores() also looks into a block's one parent.
 * For flag atoms and integer values: an operator written inside a macro
 * body (`unlikely(x)` is `__builtin_expect(!!(x), 0)`) is not recognised
 * by clang_op(), which reads operators from the text, so no atom there
 * (`if (unlikely(flags & F))` has one in sparse); sparse threads a branch
 * on an inline function's value through its constant returns (`return
 * 3; ... return f & 2;`), making a branch, and an atom, of the other
 * return; and both keep at most IR_MAX_ATOMS atoms, so a difference in
 * order past that is a difference in which atoms are kept.
 */
#include <stdio.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"
#include "clang_loads.h"

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

/*
 * One step of following local variable @v->n (not an object, its address
 * not taken) as sparse's SSA form has it: to the one plain assignment
 * that reaches, or from an inline function's parameter to its argument
 * (1); 2 when it is the function's own parameter on entry, or a variable
 * never assigned; 0 when it is a phi or not followed.
 */
static int var_step(struct fx *x, struct val *v)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *n = v->n;
	int defs[2], nd, entry;
	struct cev *d;

	if (clang_fx_address_taken(x, n->decl))
		return 0;
	nd = clang_fx_reaching(x, n, v->env, v->ev, defs, 2, &entry);
	if (nd == 0 && entry) {
		struct cenv *in = v->env;

		if (n->decl->kind != CD_PARAM || !in->parent)
			return 2;
		if (n->decl->param < 0 || n->decl->param + 1 >= in->call->nkids)
			return 0;
		v->n = in->call->kids[n->decl->param + 1];
		v->env = in->parent;
		v->ev = in->call_ev;
		return 1;
	}
	if (nd != 1 || entry)
		return 0;
	d = &g->ev[defs[0]];
	if (d->op != OP_ASSIGN_PLAIN || !d->rhs)
		return 0;
	v->n = d->rhs;
	v->env = d->env;
	v->ev = defs[0];
	return 1;
}

/* is @n a variable var_step() follows? */
static int ssa_var(struct cn *n)
{
	return n && n->kind == CN_REF && is_local(n->decl) && !n->decl->is_object;
}

/* one step of a walk to a parameter of the function: @v, a variable,
 * followed to its one definition (1), or at the function's entry the
 * function's own parameter *@k (2), or neither (0) */
static int param_step(struct fx *x, struct val *v, int *k)
{
	struct cn *n = v->n;

	if (!ssa_var(n))
		return 0;
	switch (var_step(x, v)) {
	case 1:
		return 1;
	case 2:
		if (n->decl->kind != CD_PARAM || v->env->parent)
			return 0;
		*k = n->decl->param;
		return 2;
	default:
		return 0;
	}
}

/* @v followed to what sparse's SSA value is; 0 if that is a phi or a
 * load of a variable in memory */
static int value(struct fx *x, struct val *v)
{
	struct cfg *g = clang_fx_cfg(x);
	int guard = 0;

	for (;;) {
		struct cn *n = strip(v->n);

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
		if (!ssa_var(n))
			return 1;
		if (guard++ > LIM_VALUE_DEPTH) {
			ir_cut(CUT_VALUE_DEPTH);
			return 0;
		}
		switch (var_step(x, v)) {
		case 0:
			return 0;
		case 2:
			return 1;
		default:
			break;
		}
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

/* appends @entry to the list in @buf unless it is there (as sparse_fields.c) */
void clang_list_add(char *buf, size_t size, const char *entry)
{
	size_t len = strlen(buf), n = strlen(entry);
	const char *p;

	for (p = buf; (p = strstr(p, entry)); p += n)
		if ((p == buf || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return;
	if (len + n + 2 > size) {
		ir_cut(CUT_FIELD_VALS);
		return;
	}
	snprintf(buf + len, size - len, "%s%s", len ? "," : "", entry);
}

/* J=K.F: @m reads a gfp_t member of what a pointer parameter points to,
 * or a pointer member (sparse_fields.c loaded_field()) */
#define add clang_list_add

static void loaded_field(struct fx *x, struct val *m, int j, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *base, *b;
	struct val p = { NULL, NULL, 0, NULL };
	char entry[128];
	int k;

	if (!m->n->nkids || !m->n->decl ||
	    (!clang_field_gfp(g->tu, m->n->decl) && !clang_is_pointer(m->n)))
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
	if (e->kind == EV_PSTORE)
		return 0;	/* not a member: sparse does not stop there */
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

/* ---- pointers returned by calls: J=^L:C and fact_func.rets ---- */

/* the one reachable return of inline expansion @in: 1 and @v set to it;
 * 0 when it has several (a phi) or none.  With @objects, returns of a
 * null pointer constant are left out: the object an inline returns when
 * it returns one (xfrm_audit_start()'s `return NULL;` paths), as sparse
 * sees it once its branch on the value is threaded past them */
static int one_return(struct fx *x, struct cenv *in, struct val *v, int objects)
{
	struct cfg *g = clang_fx_cfg(x);
	long long c;
	int i, k = -1;

	for (i = 0; i < in->nrets; i++) {
		if (!clang_fx_live(x, g->ev[in->ret_ev[i]].block) ||
		    (objects && in->rets[i] &&
		     clang_const(g->tu, cn_strip(in->rets[i]), &c) && !c))
			continue;
		if (k >= 0)
			return 0;
		k = i;
	}
	if (k < 0)
		return 0;
	v->n = in->rets[k];
	v->env = in;
	v->ev = in->ret_ev[k];
	return 1;
}

/* the event of call @n in @env, or NULL */
static struct cev *call_event(struct fx *x, struct cn *n, struct cenv *env)
{
	struct cfg *g = clang_fx_cfg(x);
	int i;

	for (i = 0; i < g->nev; i++)
		if (g->ev[i].kind == EV_CALL && g->ev[i].n == n && g->ev[i].env == env)
			return &g->ev[i];
	return NULL;
}

/* "^L:C" of @n if it is a direct call that is not expanded inline (sparse's
 * OP_CALL of a symbol), at the position its fact gets */
static int call_origin(struct fx *x, struct val *v, char *entry, size_t size,
		       const char *prefix)
{
	struct cdecl *fn;
	struct cev *e;

	if (v->n->kind != CN_CALL || !(fn = cfg_direct_callee(v->n)) ||
	    !strncmp(fn->name, "__builtin_", 10) ||
	    !(e = call_event(x, v->n, v->env)) || e->inlined)
		return 0;
	snprintf(entry, size, "%s^%d:%d", prefix, e->line, e->col);
	return 1;
}

/*
 * @v followed to the pseudo sparse has for it, for pointers: through
 * parentheses, casts other than to another pointer type (sparse's
 * OP_PTRCAST, where it stops: the cast is the value), variables with one
 * reaching definition, inline parameters, and inline functions with one
 * reachable return.  1 when @v is then that value (a root parameter: its
 * reference), 0 when it is a phi or memory.
 */
static int pointer_value(struct fx *x, struct val *v)
{
	struct cenv *in;
	int guard = 0;

	while (guard++ <= LIM_VALUE_DEPTH) {
		struct cn *n = v->n;

		while (n && n->kind == CN_CAST && n->nkids == 1 && !clang_pointer_cast(n))
			n = n->kids[0];
		if (!n)
			return 0;
		v->n = n;
		if (n->kind == CN_CALL) {
			if (!(in = clang_fx_expansion(x, n, v->env)))
				return 1;
			if (!one_return(x, in, v, 0))
				return 0;
			continue;
		}
		if (n->kind != CN_REF)
			return 1;
		if (!ssa_var(n))
			return 0;	/* a load: a pseudo of its own */
		switch (var_step(x, v)) {
		case 1:
			continue;
		case 2:
			return n->decl->kind == CD_PARAM;
		default:
			return 0;
		}
	}
	ir_cut(CUT_VALUE_DEPTH);
	return 0;
}

/* do @a and @b (pointer_value()s) name one pseudo? */
static int same_value(const struct val *a, const struct val *b)
{
	if (a->n->kind == CN_REF && b->n->kind == CN_REF)
		return a->n->decl == b->n->decl && a->env == b->env;
	return a->n == b->n && a->env == b->env;
}

/* J=^L:C: argument @v is, through casts, what a direct call returned, a
 * pointer to a struct (sparse_fields.c loaded_field(), OP_CALL), or with
 * @ints an integer (sparse_fields.c int_call()); J=%^L:C: a pointer to
 * anything else */
static void returned_arg(struct fx *x, struct val *v, int j, char *buf, size_t size,
			 int ints)
{
	char entry[64], prefix[16];
	struct cenv *in;
	int guard = 0;

	while (guard++ <= LIM_VALUE_DEPTH) {
		struct cn *n = cn_strip(v->n);

		if (!n)
			return;
		v->n = n;
		if (n->kind == CN_CALL) {
			if ((in = clang_fx_expansion(x, n, v->env))) {
				if (!one_return(x, in, v, 1))
					return;
				continue;
			}
			/* J=%^L:C of a pointer to other than a struct */
			snprintf(prefix, sizeof(prefix), "%d=%s", j,
				 ints || clang_struct_ptr(n) ? "" : "%");
			if ((ints || clang_struct_ptr(n) || clang_is_pointer(n)) &&
			    call_origin(x, v, entry, sizeof(entry), prefix))
				add(buf, size, entry);
			return;
		}
		/* `&p->first`: p itself, as sparse has it */
		if (n->kind == CN_UNOP && n->nkids == 1 &&
		    clang_op(clang_fx_cfg(x)->tu, n) == OP_ADDR) {
			if (address(clang_fx_cfg(x)->tu, v, cn_strip(n->kids[0])) != 1)
				return;
			continue;
		}
		if (!ssa_var(n) || var_step(x, v) != 1)
			return;
	}
	ir_cut(CUT_VALUE_DEPTH);
}

/* the class of what event @i stores in member @field of pointer @p, or 0 */
static char stored_through(struct fx *x, int i, const struct val *p, const char *field)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cev *e = &g->ev[i];
	struct val q;
	struct cn *l, *b;

	if (e->kind != EV_STORE || !e->n->nkids || !e->rhs || !clang_fx_live(x, e->block))
		return 0;
	l = cn_strip(e->n->kids[0]);
	if (!l || l->kind != CN_MEMBER || !l->decl || !l->nkids ||
	    strcmp(l->decl->name, field) || !clang_field_gfp(g->tu, l->decl))
		return 0;
	b = cn_strip(l->kids[0]);
	if (clang_is_pointer(l->kids[0]))
		q.n = l->kids[0];
	else if (b && b->kind == CN_UNOP && b->nkids == 1 && clang_op(g->tu, b) == OP_DEREF)
		q.n = b->kids[0];
	else
		return 0;
	q.env = e->env;
	q.ev = i;
	q.obj = NULL;
	if (!pointer_value(x, &q) || !same_value(&q, p))
		return 0;
	return clang_fx_class(x, e->rhs, e->env, i);
}

/* F=C: the gfp members @names of the returned struct stored through
 * pointer @p in live blocks; their count */
static int stored_fields(struct fx *x, const struct val *p, const char **names, int nf,
			 char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	int f, i, n = 0;

	for (f = 0; f < nf; f++) {
		char entry[128], c = 0;

		for (i = 0; i < g->nev; i++)
			c = gfp_join0(c, stored_through(x, i, p, names[f]));
		if (!c)
			continue;
		snprintf(entry, sizeof(entry), "%s=%c", names[f], c);
		add(buf, size, entry);
		n++;
	}
	return n;
}

static int table_elem(struct fx *x, struct cn *b, struct cenv *env, int ev,
		      char *tag, size_t tsize, char *buf, size_t size);

/* what a conditional value `c ? a : b` is, as sparse linearizes it */
enum cond_arms {
	COND_ARM,	/* a constant condition picked an arm: *v is it */
	COND_SELECT,	/* cheap arms: a select, no value followed */
	COND_PHI,	/* dear arms: a phi of *a and *b */
};

/*
 * A constant condition picks its arm; arms dearer than a select are a
 * phi (expand.c expand_conditional()), each followed on its own.
 */
static enum cond_arms cond_arms(struct fx *x, struct val *v, struct val *a,
				struct val *b)
{
	struct cfg *g = clang_fx_cfg(x);
	long long k;

	if (clang_fx_const(x, v->n->kids[0], v->env, v->ev, &k)) {
		v->n = v->n->kids[k ? 1 : 2];
		return COND_ARM;
	}
	if (cfg_sparse_cost(g, v->n->kids[1]) + cfg_sparse_cost(g, v->n->kids[2]) < 20)
		return COND_SELECT;
	*a = *v;
	*b = *v;
	a->n = v->n->kids[1];
	b->n = v->n->kids[2];
	return COND_PHI;
}

/* one value @v the function may return: its entries; 0 if it says
 * nothing (sparse_fields.c returned_value()) */
static int returned_value(struct fx *x, struct val v, const char **names, int nf,
			  char *buf, size_t size, int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[LIM_REACH], nd, entry, i, n;
	char entry_s[300], tag[300];
	struct cenv *in;
	long long k;

	if (depth > LIM_VALUE_DEPTH) {
		ir_cut(CUT_VALUE_DEPTH);
		return 0;
	}
	for (;;) {
		while (v.n && v.n->kind == CN_CAST && v.n->nkids == 1 &&
		       !clang_pointer_cast(v.n))
			v.n = v.n->kids[0];
		if (!v.n)
			return 0;
		if (clang_fx_const(x, v.n, v.env, v.ev, &k))
			return 1;	/* NULL, or an error pointer: no object */
		if (v.n->kind == CN_CAST) {
			/* an OP_PTRCAST: stores go through the cast */
			n = stored_fields(x, &v, names, nf, buf, size);
			v.n = v.n->kids[0];
			return returned_value(x, v, names, nf, buf, size, depth + 1) || n > 0;
		}
		if (v.n->kind == CN_COND && v.n->nkids == 3) {
			struct val a, b;
			int arms = cond_arms(x, &v, &a, &b);

			if (arms == COND_ARM)
				continue;
			if (arms == COND_SELECT)
				break;
			return returned_value(x, a, names, nf, buf, size, depth + 1) &&
			       returned_value(x, b, names, nf, buf, size, depth + 1);
		}
		if (v.n->kind == CN_CALL && (in = clang_fx_expansion(x, v.n, v.env))) {
			struct val r;
			int live = 0;

			if (one_return(x, in, &v, 0))
				continue;
			/* a phi of its returns */
			for (i = 0; i < in->nrets; i++) {
				if (!clang_fx_live(x, g->ev[in->ret_ev[i]].block))
					continue;
				r.n = in->rets[i];
				r.env = in;
				r.ev = in->ret_ev[i];
				r.obj = NULL;
				if (!returned_value(x, r, names, nf, buf, size, depth + 1))
					return 0;
				live++;
			}
			return live > 0;
		}
		if (clang_global_read(x, v.n, v.env, v.ev, -1, entry_s, sizeof(entry_s))) {
			add(buf, size, entry_s + 3);	/* "-1=@G": @G */
			return 1;
		}
		if (v.n->kind != CN_REF)
			break;
		if (!ssa_var(v.n))
			return 0;	/* a load, a global's address */
		if (clang_fx_address_taken(x, v.n->decl))
			return 0;
		nd = clang_fx_reaching(x, v.n, v.env, v.ev, defs, LIM_REACH, &entry);
		if (nd < 0 || nd == LIM_REACH)
			return 0;
		if (nd == 0 && entry) {
			if (var_step(x, &v) != 1)
				return 0;	/* a parameter, or no value */
			continue;
		}
		if (nd == 1 && !entry) {
			if (var_step(x, &v) != 1)
				return 0;
			continue;
		}
		/* a phi: each of its sources */
		if (entry && v.n->decl->kind == CD_PARAM)
			return 0;
		for (i = 0; i < nd; i++) {
			struct cev *d = &g->ev[defs[i]];
			struct val r = { d->rhs, d->env, defs[i], NULL };

			if (d->op != OP_ASSIGN_PLAIN || !d->rhs ||
			    !returned_value(x, r, names, nf, buf, size, depth + 1))
				return 0;
		}
		return 1;
	}
	/* &G[K]: an element of a global table (sparse_fields.c) */
	if (v.n->kind == CN_UNOP && v.n->nkids == 1 &&
	    clang_op(g->tu, v.n) == OP_ADDR &&
	    table_elem(x, v.n->kids[0], v.env, v.ev, tag, sizeof(tag), entry_s + 1,
		       sizeof(entry_s) - 1)) {
		entry_s[0] = '&';
		add(buf, size, entry_s);
		return 1;
	}
	n = stored_fields(x, &v, names, nf, buf, size);
	if (call_origin(x, &v, entry_s, sizeof(entry_s), "")) {
		add(buf, size, entry_s);
		n++;
	}
	return n > 0;
}

/* `*p = x; return *p;`: the store into *p before load @load (at event
 * @ev, in @env) in the same block, with no call nor other store between,
 * whose value sparse's load gets (its memops.c): that store's event, or
 * -1 */
static int stored_before_load(struct fx *x, struct cn *load, struct cenv *env, int ev)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *p = cn_strip(load->kids[0]), *l, *q;
	int i;

	if (!p || p->kind != CN_REF || !p->decl)
		return -1;
	for (i = ev - 1; i >= 0 && g->ev[i].block == g->ev[ev].block; i--) {
		struct cev *e = &g->ev[i];

		if (e->kind == EV_CALL || e->kind == EV_STORE ||
		    (e->kind == EV_ASSIGN && e->var == p->decl))
			return -1;
		if (e->kind != EV_PSTORE)
			continue;
		if (e->env != env || !e->n->nkids || !e->rhs)
			return -1;
		l = cn_strip(e->n->kids[0]);
		if (!l || l->kind != CN_UNOP || l->nkids != 1 || clang_op(g->tu, l) != OP_DEREF)
			return -1;
		q = cn_strip(l->kids[0]);
		return q && q->kind == CN_REF && q->decl == p->decl ? i : -1;
	}
	return -1;
}

/* %^L:C: one value @v a function returning a pointer to other than a
 * struct may return, NULL or what calls returned (through casts from
 * pointers, variables, inline expansions, a store just before a load),
 * its entries; 0 if it is anything else (sparse_fields.c
 * returned_pcall()) */
static int returned_pcall(struct fx *x, struct val v, char *buf, size_t size, int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[LIM_REACH], nd, entry, i, live;
	struct cenv *in;
	char e[64];
	long long k;

	if (depth > LIM_VALUE_DEPTH) {
		ir_cut(CUT_VALUE_DEPTH);
		return 0;
	}
	for (;;) {
		if (!v.n)
			return 0;
		if (clang_fx_const(x, v.n, v.env, v.ev, &k))
			return 1;	/* NULL, or an error pointer */
		if (v.n->kind == CN_CAST && v.n->nkids == 1 && clang_is_pointer(v.n->kids[0])) {
			v.n = v.n->kids[0];
			continue;
		}
		if (v.n->kind == CN_COND && v.n->nkids == 3) {
			struct val a, b;
			int arms = cond_arms(x, &v, &a, &b);

			if (arms == COND_ARM)
				continue;
			if (arms == COND_SELECT)
				return 0;
			return returned_pcall(x, a, buf, size, depth + 1) &&
			       returned_pcall(x, b, buf, size, depth + 1);
		}
		if (v.n->kind == CN_CALL && (in = clang_fx_expansion(x, v.n, v.env))) {
			struct val r;

			if (one_return(x, in, &v, 0))
				continue;
			/* a phi of its returns */
			for (i = 0, live = 0; i < in->nrets; i++) {
				if (!clang_fx_live(x, g->ev[in->ret_ev[i]].block))
					continue;
				r.n = in->rets[i];
				r.env = in;
				r.ev = in->ret_ev[i];
				r.obj = NULL;
				if (!returned_pcall(x, r, buf, size, depth + 1))
					return 0;
				live++;
			}
			return live > 0;
		}
		if (v.n->kind == CN_UNOP && v.n->nkids == 1 &&
		    clang_op(g->tu, v.n) == OP_DEREF &&
		    (i = stored_before_load(x, v.n, v.env, v.ev)) >= 0) {
			v.n = g->ev[i].rhs;
			v.env = g->ev[i].env;
			v.ev = i;
			continue;
		}
		if (v.n->kind != CN_REF)
			break;
		if (!ssa_var(v.n) || clang_fx_address_taken(x, v.n->decl))
			return 0;	/* a load, a global's address */
		nd = clang_fx_reaching(x, v.n, v.env, v.ev, defs, LIM_REACH, &entry);
		if (nd < 0 || nd == LIM_REACH)
			return 0;
		if ((nd == 0 && entry) || (nd == 1 && !entry)) {
			if (var_step(x, &v) != 1)
				return 0;	/* a parameter, or no value */
			continue;
		}
		/* a phi: each of its sources */
		if (entry && v.n->decl->kind == CD_PARAM)
			return 0;
		for (i = 0; i < nd; i++) {
			struct cev *d = &g->ev[defs[i]];
			struct val r = { d->rhs, d->env, defs[i], NULL };

			if (d->op != OP_ASSIGN_PLAIN || !d->rhs ||
			    !returned_pcall(x, r, buf, size, depth + 1))
				return 0;
		}
		return 1;
	}
	/* a list cut short would say less than all (vmem.c) */
	if (!call_origin(x, &v, e, sizeof(e), "%") || strlen(buf) + strlen(e) + 2 > size)
		return 0;
	add(buf, size, e);
	return 1;
}

void clang_pointer_rets(struct fx *x, struct ir_func *ir)
{
	struct cfg *g = clang_fx_cfg(x);
	int i;

	if (!clang_ret_pointer(clang_fx_fn(x)))
		return;
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct val v = { e->n, e->env, i, NULL };
		char own[LIM_FIELD_VALS] = "";

		if (e->kind != EV_RET || e->env->parent || !e->n ||
		    !clang_fx_live(x, e->block))
			continue;
		ir_pointer_return(ir, e->block,
				  returned_pcall(x, v, own, sizeof(own), 0) ? own : NULL);
	}
}

char *clang_field_rets(struct fx *x)
{
	struct cfg *g = clang_fx_cfg(x);
	const char *names[MAX_GFP_FIELDS];
	char buf[LIM_FIELD_VALS] = "";
	int nf, i;

	nf = clang_ret_gfp_fields(g->tu, clang_fx_fn(x), names, MAX_GFP_FIELDS);
	for (i = 0; nf >= 0 && i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct val v = { e->n, e->env, i, NULL };

		if (e->kind != EV_RET || e->env->parent || !e->n ||
		    !clang_fx_live(x, e->block))
			continue;
		if (!returned_value(x, v, names, nf, buf, sizeof(buf), 0)) {
			buf[0] = '\0';
			nf = -1;
		}
	}
	clang_out_fields(x, buf, sizeof(buf));
	clang_global_stores(x, buf, sizeof(buf));
	clang_object_rets(x, &clang_fields_valops, buf, sizeof(buf));
	return buf[0] ? sc_strdup(buf) : NULL;
}

long long clang_fx_width(struct fx *x, struct cn *n, long long v)
{
	int bits = clang_int_bits(clang_fx_cfg(x)->tu, n);

	if (bits <= 0)
		return 0;
	if (bits == 1)
		return !!v;
	if (bits < 64)
		v = (long long)((unsigned long long)v & ((1ull << bits) - 1));
	return v;
}

/* @v followed through integer extensions and truncations and variables
 * to the function's own parameter: its number, or -1; @or, if not NULL,
 * collects the constant bits ORed in on the way (sparse folds
 * `(x | A) | B` into one OR, but not across a cast) */
/*
 * Is the one definition of variable @v->n that reaches @v->ev a `|=` of
 * a constant (get_user_pages_fast_only()'s `gup_flags |= FOLL_GET |
 * FOLL_FAST_ONLY`)?  Then *@c is the constant and @v moves to that
 * assignment, where the value before it is read.
 */
static int or_assign(struct fx *x, struct val *v, long long *c)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[2], entry, nd;
	struct cev *d;

	if (clang_fx_address_taken(x, v->n->decl))
		return 0;
	nd = clang_fx_reaching(x, v->n, v->env, v->ev, defs, 2, &entry);
	if (nd != 1 || entry)
		return 0;
	d = &g->ev[defs[0]];
	if (d->op != OP_BOR || !d->rhs || d->env != v->env ||
	    !clang_fx_const(x, d->rhs, d->env, defs[0], c))
		return 0;
	*c = clang_fx_width(x, v->n, *c);
	v->ev = defs[0];
	return 1;
}

static int int_param(struct fx *x, struct val *v, long long *or)
{
	struct cfg *g = clang_fx_cfg(x);
	int guard = 0, orbits = -1, k;

	while (guard++ <= LIM_VALUE_DEPTH) {
		struct cn *n = v->n;
		long long c;

		while (n && clang_plain_int_cast(n)) {
			if (orbits >= 0 && clang_int_bits(g->tu, n) != orbits)
				orbits = 0;	/* an OR before a cast: no more */
			n = n->kids[0];
		}
		if (!n)
			return -1;
		v->n = n;
		if (n->kind == CN_BINOP && n->nkids == 2 && or && orbits != 0 &&
		    clang_op(g->tu, n) == OP_BOR) {
			int side;

			if (clang_fx_const(x, n->kids[1], v->env, v->ev, &c))
				side = 0;
			else if (clang_fx_const(x, n->kids[0], v->env, v->ev, &c))
				side = 1;
			else
				return -1;
			*or |= clang_fx_width(x, n, c);
			orbits = clang_int_bits(g->tu, n);
			v->n = n->kids[side];
			continue;
		}
		/* a mask keeping every bit of a zero-extended value: sparse
		 * drops it (`uc & 0xff`) */
		if (n->kind == CN_BINOP && n->nkids == 2 && clang_op(g->tu, n) == OP_BAND &&
		    clang_fx_const(x, n->kids[1], v->env, v->ev, &c)) {
			struct cn *s = n->kids[0];
			int w;

			while (s && s->kind == CN_CAST && s->nkids == 1 && !clang_cast_converts(s))
				s = s->kids[0];
			w = clang_zext_bits(s);
			if (w <= 0 || w >= 64 ||
			    ((unsigned long long)c & ((1ull << w) - 1)) != (1ull << w) - 1)
				return -1;
			v->n = s;
			continue;
		}
		if (!ssa_var(n))
			return -1;
		if (or && orbits != 0 && or_assign(x, v, &c)) {
			/* `flags |= C`: the value before it, with C's bits
			 * set (sparse's SSA has the OR) */
			*or |= c;
			orbits = clang_int_bits(g->tu, n);
			continue;
		}
		switch (param_step(x, v, &k)) {
		case 1:
			continue;
		case 2:
			return k;
		default:
			return -1;
		}
	}
	ir_cut(CUT_VALUE_DEPTH);
	return -1;
}

int clang_int_param(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct val v = { n, env, ev, NULL };

	return int_param(x, &v, NULL);
}

/* casts, of any kind, and parentheses */
static struct cn *uncast(struct cn *n)
{
	int guard = 0;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = n->kids[0];
	return n;
}

/* the function's parameter (from 0) test @t is on, through `!= 0`,
 * `== 0`, `!` and inline parameters; *@sense 1 when @t is true where
 * the parameter is non-zero */
static int tested_param(struct fx *x, struct val *t, int *sense)
{
	struct cfg *g = clang_fx_cfg(x);
	int guard = 0, k;
	long long c;

	*sense = 1;
	while (guard++ <= LIM_VALUE_DEPTH) {
		struct cn *n = uncast(t->n);
		enum cn_op op;

		if (!n)
			return -1;
		t->n = n;
		op = n->kind == CN_BINOP || n->kind == CN_UNOP ? clang_op(g->tu, n) : OP_NONE;
		if (n->kind == CN_UNOP && n->nkids == 1 && op == OP_LNOT) {
			*sense = !*sense;
			t->n = n->kids[0];
			continue;
		}
		if (n->kind == CN_BINOP && n->nkids == 2 && (op == OP_NE || op == OP_EQ) &&
		    clang_fx_const(x, n->kids[1], t->env, t->ev, &c) && c == 0) {
			if (op == OP_EQ)
				*sense = !*sense;
			t->n = n->kids[0];
			continue;
		}
		switch (param_step(x, t, &k)) {
		case 1:
			continue;
		case 2:
			return k < GFP_MAX_PARAMS ? k : -1;
		default:
			return -1;
		}
	}
	ir_cut(CUT_VALUE_DEPTH);
	return -1;
}

/*
 * J=K?: the parameter whose being zero or NULL makes @v zero, `k ? x :
 * 0` written or returned by an inline (nlmsg_report(nlh)); J=K! (with
 * *@nonzero): whose being non-zero does, `k ? 0 : x`; or -1
 * (sparse_zero.c)
 */
static int zero_with_param(struct fx *x, struct val *v, int *nonzero)
{
	int guard = 0, k, sense;
	long long c;

	*nonzero = 0;
	while (guard++ <= LIM_VALUE_DEPTH) {
		struct cn *n = uncast(v->n);
		struct cenv *in;

		if (!n)
			return -1;
		v->n = n;
		if (n->kind == CN_COND && n->nkids == 3) {
			struct val t = { n->kids[0], v->env, v->ev, NULL };

			k = tested_param(x, &t, &sense);
			if (k >= 0 && clang_fx_const(x, n->kids[sense ? 2 : 1], v->env,
						     v->ev, &c) && c == 0)
				return k;
			*nonzero = 1;	/* sock_sndtimeo(): noblock ? 0 : ... */
			if (k >= 0 && clang_fx_const(x, n->kids[sense ? 1 : 2], v->env,
						     v->ev, &c) && c == 0)
				return k;
			return -1;
		}
		if (n->kind == CN_CALL) {
			in = clang_fx_expansion(x, n, v->env);
			if (!in || !one_return(x, in, v, 0))
				return -1;
			continue;
		}
		if (!ssa_var(n) || var_step(x, v) != 1)
			return -1;
	}
	ir_cut(CUT_VALUE_DEPTH);
	return -1;
}

int clang_zero_with_param(struct fx *x, struct cn *n, struct cenv *env, int ev,
			  int *nonzero)
{
	struct val v = { n, env, ev, NULL };

	return zero_with_param(x, &v, nonzero);
}

/* `x & V` through integer casts and variables, V a non-zero constant:
 * V, with @v set to x; 0 if not (with @cut, a walk cut short counts) */
static long long masked(struct fx *x, struct cn *a, struct cenv *env, int ev,
			struct val *v, int cut)
{
	struct cfg *g = clang_fx_cfg(x);
	int guard = 0;

	*v = (struct val){ a, env, ev, NULL };
	while (guard++ <= LIM_VALUE_DEPTH) {
		struct cn *n = v->n;
		long long c;

		while (n && clang_plain_int_cast(n))
			n = n->kids[0];
		if (!n)
			return 0;
		v->n = n;
		if (n->kind == CN_BINOP && n->nkids == 2 && clang_op(g->tu, n) == OP_BAND &&
		    clang_fx_const(x, n->kids[1], v->env, v->ev, &c) && c) {
			v->n = n->kids[0];
			return clang_fx_width(x, n, c);
		}
		if (!ssa_var(n) || var_step(x, v) != 1)
			return 0;
	}
	if (cut)
		ir_cut(CUT_VALUE_DEPTH);
	return 0;
}

/* J=K&V: @a is an integer parameter masked with a non-zero constant
 * (`flags & MSG_DONTWAIT`): the parameter, the mask in *@and; -1 if not */
static int and_param(struct fx *x, struct cn *a, struct cenv *env, int ev,
		     long long *and)
{
	struct val v;

	*and = masked(x, a, env, ev, &v, 1);
	return *and ? int_param(x, &v, NULL) : -1;
}

/* J=&V: any value masked with V (masked(), x anything) */
static long long known_and(struct fx *x, struct cn *a, struct cenv *env, int ev)
{
	struct val v;

	return masked(x, a, env, ev, &v, 0);
}

/*
 * @a is `c ? A : B` of two small constants (`timer_autosuspends ?
 * RPM_ASYNC | RPM_AUTO : RPM_ASYNC`): the bits both set in *@all, those
 * either sets in *@any; 0 if not (sparse_fields.c constant_choice()).
 */
/*
 * Variable @a (a local in SSA form) at @ev has two reaching definitions,
 * each a constant: assigned one, or a constant ORed into a constant
 * (`sg_flags = SG_MITER_ATOMIC; if (to_buffer) sg_flags |=
 * SG_MITER_FROM_SG; else sg_flags |= SG_MITER_TO_SG;`), which sparse
 * folds to a phi of two constants: the bits both set in *@all, either
 * sets in *@any.
 */
static int constant_defs(struct fx *x, struct cn *a, struct cenv *env, int ev,
			 long long *all, long long *any)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[3], entry, i;
	long long v[2], c;

	if (clang_fx_reaching(x, a, env, ev, defs, 3, &entry) != 2 || entry)
		return 0;
	for (i = 0; i < 2; i++) {
		struct cev *d = &g->ev[defs[i]];

		if (!d->rhs || !clang_fx_const(x, d->rhs, d->env, defs[i], &v[i]))
			return 0;
		if (d->op == OP_BOR) {
			if (!clang_fx_const(x, a, d->env, defs[i], &c))
				return 0;
			v[i] |= c;
		} else if (d->op != OP_ASSIGN_PLAIN) {
			return 0;
		}
		v[i] = clang_fx_width(x, a, v[i]);
		if (v[i] < 0 || v[i] > 0x7fffffffLL)
			return 0;
	}
	*all = v[0] & v[1];
	*any = v[0] | v[1];
	return 1;
}

static int constant_choice(struct fx *x, struct cn *a, struct cenv *env, int ev,
			   long long *all, long long *any)
{
	long long v[2];
	int i;

	a = cn_strip(a);
	if (a && ssa_var(a) && !clang_fx_address_taken(x, a->decl))
		return constant_defs(x, a, env, ev, all, any);
	if (!a || a->kind != CN_COND || a->nkids != 3)
		return 0;
	for (i = 0; i < 2; i++)
		if (!clang_fx_const(x, a->kids[i + 1], env, ev, &v[i]) ||
		    v[i] < 0 || v[i] > 0x7fffffffLL)
			return 0;
	*all = v[0] & v[1];
	*any = v[0] | v[1];
	return 1;
}

/* "[G:K]" or "[G:#I]" of `G[K]` @b, an element of a file-scope table
 * whose struct is "struct T" (@tag); 0 when not (sparse_tables.c
 * table_elem()) */
static int table_elem(struct fx *x, struct cn *b, struct cenv *env, int ev,
		      char *tag, size_t tsize, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct val iv = { NULL, env, ev, NULL };
	struct cn *arr;
	long long c;
	long len;
	int k;

	b = cn_strip(b);
	if (!clang_is_index(b) || !(arr = cn_strip(b->kids[0])) || arr->kind != CN_REF ||
	    !clang_table_type(g->tu, arr->decl, &len, tag, tsize))
		return 0;
	if (clang_fx_const(x, b->kids[1], env, ev, &c)) {
		if (c < 0 || c >= len)
			return 0;
		snprintf(buf, size, "[%s%s:#%lld]", arr->decl->name,
			 arr->decl->is_static ? "/s" : "", c);
		return 1;
	}
	iv.n = b->kids[1];
	k = int_param(x, &iv, NULL);
	if (k < 0 || k >= GFP_MAX_PARAMS)
		return 0;
	snprintf(buf, size, "[%s%s:%d]", arr->decl->name, arr->decl->is_static ? "/s" : "", k);
	return 1;
}

/*
 * J=[G:K]$struct T.F, J=[G:#I]$struct T.F: integer member load @n reads
 * a member of an element of a global table; J=^L:C$struct T.F: of what a
 * call returned (sparse_tables.c sc_table_load()).
 */
static void table_value(struct fx *x, struct val *v, int j, char *buf, size_t size)
{
	struct cn *n = v->n;
	struct val bv = { n->kids[0], v->env, v->ev, NULL };
	char entry[600], at[300], tag[300];
	size_t len;

	if (table_elem(x, n->kids[0], v->env, v->ev, tag, sizeof(tag), at, sizeof(at))) {
		len = strlen(tag);
		if (strncmp(n->name, tag, len) || n->name[len] != '.')
			return;
		snprintf(entry, sizeof(entry), "%d=%s$%s", j, at, n->name);
		add(buf, size, entry);
		return;
	}
	if (pointer_value(x, &bv) && bv.n->kind == CN_CALL &&
	    call_origin(x, &bv, at, sizeof(at), "")) {
		snprintf(entry, sizeof(entry), "%d=%s$%s", j, at, n->name);
		add(buf, size, entry);
	}
}

/*
 * J=$struct T.F: integer argument @a is what integer field F of a struct
 * T holds, through integer casts that do not sign-extend and variables
 * (sparse_fields.c field_value()).
 */
static void field_value(struct fx *x, struct cn *a, struct cenv *env, int ev, int j,
			char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct val v = { a, env, ev, NULL };
	char entry[300];
	int guard = 0, w;
	struct cn *n;

	for (;;) {
		n = v.n;
		while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN &&
		       (clang_plain_int_cast(n) || !clang_cast_converts(n))) {
			if (clang_plain_int_cast(n) && clang_signed_int(n->kids[0]) &&
			    clang_int_bits(g->tu, n) > clang_int_bits(g->tu, n->kids[0]))
				return;		/* sparse's OP_SEXT */
			n = n->kids[0];
		}
		if (!n)
			return;
		v.n = n;
		if (!ssa_var(n))
			break;
		if (guard++ > LIM_VALUE_DEPTH || var_step(x, &v) != 1)
			return;
	}
	if (n->kind != CN_MEMBER || !n->name || strstr(n->name, "<anonymous>") ||
	    !clang_field_int(n->decl, 1, &w))
		return;
	if (n->nkids)
		table_value(x, &v, j, buf, size);
	snprintf(entry, sizeof(entry), "%d=$%s", j, n->name);
	add(buf, size, entry);
	clang_whole_field(clang_fx_unit(x), n->decl);
}

/* J=#V, J=K, J=K|V, J=K&V, J=K?: integer argument @a of width @bits
 * (sparse_fields.c integer_value()); J=$struct T.F (field_value()) */
static void integer_value(struct fx *x, struct cn *a, struct cenv *env, int ev,
			  int bits, int j, const char *star, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct val v = { a, env, ev, NULL };
	long long c, or = 0, and = 0;
	char entry[64];
	int k, nz;

	if (clang_fx_const(x, a, env, ev, &c)) {
		if (bits == 1)
			c = !!c;
		else if (bits < 64)
			c = (long long)((unsigned long long)c & ((1ull << bits) - 1));
		snprintf(entry, sizeof(entry), "%d%s=#%lld", j, star, c);
		add(buf, size, entry);
		return;
	}
	k = int_param(x, &v, &or);
	if (k < 0 && (k = and_param(x, a, env, ev, &and)) >= 0) {
		if (k < GFP_MAX_PARAMS && !((clang_fx_gfp_params(x) >> k) & 1) &&
		    clang_param_integer(g->tu, clang_fx_fn(x), k)) {
			snprintf(entry, sizeof(entry), "%d%s=%d&%lld", j, star, k, and);
			add(buf, size, entry);
		}
		return;
	}
	if (k < 0) {
		struct val z = { a, env, ev, NULL };

		k = zero_with_param(x, &z, &nz);
		if (k >= 0 && !((clang_fx_gfp_params(x) >> k) & 1)) {
			snprintf(entry, sizeof(entry), "%d%s=%d%c", j, star, k,
				 nz ? '!' : '?');
			add(buf, size, entry);
		} else if (constant_choice(x, a, env, ev, &or, &and)) {
			/* one of two constants (sparse_fields.c
			 * constant_choice()) */
			fact_choice_entry(entry, sizeof(entry), j, star, or, and);
			add(buf, size, entry);
		} else if (or || (and = known_and(x, a, env, ev))) {
			/* J=|V, J=&V: bits surely set, or surely clear
			 * (sparse_fields.c integer_value()) */
			snprintf(entry, sizeof(entry), "%d%s=%c%lld", j, star,
				 or ? '|' : '&', or ? or : and);
			add(buf, size, entry);
		} else if (!star[0]) {
			field_value(x, a, env, ev, j, buf, size);
		}
		return;
	}
	if (k >= GFP_MAX_PARAMS || ((clang_fx_gfp_params(x) >> k) & 1) ||
	    !clang_param_integer(g->tu, clang_fx_fn(x), k))
		return;
	if (or)
		snprintf(entry, sizeof(entry), "%d%s=%d|%lld", j, star, k, or);
	else
		snprintf(entry, sizeof(entry), "%d%s=%d", j, star, k);
	add(buf, size, entry);
}

/*
 * J*=...: the address of local integer variable @var, assigned once in
 * the function (netlink_unicast()'s `timeo = sock_sndtimeo(ssk,
 * nonblock)`, sparse_fields.c local_int()): the value assigned.
 */
static void local_int(struct fx *x, struct cdecl *var, int j, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	int i, one = -1;

	if (!var || var->kind != CD_VAR || var->is_global || var->is_static ||
	    !clang_var_integer(g->tu, var))
		return;
	for (i = 0; i < g->nev; i++) {
		if (g->ev[i].kind != EV_ASSIGN || g->ev[i].var != var)
			continue;
		if (one >= 0 || g->ev[i].op != OP_ASSIGN_PLAIN || !g->ev[i].rhs)
			return;
		one = i;
	}
	if (one >= 0)
		integer_value(x, g->ev[one].rhs, g->ev[one].env, one, 64, j, "*", buf, size);
}

/* is @v the constant 0 (NULL), as sparse folds it? */
static int null_const(struct fx *x, struct val *v)
{
	struct cn *n = uncast(v->n);
	long long c;

	return n && clang_fx_const(x, n, v->env, v->ev, &c) && c == 0;
}

/* J=&NAME, J=&NAME/s: the address of a global or static struct object
 * (sparse_fields.c global_addr()) */
static void global_addr(struct cdecl *d, int j, char *buf, size_t size)
{
	char entry[300];

	if (!d || d->kind != CD_VAR || !d->name[0] || !clang_var_struct(d))
		return;
	snprintf(entry, sizeof(entry), "%d=&%s%s", j, d->name,
		 d->is_static ? "/s" : "");
	add(buf, size, entry);
}

/* `gfp | C`, C constant bits that do not decide blocking (kzalloc()'s
 * __GFP_ZERO): @v becomes the gfp value (sparse_fields.c OP_OR) */
static int gfp_or_const(struct fx *x, struct val *v)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cunit *u = clang_fx_unit(x);
	long long c;

	if (v->n->kind != CN_BINOP || v->n->nkids != 2 || !u->have_mask ||
	    !clang_fx_const(x, v->n->kids[1], v->env, v->ev, &c))
		return 0;
	switch (clang_op(g->tu, v->n)) {
	case OP_BOR:		/* `gfp | __GFP_ZERO` */
		if ((unsigned long long)c & u->gfp_blocking_mask)
			return 0;
		break;
	case OP_BAND:		/* `root->xa_flags & __GFP_BITS_MASK` */
		if (((unsigned long long)c & u->gfp_blocking_mask) != u->gfp_blocking_mask)
			return 0;
		break;
	default:
		return 0;
	}
	v->n = v->n->kids[0];
	return 1;
}

/* one step from a gfp argument toward the value sparse's SSA form has:
 * gfp_or_const(), or an inline function's one reachable return
 * (root_gfp_mask(), which sparse expands) */
static int gfp_step(struct fx *x, struct val *v)
{
	struct cenv *in;

	if (v->n->kind == CN_CALL) {
		in = clang_fx_expansion(x, v->n, v->env);
		return in && one_return(x, in, v, 0);
	}
	return gfp_or_const(x, v);
}

/* J=@G (clang_globals.c) */
static void global_read(struct fx *x, struct cev *e, int j, char *buf, size_t size)
{
	char entry[300];

	if (clang_global_read(x, e->n->kids[j + 1], e->env,
			      (int)(e - clang_fx_cfg(x)->ev), j, entry, sizeof(entry)))
		add(buf, size, entry);
}

/* J=%: a put of a reference the function took (clang_refs.c) */
static void paired(struct fx *x, struct cev *e, int j, char *buf, size_t size)
{
	char entry[32];

	if (!clang_ref_paired(x, e, j))
		return;
	snprintf(entry, sizeof(entry), "%d=%%", j);
	add(buf, size, entry);
}

/* J=&struct T.F (clang_memaddr.c), after argument @j's other entries */
static void member_addr(struct fx *x, struct cev *e, int j, char *buf, size_t size)
{
	char member[300];

	if (e->inlined)
		return;
	clang_member_addr(clang_fx_cfg(x)->tu, e->n, e->env, j, member,
			  sizeof(member));
	if (member[0])
		add(buf, size, member);
}

char *clang_field_vals(struct fx *x, struct cev *e)
{
	struct cfg *g = clang_fx_cfg(x);
	char buf[LIM_FIELD_VALS] = "";
	int j, k, ev = (int)(e - g->ev);

	for (j = 0; j + 1 < e->n->nkids; j++) {
		struct val v = { e->n->kids[j + 1], e->env, ev, NULL };
		char entry[300];
		int bits;

		/* sparse keeps the argument types of calls, not of inlined
		 * ones (sparse_fields.c arg_type()) */
		if (!e->inlined && clang_arg_integer(g->tu, e->n, j, &bits)) {
			integer_value(x, v.n, e->env, ev, bits, j, "", buf, sizeof(buf));
			returned_arg(x, &v, j, buf, sizeof(buf), 1);
			continue;
		}
		/* NULL, for a flag atom on a pointer (J=K?) */
		if (!e->inlined && clang_is_pointer(v.n) && null_const(x, &v)) {
			snprintf(entry, sizeof(entry), "%d=#0", j);
			add(buf, sizeof(buf), entry);
			continue;
		}
		while (value(x, &v) && gfp_step(x, &v))
			;
		if (!value(x, &v)) {
			v.n = e->n->kids[j + 1];
			v.env = e->env;
			v.ev = ev;
			returned_arg(x, &v, j, buf, sizeof(buf), 0);
			global_read(x, e, j, buf, sizeof(buf));
			paired(x, e, j, buf, sizeof(buf));
			clang_member_known(x, &clang_fields_valops, e, j, buf, sizeof(buf));
			member_addr(x, e, j, buf, sizeof(buf));
			continue;
		}
		if (v.n->kind == CN_REF) {
			k = entry_param(x, &v);
			if (k >= 0 && clang_param_struct_ptr(g->tu, g->fn, k)) {
				snprintf(entry, sizeof(entry), "%d=*%d", j, k);
				add(buf, sizeof(buf), entry);
			}
		} else if (v.obj) {
			local_int(x, v.obj->decl, j, buf, sizeof(buf));
			if (is_local(v.obj->decl)) {
				local_fields(x, v.obj->decl, v.env, j, buf, sizeof(buf));
				clang_object_vals(x, &clang_fields_valops, j, v.obj->decl,
						  v.env, buf, sizeof(buf));
				/* J=!0: never NULL (sparse_fields.c local_addr()) */
				if (clang_decl_struct(v.obj->decl)) {
					snprintf(entry, sizeof(entry), "%d=!0", j);
					add(buf, sizeof(buf), entry);
				}
			} else {
				/* a function's static object */
				if (v.obj->decl->kind == CD_VAR && !v.obj->decl->is_global)
					clang_object_vals(x, &clang_fields_valops, j,
							  v.obj->decl, v.env, buf,
							  sizeof(buf));
				global_addr(v.obj->decl, j, buf, sizeof(buf));
			}
		} else if (v.n->kind == CN_MEMBER) {
			loaded_field(x, &v, j, buf, sizeof(buf));
			/* J=>struct T.P (sparse_fields.c loaded_pointer()) */
			if (v.n->name && !strncmp(v.n->name, "struct ", 7) &&
			    !strstr(v.n->name, "<anonymous>") &&
			    clang_gfp_pointee(g->tu, v.n)) {
				snprintf(entry, sizeof(entry), "%d=>%s", j, v.n->name);
				add(buf, sizeof(buf), entry);
			}
		} else if (v.n->kind == CN_CALL) {
			returned_arg(x, &v, j, buf, sizeof(buf), 0);
		}
		global_read(x, e, j, buf, sizeof(buf));
		paired(x, e, j, buf, sizeof(buf));
		clang_member_known(x, &clang_fields_valops, e, j, buf, sizeof(buf));
		member_addr(x, e, j, buf, sizeof(buf));
	}
	return buf[0] ? sc_strdup(buf) : NULL;
}

/* ---- for clang_objints.c ---- */

static int ops_entry_param(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct val v = { n, env, ev, NULL };

	return entry_param(x, &v);
}

static int ops_object(struct fx *x, struct cn *n, struct cenv *env, int ev,
		      struct cdecl **var, struct cenv **venv)
{
	struct val v = { n, env, ev, NULL };

	if (!value(x, &v) || !v.obj || !v.obj->decl || !is_local(v.obj->decl))
		return 0;
	*var = v.obj->decl;
	*venv = v.env;
	return 1;
}

static int ops_same_value(struct fx *x, struct cn *a, struct cenv *aenv, int aev,
			  struct cn *b, struct cenv *benv, int bev)
{
	struct val va = { a, aenv, aev, NULL }, vb = { b, benv, bev, NULL };

	/* where value() stops (a pointer cast: `r = p`'s) is where both
	 * come from when it is one node */
	value(x, &va);
	value(x, &vb);
	if (va.env != vb.env || va.obj != vb.obj)
		return 0;
	if (va.n == vb.n)
		return 1;
	return va.n->kind == CN_REF && vb.n->kind == CN_REF && va.n->decl &&
	       va.n->decl == vb.n->decl && va.n->decl->kind == CD_PARAM;
}

static int ops_fobject(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       struct cdecl **var, struct cenv **venv)
{
	struct val v = { n, env, ev, NULL };

	if (!value(x, &v) || !v.obj || !v.obj->decl ||
	    (!is_local(v.obj->decl) &&
	     (v.obj->decl->kind != CD_VAR || v.obj->decl->is_global)))
		return 0;
	*var = v.obj->decl;
	*venv = v.env;
	return 1;
}

static int ops_step(struct fx *x, struct cn **n, struct cenv **env, int *ev)
{
	struct val v = { *n, *env, *ev, NULL };

	if (!ssa_var(*n) || var_step(x, &v) != 1)
		return 0;
	*n = v.n;
	*env = v.env;
	*ev = v.ev;
	return 1;
}

/* does gfp value @v surely have bit @bit set: a constant with it, or
 * ORed with one (sparse_objints.c zeroing_alloc())? */
static int gfp_bit(struct fx *x, struct val v, int bit, int depth)
{
	struct ctu *tu = clang_fx_cfg(x)->tu;
	struct val a;
	long long c;

	if (depth > LIM_VALUE_DEPTH || !value(x, &v))
		return 0;
	if (clang_fx_const(x, v.n, v.env, v.ev, &c))
		return (int)(((unsigned long long)c >> bit) & 1);
	if (v.n->kind != CN_BINOP || v.n->nkids != 2 || clang_op(tu, v.n) != OP_BOR)
		return 0;
	a = v;
	a.n = v.n->kids[0];
	if (gfp_bit(x, a, bit, depth + 1))
		return 1;
	a.n = v.n->kids[1];
	return gfp_bit(x, a, bit, depth + 1);
}

/* the event of the call that made pointer @n, through casts, variables
 * and inline functions' one reachable return, when it is a mem-zalloc
 * rule's allocator whose gfp argument has the rule's bit set (kzalloc()
 * expanded: `__kmalloc(size, flags | __GFP_ZERO)`); else -1 */
static int ops_zalloc(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	struct cfg *g = clang_fx_cfg(x);
	struct val v = { n, env, ev, NULL }, a;
	const struct mem_rule *r;
	struct cdecl *fn;
	struct cenv *in;
	struct cev *e;
	int guard = 0;

	for (;;) {
		if (guard++ > LIM_VALUE_DEPTH)
			return -1;
		v.n = cn_strip(v.n);
		while (v.n && v.n->kind == CN_CAST && v.n->nkids == 1)
			v.n = cn_strip(v.n->kids[0]);
		if (!v.n)
			return -1;
		if (ssa_var(v.n)) {
			if (var_step(x, &v) != 1)
				return -1;
			continue;
		}
		if (v.n->kind != CN_CALL)
			return -1;
		if (!(in = clang_fx_expansion(x, v.n, v.env)))
			break;
		if (!one_return(x, in, &v, 0))
			return -1;
	}
	if (!(fn = cfg_direct_callee(v.n)) ||
	    !(r = rules_mem(g->rules, fn->name, MEM_ZALLOC, 0)) || r->arg >= v.n->nkids ||
	    !(e = call_event(x, v.n, v.env)))
		return -1;
	a = v;
	a.n = v.n->kids[r->arg];
	a.ev = (int)(e - g->ev);
	return gfp_bit(x, a, r->val, 0) ? (int)(e - g->ev) : -1;
}

const struct clang_valops clang_fields_valops = {
	ops_entry_param, ops_object, integer_value, ops_same_value, ops_fobject,
	ops_step, ops_zalloc,
};
