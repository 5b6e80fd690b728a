/*
 * clang_lower.c - one function's tree into basic blocks (clang_cfg.h).
 *
 * Statements become blocks and edges as a compiler lowers them: if,
 * loops, switch, break, continue, goto and return; `&&`, `||`, `!` and
 * `?:` in conditions become branches, so each block knows the condition
 * that led to it, as in sparse's linearized form.  Expressions become
 * events in evaluation order: calls, assignments to variables, stores to
 * struct members.
 *
 * A call of an inline function with a body in the unit is expanded in
 * place, in an environment that maps its parameters to the call's
 * arguments; its returns go to the block after the call.  Every event
 * inside an expansion takes the position of the outermost call site, so
 * facts point at the line the user wrote.  An inline atomic primitive
 * (acquire, release, trylock rules) acts at its call; its expansion is
 * marked, so that the primitives it is made of do not act again, while
 * the functions it calls remain calls, as in sparse_inline.c.
 */
#include <stdlib.h>
#include <string.h>

#include "clang_cfg.h"
#include "clang_loads.h"

#define MAX_INLINE_DEPTH 24

struct loop {
	int brk, cont;
	int sw;			/* switch: its dispatching block, else -1 */
	int *has_default;
	int cbrk, ccont;	/* the cleanups in force where break and
				 * continue go */
};

static int new_block(struct cfg *g)
{
	if (g->nbb == g->bbcap) {
		g->bbcap = g->bbcap ? 2 * g->bbcap : 16;
		g->bb = sc_realloc(g->bb, g->bbcap * sizeof(*g->bb));
	}
	memset(&g->bb[g->nbb], 0, sizeof(g->bb[0]));
	g->bb[g->nbb].cond_ev = -1;
	g->bb[g->nbb].dead = -1;
	g->bb[g->nbb].live = -1;
	return g->nbb++;
}

static void edge(struct cfg *g, int from, int to)
{
	struct cbb *b = &g->bb[from];

	if (b->nsucc == b->succcap) {
		b->succcap = b->succcap ? 2 * b->succcap : 2;
		b->succ = sc_realloc(b->succ, b->succcap * sizeof(*b->succ));
		if (b->swcond) {
			b->swval = sc_realloc(b->swval, b->succcap * sizeof(*b->swval));
			b->swdef = sc_realloc(b->swdef, b->succcap);
		}
	}
	b->succ[b->nsucc++] = to;
}

/* a switch's edge to the code of one case (a range is not folded) */
static void case_edge(struct cfg *g, int sw, int to, struct cn *c)
{
	struct cbb *b = &g->bb[sw];
	long long v = 0;
	int known = c && c->kind == CN_CASE && c->nkids == 2 &&
		    clang_const(g->tu, c->kids[0], &v);

	edge(g, sw, to);
	b->swval[b->nsucc - 1] = v;
	b->swdef[b->nsucc - 1] = !c ? 1 : c->kind == CN_DEFAULT ? 1 : known ? 0 : 2;
}

/* ends the current block with a jump to @to */
static void jump(struct cfg *g, int to)
{
	edge(g, g->cur, to);
	g->cur = new_block(g);
}

static struct cev *event(struct cfg *g, enum cev_kind kind, struct cn *n,
			 struct cenv *env)
{
	struct cbb *b = &g->bb[g->cur];
	struct cev *e;

	if (g->nev == g->evcap) {
		g->evcap = g->evcap ? 2 * g->evcap : 32;
		g->ev = sc_realloc(g->ev, g->evcap * sizeof(*g->ev));
	}
	e = &g->ev[g->nev];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->n = n;
	e->env = env;
	e->block = g->cur;
	e->var_index = -1;
	if (env->parent) {
		e->line = env->line;
		e->col = env->col;
	} else if (n) {
		e->line = n->line;
		e->col = n->col;
	}
	if (b->nev == b->evcap) {
		b->evcap = b->evcap ? 2 * b->evcap : 8;
		b->ev = sc_realloc(b->ev, b->evcap * sizeof(*b->ev));
	}
	b->ev[b->nev++] = g->nev;
	g->nev++;
	return e;
}

struct cn *cn_strip(struct cn *n)
{
	while (n && n->kind == CN_CAST && n->nkids == 1)
		n = n->kids[0];
	return n;
}

struct cdecl *cfg_direct_callee(struct cn *call)
{
	struct cn *c;

	if (!call || call->kind != CN_CALL || !call->nkids)
		return NULL;
	c = cn_strip(call->kids[0]);
	/* (&f)(), (*f)(), static_call()'s ((typeof(&f))&f)() and
	 * ({ __ADDRESSABLE(key); &f; })() */
	for (;;) {
		if (c && c->kind == CN_UNOP && c->nkids == 1)
			c = cn_strip(c->kids[0]);
		else if (c && c->kind == CN_STMTEXPR && c->nkids == 1 &&
			 c->kids[0]->kind == CN_COMPOUND && c->kids[0]->nkids)
			c = cn_strip(c->kids[0]->kids[c->kids[0]->nkids - 1]);
		else
			break;
	}
	if (c && c->kind == CN_REF && c->decl && c->decl->kind == CD_FUNC)
		return c->decl;
	return NULL;
}

