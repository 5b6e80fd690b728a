/*
 * sparse_inline.c - prepares an expanded function body for linearizing.
 *
 * Sparse inlines static inline functions during expansion and keeps the
 * header positions of the inlined code, so a __kmalloc() call reached
 * through the kmalloc() inline would point into slab.h.  This walk gives
 * every statement and expression inside an inline expansion the position
 * of the outermost call site in the function's own file, so facts point
 * at the line the user wrote.
 *
 * It also marks (with the otherwise unused position bit 'noexpand') all
 * code inside the expansion of an atomic primitive: a primitive such as
 * __raw_spin_lock() may itself call preempt_count_add(), and that inner
 * step must not count as a second entry into atomic context.
 *
 * Sparse's optimizer drops OP_INLINED_CALL annotations together with
 * blocks it considers empty, so an inlined primitive cannot be seen
 * through them.  Instead, the expansion of each inline primitive gets a
 * __context__ statement prepended, whose context expression is a marker
 * naming the primitive (SC_MARKER_OP); it linearizes to an OP_CONTEXT
 * instruction, which the optimizer keeps in place.
 */
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "flow.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "parse.h"
#include "symbol.h"

struct walk {
	const struct rules *rules;
	struct sc_unit *unit;
	const struct position *site;	/* outermost inline call site, or NULL */
	struct symbol *inl_fn;		/* innermost inline expansion, or NULL */
	int in_prim;			/* inside a primitive's expansion */
};

static void walk_stmt(struct statement *stmt, const struct walk *w);

/*
 * What is asked of an inline function's name at each of its expansions,
 * once per name: is it a lock primitive (its rule), does it take a lock
 * that sleeps on PREEMPT_RT (inline_sleeps_on_rt())?  By sparse's
 * interned identifier, which lives as long as the process.
 */
#define NAME_PRIM	1
#define NAME_RT		2
static struct sc_memo names;
static const struct rules *names_rules;

static unsigned name_flags(const struct rules *rules, const struct ident *id)
{
	const struct rule *r;
	int flags;

	if (rules != names_rules) {
		sc_memo_clear(&names);
		names_rules = rules;
	}
	if (sc_memo_get(&names, id, &flags))
		return (unsigned)flags;
	r = rules_lookup(rules, sc_ident(id));
	flags = (r && (r->kind == RULE_ACQUIRE || r->kind == RULE_RELEASE ||
		       r->kind == RULE_TRYLOCK || r->kind == RULE_PAGEFAULT_OFF ||
		       r->kind == RULE_PAGEFAULT_ON) ? NAME_PRIM : 0) |
		(inline_sleeps_on_rt(sc_ident(id)) ? NAME_RT : 0);
	sc_memo_put(&names, id, flags);
	return (unsigned)flags;
}

/* inline_sleeps_on_rt() of @inl's name */
static int sleeps_on_rt(const struct rules *rules, const struct ident *inl)
{
	return (name_flags(rules, inl) & NAME_RT) != 0;
}

/* the parameters of the inline expansions walked in the function, each
 * bound to its argument (its initializer) */
static struct symbol **inl_params;
static int ninl_params, inl_params_cap;

static void note_inline_params(struct statement *args)
{
	struct symbol *a;

	if (!args || args->type != STMT_DECLARATION)
		return;
	FOR_EACH_PTR(args->declaration, a) {
		if (ninl_params == inl_params_cap) {
			inl_params_cap = inl_params_cap ? 2 * inl_params_cap : 16;
			inl_params = sc_realloc(inl_params, inl_params_cap *
						sizeof(*inl_params));
		}
		inl_params[ninl_params++] = a;
	} END_FOR_EACH_PTR(a);
}

/*
 * The function a value is: f, &f, or an inline function's parameter
 * bound to one (`twork->func = func` in init_task_work(), as the
 * libclang front end follows a parameter to its argument).
 */
static struct symbol *function_value(struct expression *e, int depth)
{
	struct symbol *fn = sc_function_value(e);
	int i;

