/*
 * clang_assert.c - what the kernel asserts about its context, as the
 * libclang front end sees it (rules/kernel-assert.rules).
 *
 * Clang cannot be made to keep a macro a header defines (a -D is
 * replaced by the header's #define), and without CONFIG_LOCKDEP
 * lockdep_assert_held(l) leaves only `do { (void)(l); } while (0)`.  So
 * the assertions are read from the tokens of each function body (and of
 * each inline body expanded into it), as written: an assertion macro
 * followed by its parenthesised arguments, or a warning macro whose
 * arguments are exactly `!TEST()` (assert-test) or `TEST()`
 * (assert-test-not).  The statement or expression clang built from that
 * expansion (the outermost cursor whose extent is exactly the macro's,
 * from its name to its closing parenthesis) is
 * then replaced, in clang_ast.c's tree, by a call of the marker
 * __sleepcheck_assert(RULE, KINDS) that sparse_assert.c's strong
 * definitions give the sparse front end, and the lowering turns it into
 * an asserted acquire (analysis/ir.h).  An assert-held's kinds are those
 * of the first expression in the expansion whose type is a pointer to a
 * lock-type rule's typedef (followed through typedefs of typedefs):
 * lockdep_assert_held(&d->lock) of a spinlock_t is spin, of a struct
 * mutex nothing.  Any other warning of the rules (BUG_ON(w->lock !=
 * lock), WARN_ON_ONCE(!p)) becomes __sleepcheck_assert(RULE, 0, COND),
 * COND the expression written as the macro's argument (found by where
 * it was written): its calls run, its value is the marker's, and
 * nothing of the macro's body is left, as sparse's strong definition
 * `__sleepcheck_warn(N, !!(c))` makes it.  The body would otherwise
 * leave BUG()'s __builtin_unreachable() as a block with no way out,
 * which the analysis counts as a return (with the caller's lock held,
 * in rt_mutex_top_waiter() expanded into wake_futex_pi()).  A warning
 * whose argument no expression matches stays as clang expanded it.  The
 * condition is the first argument (WARN(c, format, ...): the format is
 * dropped, as sparse's strong definition drops it).  A warning's marker
 * is marked as a warning's value (cn.warn), so that a branch on it has a
 * warned edge as in sparse (clang_ir.c); a warning written as another
 * macro's argument (`unlikely(WARN_ON(x))`) is found where its name is
 * written.  An assertion written through a macro of the checked file
 * (not in the rules) is not seen here; sparse sees it.
 *
 * A test with ctx-test rules (kernel-context.rules) written alone,
 * `in_atomic()`, is a site too: its expansion becomes
 * CLANG_ASSERT_MARKER(RULE, 0), whose call is an IR_TEST event where it
 * is made and whose value a branch reads as clang_test_formula() says,
 * as sparse's __sleepcheck_test(N) (sparse_assert.c).
 */
#include <string.h>

#include <clang-c/Index.h>

#include "ir.h"
#include "clang_assert.h"

static int spelled(CXTranslationUnit tu, CXToken t, const char *s)
{
	CXString x = clang_getTokenSpelling(tu, t);
	int eq = !strcmp(clang_getCString(x), s);

	clang_disposeString(x);
	return eq;
}

static const struct assert_rule *rule_of(const struct rules *rules,
					 CXTranslationUnit tu, CXToken t)
{
	const struct assert_rule *a = NULL;
	CXString x;
	int i;

	if (clang_getTokenKind(t) != CXToken_Identifier)
		return NULL;
	x = clang_getTokenSpelling(tu, t);
	for (i = 0; i < rules->nasserts && !a; i++)
		if (rules->asserts[i].kind != ASSERT_LOCK_TYPE &&
		    !strcmp(rules->asserts[i].name, clang_getCString(x)))
			a = &rules->asserts[i];
	clang_disposeString(x);
	return a;
}