static int contains_call(struct cn *n)
{
	int i;

	if (!n || n->kind == CN_NOEVAL)
		return 0;
	if (n->kind == CN_CALL)
		return 1;
	for (i = 0; i < n->nkids; i++)
		if (contains_call(n->kids[i]))
			return 1;
	return 0;
}

static void lower_stmt(struct cfg *g, struct cn *n, struct cenv *env, struct loop *lp);
static void lower_expr(struct cfg *g, struct cn *n, struct cenv *env);
static void note_asm(struct cfg *g, const char *label, struct cenv *env, int from);

/* ends the current block with a branch on @cond to @t or @f */
static void branch(struct cfg *g, struct cn *cond, struct cenv *env, int t, int f)
{
	struct cev *e = event(g, EV_COND, cond, env);

	g->bb[g->cur].cond = cond;
	g->bb[g->cur].cenv = env;
	g->bb[g->cur].cond_ev = (int)(e - g->ev);
	edge(g, g->cur, t);
	edge(g, g->cur, f);
	g->cur = new_block(g);
}

/*
 * What sparse's expand.c reckons evaluating @n costs (expand_expression():
 * SIDE_EFFECTS 10000, UNSAFE 100, BRANCH_COST 10, SELECT_COST 20).  A
 * logical operator in a condition whose right side costs less than a
 * branch is one branch on both sides there (expand_logical()), so its
 * tests are one condition: the flag atoms of its two sides are made in
 * the order sparse_ir.c makes them (clang_ir.c implied()).
 */
#define SP_SIDE_EFFECTS	10000
#define SP_UNSAFE	100
#define SP_BRANCH	10
#define SP_SELECT	20

static int sparse_cost(struct cfg *g, struct cn *n, int depth)
{
	struct cdecl *fn;
	long long v;
	int c, r;

	if (!n)
		return 0;
	if (depth > 64)
		return SP_SIDE_EFFECTS;	/* dearer than anything compared */
	switch (n->kind) {
	case CN_CALL: case CN_ASSIGN: case CN_STMTEXPR:
		break;
	default:
		if (clang_const(g->tu, n, &v))
			return 0;
	}
	switch (n->kind) {
	case CN_NOEVAL:
		return 0;
	case CN_CAST:
		if (n->nkids != 1)
			return SP_SIDE_EFFECTS;
		return sparse_cost(g, n->kids[0], depth + 1) + clang_cast_converts(n);
	case CN_REF:
		if (!n->decl)
			return SP_SIDE_EFFECTS;
		if (n->decl->kind == CD_ENUM)
			return 0;
		if (n->decl->kind == CD_FUNC)
			return 2;
		return n->decl->is_global || n->decl->is_static ? 2 : 1;
	case CN_MEMBER:
		/* a member of a variable is that variable at an offset; through
		 * a pointer, a dereference of something not a symbol */
		if (!n->nkids || clang_is_pointer(n->kids[0]))
			return SP_UNSAFE;
		return sparse_cost(g, cn_strip(n->kids[0]), depth + 1);
	case CN_UNOP:
		if (n->nkids != 1)
			return SP_SIDE_EFFECTS;
		switch (clang_op(g->tu, n)) {
		case OP_DEREF:
			return SP_UNSAFE;
		case OP_INC:
			return SP_SIDE_EFFECTS;
		case OP_ADDR: {
			struct cn *l = cn_strip(n->kids[0]);

			if (l && (l->kind == CN_REF || l->kind == CN_MEMBER) &&
			    !(l->kind == CN_MEMBER && l->nkids && clang_is_pointer(l->kids[0])))
				return sparse_cost(g, l, depth + 1);
			if (l && l->kind == CN_MEMBER && l->nkids)
				return sparse_cost(g, l->kids[0], depth + 1) + 1;
			return SP_UNSAFE;
		}
		default:
			return sparse_cost(g, n->kids[0], depth + 1) + 1;
		}
	case CN_BINOP:
		if (n->nkids != 2)
			return SP_SIDE_EFFECTS;
		c = sparse_cost(g, n->kids[0], depth + 1);
		r = sparse_cost(g, n->kids[1], depth + 1);
		switch (clang_op(g->tu, n)) {
		case OP_LAND: case OP_LOR:
			if (r < SP_BRANCH)
				r -= SP_BRANCH - 1;
			return c + SP_BRANCH + r;
		case OP_OTHER:	/* the comma operator, among others */
			return c + r;
		default:
			return c + r + 1;
		}
	case CN_COND:
		if (n->nkids != 3)
			return SP_SIDE_EFFECTS;
		c = sparse_cost(g, n->kids[0], depth + 1);
		r = sparse_cost(g, n->kids[1], depth + 1) + sparse_cost(g, n->kids[2], depth + 1);
		if (r < SP_SELECT)
			r -= SP_BRANCH - 1;
		return r + c + SP_BRANCH;
	case CN_CALL:
		fn = cfg_direct_callee(n);
		if (fn && !strcmp(fn->name, "__builtin_expect"))
			return 0;
		if (fn && !fn->is_inline && clang_fn_pure(fn)) {
			int i;

			for (c = 0, i = 1; i < n->nkids; i++)
				c += sparse_cost(g, n->kids[i], depth + 1);
			return c + 1;
		}
		return SP_SIDE_EFFECTS;
	default:
		return SP_SIDE_EFFECTS;
	}
}

