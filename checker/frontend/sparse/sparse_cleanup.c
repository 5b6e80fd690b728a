/*
 * sparse_cleanup.c - the cleanup attribute (`guard()`, `scoped_guard()`)
 * for the sparse front end: a variable declared with
 * __attribute__((cleanup(fn))) has fn(&var) called when its scope is
 * left, and the function bodies are given those calls before sparse
 * evaluates them (clang_lower.c makes the same calls for libclang).
 *
 * Sparse 0.6.4 parses the attribute and drops it (gcc-attr-list.h), so
 * before any file is read the kernel's spelling of it (`__cleanup(func)`,
 * include/linux/compiler_attributes.h:82 of Debian's 6.1) is given a
 * strong definition that sparse keeps: a context attribute naming the
 * function, `context(func, 0, 0)`, which on a variable neither sparse nor
 * sleepcheck reads for anything else.  (The strong definition names a
 * macro that a -D defines: the pre-buffer is tokenized before sparse
 * makes its keywords, and an `__attribute__` in it would not be one.)  Then, on the parsed bodies (and
 * on the inline ones, which sparse copies at each expansion):
 *   - the end of the compound statement that declares the variable, or
 *     of the for statement whose first clause does (scoped_guard()),
 *     calls fn(&var), the last declared first;
 *   - a break or continue leaving that compound first calls the
 *     destructors of the variables it leaves, and so does a goto to a
 *     label outside their scope.
 * The bodies are those of the file's list and, for inline functions
 * (which the list has only when their address is taken), of the
 * definitions bound in the file and global scopes.
 * A return does not: nothing of the function runs after it, and the
 * calls would come before the value returned is computed.  A variable of
 * a statement expression (`({ guard(x)(); ... })`) is not followed, nor
 * a computed goto.
 *
 * The destructors of cleanup.h's lock guards test the guard
 * (`if (_T->lock) { _unlock; }`), which their constructors always set
 * (DEFINE_LOCK_GUARD_0: (void *)1; _1: the lock): a cleanup function
 * whose body is one `if` without `else` has it taken where
 * sparse_inline.c walks its expansion (sc_cleanup_fold()), as
 * clang_lower.c does.  (seqlock.h's __scoped_seqlock_cleanup() tests two
 * locks, one of which its loop took: its tests stay.)
 */
#include <stdlib.h>
#include <string.h>

#include "sparse_frontend.h"

#include "expression.h"
#include "lib.h"
#include "parse.h"
#include "scope.h"
#include "symbol.h"
#include "token.h"

/* a variable with a cleanup function, the statement it is local to, and
 * where its declaration begins */
struct cleanup {
	struct symbol *var, *fn;
	struct statement *scope;
	struct position pos;
};

/* a loop or switch: where break and continue go, and how many
 * cleanups were in force when its body began */
struct exit_to {
	struct symbol *brk, *cont;
	int mark;
};

struct cwalk {
	struct cleanup *v;
	int n, cap;
	struct exit_to *t;
	int nt, tcap;
};

/* the cleanup functions seen; their expansions' top tests are taken */
static struct symbol **fns;
static int nfns, fncap;

void sc_cleanup_predefine(void)
{
	add_pre_buffer("#strong_define __cleanup(func) __sleepcheck_cleanup(func)\n");
}

char **sc_cleanup_argv(int argc, char **argv)
{
	static char def[] = "-D__sleepcheck_cleanup(func)="
			    "__attribute__((context(func, 0, 0)))";
	char **v = sc_calloc(argc + 2, sizeof(*v));

	v[0] = argv[0];
	v[1] = def;
	memcpy(v + 2, argv + 1, (argc - 1) * sizeof(*v));
	return v;
}

/* the cleanup function of variable @var, or NULL */
static struct symbol *cleanup_fn(struct symbol *var)
{
	struct context *c;

