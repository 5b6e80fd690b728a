/*
 * sparse_assert.c - what the kernel asserts about its context, as the
 * sparse front end sees it (rules/kernel-assert.rules).
 *
 * Without CONFIG_LOCKDEP, lockdep_assert_held(l) expands to
 * `do { (void)(l); } while (0)` and lockdep_assert_irqs_disabled() to
 * nothing: after preprocessing, nothing is left to see.  So before any
 * file is read, each assertion macro of the rules is given a strong
 * definition (sparse's `#strong_define`, which a header's #define and
 * #undef do not replace) that turns it into a call of a marker function
 * the lowering recognises, with the rule's number:
 *   MACRO(...)      -> __sleepcheck_assert(N)             assert
 *   MACRO(l)        -> __sleepcheck_assert(N, l)          assert-held
 *   WARN(c, ...)    -> __sleepcheck_warn(N, !!(c))        assert-warn
 *   TEST()          -> __sleepcheck_test(N)               assert-test(-not)
 * A warning whose condition is a test, negated for assert-test, asserts
 * the test's kinds (WARN_ON(!irqs_disabled()): irq); any other warning
 * is a call of nothing.  A marker call is never a fact; it becomes an
 * asserted acquire (analysis/ir.h) where it is made.  An assert-held's
 * kinds are those of its lock argument's type, found by comparing the
 * struct it points to with the typedefs of the lock-type rules; a lock
 * of another type (a mutex) asserts nothing.  The function's own
 * __must_hold(lock) (context(lock, 1, 1) under __CHECKER__) asserts its
 * lock at its entry the same way (sparse_context.c finds its kind).
 * The definitions replace the macros' bodies, which without lockdep are
 * empty and with it only call lockdep's own checks; a warning's value is
 * the marker's, unknown to the analysis, as a warning's is; but the
 * side of a branch on it where the warning fires (`if (WARN_ON(x))`,
 * through `!`, `!!` and unlikely()) is a warned edge (analysis/ir.h,
 * sc_warn_side()), which the analysis leaves out as a bug path.
 *
 * A test with ctx-test rules (kernel-context.rules) is also a test of
 * the context where its value is branched on: the marker's call is an
 * IR_TEST event where it is made (the state the test sees), and its
 * value in a branch condition the formula sc_test_formula() makes, true
 * where the test says "not atomic" (its negation for an assert-test:
 * `!in_atomic()`).
 */
#include <string.h>

#include "ir.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "lib.h"
#include "linearize.h"
#include "symbol.h"
#include "token.h"

#define MARK_ASSERT	"__sleepcheck_assert"
#define MARK_WARN	"__sleepcheck_warn"
#define MARK_TEST	"__sleepcheck_test"

void sc_assert_predefine(const struct rules *rules)
{
	int i;

	add_pre_buffer("extern void " MARK_ASSERT "(int, ...);\n");
	add_pre_buffer("extern int " MARK_WARN "(int, int);\n");
	add_pre_buffer("extern int " MARK_TEST "(int);\n");
	for (i = 0; i < rules->nasserts; i++) {
		const struct assert_rule *a = &rules->asserts[i];

		switch (a->kind) {
		case ASSERT_MACRO:
			add_pre_buffer("#strong_define %s(...) " MARK_ASSERT "(%d)\n",
				       a->name, i);
			break;
		case ASSERT_HELD:
			add_pre_buffer("#strong_define %s(l) " MARK_ASSERT "(%d, l)\n",
				       a->name, i);
			break;
		case ASSERT_WARN:
			/* WARN(c, format...): the format's arguments are
			 * evaluated only when the warning fires */
			add_pre_buffer("#strong_define %s(c, ...) " MARK_WARN "(%d, !!(c))\n",
				       a->name, i);
			break;
		case ASSERT_TEST:
		case ASSERT_TEST_NOT:
			add_pre_buffer("#strong_define %s() " MARK_TEST "(%d)\n",
				       a->name, i);
			break;
		case ASSERT_LOCK_TYPE:
			break;
		}
	}
}