int cfg_sparse_cost(struct cfg *g, struct cn *n)
{
	return sparse_cost(g, n, 0);
}

/*
 * A statement expression `({ S...; E; })` whose statements declare
 * nothing (no variable's scope, no cleanup, ends at it): its last
 * expression E, into *@tail; 0 if it is not one.
 */
static int stmtexpr_tail(struct cn *s, struct cn **tail)
{
	struct cn *body;
	int i;

	if (!s || s->kind != CN_STMTEXPR || s->nkids != 1)
		return 0;
	body = s->kids[0];
	if (!body || body->kind != CN_COMPOUND || !body->nkids)
		return 0;
	for (i = 0; i < body->nkids; i++)
		if (!body->kids[i] || body->kids[i]->kind == CN_DECL)
			return 0;
	if (tail)
		*tail = body->kids[body->nkids - 1];
	return 1;
}

/* a constant, or a statement expression ending in one (stmtexpr_tail()) */
static int const_value(struct cfg *g, struct cn *n, int depth)
{
	struct cn *tail;
	long long v;

	n = cn_strip(n);
	if (depth > 8 || !n)
		return 0;
	if (stmtexpr_tail(n, &tail))
		return const_value(g, tail, depth + 1);
	return !contains_call(n) && clang_const(g->tu, n, &v);
}

/* a ?: whose two results are constants (const_value()) */
static int cond_select(struct cfg *g, struct cn *s)
{
	return s && s->kind == CN_COND && s->nkids == 3 &&
	       const_value(g, s->kids[1], 0) && const_value(g, s->kids[2], 0);
}

/* branch to @t when @n is true, else to @f */
static void lower_cond(struct cfg *g, struct cn *n, struct cenv *env, int t, int f)
{
	struct cn *s = cn_strip(n);
	enum cn_op op = s ? clang_op(g->tu, s) : OP_NONE;
	int mid;
	long long v;

	if (s && contains_call(s) && clang_const(g->tu, s, &v)) {
		/* decided at compile time, and none of its calls runs */
		branch(g, s, env, t, f);
		return;
	}

	if (s && s->kind == CN_UNOP && op == OP_LNOT && s->nkids == 1) {
		lower_cond(g, s->kids[0], env, f, t);
		return;
	}
	if (s && s->kind == CN_BINOP && (op == OP_LAND || op == OP_LOR) && s->nkids == 2 &&
	    sparse_cost(g, s->kids[1], 0) < SP_BRANCH) {
		/* one branch on both sides, as sparse has it */
		lower_expr(g, s->kids[0], env);
		lower_expr(g, s->kids[1], env);
		branch(g, n, env, t, f);
		return;
	}
	if (s && s->kind == CN_BINOP && (op == OP_LAND || op == OP_LOR) && s->nkids == 2) {
		mid = new_block(g);
		if (op == OP_LAND)
			lower_cond(g, s->kids[0], env, mid, f);
		else
			lower_cond(g, s->kids[0], env, t, mid);
		g->cur = mid;
		lower_cond(g, s->kids[1], env, t, f);
		return;
	}
	if (cond_select(g, s)) {
		/* `c ? X : Y` where X and Y are constants, or statement
		 * expressions ending in one (spin_trylock_irqsave()'s
		 * `raw_spin_trylock(l) ? 1 : ({ local_irq_restore(f); 0; })`):
		 * c decides, as sparse's SSA folds it into the branch */
		int a = new_block(g), b = new_block(g);

		lower_cond(g, s->kids[0], env, a, b);
		g->cur = a;
		lower_cond(g, s->kids[1], env, t, f);
		g->cur = b;
		lower_cond(g, s->kids[2], env, t, f);
		return;
	}
	if (s && s->kind == CN_STMTEXPR && stmtexpr_tail(s, NULL)) {
		/* ({ ...; E; }) as a condition: its statements, then E */
		struct cn *body = s->kids[0];
		int i;

		env->stmtexpr++;
		for (i = 0; i + 1 < body->nkids; i++)
			lower_stmt(g, body->kids[i], env, NULL);
		env->stmtexpr--;
		lower_cond(g, body->kids[body->nkids - 1], env, t, f);
		return;
	}
	if (s && s->kind == CN_CALL) {
		/* an inline expansion's constant returns go to @t or @f */
		g->cond_call = s;
		g->cond_t = t;
		g->cond_f = f;
	}
	lower_expr(g, n, env);
	g->cond_call = NULL;
	branch(g, n, env, t, f);
}