	if (!var || var->type != SYM_NODE)
		return NULL;
	FOR_EACH_PTR(var->ctype.contexts, c) {
		struct expression *e = c->context;

		if (c->in || c->out || !e || e->type != EXPR_SYMBOL || !e->symbol)
			continue;
		if (e->symbol->ctype.base_type &&
		    e->symbol->ctype.base_type->type == SYM_FN)
			return e->symbol;
	} END_FOR_EACH_PTR(c);
	return NULL;
}

static void note_fn(struct symbol *fn)
{
	int i;

	for (i = 0; i < nfns; i++)
		if (fns[i] == fn)
			return;
	if (nfns == fncap) {
		fncap = fncap ? 2 * fncap : 16;
		fns = sc_realloc(fns, fncap * sizeof(*fns));
	}
	fns[nfns++] = fn;
}

/*
 * guard(name)(args) writes the constructor's name in the macro and its
 * parentheses after it: the call is where the name is (the macro), as
 * clang has it, not at the '(' that sparse_inline.c counts back from.
 */
static void constructor_pos(struct symbol *var)
{
	struct expression *init = var->initializer, *f;
	int len;

	if (!init || init->type != EXPR_CALL || !(f = init->fn) ||
	    f->type != EXPR_SYMBOL || !f->symbol_name)
		return;
	len = f->symbol_name->len;
	if (f->pos.stream == init->pos.stream && f->pos.line == init->pos.line &&
	    f->pos.pos != init->pos.pos)
		init->pos.pos = f->pos.pos + len;
}

static void push(struct cwalk *w, struct symbol *var, struct symbol *fn,
		 struct statement *scope, struct position pos)
{
	constructor_pos(var);
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 8;
		w->v = sc_realloc(w->v, w->cap * sizeof(*w->v));
	}
	w->v[w->n++] = (struct cleanup){ var, fn, scope, pos };
	note_fn(fn);
}

/* sparse's add_statement() and add_expression() check types through
 * the list head, a member access through NULL for an empty list
 * (UBSan): append through __add_ptr_list() itself */
static void append(void *list, void *p)
{
	__add_ptr_list((struct ptr_list **)list, p);
}

/* `fn(&var);` where the declaration begins (in a macro, where the macro
 * is written: where clang puts it too); in a for statement, where the
 * statement begins */
static struct statement *call_stmt(const struct cleanup *c)
{
	struct position pos = c->pos;
	struct expression *f = alloc_expression(pos, EXPR_SYMBOL);
	struct expression *v = alloc_expression(pos, EXPR_SYMBOL);
	struct expression *a = alloc_expression(pos, EXPR_PREOP);
	struct expression *call = alloc_expression(pos, EXPR_CALL);
	struct statement *s = alloc_statement(pos, STMT_EXPRESSION);

	f->symbol = c->fn;
	f->symbol_name = c->fn->ident;
	v->symbol = c->var;
	v->symbol_name = c->var->ident;
	a->op = '&';
	a->unop = v;
	call->fn = f;
	append(&call->args, a);
	s->expression = call;
	return s;
}

/* the calls of cleanups [from, w->n), the last first, onto @list */
static void add_calls(struct cwalk *w, int from, struct statement_list **list)
{
	int i;

	for (i = w->n - 1; i >= from; i--)
		append(list, call_stmt(&w->v[i]));
}

/* @s becomes a compound of the cleanups [from, w->n) and then what @s
 * was */
static void calls_before(struct cwalk *w, int from, struct statement *s)
{
	struct statement *copy = alloc_statement(s->pos, s->type);

	*copy = *s;
	memset(s, 0, sizeof(*s));
	s->type = STMT_COMPOUND;
	s->pos = copy->pos;
	add_calls(w, from, &s->stmts);
	append(&s->stmts, copy);
}

/* @s becomes a compound of what @s was and then the cleanups [from,
 * w->n) */