	if (fn)
		return fn;
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return NULL;
	}
	/* casts, and the load of a variable: *(symbol) once evaluated */
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST ||
		     (e->type == EXPR_PREOP && e->op == '*')))
		e = e->type == EXPR_PREOP ? e->unop : e->cast_expression;
	if (!e || e->type != EXPR_SYMBOL || !e->symbol)
		return NULL;
	for (i = 0; i < ninl_params; i++)
		if (inl_params[i] == e->symbol && e->symbol->initializer)
			return function_value(e->symbol->initializer, depth + 1);
	return NULL;
}

/* remember what sits at a top-level position of the function */
static void note_site(struct sc_unit *u, struct position pos, struct ident *inl)
{
	struct sc_site *s;
	int i;

	for (i = 0; i < u->nsites; i++) {
		s = &u->sites[i];
		if (s->line != pos.line || s->col != pos.pos)
			continue;
		if (inl && !s->inl)
			s->inl = inl;
		if (inl && !s->lockinl && sleeps_on_rt(u->rules, inl))
			s->lockinl = inl;
		if (!inl)
			s->direct = 1;
		return;
	}
	if (u->nsites == u->sites_cap) {
		u->sites_cap = u->sites_cap ? 2 * u->sites_cap : 16;
		u->sites = sc_realloc(u->sites, u->sites_cap * sizeof(*u->sites));
	}
	s = &u->sites[u->nsites++];
	memset(s, 0, sizeof(*s));
	s->line = pos.line;
	s->col = pos.pos;
	s->inl = inl;
	if (inl && sleeps_on_rt(u->rules, inl))
		s->lockinl = inl;
	s->direct = !inl;
}

/* an inline taking a sleeping-on-RT lock expanded, at some depth, at
 * the top-level position @pos (the first one) */
static void note_lock_inline(struct sc_unit *u, struct position pos,
			     struct ident *inl)
{
	int i;

	for (i = 0; i < u->nsites; i++)
		if (u->sites[i].line == pos.line && u->sites[i].col == pos.pos) {
			if (!u->sites[i].lockinl)
				u->sites[i].lockinl = inl;
			return;
		}
}

/* does @e, the pointer an indirect call through field @via ("struct
 * T.f") reads f from, point to T itself? */
static int ops_of(struct expression *e, const char *via)
{
	struct symbol *st = e ? sc_pointee_struct(e->ctype) : NULL;
	size_t n;

	if (!st || !st->ident || strncmp(via, "struct ", 7))
		return 0;
	n = st->ident->len;
	return !strncmp(via + 7, st->ident->name, n) && via[7 + n] == '.';
}

/* an indirect call at @pos: through which field, from which field's object */
static void note_indirect(struct sc_unit *u, struct expression *call)
{
	struct expression *fn = call->fn;
	struct sc_site *s;
	char *via;

	if (fn && fn->type == EXPR_PREOP && fn->op == '*' && is_func_type(fn->ctype))
		fn = fn->unop;
	if (!fn || fn->type == EXPR_SYMBOL || !(via = sc_member_access(fn)))
		return;
	note_site(u, call->pos, NULL);
	s = &u->sites[u->nsites - 1];
	if (s->line != call->pos.line || s->col != call->pos.pos) {
		int i;

		for (i = 0; i < u->nsites; i++)
			if (u->sites[i].line == call->pos.line &&
			    u->sites[i].col == call->pos.pos)
				s = &u->sites[i];
	}
	free(s->via);
	free(s->objfield);
	free(s->objpath);
	s->via = via;
	s->objfield = sc_member_access(fn->unop->left);
	s->objpath = sc_member_path(fn->unop->left, NULL);
	s->objops = ops_of(fn->unop->left, via);
}

static void set_tree_pos(struct expression *e, struct position pos, int depth)
{
	if (!e || depth > 16)
		return;
	e->pos = pos;
	switch (e->type) {
	case EXPR_PREOP:
		set_tree_pos(e->unop, pos, depth + 1);
		break;
	case EXPR_BINOP:
		set_tree_pos(e->left, pos, depth + 1);
		set_tree_pos(e->right, pos, depth + 1);
		break;
	case EXPR_CAST: case EXPR_FORCE_CAST: case EXPR_IMPLIED_CAST:
		set_tree_pos(e->cast_expression, pos, depth + 1);
		break;
	default:
		break;
	}
}