static int is_var(struct cn *n)
{
	return n && n->kind == CN_REF && n->decl &&
	       (n->decl->kind == CD_PARAM || (n->decl->kind == CD_VAR && !n->decl->is_global &&
					      !n->decl->is_static));
}

static void assign(struct cfg *g, struct cn *n, struct cn *lhs, struct cn *rhs,
		   enum cn_op op, struct cenv *env)
{
	struct cn *l = cn_strip(lhs);
	struct cev *e;

	if (is_var(l)) {
		e = event(g, EV_ASSIGN, n, env);
		e->var = l->decl;
		e->var_env = env;
		e->rhs = rhs;
		e->op = op;
	} else if (l && l->kind == CN_MEMBER && op == OP_ASSIGN_PLAIN) {
		e = event(g, EV_STORE, n, env);
		e->rhs = rhs;
		if (!env->parent) {	/* bindings point at the assignment */
			e->line = n->line;
			e->col = n->col;
		}
	} else if (l && (l->kind == CN_REF || l->kind == CN_UNOP ||
			 /* an element through a pointer, `((u8 *)p)[1] = v`:
			  * sparse's store to *(p + 1), as `*(p + 1) = v` is */
			 (l->kind == CN_OTHER && l->nkids == 2 &&
			  clang_is_pointer(cn_strip(l->kids[0])))) &&
		   op == OP_ASSIGN_PLAIN) {
		e = event(g, EV_PSTORE, n, env);
		e->rhs = rhs;
	}
}

static void expand_inline(struct cfg *g, struct cn *call, struct cdecl *fn,
			  struct cn *body, struct cenv *env, int call_ev, int prim)
{
	struct cenv *e = sc_calloc(1, sizeof(*e));

	if (g->nenvs == g->envcap) {
		g->envcap = g->envcap ? 2 * g->envcap : 8;
		g->envs = sc_realloc(g->envs, g->envcap * sizeof(*g->envs));
	}
	g->envs[g->nenvs++] = e;
	e->parent = env;
	e->call = call;
	e->call_ev = call_ev;
	e->fn = fn;
	e->depth = env->depth + 1;
	e->in_prim = env->in_prim || prim;
	if (env->parent) {
		e->line = env->line;
		e->col = env->col;
		e->inl = env->inl;
	} else {
		e->line = call->line;
		e->col = call->col;
		e->inl = fn->name;
	}
	e->after = new_block(g);
	e->ret_t = e->ret_f = -1;
	if (call == g->cond_call) {
		e->ret_t = g->cond_t;
		e->ret_f = g->cond_f;
	}
	g->cond_call = NULL;
	if (fn->is_cleanup && body->kind == CN_COMPOUND && body->nkids == 1 &&
	    body->kids[0] && body->kids[0]->kind == CN_IF && body->kids[0]->nkids == 2) {
		/* cleanup.h's `if (_T->lock) { _unlock; }`: taken */
		lower_stmt(g, body->kids[0]->kids[1], e, NULL);
	} else {
		lower_stmt(g, body, e, NULL);
	}
	jump(g, e->after);
	g->cur = e->after;
}

static int recursive(struct cenv *env, struct cdecl *fn)
{
	for (; env; env = env->parent)
		if (env->fn == fn)
			return 1;
	return 0;
}

int cfg_kept_inline(const struct rules *rules, const char *name)
{
	const struct rule *r = rules_lookup(rules, name);

	return (r && (r->kind == RULE_IMPLIES_BLOCKING || r->kind == RULE_GFP_SOFTIRQ)) ||
	       rules_mem(rules, name, MEM_LINEAR, 0);
}

static void lower_call(struct cfg *g, struct cn *n, struct cenv *env)
{
	struct cdecl *fn;
	const struct rule *r = NULL;
	struct cn *body = NULL;
	struct cev *e;
	int i;

	for (i = 0; i < n->nkids; i++)
		lower_expr(g, n->kids[i], env);
	fn = cfg_direct_callee(n);
	if (fn)
		r = rules_lookup(g->rules, fn->name);
	if (fn && fn->is_inline && env->depth < MAX_INLINE_DEPTH && !recursive(env, fn) &&
	    !cfg_kept_inline(g->rules, fn->name))
		body = clang_body(g->tu, fn);
	e = event(g, EV_CALL, n, env);
	e->inlined = body != NULL;
	/* a primitive acts at its call; what it is made of acts no more,
	 * but the functions it calls are still calls */
	if (body)
		expand_inline(g, n, fn, body, env, (int)(e - g->ev),
			      r && (r->kind == RULE_ACQUIRE || r->kind == RULE_RELEASE ||
				    r->kind == RULE_TRYLOCK ||
				    r->kind == RULE_PAGEFAULT_OFF ||
				    r->kind == RULE_PAGEFAULT_ON));
	/* nothing follows a call that does not return (sparse's linearize.c
	 * ends the block there too) */
	else if (fn && fn->is_noreturn)
		g->cur = new_block(g);
}

