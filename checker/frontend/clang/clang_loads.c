/*
 * clang_loads.c - which expressions read memory, as sparse's OP_LOAD
 * does: a member, `*p`, `a[i]`.  The lowering names the value of such
 * a read where it is made (clang_ir.c value_key(): sparse names the
 * pseudo a load defines), so that a lock taken in an object reached
 * through a load (`&NODE_DATA(nid)->__lruvec`) has the same base as
 * the pointer later tested or assigned from it.  libclang 14 tells an
 * index only by its cursor, which only files of this folder read.
 */
#include <clang-c/Index.h>

#include "clang_ast.h"
#include "clang_loads.h"

int clang_is_load(struct ctu *t, struct cn *n)
{
	if (!n)
		return 0;
	if (n->kind == CN_MEMBER)
		return 1;
	if (n->kind == CN_UNOP && n->nkids == 1)
		return clang_op(t, n) == OP_DEREF;
	return n->kind == CN_OTHER && n->cursor &&
	       clang_getCursorKind(*(CXCursor *)n->cursor) == CXCursor_ArraySubscriptExpr;
}

int clang_is_index(struct cn *n)
{
	return n && n->kind == CN_OTHER && n->nkids == 2 && n->cursor &&
	       clang_getCursorKind(*(CXCursor *)n->cursor) == CXCursor_ArraySubscriptExpr;
}