static void calls_after(struct cwalk *w, int from, struct statement *s)
{
	struct statement *copy = alloc_statement(s->pos, s->type);

	*copy = *s;
	memset(s, 0, sizeof(*s));
	s->type = STMT_COMPOUND;
	s->pos = copy->pos;
	append(&s->stmts, copy);
	add_calls(w, from, &s->stmts);
}

/* is label @l in @s (not in a statement expression)? */
static int has_label(struct statement *s, struct symbol *l)
{
	struct statement *k;

	if (!s)
		return 0;
	switch (s->type) {
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, k) {
			if (has_label(k, l))
				return 1;
		} END_FOR_EACH_PTR(k);
		return 0;
	case STMT_IF:
		return has_label(s->if_true, l) || has_label(s->if_false, l);
	case STMT_LABEL:
		return s->label_identifier == l || has_label(s->label_statement, l);
	case STMT_CASE:
		return has_label(s->case_statement, l);
	case STMT_SWITCH:
		return has_label(s->switch_statement, l);
	case STMT_ITERATOR:
		return has_label(s->iterator_pre_statement, l) ||
		       has_label(s->iterator_statement, l) ||
		       has_label(s->iterator_post_statement, l);
	default:
		return 0;
	}
}

static void walk(struct cwalk *w, struct statement *s, struct statement *scope);

static void walk_target(struct cwalk *w, struct statement *body, struct symbol *brk,
			struct symbol *cont, struct statement *scope)
{
	if (w->nt == w->tcap) {
		w->tcap = w->tcap ? 2 * w->tcap : 8;
		w->t = sc_realloc(w->t, w->tcap * sizeof(*w->t));
	}
	w->t[w->nt++] = (struct exit_to){ brk, cont, w->n };
	walk(w, body, scope);
	w->nt--;
}

static void walk_goto(struct cwalk *w, struct statement *s)
{
	struct symbol *l = s->goto_label;
	int i, from;

	if (!l || !w->n)
		return;
	for (i = w->nt - 1; i >= 0; i--) {
		if (w->t[i].brk == l || w->t[i].cont == l) {
			if (w->n > w->t[i].mark)
				calls_before(w, w->t[i].mark, s);
			return;
		}
	}
	/* a label: the scopes it is not in, innermost first */
	for (from = w->n; from > 0 && !has_label(w->v[from - 1].scope, l); from--)
		;
	if (from < w->n)
		calls_before(w, from, s);
}

static void walk(struct cwalk *w, struct statement *s, struct statement *scope)
{
	struct statement *k;
	struct symbol *sym, *fn;
	int mark;

	if (!s)
		return;
	switch (s->type) {
	case STMT_COMPOUND:
		mark = w->n;
		FOR_EACH_PTR(s->stmts, k) {
			walk(w, k, s);
		} END_FOR_EACH_PTR(k);
		if (w->n > mark)
			add_calls(w, mark, &s->stmts);
		w->n = mark;
		break;
	case STMT_DECLARATION:
		FOR_EACH_PTR(s->declaration, sym) {
			if (scope && (fn = cleanup_fn(sym)))
				push(w, sym, fn, scope, s->pos);
		} END_FOR_EACH_PTR(sym);
		break;
	case STMT_IF:
		walk(w, s->if_true, scope);
		walk(w, s->if_false, scope);
		break;
	case STMT_LABEL:
		walk(w, s->label_statement, scope);
		break;
	case STMT_CASE:
		walk(w, s->case_statement, scope);
		break;
	case STMT_SWITCH:
		walk_target(w, s->switch_statement, s->switch_break, NULL, scope);
		break;
	case STMT_ITERATOR:
		mark = w->n;
		FOR_EACH_PTR(s->iterator_syms, sym) {
			if ((fn = cleanup_fn(sym)))
				push(w, sym, fn, s, s->pos);
		} END_FOR_EACH_PTR(sym);
		walk(w, s->iterator_pre_statement, scope);
		walk_target(w, s->iterator_statement, s->iterator_break,
			    s->iterator_continue, scope);
		walk(w, s->iterator_post_statement, scope);
		if (w->n > mark)
			calls_after(w, mark, s);
		w->n = mark;
		break;
	case STMT_GOTO:
		walk_goto(w, s);
		break;
	default:
		break;
	}
}