/* the base pointer of @n, a member read through it or `*p`, is
 * dereferenced here (struct cderef) */
static void note_deref(struct cfg *g, struct cn *n, struct cenv *env)
{
	struct cn *base = NULL;

	if (g->nodref || !n || n->nkids != 1)
		return;
	if (n->kind == CN_MEMBER && clang_is_pointer(n->kids[0]))
		base = n->kids[0];
	else if (n->kind == CN_UNOP && clang_op(g->tu, n) == OP_DEREF)
		base = n->kids[0];
	if (!base)
		return;
	if (g->nderefs == g->derefcap) {
		g->derefcap = g->derefcap ? 2 * g->derefcap : 16;
		g->derefs = sc_realloc(g->derefs, g->derefcap * sizeof(*g->derefs));
	}
	g->derefs[g->nderefs++] = (struct cderef){ base, env, g->cur, g->nev };
}

/*
 * The operand of `&`: its address is computed, not read, down to the
 * first member read through a pointer (`&p->a.b` reads nothing of p;
 * `&p->q->x` reads p->q), as sparse computes `p + offset` there.
 */
static void lower_addr(struct cfg *g, struct cn *n, struct cenv *env)
{
	struct cn *m = cn_strip(n);

	if (m && m->kind == CN_MEMBER && m->nkids == 1) {
		if (clang_is_pointer(m->kids[0]))
			lower_expr(g, m->kids[0], env);
		else
			lower_addr(g, m->kids[0], env);
		return;
	}
	if (m && m->kind == CN_UNOP && m->nkids == 1 && clang_op(g->tu, m) == OP_DEREF) {
		lower_expr(g, m->kids[0], env);
		return;
	}
	if (m && m->kind == CN_OTHER && m->nkids == 2 && clang_is_load(g->tu, m)) {
		/* &a[i]: an array's address, or a pointer's value, plus i */
		if (clang_is_pointer(m->kids[0]))
			lower_expr(g, m->kids[0], env);
		else
			lower_addr(g, m->kids[0], env);
		lower_expr(g, m->kids[1], env);
		return;
	}
	lower_expr(g, n, env);
}

static void lower_expr(struct cfg *g, struct cn *n, struct cenv *env)
{
	enum cn_op op;
	int i, a, b, j;

	long long v;

	if (!n || n->kind == CN_NOEVAL)
		return;
	if (n->kind == CN_ADDRLABEL) {
		if (n->name)
			note_asm(g, n->name, env, -1);
		return;
	}
	/* a constant's calls never run: `0 && f()` in RCU_LOCKDEP_WARN() */
	if (n->kind != CN_CALL && n->kind != CN_REF && contains_call(n) &&
	    clang_const(g->tu, n, &v))
		return;
	switch (n->kind) {
	case CN_CALL:
		lower_call(g, n, env);
		return;
	case CN_STMTEXPR:
		env->stmtexpr++;
		if (n->nkids)
			lower_stmt(g, n->kids[0], env, NULL);
		env->stmtexpr--;
		return;
	case CN_COND:
		if (n->nkids == 2 && contains_call(n->kids[1])) {
			b = new_block(g);
			j = new_block(g);
			lower_cond(g, n->kids[0], env, j, b);
			g->cur = b;
			lower_expr(g, n->kids[1], env);
			jump(g, j);
			g->cur = j;
			return;
		}
		if (n->nkids == 3 && (contains_call(n->kids[1]) || contains_call(n->kids[2]))) {
			a = new_block(g);
			b = new_block(g);
			j = new_block(g);
			lower_cond(g, n->kids[0], env, a, b);
			g->cur = a;
			lower_expr(g, n->kids[1], env);
			jump(g, j);
			g->cur = b;
			lower_expr(g, n->kids[2], env);
			jump(g, j);
			g->cur = j;
			return;
		}
		break;
	case CN_BINOP:
		op = clang_op(g->tu, n);
		if ((op == OP_LAND || op == OP_LOR) && n->nkids == 2 &&
		    contains_call(n->kids[1])) {
			a = new_block(g);
			j = new_block(g);
			lower_cond(g, n, env, a, j);
			g->cur = a;
			jump(g, j);
			g->cur = j;
			return;
		}
		if (op == OP_ASSIGN_PLAIN && n->nkids == 2) {
			lower_expr(g, n->kids[1], env);
			lower_expr(g, n->kids[0], env);
			assign(g, n, n->kids[0], n->kids[1], op, env);
			return;
		}
		break;
	case CN_ASSIGN:
		if (n->nkids == 2) {
			op = clang_op(g->tu, n);
			lower_expr(g, n->kids[1], env);
			lower_expr(g, n->kids[0], env);
			assign(g, n, n->kids[0], n->kids[1],
			       op == OP_BOR || op == OP_BAND ? op : OP_OTHER, env);
			return;
		}
		break;
	case CN_UNOP:
		if (n->nkids == 1 && clang_op(g->tu, n) == OP_INC) {
			lower_expr(g, n->kids[0], env);
			assign(g, n, n->kids[0], NULL, OP_OTHER, env);
			return;
		}
		break;
	default:
		break;
	}
	if (n->kind == CN_UNOP && n->nkids == 1 && clang_op(g->tu, n) == OP_ADDR) {
		lower_addr(g, n->kids[0], env);
		return;
	}
	/* the right of `&&` and `||`, the arms of `?:`: some paths only */
	op = n->kind == CN_BINOP ? clang_op(g->tu, n) : OP_NONE;
	a = n->kind == CN_COND || op == OP_LAND || op == OP_LOR;
	for (i = 0; i < n->nkids; i++) {
		if (a && i == 1)
			g->nodref++;
		lower_expr(g, n->kids[i], env);
	}
	if (a && n->nkids > 1)
		g->nodref--;
	note_deref(g, n, env);
}

