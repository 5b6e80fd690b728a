/*
 * sparse_asmgoto.c - edges from `asm goto` to its labels.
 *
 * Sparse parses the labels of an asm goto statement but its linearizer
 * gives the statement no edges to them, so the code after a label that
 * only the asm jumps to is dead to it, and its SSA optimizer folds what
 * follows: arch_static_branch() returns false, every static_branch_*()
 * is off, atomic_dec_and_test() (GEN_UNARY_RMWcc, `asm goto` to
 * cc_label) is never true, and `if (atomic_dec_and_test(&x->ref))
 * release(x)` is never checked.  Before linearizing, each such
 * statement becomes the statement followed by `if (<opaque>) goto L;`
 * for each of its labels, where <opaque> is a load of a volatile
 * variable no optimizer can fold.
 *
 * Labels belong to a function or to one inline expansion of a function;
 * sparse's inliner copies label statements with fresh symbols but leaves
 * the asm statement naming the original ones, so a label is looked up by
 * name in the expansion the asm statement belongs to.
 */
#include <stdlib.h>
#include <string.h>

#include "sparse_frontend.h"

#include "evaluate.h"
#include "expression.h"
#include "parse.h"
#include "symbol.h"
#include "token.h"

struct scope {
	struct statement **labels;
	int nlabels, lcap;
	struct statement **asms;
	int nasms, acap;
};

static void push(struct statement ***v, int *n, int *cap, struct statement *s)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		*v = sc_realloc(*v, *cap * sizeof(**v));
	}
	(*v)[(*n)++] = s;
}

static void scan_stmt(struct statement *stmt, struct scope *sc, int depth);
static void do_scope(struct statement *body, int depth);

static void scan_expr(struct expression *e, struct scope *sc, int depth)
{
	struct expression *x;

	if (!e || depth > 4000)
		return;
	switch (e->type) {
	case EXPR_STATEMENT:
		if (e->statement && e->statement->type == STMT_COMPOUND &&
		    e->statement->inline_fn)
			do_scope(e->statement, depth + 1);	/* a scope of its own */
		else
			scan_stmt(e->statement, sc, depth + 1);
		break;
	case EXPR_BINOP: case EXPR_LOGICAL: case EXPR_COMMA: case EXPR_COMPARE:
	case EXPR_ASSIGNMENT:
		scan_expr(e->left, sc, depth + 1);
		scan_expr(e->right, sc, depth + 1);
		break;
	case EXPR_PREOP: case EXPR_POSTOP:
		scan_expr(e->unop, sc, depth + 1);
		break;
	case EXPR_CAST: case EXPR_FORCE_CAST: case EXPR_IMPLIED_CAST:
		scan_expr(e->cast_expression, sc, depth + 1);
		break;
	case EXPR_CONDITIONAL: case EXPR_SELECT:
		scan_expr(e->conditional, sc, depth + 1);
		scan_expr(e->cond_true, sc, depth + 1);
		scan_expr(e->cond_false, sc, depth + 1);
		break;
	case EXPR_CALL:
		scan_expr(e->fn, sc, depth + 1);
		FOR_EACH_PTR(e->args, x) {
			scan_expr(x, sc, depth + 1);
		} END_FOR_EACH_PTR(x);
		break;
	case EXPR_DEREF:
		scan_expr(e->deref, sc, depth + 1);
		break;
	case EXPR_INITIALIZER:
		FOR_EACH_PTR(e->expr_list, x) {
			scan_expr(x, sc, depth + 1);
		} END_FOR_EACH_PTR(x);
		break;
	case EXPR_POS:
		scan_expr(e->init_expr, sc, depth + 1);
		break;
	default:
		break;
	}
}

