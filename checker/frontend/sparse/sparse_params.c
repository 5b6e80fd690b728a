/*
 * sparse_params.c - constant parameters of static functions.
 *
 * A static function whose address is never taken is called only from its
 * own file.  When every one of those calls passes the same constant for a
 * parameter (Linux 6.1 arch_dma_alloc() is the only caller of ARM's
 * __dma_alloc() and passes is_coherent = false), the parameter is that
 * constant in the function's body, as gcc's interprocedural constant
 * propagation finds: the body gets `param = constant;` at its start, and
 * sparse's own simplification removes the dead side of a branch on it,
 * with the calls and stores there.  gfp parameters are left alone: a
 * function's summary says which of them make it sleep.
 * The calls are read from the expanded bodies of all the file's
 * functions before any of them is linearized; a function named anywhere
 * but in the callee position of a call (an initializer, an argument, an
 * assignment) has its address taken and keeps its parameters unknown.
 * The table of calls is flow.c's, shared with clang_params.c.
 */
#include "sparse_frontend.h"

#include "evaluate.h"
#include "expression.h"
#include "parse.h"
#include "symbol.h"

static int fn_symbol(struct symbol *sym)
{
	struct symbol *t = sym ? sym->ctype.base_type : NULL;

	return sym && sym->ident && t && t->type == SYM_FN;
}

static void walk_expr(struct sc_unit *u, struct expression *e, int depth);
static void walk_stmt(struct sc_unit *u, struct statement *s, int depth);

static void walk_list(struct sc_unit *u, struct expression_list *list, int depth)
{
	struct expression *e;

	FOR_EACH_PTR(list, e) {
		walk_expr(u, e, depth);
	} END_FOR_EACH_PTR(e);
}

static void note_call(struct sc_unit *u, struct expression *call, int depth)
{
	struct expression *fn = call->fn, *arg;
	struct pconst *p;
	int k = 0;

	if (fn && fn->type == EXPR_PREOP && fn->op == '*')
		fn = fn->unop;
	if (!fn || fn->type != EXPR_SYMBOL || !fn_symbol(fn->symbol)) {
		walk_expr(u, call->fn, depth);
		walk_list(u, call->args, depth);
		return;
	}
	p = pconst_call(&u->pconst, sc_ident(fn->symbol->ident));
	FOR_EACH_PTR(call->args, arg) {
		int is_const = arg && arg->type == EXPR_VALUE;

		pconst_arg(p, k++, is_const, is_const ? (long long)arg->value : 0);
	} END_FOR_EACH_PTR(arg);
	pconst_args_end(p, k);
	/* after: a call among the arguments may grow the table under p */
	walk_list(u, call->args, depth);
}

static void walk_expr(struct sc_unit *u, struct expression *e, int depth)
{
	if (!e || depth > 10000)
		return;
	depth++;
	switch (e->type) {
	case EXPR_CALL:
		note_call(u, e, depth);
		break;
	case EXPR_SYMBOL:
		if (fn_symbol(e->symbol))
			pconst_taken(&u->pconst, sc_ident(e->symbol->ident));
		break;
	case EXPR_STATEMENT:
		walk_stmt(u, e->statement, depth);
		break;
	case EXPR_ASSIGNMENT: case EXPR_BINOP: case EXPR_LOGICAL:
	case EXPR_COMMA: case EXPR_COMPARE:
		walk_expr(u, e->left, depth);
		walk_expr(u, e->right, depth);
		break;
	case EXPR_DEREF:
		walk_expr(u, e->deref, depth);
		break;
	case EXPR_PREOP: case EXPR_POSTOP:
		walk_expr(u, e->unop, depth);
		break;
	case EXPR_CAST: case EXPR_FORCE_CAST: case EXPR_IMPLIED_CAST:
		walk_expr(u, e->cast_expression, depth);
		break;
	case EXPR_CONDITIONAL: case EXPR_SELECT:
		walk_expr(u, e->conditional, depth);
		walk_expr(u, e->cond_true, depth);
		walk_expr(u, e->cond_false, depth);
		break;
	case EXPR_INITIALIZER:
		walk_list(u, e->expr_list, depth);
		break;
	case EXPR_POS:
		walk_expr(u, e->init_expr, depth);
		break;
	case EXPR_IDENTIFIER:
		walk_expr(u, e->ident_expression, depth);
		break;
	case EXPR_INDEX:
		walk_expr(u, e->idx_expression, depth);
		break;
	default:
		break;
	}
}