/* x->field = &object: remember it, and make its store findable by position */
static void note_store(struct sc_unit *u, struct expression *assign)
{
	struct symbol *obj;
	struct sc_store *s;
	char *field;

	if (assign->op != '=' || !(obj = sc_object_address(assign->right)))
		return;
	if (!(field = sc_member_access(assign->left)))
		return;
	set_tree_pos(assign->left, assign->pos, 0);
	set_tree_pos(assign->right, assign->pos, 0);
	if (u->nstores == u->stores_cap) {
		u->stores_cap = u->stores_cap ? 2 * u->stores_cap : 8;
		u->stores = sc_realloc(u->stores, u->stores_cap * sizeof(*u->stores));
	}
	s = &u->stores[u->nstores++];
	memset(s, 0, sizeof(*s));
	s->field = field;
	s->obj = obj;
	s->line = assign->pos.line;
	s->col = assign->pos.pos;
}
static void walk_expr(struct expression *expr, const struct walk *w);

/* the expression that starts first in @e: `ops` in `ops->alloc` */
static struct expression *leftmost(struct expression *e)
{
	struct expression *best = e, *next;
	int guard = 0;

	while (e && guard++ < 32) {
		switch (e->type) {
		case EXPR_PREOP:
			next = e->unop;
			break;
		case EXPR_BINOP:
			next = e->left;
			break;
		case EXPR_CAST: case EXPR_FORCE_CAST: case EXPR_IMPLIED_CAST:
			next = e->cast_expression;
			break;
		default:
			next = NULL;
			break;
		}
		if (!next)
			break;
		if (next->pos.stream == best->pos.stream &&
		    (next->pos.line < best->pos.line ||
		     (next->pos.line == best->pos.line && next->pos.pos < best->pos.pos)))
			best = next;
		e = next;
	}
	return best;
}

static void set_pos(struct position *pos, const struct walk *w)
{
	if (w->site)
		*pos = *w->site;
	pos->noexpand = w->in_prim;
}

static int is_primitive(const struct rules *rules, struct symbol *fn)
{
	if (!fn || !fn->ident)
		return 0;
	return (name_flags(rules, fn->ident) & NAME_PRIM) != 0;
}

static void walk_expr_list(struct expression_list *list, const struct walk *w)
{
	struct expression *e;

	FOR_EACH_PTR(list, e) {
		walk_expr(e, w);
	} END_FOR_EACH_PTR(e);
}

/*
 * Sparse 0.6.4's expand_statement() does not expand the declarations of
 * a for statement (`for (T v = f(); ...)`, iterator_syms), so an inline
 * function called in their initializers stays a call, while every other
 * initializer's is expanded in place: scoped_guard(rcu) { ... } declares
 * its guard there, and its class_rcu_constructor() (rcu_read_lock())
 * would not act.  They are expanded here, before the walk; libclang
 * expands them as any other (clang_lower.c).
 */
static void expand_for_decls(struct symbol_list *list)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		expand_symbol(sym);
	} END_FOR_EACH_PTR(sym);
}

static void walk_syms(struct symbol_list *list, const struct walk *w)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		if (sym->initializer) {
			sc_fresh_assign(w->rules, sym, NULL, sym->initializer, 1);
			walk_expr(sym->initializer, w);
		}
	} END_FOR_EACH_PTR(sym);
}

static void add_marker(struct statement *stmt, struct position pos)
{
	struct statement *m = alloc_statement(pos, STMT_CONTEXT);
	struct expression *v = alloc_expression(pos, EXPR_VALUE);
	struct expression *c = alloc_expression(pos, EXPR_SYMBOL);
	struct statement_list *list = NULL;

	v->value = 0;
	v->ctype = &int_ctype;
	c->symbol = stmt->inline_fn;
	c->op = SC_MARKER_OP;
	m->expression = v;
	m->context = c;
	__add_ptr_list((struct ptr_list **)&list, m);
	concat_ptr_list((struct ptr_list *)stmt->stmts, (struct ptr_list **)&list);
	stmt->stmts = list;
}

/*
 * A call written inside a macro: every token of the expansion has the
 * macro's position, so the first argument sits where the '(' does.
 */
