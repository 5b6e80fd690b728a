/*
 * clang_assert.h - assertions in the libclang front end (clang_assert.c):
 * the sites of a body's assertion macros, found in its tokens, and the
 * marker call clang_ast.c puts in place of each expansion, lowered by
 * clang_ir.c into an asserted acquire.  Included by clang_ast.c (with
 * clang-c headers) and by clang_ir.c (without: the site functions are
 * then not declared).
 */
#ifndef SLEEPCHECK_CLANG_ASSERT_H
#define SLEEPCHECK_CLANG_ASSERT_H

#include "rules.h"

#define CLANG_ASSERT_MARKER "__sleepcheck_assert"

struct ir_func;

/// Marker call of callee @callee (CLANG_ASSERT_MARKER(rule, kinds)):
/// adds its asserted acquire (of a test's rule: its IR_TEST event) in
/// @block of @ir (none for a rule @noassert marks) and returns 1; 0 for
/// any other callee.
int clang_assert_event(struct ir_func *ir, const struct rules *rules,
		       const unsigned char *noassert, const char *callee,
		       int block, int line, int col, long long rule, long long kinds);

/// The formula of the value of CLANG_ASSERT_MARKER(@rule, 0), a test
/// with ctx-test rules (kernel-context.rules): IRF_CTX where the test
/// says "not atomic"; -1 for any other rule.
int clang_test_formula(struct ir_func *ir, const struct rules *rules,
		       const unsigned char *noassert, long long rule);

#ifdef CINDEX_LINKAGE
/* an assertion macro written in a body: where its name is */
struct asite {
	CXFile file;
	unsigned line, col;
	unsigned eline, ecol;	/* just after its closing parenthesis */
	int rule;		/* rules->asserts[rule] */
	unsigned kinds;
	int held;		/* assert-held: kinds from the lock's type */
	int warn;		/* a warning that asserts nothing: the
				 * marker's third argument is its condition,
				 * written from cline:ccol to cend:cecol */
	unsigned cline, ccol, cend, cecol;
	int done;		/* its expansion was met */
};

struct asites {
	struct asite *v;
	int n, cap;
};

/// The assertion sites written in the tokens of @body, into @s.
void clang_assert_scan(const struct rules *rules, CXTranslationUnit tu, CXCursor body,
		       struct asites *s);

/// Is @c the outermost cursor of an assertion's expansion in @s?  Then
/// its site, with its rule and kinds (0 kinds: an assert-held of a lock
/// that is not atomic, or a warning that asserts nothing), and for an
/// assert-held the lock's expression in *@lock (else a null cursor);
/// else NULL.
const struct asite *clang_assert_at(const struct rules *rules, struct asites *s,
				    CXCursor c, int *rule, unsigned *kinds, CXCursor *lock);

/// The condition of warning site @a in its expansion @c: the outermost
/// expression written where the macro's argument is; a null cursor if
/// none is.
CXCursor clang_assert_cond(const struct asite *a, CXCursor c);
#endif

#endif