static struct symbol *strip(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_TYPEOF))
		t = t->ctype.base_type;
	return t;
}

/* the lock-type rule of the lock @t (a pointer to it) points to, or NULL */
static const struct assert_rule *lock_type(const struct rules *rules, struct symbol *t)
{
	int i;

	t = strip(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = strip(t->ctype.base_type);
	if (!t)
		return NULL;
	for (i = 0; i < rules->nasserts; i++) {
		const struct assert_rule *a = &rules->asserts[i];
		struct symbol *td;

		if (a->kind != ASSERT_LOCK_TYPE)
			continue;
		td = lookup_symbol(built_in_ident(a->name), NS_TYPEDEF);
		if (td && strip(td->ctype.base_type) == t)
			return a;
	}
	return NULL;
}

int sc_lock_type_kinds(const struct rules *rules, struct symbol *ptr_type, int *raw)
{
	const struct assert_rule *a = lock_type(rules, ptr_type);

	if (raw)
		*raw = a && a->raw;
	return a ? (int)a->kinds : 0;
}

/* the constant of @p, or -1 */
static int constant(pseudo_t p)
{
	return p && p->type == PSEUDO_VAL && p->value >= 0 && p->value < 1 << 20 ?
	       (int)p->value : -1;
}

/* the rule of marker call @insn of the @kind wanted, or NULL */
static const struct assert_rule *marker_rule(const struct rules *rules,
					     struct instruction *insn)
{
	pseudo_t a0 = NULL;
	int n;

	FOR_EACH_PTR(insn->arguments, a0) {
		break;
	} END_FOR_EACH_PTR(a0);
	n = constant(a0);
	return n >= 0 && n < rules->nasserts ? &rules->asserts[n] : NULL;
}

/* the call of marker @mark whose result @p is, through `!`, `!!` and
 * casts: *@sense 0 when negated an odd number of times; or NULL */
static struct instruction *marker_value(pseudo_t p, const char *mark, int *sense)
{
	int guard = 0;

	*sense = 1;
	while (p && p->type == PSEUDO_REG && p->def && guard++ < 16) {
		struct instruction *def = p->def;

		switch (def->opcode) {
		case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
			p = def->src;
			break;
		case OP_SET_NE:
		case OP_SET_EQ:
			if (def->src2->type != PSEUDO_VAL || def->src2->value)
				return NULL;
			if (def->opcode == OP_SET_EQ)
				*sense = !*sense;
			p = def->src1;
			break;
		case OP_CALL:
			if (!def->func || def->func->type != PSEUDO_SYM ||
			    !def->func->sym->ident)
				return NULL;
			return !sc_ident_is(def->func->sym->ident, mark) ? NULL : def;
		default:
			return NULL;
		}
	}
	return NULL;
}

/* the assert-test(-not) rule whose marker's result @p is, *@sense as
 * marker_value()'s */
static const struct assert_rule *tested(const struct rules *rules, pseudo_t p,
					int *sense)
{
	struct instruction *def = marker_value(p, MARK_TEST, sense);

	return def ? marker_rule(rules, def) : NULL;
}

int sc_test_formula(struct ir_func *ir, const struct rules *rules,
		    const unsigned char *noassert, struct instruction *call)
{
	const struct assert_rule *a;

	if (!call->func || call->func->type != PSEUDO_SYM || !call->func->sym->ident ||
	    !sc_ident_is(call->func->sym->ident, MARK_TEST) ||
	    !(a = marker_rule(rules, call)))
		return -1;
	return ir_test_formula(ir, rules_test_off(rules, a, noassert),
			       a->kind == ASSERT_TEST);
}

pseudo_t sc_warn_cond(struct instruction *call)
{
	pseudo_t arg, c = NULL;
	int n = 0;

	if (call->opcode != OP_CALL || !call->func || call->func->type != PSEUDO_SYM ||
	    !call->func->sym->ident || !sc_ident_is(call->func->sym->ident, MARK_WARN))
		return NULL;
	FOR_EACH_PTR(call->arguments, arg) {
		if (n++ == 1)
			c = arg;
	} END_FOR_EACH_PTR(arg);
	return n == 2 ? c : NULL;
}

int sc_warn_side(pseudo_t cond)
{
	int sense;

	return marker_value(cond, MARK_WARN, &sense) ? sense : -1;
}

static void assert_event(struct ir_func *ir, struct instruction *insn, unsigned kinds,
			 const char *what)
{
	struct ir_event *e;

	if (!kinds)
		return;
	e = ir_event(ir, (int)(long)insn->bb->priv, IR_ACQUIRE, insn->pos.line,
		     insn->pos.pos);
	e->kinds = kinds;
	e->asserted = 1;
	e->what = ir_str(ir, what);
	ir->locks = 1;
}

int sc_assert_insn(struct ir_func *ir, const struct rules *rules,
		   const unsigned char *noassert, struct instruction *insn,
		   const char *name)
{
	const struct assert_rule *a, *t;
	struct symbol *type;
	pseudo_t arg;
	int i, sense;

	if (strncmp(name, "__sleepcheck_", 13))
		return 0;
	if (!strcmp(name, MARK_TEST)) {
		/* a value: a warning or a branch tests it */
		struct ir_event *e;

		if (insn->opcode != OP_CALL || !(a = marker_rule(rules, insn)) ||
		    !rules_test_off(rules, a, noassert))
			return 1;
		e = ir_event(ir, (int)(long)insn->bb->priv, IR_TEST, insn->pos.line,
			     insn->pos.pos);
		e->kinds = rules_test_off(rules, a, noassert);
		e->what = ir_str(ir, a->name);
		return 1;
	}
	if (strcmp(name, MARK_ASSERT) && strcmp(name, MARK_WARN))
		return 0;
	if (insn->opcode != OP_CALL || !(a = marker_rule(rules, insn)))
		return 1;
	if (noassert && noassert[a - rules->asserts])
		return 1;	/* not in this configuration */
	switch (a->kind) {
	case ASSERT_MACRO:
		assert_event(ir, insn, a->kinds, a->name);
		break;
	case ASSERT_HELD:
		/* fntypes: the function's type, then each argument's */
		i = 0;
		type = NULL;
		FOR_EACH_PTR(insn->fntypes, type) {
			if (i++ == 2)
				break;
		} END_FOR_EACH_PTR(type);
		if (i == 3) {
			int n = ir->nev;

			assert_event(ir, insn, sc_lock_type_kinds(rules, type, NULL),
				     a->name);
			/* the lock's object is not NULL (ir_event.base) */
			i = 0;
			arg = NULL;
			FOR_EACH_PTR(insn->arguments, arg) {
				if (i++ == 1)
					break;
			} END_FOR_EACH_PTR(arg);
			if (ir->nev > n && i == 2)
				ir->ev[ir->nev - 1].base = sc_value_key(ir, arg, NULL);
		}
		break;
	case ASSERT_WARN:
		i = 0;
		arg = NULL;
		FOR_EACH_PTR(insn->arguments, arg) {
			if (i++ == 1)
				break;
		} END_FOR_EACH_PTR(arg);
		if (i != 2 || !(t = tested(rules, arg, &sense)))
			break;
		/* WARN(!TEST()) asserts TEST; WARN(TEST()) asserts !TEST */
		if ((t->kind == ASSERT_TEST && !sense) ||
		    (t->kind == ASSERT_TEST_NOT && sense))
			assert_event(ir, insn, t->kinds, a->name);
		break;
	default:
		break;
	}
	return 1;
}
