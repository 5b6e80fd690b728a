/*
 * clang_globals.c - objects kept in global pointer variables, as the
 * libclang lowering sees them (facts.h: vals J=@G, rets *K.F=C and
 * @G=...): what sparse_globals.c reads from sparse's SSA form, read here
 * from the tree of clang_ast.h, the events of clang_lower.c and the
 * reaching definitions of clang_ir.c.
 *   reads   a value that is G itself (a global or static variable, a
 *           pointer to a struct), or a local variable no assignment
 *           reaches whose first operand in an asm statement is it, with
 *           G a later operand (x86 this_cpu_read(): the output, then
 *           the "m" input), through casts, statement expressions,
 *           variables with plain assignments, inline functions' returns
 *           and `c ? v : NULL`, the NULL sources left out and the others
 *           all reading one G;
 *   stores  `G = v`, or `*a = v` with a G's address hidden as
 *           per_cpu() does (an asm's later operand &G giving the local
 *           its first operand, plus an offset), of: what a direct call
 *           returned (@G=^L:C); a local whose address exactly one call
 *           takes (@G=^L:C*J); anything else (@G=?); NULL stores
 *           nothing.  &G passed to a call is @G=^L:C*J; &G stored, or G
 *           an asm's first operand (libclang does not tell outputs from
 *           inputs: sparse's outputs come first), @G=?;
 *   out     `(*K)->F = C`, or `*K = v; v->F = C`, K a `struct T **`
 *           parameter, F a gfp_t member: *K.F=C.
 */
#include <stdio.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"

/* casts and parentheses, all of them */
static struct cn *bare(struct cn *n)
{
	int guard = 0;

	while (n && n->kind == CN_CAST && n->nkids == 1 && guard++ < LIM_TYPE_CHAIN)
		n = n->kids[0];
	return n;
}

/* the value of a statement expression: its last statement */
static struct cn *stmtexpr_value(struct cn *n)
{
	struct cn *c = n->nkids ? n->kids[0] : NULL;

	return c && c->kind == CN_COMPOUND && c->nkids ? c->kids[c->nkids - 1] : NULL;
}

static int is_null(struct fx *x, struct cn *n, struct cenv *env, int ev)
{
	long long v;

	return clang_fx_const(x, n, env, ev, &v) && v == 0;
}

/* @n (bare) a global or static variable that points to a struct? */
static struct cdecl *global_ptr(struct cn *n)
{
	n = bare(n);
	if (!n || n->kind != CN_REF || !n->decl || n->decl->kind != CD_VAR ||
	    !(n->decl->is_global || n->decl->is_static) || !n->decl->name[0] ||
	    !clang_struct_ptr(n))
		return NULL;
	return n->decl;
}

static int local_var(struct cn *n)
{
	return n && n->kind == CN_REF && n->decl && n->decl->kind == CD_VAR &&
	       !n->decl->is_global && !n->decl->is_static && !n->decl->is_object;
}

/* the asm statement whose first operand is local @var, or NULL */
static struct cn *asm_of(struct cfg *g, struct cdecl *var)
{
	int i;

	for (i = 0; i < g->nasmn; i++) {
		struct cn *a = g->asmn[i].n, *o = a->nkids ? bare(a->kids[0]) : NULL;

		if (o && o->kind == CN_REF && o->decl == var)
			return a;
	}
	return NULL;
}

static struct cdecl *read_of(struct fx *x, struct cn *n, struct cenv *env, int ev,
			     int depth);

/* every source of local @n not NULL reads one G: that G */
static struct cdecl *var_read(struct fx *x, struct cn *n, struct cenv *env, int ev,
			      int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[LIM_REACH], nd, entry, i;
	struct cdecl *r = NULL, *h;
	struct cn *a;

	if (clang_fx_address_taken(x, n->decl))
		return NULL;
	nd = clang_fx_reaching(x, n, env, ev, defs, LIM_REACH, &entry);
	if (nd == 0 && entry) {
		/* assigned by an asm only: its later operand G */
		if (!(a = asm_of(g, n->decl)))
			return NULL;
		for (i = 1; i < a->nkids; i++)
			if ((h = global_ptr(a->kids[i])))
				return h;
		return NULL;
	}
	if (nd <= 0 || nd == LIM_REACH || entry)
		return NULL;
	for (i = 0; i < nd; i++) {
		struct cev *d = &g->ev[defs[i]];

		if (d->op != OP_ASSIGN_PLAIN || !d->rhs)
			return NULL;
		if (is_null(x, d->rhs, d->env, defs[i]))
			continue;
		h = read_of(x, d->rhs, d->env, defs[i], depth + 1);
		if (!h || (r && h != r))
			return NULL;
		r = h;
	}
	return r;
}

