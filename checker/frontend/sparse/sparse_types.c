/*
 * sparse_types.c - what the sparse front end asks of types: a function's
 * parameter types, and whether a type is an integer or a pointer (to an
 * integer); and the value a test is on, under the comparisons with 0
 * and conversions sparse puts around it.  sparse_fields.c, sparse_ir.c,
 * sparse_memaddr.c and sparse_zero.c share these.  And an identifier's
 * name as a C string, sc_ident(); whether a type is gfp_t, or points to a
 * struct with a gfp_t member; which parameter a symbol is, and which
 * function a value names (sparse_pointers.c, sparse_wholesale.c and
 * sparse_freshbind.c share these).
 */
#include <string.h>

#include "fmt.h"
#include "ir.h"
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"
#include "token.h"

/*
 * sparse's show_ident() formats with sprintf("%.*s"), about 650
 * instructions a name; the front end asks for names at every inline
 * expansion and call (mm/page_alloc.c: 18,000 times).  The same four
 * rotating buffers, filled with memcpy.
 */
const char *sc_ident(const struct ident *ident)
{
	static char buf[4][256];
	static int n;
	char *b;

	if (!ident)
		return "<noident>";
	b = buf[3 & ++n];
	memcpy(b, ident->name, ident->len);	/* len is an unsigned char */
	b[ident->len] = '\0';
	return b;
}

void sc_cat(char *buf, size_t size, size_t *len, const char *s, size_t n)
{
	if (*len < size - 1)
		memcpy(buf + *len, s, n < size - 1 - *len ? n : size - 1 - *len);
	*len += n;
	buf[*len < size - 1 ? *len : size - 1] = '\0';
}

static struct sc_memo rule_of, contract_of;
static const struct rules *rule_of_rules, *contract_of_rules;

const struct rule *sc_rule_of(const struct rules *rules, const struct ident *ident)
{
	const void *r;

	if (!ident)
		return rules_lookup(rules, sc_ident(ident));
	if (rules != rule_of_rules) {
		sc_memo_clear(&rule_of);
		rule_of_rules = rules;
	}
	if (!sc_memo_getp(&rule_of, ident, &r)) {
		r = rules_lookup(rules, sc_ident(ident));
		sc_memo_putp(&rule_of, ident, r);
	}
	return r;
}

const struct contract *sc_contract_of(const struct rules *rules,
				      const struct ident *ident)
{
	const void *c;

	if (!ident)
		return rules_contract(rules, sc_ident(ident));
	if (rules != contract_of_rules) {
		sc_memo_clear(&contract_of);
		contract_of_rules = rules;
	}
	if (!sc_memo_getp(&contract_of, ident, &c)) {
		c = rules_contract(rules, sc_ident(ident));
		sc_memo_putp(&contract_of, ident, c);
	}
	return c;
}

void sc_cat_ll(char *buf, size_t size, size_t *len, long long v)
{
	char d[FMT_NUM], *p = fmt_ll(d, v);

	sc_cat(buf, size, len, p, (size_t)(d + FMT_NUM - p));
}

void sc_cat_hex(char *buf, size_t size, size_t *len, unsigned long long v, int alt)
{
	char d[FMT_NUM], *p = fmt_hex(d, v, alt);

	sc_cat(buf, size, len, p, (size_t)(d + FMT_NUM - p));
}

void sc_cat_ptr(char *buf, size_t size, size_t *len, const void *p)
{
	if (!p)
		sc_cat(buf, size, len, "(nil)", 5);
	else
		sc_cat_hex(buf, size, len, (unsigned long long)(unsigned long)p, 1);
}

int sc_ident_is(const struct ident *ident, const char *name)
{
	size_t n = strlen(name);

	return ident && ident->len == n && !memcmp(ident->name, name, n);
}

struct pseudo *sc_strip_ext(struct pseudo *p, int trunc)
{
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK &&
	       (p->def->opcode == OP_ZEXT || p->def->opcode == OP_SEXT ||
		p->def->opcode == OP_COPY || (trunc && p->def->opcode == OP_TRUNC)))
		p = p->def->src;
	return p;
}

struct pseudo *sc_test_base(struct pseudo *p, int *sense, unsigned how)
{
	int guard = 0;

	*sense = 1;
	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK) {
		struct instruction *def = p->def;

		if ((def->opcode == OP_SET_NE || def->opcode == OP_SET_EQ) &&
		    is_zero(def->src2)) {
			if (def->opcode == OP_SET_EQ)
				*sense = !*sense;
			p = def->src1;
		} else if (def->opcode == OP_ZEXT || def->opcode == OP_SEXT ||
			   def->opcode == OP_COPY ||
			   (def->opcode == OP_TRUNC && !(how & SC_KEEP_TRUNC)) ||
			   (def->opcode == OP_PTRTU && (how & SC_THROUGH_PTRTU))) {
			p = def->src;
		} else {
			break;
		}
	}
	if (guard > LIM_WALK)
		ir_cut(CUT_WALK);
	return p;
}

