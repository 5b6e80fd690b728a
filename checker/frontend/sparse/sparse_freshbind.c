/*
 * sparse_freshbind.c - which bindings of a function store through a
 * pointer that holds what an allocator returned (fact_binding.fresh):
 * `w = kzalloc(sizeof(*w), GFP_ATOMIC); w->func = fib6_node_dump;` fills
 * a struct of its own, never a member of another struct nor a global
 * object, so a walker embedded elsewhere (`c.w.func = fib6_clean_node`)
 * is not given that function (solve/fnparam.c).
 *
 * The walk of sparse_inline.c reports each assignment to a variable and
 * each binding through a pointer (no member object) in the function's
 * own code; when the walk ends, a binding is fresh when its pointer is a
 * local variable of the function (not a parameter, not static, its
 * address never taken) and every assignment to it, its initializer too,
 * is the value of a call to a function a mem-new rule names (through
 * casts and inline expansions).  Flow-insensitive, as libclang's
 * lowering asks it of every definition of the variable (clang_ir.c).
 */
#include <stdlib.h>
#include <string.h>

#include "sparse_frontend.h"

#include "expression.h"
#include "parse.h"
#include "symbol.h"

struct fresh_var {
	struct symbol *sym;
	int nassign, nalloc;
};

struct fresh_bind {
	int bind;		/* index in the file's bindings */
	struct symbol *sym;
};

static struct fresh_var *vars;
static int nvars, vars_cap;
static struct fresh_bind *binds;
static int nbinds, binds_cap;

void sc_fresh_reset(void)
{
	nvars = 0;
	nbinds = 0;
}

static struct expression *strip(struct expression *e)
{
	int guard = 0;

	while (e && guard++ < 16) {
		if (e->type == EXPR_PREOP && e->op == '(')
			e = e->unop;
		else if (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
			 e->type == EXPR_IMPLIED_CAST)
			e = e->cast_expression;
		else
			break;
	}
	return e;
}

/* the variable @e names as an lvalue or reads (`*(&sym)`), or NULL */
static struct symbol *var_of(struct expression *e)
{
	e = strip(e);
	if (e && e->type == EXPR_PREOP && e->op == '*' && e->unop &&
	    e->unop->type == EXPR_SYMBOL && e->unop->symbol == e->ctype)
		return e->unop->symbol;
	return NULL;
}

/* is @e the value of a call of a mem-new function (or its expansion)? */
static int is_alloc(const struct rules *rules, struct expression *e)
{
	struct symbol *f = NULL;

	e = strip(e);
	if (!e)
		return 0;
	if (e->type == EXPR_CALL)
		f = sc_function_value(e->fn);
	else if (e->type == EXPR_STATEMENT && e->statement)
		f = e->statement->inline_fn;
	return f && f->ident && rules_mem(rules, show_ident(f->ident), MEM_NEW, 0);
}

static struct fresh_var *var_find(struct symbol *sym)
{
	int i;

	for (i = 0; i < nvars; i++)
		if (vars[i].sym == sym)
			return &vars[i];
	if (nvars == vars_cap) {
		vars_cap = vars_cap ? 2 * vars_cap : 16;
		vars = sc_realloc(vars, vars_cap * sizeof(*vars));
	}
	vars[nvars].sym = sym;
	vars[nvars].nassign = vars[nvars].nalloc = 0;
	return &vars[nvars++];
}

void sc_fresh_assign(const struct rules *rules, struct symbol *sym,
		     struct expression *lhs, struct expression *rhs, int plain)
{
	struct fresh_var *v;

	if (!sym && !(sym = var_of(lhs)))
		return;
	v = var_find(sym);
	v->nassign++;
	v->nalloc += plain && is_alloc(rules, rhs);
}

void sc_fresh_bind(int bind, struct expression *lhs)
{
	struct expression *e = strip(lhs);
	struct symbol *sym;
	int guard = 0;

	/* `w->f` is *(w + offset), or *w at offset 0 */
	if (!e || e->type != EXPR_PREOP || e->op != '*')
		return;
	e = strip(e->unop);
	while (e && e->type == EXPR_BINOP && e->op == '+' && e->right &&
	       e->right->type == EXPR_VALUE && guard++ < 8)
		e = strip(e->left);
	if (!(sym = var_of(e)))
		return;
	if (nbinds == binds_cap) {
		binds_cap = binds_cap ? 2 * binds_cap : 8;
		binds = sc_realloc(binds, binds_cap * sizeof(*binds));
	}
	binds[nbinds].bind = bind;
	binds[nbinds++].sym = sym;
}

void sc_fresh_finish(struct sc_unit *unit, struct symbol *fn)
{
	int i, k;

	for (i = 0; i < nbinds; i++) {
		struct symbol *sym = binds[i].sym;

		if (sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL |
					    MOD_ADDRESSABLE) ||
		    sc_param_index(fn, sym) > 0)
			continue;
		for (k = 0; k < nvars; k++)
			if (vars[k].sym == sym)
				break;
		if (k < nvars && vars[k].nassign && vars[k].nassign == vars[k].nalloc)
			unit->facts->binds[binds[i].bind].fresh = 1;
	}
	sc_fresh_reset();
}