static struct cdecl *read_of(struct fx *x, struct cn *n, struct cenv *env, int ev,
			     int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cdecl *r = NULL, *h;
	struct cenv *in;
	int i;

	while (depth++ < LIM_VALUE_DEPTH) {
		n = bare(n);
		if (!n)
			return NULL;
		switch (n->kind) {
		case CN_STMTEXPR:
			n = stmtexpr_value(n);
			continue;
		case CN_COND:
			if (n->nkids != 3)
				return NULL;
			if (is_null(x, n->kids[2], env, ev)) {
				n = n->kids[1];
				continue;
			}
			if (is_null(x, n->kids[1], env, ev)) {
				n = n->kids[2];
				continue;
			}
			return NULL;
		case CN_CALL:
			if (!(in = clang_fx_expansion(x, n, env)))
				return NULL;
			for (i = 0; i < in->nrets; i++) {
				int rev = in->ret_ev[i];

				if (!clang_fx_live(x, g->ev[rev].block) ||
				    is_null(x, in->rets[i], in, rev))
					continue;
				h = read_of(x, in->rets[i], in, rev, depth);
				if (!h || (r && h != r))
					return NULL;
				r = h;
			}
			return r;
		case CN_REF:
			if ((r = global_ptr(n)))
				return r;
			if (!local_var(n))
				return NULL;	/* a parameter, an object */
			return var_read(x, n, env, ev, depth);
		default:
			return NULL;
		}
	}
	ir_cut(CUT_VALUE_DEPTH);
	return NULL;
}

static void global_name(struct cdecl *d, char *name, size_t size)
{
	snprintf(name, size, "@%s%s", d->name, d->is_static ? "/s" : "");
}

int clang_global_read(struct fx *x, struct cn *n, struct cenv *env, int ev, int j,
		      char *entry, size_t size)
{
	struct cdecl *d = read_of(x, n, env, ev, 0);
	char name[256];

	if (!d)
		return 0;
	global_name(d, name, sizeof(name));
	snprintf(entry, size, "%d=%s", j, name);
	return 1;
}

/* the global pointer whose address (per CPU) @n is, or NULL */
static struct cdecl *address_of(struct fx *x, struct cn *n, struct cenv *env, int ev,
				int depth)
{
	struct cfg *g = clang_fx_cfg(x);
	int defs[2], nd, entry, i;
	struct cdecl *d;
	struct cn *a;

	while (depth++ < LIM_VALUE_DEPTH) {
		n = bare(n);
		if (!n)
			return NULL;
		switch (n->kind) {
		case CN_STMTEXPR:
			n = stmtexpr_value(n);
			continue;
		case CN_UNOP:
			/* &G: the one operator on G giving a pointer (clang_op()
			 * cannot read one written in a macro, as per_cpu()'s) */
			if (n->nkids != 1 || !clang_is_pointer(n))
				return NULL;
			return global_ptr(n->kids[0]);
		case CN_BINOP:
			/* the address plus the CPU's offset */
			if (n->nkids != 2)
				return NULL;
			if ((d = address_of(x, n->kids[0], env, ev, depth)))
				return d;
			n = n->kids[1];
			continue;
		case CN_REF:
			if (!local_var(n) || clang_fx_address_taken(x, n->decl))
				return NULL;
			nd = clang_fx_reaching(x, n, env, ev, defs, 2, &entry);
			if (nd == 1 && !entry && g->ev[defs[0]].op == OP_ASSIGN_PLAIN &&
			    g->ev[defs[0]].rhs) {
				n = g->ev[defs[0]].rhs;
				env = g->ev[defs[0]].env;
				ev = defs[0];
				continue;
			}
			/* RELOC_HIDE: `asm("" : "=r"(x) : "0"(&G))` */
			if (nd != 0 || !entry || !(a = asm_of(g, n->decl)))
				return NULL;
			for (i = 1; i < a->nkids; i++)
				if ((d = address_of(x, a->kids[i], env, ev, depth)))
					return d;
			return NULL;
		default:
			return NULL;
		}
	}
	return NULL;
}