/* the function body of @sym, if it is a function defined inline
 * (@inl) or not; NULL else */
static struct statement *body_of(struct symbol *sym, int inl)
{
	struct symbol *base = sym ? sym->ctype.base_type : NULL;

	if (!sym || sym->type != SYM_NODE || !base || base->type != SYM_FN ||
	    !(sym->ctype.modifiers & MOD_INLINE) != !inl)
		return NULL;
	return inl ? base->inline_stmt : base->stmt;
}

static void rewrite(struct cwalk *w, struct statement *body)
{
	if (!body)
		return;
	w->n = w->nt = 0;
	walk(w, body, NULL);
}

/* bodies rewritten: a set of pointers, open addressing */
struct body_set {
	struct statement **slot;
	size_t size, n;
};

/* adds @body to @set: 1, or 0 when it is there already */
static int body_add(struct body_set *set, struct statement *body)
{
	size_t h;

	if (2 * (set->n + 1) > set->size) {
		struct body_set big = { NULL, set->size ? 2 * set->size : 16384, 0 };
		size_t i;

		big.slot = sc_calloc(big.size, sizeof(*big.slot));
		for (i = 0; i < set->size; i++)
			if (set->slot[i])
				body_add(&big, set->slot[i]);
		free(set->slot);
		*set = big;
	}
	h = ((size_t)body >> 4) * 0x9e3779b97f4a7c15ull >> 20;
	for (h &= set->size - 1; set->slot[h]; h = (h + 1) & (set->size - 1))
		if (set->slot[h] == body)
			return 0;
	set->slot[h] = body;
	set->n++;
	return 1;
}

/* the inline definitions bound in @scope, each body once (several
 * declarations share one) */
static void rewrite_inline(struct cwalk *w, struct scope *scope, struct body_set *done)
{
	struct statement *body;
	struct symbol *sym;

	if (!scope)
		return;
	FOR_EACH_PTR(scope->symbols, sym) {
		if ((body = body_of(sym, 1)) && body_add(done, body))
			rewrite(w, body);
	} END_FOR_EACH_PTR(sym);
}

void sc_cleanup_rewrite(struct symbol_list *list)
{
	struct body_set done = { NULL, 0, 0 };
	struct cwalk w;
	struct symbol *sym;

	memset(&w, 0, sizeof(w));
	nfns = 0;	/* the symbols of the file before are gone */
	FOR_EACH_PTR(list, sym) {
		rewrite(&w, body_of(sym, 0));
	} END_FOR_EACH_PTR(sym);
	/* an inline function joins the list only when its address is
	 * taken; its definition is bound in the file's scope (static) or
	 * the global one, which sparse keeps after parsing a file */
	rewrite_inline(&w, file_scope, &done);
	rewrite_inline(&w, global_scope, &done);
	free(done.slot);
	free(w.v);
	free(w.t);
}

int sc_cleanup_fn(struct symbol *fn)
{
	int i;

	for (i = 0; i < nfns; i++)
		if (fns[i] == fn)
			return 1;
	return 0;
}

void sc_cleanup_fold(struct statement *inlined)
{
	struct statement *k;

	if (!inlined || inlined->type != STMT_COMPOUND || !sc_cleanup_fn(inlined->inline_fn) ||
	    ptr_list_size((struct ptr_list *)inlined->stmts) != 1)
		return;
	k = first_ptr_list((struct ptr_list *)inlined->stmts);
	if (k && k->type == STMT_IF && k->if_true && !k->if_false)
		*k = *k->if_true;
}