static void note_asm(struct cfg *g, const char *label, struct cenv *env, int from)
{
	if (g->nasms == g->asmcap) {
		g->asmcap = g->asmcap ? 2 * g->asmcap : 4;
		g->asms = sc_realloc(g->asms, g->asmcap * sizeof(*g->asms));
	}
	g->asms[g->nasms++] = (struct pgoto){ label, env, from };
}

static int label_block(struct cfg *g, const char *name, struct cenv *env)
{
	int i;

	for (i = 0; i < g->nlabels; i++)
		if (g->labels[i].env == env && !strcmp(g->labels[i].name, name))
			return g->labels[i].block;
	if (g->nlabels == g->labelcap) {
		g->labelcap = g->labelcap ? 2 * g->labelcap : 8;
		g->labels = sc_realloc(g->labels, g->labelcap * sizeof(*g->labels));
	}
	g->labels[g->nlabels].name = name;
	g->labels[g->nlabels].env = env;
	g->labels[g->nlabels].block = new_block(g);
	return g->labels[g->nlabels++].block;
}

/*
 * The cleanup attribute (guard(), scoped_guard()): a variable declared
 * with __attribute__((cleanup(fn))) has fn(&var) called where its scope
 * is left: at the end of its block or of the for statement that declares
 * it, and before a break, continue or goto that leaves it, the last
 * declared first.  Not before a return, not in a statement expression,
 * and when fn's body is one `if` without `else` it is taken (cleanup.h's
 * guards test the lock they hold): as sparse_cleanup.c has it.
 */
static void push_cleanup(struct cfg *g, struct cn *call, struct cenv *env)
{
	if (g->ncleanups == g->cleanupcap) {
		g->cleanupcap = g->cleanupcap ? 2 * g->cleanupcap : 8;
		g->cleanups = sc_realloc(g->cleanups, g->cleanupcap * sizeof(*g->cleanups));
	}
	g->cleanups[g->ncleanups++] = (struct cleanup){ call, g->scope, env };
}

/* the calls of the cleanups [from, ncleanups), the last first */
static void run_cleanups(struct cfg *g, int from)
{
	int i;

	for (i = g->ncleanups - 1; i >= from; i--) {
		struct cleanup c = g->cleanups[i];

		lower_expr(g, c.call, c.env);
	}
}

/* is label @name in statement @n (not in an expression)? */
static int has_label(struct cn *n, const char *name)
{
	int i;

	if (!n)
		return 0;
	switch (n->kind) {
	case CN_LABEL:
		if (n->name && !strcmp(n->name, name))
			return 1;
		/* fall through */
	case CN_COMPOUND: case CN_IF: case CN_WHILE: case CN_DO: case CN_FOR:
	case CN_SWITCH: case CN_CASE: case CN_DEFAULT:
		for (i = 0; i < n->nkids; i++)
			if (has_label(n->kids[i], name))
				return 1;
		return 0;
	default:
		return 0;
	}
}