static void walk_syms(struct sc_unit *u, struct symbol_list *list, int depth)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		walk_expr(u, sym->initializer, depth);
	} END_FOR_EACH_PTR(sym);
}

static void walk_stmt(struct sc_unit *u, struct statement *s, int depth)
{
	struct statement *t;

	if (!s || depth > 10000)
		return;
	depth++;
	switch (s->type) {
	case STMT_DECLARATION:
		walk_syms(u, s->declaration, depth);
		break;
	case STMT_EXPRESSION:
		walk_expr(u, s->expression, depth);
		break;
	case STMT_RETURN:
		walk_expr(u, s->ret_value, depth);
		break;
	case STMT_COMPOUND:
		walk_stmt(u, s->args, depth);
		FOR_EACH_PTR(s->stmts, t) {
			walk_stmt(u, t, depth);
		} END_FOR_EACH_PTR(t);
		break;
	case STMT_IF:
		walk_expr(u, s->if_conditional, depth);
		walk_stmt(u, s->if_true, depth);
		walk_stmt(u, s->if_false, depth);
		break;
	case STMT_ITERATOR:
		walk_syms(u, s->iterator_syms, depth);
		walk_stmt(u, s->iterator_pre_statement, depth);
		walk_expr(u, s->iterator_pre_condition, depth);
		walk_stmt(u, s->iterator_statement, depth);
		walk_stmt(u, s->iterator_post_statement, depth);
		walk_expr(u, s->iterator_post_condition, depth);
		break;
	case STMT_SWITCH:
		walk_expr(u, s->switch_expression, depth);
		walk_stmt(u, s->switch_statement, depth);
		break;
	case STMT_CASE:
		walk_stmt(u, s->case_statement, depth);
		break;
	case STMT_LABEL:
		walk_stmt(u, s->label_statement, depth);
		break;
	case STMT_GOTO:
		walk_expr(u, s->goto_expression, depth);
		break;
	default:
		break;
	}
}

void sc_param_constants(struct sc_unit *u, struct symbol_list *list)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		struct symbol *fn = sym->ctype.base_type;

		if (fn && fn->type == SYM_FN)
			walk_stmt(u, fn->stmt, 0);
		else
			walk_expr(u, sym->initializer, 0);
	} END_FOR_EACH_PTR(sym);
}

static int param_const(struct sc_unit *u, struct symbol *fn, int k, long long *v)
{
	if (!fn || !fn->ident || !(fn->ctype.modifiers & MOD_STATIC))
		return 0;
	return pconst_get(&u->pconst, sc_ident(fn->ident), k, v);
}

void sc_param_assign(struct sc_unit *u, struct symbol *fn)
{
	struct symbol *type = fn->ctype.base_type, *param;
	struct statement *body = type ? type->stmt : NULL;
	struct statement_list *list = NULL;
	long long v;
	int k = 0;

	if (!body || body->type != STMT_COMPOUND)
		return;
	FOR_EACH_PTR(type->arguments, param) {
		struct expression *a, *l, *r;
		struct statement *s;

		/* gfp parameters stay parameters: summaries depend on them */
		if (!param->ident || !param_const(u, fn, k++, &v) ||
		    sc_is_gfp_type(u->rules, param))
			continue;
		l = alloc_expression(body->pos, EXPR_SYMBOL);
		l->symbol = param;
		l->symbol_name = param->ident;
		r = alloc_expression(body->pos, EXPR_VALUE);
		r->value = (unsigned long long)v;
		r->ctype = param->ctype.base_type;
		a = alloc_expression(body->pos, EXPR_ASSIGNMENT);
		a->op = '=';
		a->left = l;
		a->right = r;
		if (!evaluate_expression(a))
			continue;
		s = alloc_statement(body->pos, STMT_EXPRESSION);
		s->expression = a;
		__add_ptr_list((struct ptr_list **)&list, s);
	} END_FOR_EACH_PTR(param);
	if (!list)
		return;
	concat_ptr_list((struct ptr_list *)body->stmts, (struct ptr_list **)&list);
	body->stmts = list;
}