static int from_macro(struct expression *expr, struct statement *stmt)
{
	struct symbol *arg;

	if (!stmt->args || stmt->args->type != STMT_DECLARATION)
		return 0;
	FOR_EACH_PTR(stmt->args->declaration, arg) {
		struct expression *init = arg->initializer;

		return init && init->pos.line == expr->pos.line &&
		       init->pos.pos == expr->pos.pos;
	} END_FOR_EACH_PTR(arg);
	return 0;
}

static void walk_inline(struct expression *expr, struct statement *stmt,
			const struct walk *w)
{
	struct walk inner = *w;
	struct statement *s;
	struct position site;

	/* the expansion's own marker keeps the outer flag */
	if (!inner.site) {
		/*
		 * sparse puts a call at its '('; gcc and our other calls
		 * put it at the function's name, which usually ends there
		 */
		int len = stmt->inline_fn && stmt->inline_fn->ident ?
			  stmt->inline_fn->ident->len : 0;

		if (len && expr->pos.pos > len && !expr->pos.noexpand &&
		    !from_macro(expr, stmt))
			expr->pos.pos -= len;
		inner.site = &expr->pos;
		note_site(w->unit, expr->pos, stmt->inline_fn ?
			  stmt->inline_fn->ident : NULL);
	}
	if (w->site && stmt->inline_fn && stmt->inline_fn->ident &&
	    sleeps_on_rt(w->rules, stmt->inline_fn->ident))
		note_lock_inline(w->unit, *w->site, stmt->inline_fn->ident);
	if (w->site)
		set_pos(&stmt->pos, w);
	else	/* the inlined call instruction takes this position */
		stmt->pos = *inner.site;
	/* the arguments are the caller's expressions: they keep its
	 * positions (`old_encode_dev(tty_devnum(tty))` calls tty_devnum()
	 * where it is written, not inside old_encode_dev) */
	if (stmt->args)
		walk_stmt(stmt->args, w);
	note_inline_params(stmt->args);
	sc_cleanup_fold(stmt);
	inner.in_prim = w->in_prim || is_primitive(w->rules, stmt->inline_fn);
	inner.inl_fn = stmt->inline_fn;
	FOR_EACH_PTR(stmt->stmts, s) {
		walk_stmt(s, &inner);
	} END_FOR_EACH_PTR(s);
	if (!w->in_prim && is_primitive(w->rules, stmt->inline_fn)) {
		site = *inner.site;
		site.noexpand = 0;
		add_marker(stmt, site);
	}
}

static void walk_expr(struct expression *expr, const struct walk *w)
{
	if (!expr)
		return;
	set_pos(&expr->pos, w);
	switch (expr->type) {
	case EXPR_STATEMENT:
		if (expr->statement && expr->statement->type == STMT_COMPOUND &&
		    expr->statement->inline_fn)
			walk_inline(expr, expr->statement, w);
		else
			walk_stmt(expr->statement, w);
		break;
	case EXPR_ASSIGNMENT:
	{
		struct symbol *f = function_value(expr->right, 0);

		/* the binder's name only for a function stored */
		if (f)
			sc_bind_function(w->unit, expr, f, w->inl_fn && w->inl_fn->ident ?
					 show_ident(w->inl_fn->ident) : NULL);
	}
		note_store(w->unit, expr);
		sc_fresh_assign(w->rules, NULL, expr->left, expr->right, expr->op == '=');
		walk_expr(expr->left, w);
		walk_expr(expr->right, w);
		break;
	case EXPR_BINOP:
	case EXPR_LOGICAL:
	case EXPR_COMMA:
	case EXPR_COMPARE:
		walk_expr(expr->left, w);
		walk_expr(expr->right, w);
		break;
	case EXPR_DEREF:
		walk_expr(expr->deref, w);
		break;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		if (expr->op == SPECIAL_INCREMENT || expr->op == SPECIAL_DECREMENT)
			sc_fresh_assign(w->rules, NULL, expr->unop, NULL, 0);
		walk_expr(expr->unop, w);
		break;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		walk_expr(expr->cast_expression, w);
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		walk_expr(expr->conditional, w);
		walk_expr(expr->cond_true, w);
		walk_expr(expr->cond_false, w);
		break;
	case EXPR_CALL:
		/* report calls at the callee's name, as gcc does */
		if (!w->site && expr->fn) {
			expr->pos = leftmost(expr->fn)->pos;
			note_site(w->unit, expr->pos, NULL);
		}
		walk_expr(expr->fn, w);
		walk_expr_list(expr->args, w);
		note_indirect(w->unit, expr);
		break;
	case EXPR_INITIALIZER:
		walk_expr_list(expr->expr_list, w);
		break;
	case EXPR_IDENTIFIER:
		walk_expr(expr->ident_expression, w);
		break;
	case EXPR_INDEX:
		walk_expr(expr->idx_expression, w);
		break;
	case EXPR_POS:
		walk_expr(expr->init_expr, w);
		break;
	case EXPR_SLICE:
		walk_expr(expr->base, w);
		break;
	case EXPR_SYMBOL:
		/* a compound literal is an anonymous symbol whose initializer
		 * holds its expressions: (struct x){ .p = kmalloc(...) } */
		if (expr->symbol && !expr->symbol->ident && expr->symbol->initializer)
			walk_expr(expr->symbol->initializer, w);
		break;
	default:
		break;
	}
}