/* the one direct call not expanded inline that takes the address of
 * local @var: its event, argument number in *@j */
static struct cev *out_call(struct fx *x, struct cdecl *var, int *j)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cev *found = NULL;
	int i, k;

	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];

		if (e->kind != EV_CALL || e->inlined || !cfg_direct_callee(e->n) ||
		    !clang_fx_live(x, e->block))
			continue;
		for (k = 1; k < e->n->nkids; k++) {
			struct cn *a = bare(e->n->kids[k]);

			if (a && a->kind == CN_UNOP && a->nkids == 1 &&
			    clang_is_pointer(a) && (a = bare(a->kids[0])) &&
			    a->kind == CN_REF && a->decl == var) {
				if (found)
					return NULL;
				found = e;
				*j = k - 1;
			}
		}
	}
	return found;
}

/* the event of call @n in @env, or NULL */
static struct cev *call_event(struct cfg *g, struct cn *n, struct cenv *env)
{
	int i;

	for (i = 0; i < g->nev; i++)
		if (g->ev[i].kind == EV_CALL && g->ev[i].n == n && g->ev[i].env == env)
			return &g->ev[i];
	return NULL;
}

/* "=^L:C", "=^L:C*J" or "=?" for value @n stored in a global pointer */
static void stored_value(struct fx *x, struct cn *n, struct cenv *env, int ev,
			 char *what, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	int guard = 0, defs[2], nd, entry, j, i, live;
	struct cenv *in;
	struct cev *e;

	snprintf(what, size, "=?");
	while (guard++ < LIM_VALUE_DEPTH) {
		n = bare(n);
		if (!n)
			return;
		if (n->kind == CN_CALL) {
			if ((in = clang_fx_expansion(x, n, env))) {
				for (i = 0, live = -1; i < in->nrets; i++) {
					if (!clang_fx_live(x, g->ev[in->ret_ev[i]].block))
						continue;
					if (live >= 0)
						return;
					live = i;
				}
				if (live < 0)
					return;
				ev = in->ret_ev[live];
				n = in->rets[live];
				env = in;
				continue;
			}
			e = call_event(g, n, env);
			if (e && cfg_direct_callee(n))
				snprintf(what, size, "=^%d:%d", e->line, e->col);
			return;
		}
		if (n->kind != CN_REF || !n->decl || n->decl->kind != CD_VAR ||
		    n->decl->is_global || n->decl->is_static)
			return;
		if (clang_fx_address_taken(x, n->decl)) {
			if ((e = out_call(x, n->decl, &j)))
				snprintf(what, size, "=^%d:%d*%d", e->line, e->col, j);
			return;
		}
		nd = clang_fx_reaching(x, n, env, ev, defs, 2, &entry);
		if (nd != 1 || entry || g->ev[defs[0]].op != OP_ASSIGN_PLAIN ||
		    !g->ev[defs[0]].rhs)
			return;
		n = g->ev[defs[0]].rhs;
		env = g->ev[defs[0]].env;
		ev = defs[0];
	}
}

static void store_entry(struct cdecl *d, const char *what, char *buf, size_t size)
{
	char entry[300];

	global_name(d, entry, sizeof(entry));
	snprintf(entry + strlen(entry), sizeof(entry) - strlen(entry), "%s", what);
	clang_list_add(buf, size, entry);
}

/* &G stored as a value: G's objects may change where we do not look */
static void escaped(struct fx *x, struct cev *e, char *buf, size_t size)
{
	struct cn *r = bare(e->rhs);
	struct cdecl *d;

	if (r && r->kind == CN_UNOP && r->nkids == 1 && clang_is_pointer(r) &&
	    (d = global_ptr(r->kids[0])))
		store_entry(d, "=?", buf, size);
}