static void lower_stmt(struct cfg *g, struct cn *n, struct cenv *env, struct loop *lp)
{
	struct loop inner;
	struct cn *scope;
	int mark;
	int i, head, body, after, cont, has_default = 0;
	struct cev *e;
	long long v;

	if (!n)
		return;
	switch (n->kind) {
	case CN_COMPOUND:
		if (!n->scope || env->stmtexpr) {
			for (i = 0; i < n->nkids; i++)
				lower_stmt(g, n->kids[i], env, lp);
			return;
		}
		mark = g->ncleanups;
		scope = g->scope;
		g->scope = n;
		for (i = 0; i < n->nkids; i++)
			lower_stmt(g, n->kids[i], env, lp);
		run_cleanups(g, mark);
		g->ncleanups = mark;
		g->scope = scope;
		return;
	case CN_IF:
		if (n->nkids < 2)
			break;
		body = new_block(g);
		after = new_block(g);
		head = n->nkids > 2 ? new_block(g) : after;
		lower_cond(g, n->kids[0], env, body, head);
		g->cur = body;
		lower_stmt(g, n->kids[1], env, lp);
		jump(g, after);
		if (n->nkids > 2) {
			g->cur = head;
			lower_stmt(g, n->kids[2], env, lp);
			jump(g, after);
		}
		g->cur = after;
		return;
	case CN_WHILE:
	case CN_FOR:
	case CN_DO: {
		struct cn *cond, *init = NULL, *inc = NULL, *st;

		if (n->kind == CN_FOR) {
			if (n->nkids != 4)
				break;
			init = n->kids[0];
			cond = n->kids[1];
			inc = n->kids[2];
			st = n->kids[3];
		} else if (n->nkids == 2) {
			cond = n->kind == CN_DO ? n->kids[1] : n->kids[0];
			st = n->kind == CN_DO ? n->kids[0] : n->kids[1];
		} else {
			break;
		}
		mark = g->ncleanups;
		scope = g->scope;
		g->scope = n;
		lower_stmt(g, init, env, lp);
		g->scope = scope;
		head = new_block(g);
		body = new_block(g);
		after = new_block(g);
		cont = new_block(g);
		jump(g, n->kind == CN_DO ? body : head);
		g->cur = head;
		if (cond)
			lower_cond(g, cond, env, body, after);
		else
			jump(g, body);
		inner = (struct loop){ after, cont, -1, NULL, g->ncleanups, g->ncleanups };
		g->cur = body;
		lower_stmt(g, st, env, &inner);
		jump(g, cont);
		g->cur = cont;
		lower_expr(g, inc, env);
		jump(g, head);
		g->cur = after;
		run_cleanups(g, mark);
		g->ncleanups = mark;
		return;
	}
	case CN_SWITCH:
		if (n->nkids != 2)
			break;
		lower_expr(g, n->kids[0], env);
		head = g->cur;
		e = event(g, EV_COND, n->kids[0], env);
		g->bb[head].swcond = n->kids[0];
		g->bb[head].swenv = env;
		g->bb[head].sw_ev = (int)(e - g->ev);
		g->bb[head].swval = sc_calloc(g->bb[head].succcap + 1, sizeof(long long));
		g->bb[head].swdef = sc_calloc(g->bb[head].succcap + 1, 1);
		after = new_block(g);
		g->cur = new_block(g);	/* code before the first case is dead */
		inner = (struct loop){ after, lp ? lp->cont : -1, head, &has_default,
				       g->ncleanups, lp ? lp->ccont : 0 };
		lower_stmt(g, n->kids[1], env, &inner);
		jump(g, after);
		if (!has_default)
			case_edge(g, head, after, NULL);
		g->cur = after;
		return;
	case CN_CASE:
	case CN_DEFAULT:
		body = new_block(g);
		jump(g, body);
		g->cur = body;
		/* labels written one after the other (`case A: case B:`)
		 * go to one block, as sparse's switch does */
		for (;;) {
			if (lp && lp->sw >= 0) {
				case_edge(g, lp->sw, body, n);
				if (n->kind == CN_DEFAULT)
					*lp->has_default = 1;
			}
			if (!n->nkids)
				return;
			if (n->kids[n->nkids - 1]->kind != CN_CASE &&
			    n->kids[n->nkids - 1]->kind != CN_DEFAULT)
				break;
			n = n->kids[n->nkids - 1];
		}
		lower_stmt(g, n->kids[n->nkids - 1], env, lp);
		return;
	case CN_BREAK:
	case CN_CONTINUE: {
		int to = !lp ? -1 : n->kind == CN_BREAK ? lp->brk : lp->cont;

		if (to < 0)
			return;
		if (!env->stmtexpr)
			run_cleanups(g, n->kind == CN_BREAK ? lp->cbrk : lp->ccont);
		jump(g, to);
		return;
	}
	case CN_RETURN:
		if (n->nkids)
			lower_expr(g, n->kids[0], env);
		if (env->parent && env->ret_t >= 0 && n->nkids && !contains_call(n->kids[0]) &&
		    clang_const(g->tu, n->kids[0], &v)) {
			/* the branch on the call decided here: sparse's
			 * flow.c try_to_simplify_bb() takes a constant
			 * source of the phi it tests to its target */
			jump(g, v ? env->ret_t : env->ret_f);
			return;
		}
		if (env->parent) {
			if (n->nkids) {
				e = event(g, EV_RET, n->kids[0], env);
				if (env->nrets == env->retcap) {
					env->retcap = env->retcap ? 2 * env->retcap : 2;
					env->rets = sc_realloc(env->rets, env->retcap *
							       sizeof(*env->rets));
					env->ret_ev = sc_realloc(env->ret_ev, env->retcap *
								 sizeof(*env->ret_ev));
				}
				env->rets[env->nrets] = n->kids[0];
				env->ret_ev[env->nrets++] = (int)(e - g->ev);
			}
			jump(g, env->after);
		} else {
			if (n->nkids)
				event(g, EV_RET, n->kids[0], env);
			g->cur = new_block(g);
		}
		return;
	case CN_GOTO:
		/* the scopes of this body the label is not in */
		for (mark = g->ncleanups; n->name && !env->stmtexpr && mark > 0 &&
		     g->cleanups[mark - 1].env == env &&
		     !has_label(g->cleanups[mark - 1].scope, n->name); mark--)
			;
		if (n->name)
			run_cleanups(g, mark);
		if (n->name) {
			if (g->ngotos == g->gotocap) {
				g->gotocap = g->gotocap ? 2 * g->gotocap : 8;
				g->gotos = sc_realloc(g->gotos, g->gotocap * sizeof(*g->gotos));
			}
			g->gotos[g->ngotos++] = (struct pgoto){ n->name, env, g->cur };
		}
		g->cur = new_block(g);
		return;
	case CN_ASM:
		if (g->nasmn == g->asmncap) {
			g->asmncap = g->asmncap ? 2 * g->asmncap : 4;
			g->asmn = sc_realloc(g->asmn, g->asmncap * sizeof(*g->asmn));
		}
		g->asmn[g->nasmn++] = (struct casm){ n, env };
		/* it may jump to a label (asm goto): edges added at the end */
		lower_expr(g, n, env);
		after = new_block(g);
		note_asm(g, NULL, env, g->cur);
		edge(g, g->cur, after);
		g->cur = after;
		return;
	case CN_LABEL:
		body = label_block(g, n->name, env);
		jump(g, body);
		g->cur = body;
		for (i = 0; i < n->nkids; i++)
			lower_stmt(g, n->kids[i], env, lp);
		return;
	case CN_DECL:
		if (n->nkids) {
			struct cev *a;

			lower_expr(g, n->kids[0], env);
			a = event(g, EV_ASSIGN, n, env);
			a->var = n->decl;
			a->var_env = env;
			a->rhs = n->kids[0];
			a->op = OP_ASSIGN_PLAIN;
		}
		if (n->cleanup && g->scope && !env->stmtexpr)
			push_cleanup(g, n->cleanup, env);
		return;
	default:
		break;
	}
	lower_expr(g, n, env);
}