struct symbol *sc_strip_node(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t;
}

struct expression *sc_strip_casts(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST ||
		     (e->type == EXPR_PREOP && e->op == '(')))
		e = e->type == EXPR_PREOP ? e->unop : e->cast_expression;
	return e;
}

/* is @t (a type) an integer type? */
int sc_param_index(struct symbol *fn, struct symbol *sym)
{
	struct symbol *base = fn ? fn->ctype.base_type : NULL, *a;
	int n = 0;

	if (!base || !sym)
		return 0;
	FOR_EACH_PTR(base->arguments, a) {
		n++;
		if (a == sym)
			return n;
	} END_FOR_EACH_PTR(a);
	return 0;
}

/*
 * The type of @sym before evaluation, through typeof(): EXPORT_SYMBOL(f)
 * redeclares `extern typeof(f) f;`, and a later initializer refers to
 * that declaration, whose type is still typeof(f).
 */
static struct symbol *unevaluated_type(struct symbol *sym)
{
	struct symbol *t = sc_strip_node(sym);
	int guard = 0;

	while (t && t->type == SYM_TYPEOF && guard++ < 8) {
		struct expression *e = sc_strip_casts(t->initializer);

		if (!e || e->type != EXPR_SYMBOL || !e->symbol)
			return t;
		t = sc_strip_node(e->symbol);
	}
	return t;
}

struct symbol *sc_function_value(struct expression *e)
{
	struct symbol *t;

	e = sc_strip_casts(e);
	while (e && e->type == EXPR_PREOP && (e->op == '&' || e->op == '*'))
		e = sc_strip_casts(e->unop);
	if (!e || e->type != EXPR_SYMBOL || !e->symbol || !e->symbol->ident)
		return NULL;
	t = unevaluated_type(e->symbol);
	return t && t->type == SYM_FN ? e->symbol : NULL;
}

int sc_is_integer(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t && (t->type == SYM_BASETYPE || t->type == SYM_ENUM) &&
	       t != &void_ctype && is_int_type(t);
}

int sc_is_pointer(struct symbol *t)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t && t->type == SYM_PTR;
}

/* the type of parameter @k (from 0) of function @fn */
struct symbol *sc_param_type(struct symbol *fn, int k)
{
	struct symbol *type = fn->ctype.base_type, *p;
	int i = 0, guard = 0;

	while (type && type->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		type = type->ctype.base_type;
	if (!type || type->type != SYM_FN)
		return NULL;
	FOR_EACH_PTR(type->arguments, p) {
		if (i++ == k)
			return p;
	} END_FOR_EACH_PTR(p);
	return NULL;
}

int sc_param_is_integer(struct symbol *fn, int k)
{
	return sc_is_integer(sc_param_type(fn, k));
}

int sc_param_points_to_integer(struct symbol *fn, int k)
{
	struct symbol *t = sc_param_type(fn, k);
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	return t && t->type == SYM_PTR && sc_is_integer(t->ctype.base_type);
}

int sc_is_gfp_type(const struct rules *rules, struct symbol *sym)
{
	int guard = 0;

	if (!rules->gfp_type)
		return 0;
	while (sym && guard++ < LIM_TYPE_CHAIN) {
		if (sym->type == SYM_RESTRICT)
			return sc_ident_is(sym->ident, rules->gfp_type);
		if (sym->type != SYM_NODE && sym->type != SYM_FOULED)
			return 0;
		sym = sym->ctype.base_type;
	}
	if (sym)
		ir_cut(CUT_TYPE_CHAIN);
	return 0;
}

/* sc_gfp_pointee() of each struct asked, with the type chain cuts its
 * answer counted (counted again at each question) */
static struct sc_memo gfp_structs;
static const struct rules *gfp_structs_rules;

static int gfp_member(const struct rules *rules, struct symbol *st)
{
	struct symbol *m;

	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident && sc_is_gfp_type(rules, m))
			return 1;
	} END_FOR_EACH_PTR(m);
	return 0;
}

int sc_gfp_pointee(struct sc_unit *unit, struct symbol *t)
{
	int memo, found;
	unsigned long cuts;

	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return 0;
	t = sc_strip_node(t->ctype.base_type);
	if (!t || t->type != SYM_STRUCT)
		return 0;
	if (unit->rules != gfp_structs_rules) {
		sc_memo_clear(&gfp_structs);
		gfp_structs_rules = unit->rules;
	}
	if (sc_memo_get(&gfp_structs, t, &memo)) {
		for (cuts = (unsigned)memo >> 1; cuts; cuts--)
			ir_cut(CUT_TYPE_CHAIN);
		return memo & 1;
	}
	cuts = ir_stats.cut[CUT_TYPE_CHAIN];
	found = gfp_member(unit->rules, t);
	cuts = ir_stats.cut[CUT_TYPE_CHAIN] - cuts;
	if (cuts < 1000000)
		sc_memo_put(&gfp_structs, t, (int)(cuts << 1) | found);
	return found;
}