static void scan_stmt(struct statement *stmt, struct scope *sc, int depth)
{
	struct statement *s;
	struct symbol *sym;

	if (!stmt || depth > 4000)
		return;
	switch (stmt->type) {
	case STMT_DECLARATION:
		FOR_EACH_PTR(stmt->declaration, sym) {
			scan_expr(sym->initializer, sc, depth + 1);
		} END_FOR_EACH_PTR(sym);
		break;
	case STMT_EXPRESSION:
		scan_expr(stmt->expression, sc, depth + 1);
		break;
	case STMT_COMPOUND:
		scan_stmt(stmt->args, sc, depth + 1);
		FOR_EACH_PTR(stmt->stmts, s) {
			scan_stmt(s, sc, depth + 1);
		} END_FOR_EACH_PTR(s);
		break;
	case STMT_IF:
		scan_expr(stmt->if_conditional, sc, depth + 1);
		scan_stmt(stmt->if_true, sc, depth + 1);
		scan_stmt(stmt->if_false, sc, depth + 1);
		break;
	case STMT_RETURN:
		scan_expr(stmt->ret_value, sc, depth + 1);
		break;
	case STMT_CASE:
		scan_stmt(stmt->case_statement, sc, depth + 1);
		break;
	case STMT_SWITCH:
		scan_expr(stmt->switch_expression, sc, depth + 1);
		scan_stmt(stmt->switch_statement, sc, depth + 1);
		break;
	case STMT_ITERATOR:
		scan_stmt(stmt->iterator_pre_statement, sc, depth + 1);
		scan_expr(stmt->iterator_pre_condition, sc, depth + 1);
		scan_stmt(stmt->iterator_statement, sc, depth + 1);
		scan_stmt(stmt->iterator_post_statement, sc, depth + 1);
		scan_expr(stmt->iterator_post_condition, sc, depth + 1);
		break;
	case STMT_LABEL:
		push(&sc->labels, &sc->nlabels, &sc->lcap, stmt);
		scan_stmt(stmt->label_statement, sc, depth + 1);
		break;
	case STMT_ASM:
		if (stmt->asm_labels)
			push(&sc->asms, &sc->nasms, &sc->acap, stmt);
		break;
	default:
		break;
	}
}

/* an int no optimizer folds: a load of a volatile variable */
static struct expression *opaque(struct position pos)
{
	static struct symbol *var;
	struct expression *e;

	if (!var) {
		var = alloc_symbol(pos, SYM_NODE);
		var->ident = built_in_ident("__sleepcheck_asm_goto_taken");
		var->ctype.base_type = &int_ctype;
		var->ctype.modifiers = MOD_EXTERN | MOD_TOPLEVEL | MOD_VOLATILE;
	}
	e = alloc_expression(pos, EXPR_SYMBOL);
	e->symbol = var;
	e->symbol_name = var->ident;
	evaluate_expression(e);
	return e;
}

static struct symbol *label_named(struct scope *sc, struct ident *id)
{
	int i;

	for (i = 0; i < sc->nlabels; i++)
		if (sc->labels[i]->label_identifier &&
		    sc->labels[i]->label_identifier->ident == id)
			return sc->labels[i]->label_identifier;
	return NULL;
}

/* asm goto(...) : L1, L2  ->  { asm goto(...); if (v) goto L1; if (v) goto L2; } */
static void add_edges(struct statement *stmt, struct scope *sc)
{
	struct statement *copy = alloc_statement(stmt->pos, STMT_ASM);
	struct statement_list *list = NULL;
	struct symbol *l;

	*copy = *stmt;
	/* sparse's add_statement() checks types through a NULL list head,
	 * which UBSan rejects in our sanitizer builds: the function itself */
	__add_ptr_list((struct ptr_list **)&list, copy);
	FOR_EACH_PTR(stmt->asm_labels, l) {
		struct symbol *target = l ? label_named(sc, l->ident) : NULL;
		struct statement *go, *br;

		if (!target)
			continue;
		go = alloc_statement(stmt->pos, STMT_GOTO);
		go->goto_label = target;
		br = alloc_statement(stmt->pos, STMT_IF);
		br->if_conditional = opaque(stmt->pos);
		br->if_true = go;
		__add_ptr_list((struct ptr_list **)&list, br);
	} END_FOR_EACH_PTR(l);
	stmt->type = STMT_COMPOUND;
	stmt->stmts = list;
	stmt->ret = NULL;
	stmt->inline_fn = NULL;
	stmt->args = NULL;
}

static void do_scope(struct statement *body, int depth)
{
	struct scope sc;
	int i;

	memset(&sc, 0, sizeof(sc));
	if (body->type == STMT_COMPOUND) {
		struct statement *s;

		scan_stmt(body->args, &sc, depth + 1);
		FOR_EACH_PTR(body->stmts, s) {
			scan_stmt(s, &sc, depth + 1);
		} END_FOR_EACH_PTR(s);
	} else {
		scan_stmt(body, &sc, depth + 1);
	}
	for (i = 0; i < sc.nasms; i++)
		add_edges(sc.asms[i], &sc);
	free(sc.labels);
	free(sc.asms);
}

void sc_asm_goto_edges(struct symbol *fn)
{
	struct symbol *base = fn->ctype.base_type;

	if (base && base->stmt)
		do_scope(base->stmt, 0);
}