static void walk_stmt(struct statement *stmt, const struct walk *w)
{
	struct statement *s;

	if (!stmt)
		return;
	set_pos(&stmt->pos, w);
	switch (stmt->type) {
	case STMT_DECLARATION:
		walk_syms(stmt->declaration, w);
		break;
	case STMT_EXPRESSION:
		walk_expr(stmt->expression, w);
		break;
	case STMT_COMPOUND:
		FOR_EACH_PTR(stmt->stmts, s) {
			walk_stmt(s, w);
		} END_FOR_EACH_PTR(s);
		break;
	case STMT_IF:
		walk_expr(stmt->if_conditional, w);
		walk_stmt(stmt->if_true, w);
		walk_stmt(stmt->if_false, w);
		break;
	case STMT_RETURN:
		walk_expr(stmt->ret_value, w);
		break;
	case STMT_CASE:
		walk_stmt(stmt->case_statement, w);
		break;
	case STMT_SWITCH:
		walk_expr(stmt->switch_expression, w);
		walk_stmt(stmt->switch_statement, w);
		break;
	case STMT_ITERATOR:
		expand_for_decls(stmt->iterator_syms);
		walk_syms(stmt->iterator_syms, w);
		walk_stmt(stmt->iterator_pre_statement, w);
		walk_expr(stmt->iterator_pre_condition, w);
		walk_stmt(stmt->iterator_statement, w);
		walk_stmt(stmt->iterator_post_statement, w);
		walk_expr(stmt->iterator_post_condition, w);
		break;
	case STMT_LABEL:
		walk_stmt(stmt->label_statement, w);
		break;
	case STMT_GOTO:
		walk_expr(stmt->goto_expression, w);
		break;
	case STMT_ASM: {
		struct asm_operand *op;

		if (stmt->asm_labels)	/* sparse_asmgoto.c has work */
			w->unit->asm_goto = 1;
		FOR_EACH_PTR(stmt->asm_outputs, op) {
			walk_expr(op->expr, w);
		} END_FOR_EACH_PTR(op);
		FOR_EACH_PTR(stmt->asm_inputs, op) {
			walk_expr(op->expr, w);
		} END_FOR_EACH_PTR(op);
		break;
	}
	default:
		break;
	}
}

void sc_prepare_body(struct sc_unit *unit, struct symbol *fn)
{
	struct symbol *base = fn->ctype.base_type;
	struct walk w = { unit->rules, unit, NULL, NULL, 0 };

	for (int i = 0; i < unit->nsites; i++) {
		free(unit->sites[i].via);
		free(unit->sites[i].objfield);
		free(unit->sites[i].objpath);
	}
	for (int i = 0; i < unit->nstores; i++)
		free(unit->stores[i].field);
	unit->nsites = 0;
	unit->nstores = 0;
	unit->asm_goto = 0;
	ninl_params = 0;
	sc_fresh_reset();
	if (base && base->stmt)
		walk_stmt(base->stmt, &w);
	sc_fresh_finish(unit, fn);
}