/*
 * libclang does not give an asm goto statement's labels.  The labels of
 * its function (or inline expansion) that no goto names and whose
 * address is not taken can only be reached from an asm goto: each asm
 * statement there gets an edge to each of them.  So a static key may be
 * on, and atomic_dec_and_test() may be true, as sparse_asmgoto.c makes
 * them for the sparse front end.
 */
static void asm_goto_edges(struct cfg *g)
{
	int i, j, k;

	for (i = 0; i < g->nasms; i++) {
		struct pgoto *a = &g->asms[i];

		if (a->from < 0)
			continue;
		for (j = 0; j < g->nlabels; j++) {
			struct label *l = &g->labels[j];
			int named = 0;

			if (l->env != a->env)
				continue;
			for (k = 0; k < g->ngotos && !named; k++)
				named = g->gotos[k].env == l->env &&
					!strcmp(g->gotos[k].name, l->name);
			for (k = 0; k < g->nasms && !named; k++)
				named = g->asms[k].from < 0 && g->asms[k].env == l->env &&
					!strcmp(g->asms[k].name, l->name);
			if (!named)
				edge(g, a->from, l->block);
		}
	}
}

void cfg_build(struct cfg *g, struct ctu *tu, const struct rules *rules,
	       struct cdecl *fn, struct cn *body)
{
	int i;

	memset(g, 0, sizeof(*g));
	g->tu = tu;
	g->rules = rules;
	g->fn = fn;
	g->root = sc_calloc(1, sizeof(*g->root));
	g->root->fn = fn;
	g->root->call_ev = -1;
	g->cur = new_block(g);
	lower_stmt(g, body, g->root, NULL);
	for (i = 0; i < g->ngotos; i++)
		edge(g, g->gotos[i].from, label_block(g, g->gotos[i].name,
						      g->gotos[i].env));
	asm_goto_edges(g);
}

void cfg_free(struct cfg *g)
{
	int i;

	for (i = 0; i < g->nbb; i++) {
		free(g->bb[i].ev);
		free(g->bb[i].succ);
		free(g->bb[i].swval);
		free(g->bb[i].swdef);
	}
	for (i = 0; i < g->nenvs; i++) {
		free(g->envs[i]->rets);
		free(g->envs[i]->ret_ev);
		free(g->envs[i]);
	}
	free(g->root);
	free(g->envs);
	free(g->bb);
	free(g->ev);
	free(g->labels);
	free(g->gotos);
	free(g->asms);
	free(g->asmn);
	free(g->cleanups);
	free(g->derefs);
}