static void add_site(struct asites *s, CXTranslationUnit tu, CXToken t, CXToken close,
		     int rule, unsigned kinds, int held)
{
	struct asite *a;

	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->v = sc_realloc(s->v, s->cap * sizeof(*s->v));
	}
	a = &s->v[s->n++];
	memset(a, 0, sizeof(*a));
	clang_getSpellingLocation(clang_getTokenLocation(tu, t), &a->file, &a->line,
				  &a->col, NULL);
	/* the expansion ends after the closing parenthesis */
	clang_getSpellingLocation(clang_getTokenLocation(tu, close), NULL, &a->eline,
				  &a->ecol, NULL);
	a->ecol++;
	a->rule = rule;
	a->kinds = kinds;
	a->held = held;
}

/* warning @rule at tok[i] whose argument is tok[i+2..j): a site whose
 * marker evaluates that argument */
static void warn_site(struct asites *s, CXTranslationUnit tu, CXToken *tok,
		      unsigned i, unsigned j, int rule)
{
	struct asite *a;
	CXSourceRange r;
	unsigned m, end = j - 1;
	int depth = 0;

	/* the condition is the first argument: WARN(c, format, ...) */
	for (m = i + 2; m < j; m++) {
		if (spelled(tu, tok[m], "(") || spelled(tu, tok[m], "[") ||
		    spelled(tu, tok[m], "{"))
			depth++;
		else if (spelled(tu, tok[m], ")") || spelled(tu, tok[m], "]") ||
			 spelled(tu, tok[m], "}"))
			depth--;
		else if (!depth && spelled(tu, tok[m], ",") && m > i + 2) {
			end = m - 1;
			break;
		}
	}
	r = clang_getTokenExtent(tu, tok[end]);
	add_site(s, tu, tok[i], tok[j], rule, 0, 0);
	a = &s->v[s->n - 1];
	a->warn = 1;
	clang_getSpellingLocation(clang_getTokenLocation(tu, tok[i + 2]), NULL, &a->cline,
				  &a->ccol, NULL);
	clang_getSpellingLocation(clang_getRangeEnd(r), NULL, &a->cend, &a->cecol, NULL);
}

void clang_assert_scan(const struct rules *rules, CXTranslationUnit tu, CXCursor body,
		       struct asites *s)
{
	CXToken *tok = NULL;
	unsigned n = 0, i, j;
	int depth;

	s->n = 0;
	if (!rules->nasserts)
		return;
	clang_tokenize(tu, clang_getCursorExtent(body), &tok, &n);
	for (i = 0; i + 2 < n; i++) {
		const struct assert_rule *a = rule_of(rules, tu, tok[i]), *t;
		int neg;

		if (!a || !spelled(tu, tok[i + 1], "("))
			continue;
		if (a->kind == ASSERT_TEST || a->kind == ASSERT_TEST_NOT) {
			/* a test of the context: TEST() */
			if ((a->off || a->off_cfg) && spelled(tu, tok[i + 2], ")"))
				add_site(s, tu, tok[i], tok[i + 2],
					 (int)(a - rules->asserts), 0, 0);
			continue;
		}
		/* the closing parenthesis */
		for (j = i + 1, depth = 0; j < n; j++) {
			if (spelled(tu, tok[j], "("))
				depth++;
			else if (spelled(tu, tok[j], ")") && !--depth)
				break;
		}
		if (j == n)
			break;
		if (a->kind == ASSERT_MACRO || a->kind == ASSERT_HELD) {
			add_site(s, tu, tok[i], tok[j], (int)(a - rules->asserts),
				 a->kinds, a->kind == ASSERT_HELD);
			continue;
		}
		/* WARN(!TEST()) or WARN(TEST()) asserts; any other
		 * warning is its condition's evaluation, as sparse's
		 * strong definition makes it (sparse_assert.c) */
		neg = spelled(tu, tok[i + 2], "!");
		t = j == i + 5 + (unsigned)neg ? rule_of(rules, tu, tok[i + 2 + neg]) : NULL;
		if (t && spelled(tu, tok[i + 3 + neg], "(") &&
		    spelled(tu, tok[i + 4 + neg], ")")) {
			if ((t->kind == ASSERT_TEST && neg) ||
			    (t->kind == ASSERT_TEST_NOT && !neg))
				add_site(s, tu, tok[i], tok[j], (int)(a - rules->asserts),
					 t->kinds, 0);
			else
				warn_site(s, tu, tok, i, j, (int)(a - rules->asserts));
		} else if (j > i + 2) {
			warn_site(s, tu, tok, i, j, (int)(a - rules->asserts));
		}
	}
	clang_disposeTokens(tu, tok, n);
}