void clang_global_stores(struct fx *x, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cdecl *d;
	char what[64];
	int i, k;

	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct cn *l;

		if (!clang_fx_live(x, e->block))
			continue;
		if (e->kind == EV_STORE && e->rhs) {
			escaped(x, e, buf, size);
		} else if (e->kind == EV_PSTORE && e->rhs && e->n->nkids) {
			escaped(x, e, buf, size);
			l = cn_strip(e->n->kids[0]);
			d = NULL;
			if (l->kind == CN_REF)
				d = global_ptr(l);
			else if (l->nkids == 1)	/* an lvalue: *a */
				d = address_of(x, l->kids[0], e->env, i, 0);
			if (!d || is_null(x, e->rhs, e->env, i))
				continue;
			stored_value(x, e->rhs, e->env, i, what, sizeof(what));
			store_entry(d, what, buf, size);
		} else if (e->kind == EV_CALL && !e->inlined) {
			for (k = 1; k < e->n->nkids; k++) {
				if (!(d = address_of(x, e->n->kids[k], e->env, i, 0)))
					continue;
				snprintf(what, sizeof(what), "=^%d:%d*%d", e->line, e->col,
					 k - 1);
				store_entry(d, what, buf, size);
			}
		}
	}
	for (i = 0; i < g->nasmn; i++)
		if (g->asmn[i].n->nkids && (d = global_ptr(g->asmn[i].n->kids[0])))
			store_entry(d, "=?", buf, size);
}

/* is @p `*K` for parameter @k, or a value the function stores there? */
static int through_param(struct fx *x, struct cn *p, struct cenv *env, int k)
{
	struct cfg *g = clang_fx_cfg(x);
	struct cn *b = bare(p), *l;
	int i;

	if (env->parent || !b)
		return 0;
	if (b->kind == CN_UNOP && b->nkids == 1 && clang_op(g->tu, b) == OP_DEREF &&
	    (l = bare(b->kids[0])) && l->kind == CN_REF && l->decl &&
	    l->decl->kind == CD_PARAM && l->decl->param == k)
		return 1;
	if (b->kind != CN_REF || !local_var(b))
		return 0;
	for (i = 0; i < g->nev; i++) {
		struct cev *e = &g->ev[i];
		struct cn *r;

		if (e->kind != EV_PSTORE || e->env->parent || !e->rhs ||
		    !clang_fx_live(x, e->block))
			continue;
		l = cn_strip(e->n->kids[0]);
		r = bare(e->rhs);
		if (l->kind == CN_UNOP && l->nkids == 1 &&
		    clang_op(g->tu, l) == OP_DEREF && (l = bare(l->kids[0])) &&
		    l->kind == CN_REF && l->decl && l->decl->kind == CD_PARAM &&
		    l->decl->param == k && r && r->kind == CN_REF && r->decl == b->decl)
			return 1;
	}
	return 0;
}

void clang_out_fields(struct fx *x, char *buf, size_t size)
{
	struct cfg *g = clang_fx_cfg(x);
	const char *names[64];
	int k, nf, f, i;

	for (k = 0; k < 32; k++) {
		nf = clang_param_out_gfp_fields(g->tu, clang_fx_fn(x), k, names, 64);
		if (nf < 0)
			break;
		for (f = 0; f < nf; f++) {
			char entry[300], c = 0;

			for (i = 0; i < g->nev; i++) {
				struct cev *e = &g->ev[i];
				struct cn *l;

				if (e->kind != EV_STORE || !e->rhs || !e->n->nkids ||
				    !clang_fx_live(x, e->block))
					continue;
				l = cn_strip(e->n->kids[0]);
				if (!l || l->kind != CN_MEMBER || !l->decl || !l->nkids ||
				    strcmp(l->decl->name, names[f]) ||
				    !clang_field_gfp(g->tu, l->decl))
					continue;
				if (through_param(x, l->kids[0], e->env, k))
					c = gfp_join0(c, clang_fx_class(x, e->rhs, e->env, i));
			}
			if (!c)
				continue;
			snprintf(entry, sizeof(entry), "*%d.%s=%c", k, names[f], c);
			clang_list_add(buf, size, entry);
		}
	}
}