/* the lock-type rule of the lock that type @ty points to, or NULL */
static const struct assert_rule *lock_type(const struct rules *rules, CXType ty)
{
	int guard = 0, i;

	ty = clang_getPointeeType(ty);
	while (ty.kind != CXType_Invalid && guard++ < 16) {
		CXString name;
		const struct assert_rule *a = NULL;

		if (ty.kind == CXType_Elaborated) {
			ty = clang_Type_getNamedType(ty);
			continue;
		}
		if (ty.kind != CXType_Typedef)
			return NULL;
		name = clang_getTypedefName(ty);
		for (i = 0; i < rules->nasserts && !a; i++)
			if (rules->asserts[i].kind == ASSERT_LOCK_TYPE &&
			    !strcmp(rules->asserts[i].name, clang_getCString(name)))
				a = &rules->asserts[i];
		clang_disposeString(name);
		if (a)
			return a;
		ty = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(ty));
	}
	return NULL;
}

struct held_search {
	const struct rules *rules;
	const struct assert_rule *found;
	CXCursor at;
};

static enum CXChildVisitResult find_lock(CXCursor c, CXCursor parent, CXClientData p)
{
	struct held_search *h = p;

	(void)parent;
	if (clang_isExpression(clang_getCursorKind(c)) &&
	    (h->found = lock_type(h->rules, clang_getCursorType(c)))) {
		h->at = c;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

const struct asite *clang_assert_at(const struct rules *rules, struct asites *s,
				    CXCursor c, int *rule, unsigned *kinds, CXCursor *lock)
{
	CXSourceRange r;
	CXFile f, g, ff, fg;
	unsigned l, k, l2, k2, fl, fk, fl2, fk2;
	int i, nested;

	for (i = 0; i < s->n && s->v[i].done; i++)
		;
	if (i == s->n)
		return NULL;
	r = clang_getCursorExtent(c);
	clang_getExpansionLocation(clang_getRangeStart(r), &f, &l, &k, NULL);
	/* in an argument of another macro (`unlikely(WARN_ON(x))`), the
	 * expansion is that macro's; where the argument is written, the
	 * outermost cursor of the assertion's expansion begins and ends
	 * at its name */
	clang_getFileLocation(clang_getRangeStart(r), &ff, &fl, &fk, NULL);
	/* a site begins where @c begins, or its end is not asked */
	for (i = 0; i < s->n; i++)
		if (!s->v[i].done &&
		    ((s->v[i].line == l && s->v[i].col == k &&
		      clang_File_isEqual(s->v[i].file, f)) ||
		     (s->v[i].line == fl && s->v[i].col == fk &&
		      clang_File_isEqual(s->v[i].file, ff))))
			break;
	if (i == s->n)
		return NULL;
	clang_getExpansionLocation(clang_getRangeEnd(r), &g, &l2, &k2, NULL);
	if (!clang_File_isEqual(f, g))
		return NULL;
	clang_getFileLocation(clang_getRangeEnd(r), &fg, &fl2, &fk2, NULL);
	nested = (fl != l || fk != k) && fl == fl2 && fk == fk2 &&
		 clang_File_isEqual(ff, fg);
	for (i = 0; i < s->n; i++) {
		struct asite *a = &s->v[i];
		struct held_search h = { rules, NULL, clang_getNullCursor() };

		if (a->done)
			continue;
		if (!(a->line == l && a->col == k && a->eline == l2 && a->ecol == k2 &&
		      clang_File_isEqual(a->file, f)) &&
		    !(nested && a->line == fl && a->col == fk &&
		      clang_File_isEqual(a->file, ff)))
			continue;
		a->done = 1;
		*rule = a->rule;
		*kinds = a->kinds;
		if (a->held) {
			if (clang_isExpression(clang_getCursorKind(c)) &&
			    (h.found = lock_type(rules, clang_getCursorType(c))))
				h.at = c;
			if (!h.found)
				clang_visitChildren(c, find_lock, &h);
			*kinds = h.found ? h.found->kinds : 0;
			*lock = h.at;
		}
		return a;
	}
	return NULL;
}

struct cond_search {
	const struct asite *a;
	CXCursor found;
};

/* where @loc was written: in the file, or, in a macro's expansion, where
 * the macro's argument it comes from was */
static void written(CXSourceLocation loc, unsigned *line, unsigned *col)
{
	clang_getFileLocation(loc, NULL, line, col, NULL);
}

static enum CXChildVisitResult find_cond(CXCursor c, CXCursor parent, CXClientData p)
{
	struct cond_search *cs = p;
	CXSourceRange r;
	unsigned l, k, l2, k2;

	(void)parent;
	if (clang_isExpression(clang_getCursorKind(c))) {
		r = clang_getCursorExtent(c);
		written(clang_getRangeStart(r), &l, &k);
		written(clang_getRangeEnd(r), &l2, &k2);
		if (l == cs->a->cline && k == cs->a->ccol && l2 == cs->a->cend &&
		    k2 == cs->a->cecol) {
			cs->found = c;
			return CXChildVisit_Break;
		}
	}
	return CXChildVisit_Recurse;
}

CXCursor clang_assert_cond(const struct asite *a, CXCursor c)
{
	struct cond_search cs = { a, clang_getNullCursor() };

	clang_visitChildren(c, find_cond, &cs);
	return cs.found;
}

int clang_assert_event(struct ir_func *ir, const struct rules *rules,
		       const unsigned char *noassert, const char *callee,
		       int block, int line, int col, long long rule, long long kinds)
{
	struct ir_event *e;

	if (strcmp(callee, CLANG_ASSERT_MARKER))
		return 0;
	if (rule >= 0 && rule < rules->nasserts &&
	    (rules->asserts[rule].kind == ASSERT_TEST ||
	     rules->asserts[rule].kind == ASSERT_TEST_NOT)) {
		/* a test of the context: what it sees */
		if (!rules_test_off(rules, &rules->asserts[rule], noassert))
			return 1;
		e = ir_event(ir, block, IR_TEST, line, col);
		e->kinds = rules_test_off(rules, &rules->asserts[rule], noassert);
		e->what = ir_str(ir, rules->asserts[rule].name);
		return 1;
	}
	if (rule < 0 || rule >= rules->nasserts || !kinds)
		return 1;
	if (noassert && noassert[rule])
		return 1;	/* not in this configuration */
	e = ir_event(ir, block, IR_ACQUIRE, line, col);
	e->kinds = (unsigned)kinds;
	e->asserted = 1;
	e->what = ir_str(ir, rules->asserts[rule].name);
	ir->locks = 1;
	return 1;
}

int clang_test_formula(struct ir_func *ir, const struct rules *rules,
		       const unsigned char *noassert, long long rule)
{
	const struct assert_rule *a;

	if (rule < 0 || rule >= rules->nasserts)
		return -1;
	a = &rules->asserts[rule];
	if (a->kind != ASSERT_TEST && a->kind != ASSERT_TEST_NOT)
		return -1;
	return ir_test_formula(ir, rules_test_off(rules, a, noassert),
			       a->kind == ASSERT_TEST);
}
