/*
 * clang_memaddr.c - the address of a struct member reached through a
 * pointer, passed as a call's argument (facts.h `vals` J=&struct T.F),
 * read from libclang's tree as sparse_memaddr.c reads it from sparse's
 * SSA form: through parentheses and casts, `&E->F`, `&E->M.F`,
 * `&(*E).F`, `&V.F` of a local struct V, where F is of the struct type
 * the callee's parameter points to and T, the struct that holds F, is
 * named; an inline
 * function's parameter is the argument bound to it, as sparse inlines.
 * Not for a call expanded inline (sparse has no parameter types there).
 */
#include <stdio.h>

#include "ir_limits.h"
#include "clang_cfg.h"
#include "clang_frontend.h"

void clang_member_addr(struct ctu *tu, struct cn *call, struct cenv *env, int j,
		       char *entry, size_t size)
{
	struct cn *a, *m, *b;
	int guard = 0;

	entry[0] = '\0';
	if (j + 1 >= call->nkids)
		return;
	a = cn_strip(call->kids[j + 1]);
	/* an inline function's parameter: the argument bound to it */
	while (a && a->kind == CN_REF && a->decl && a->decl->kind == CD_PARAM &&
	       env && env->parent && a->decl->param >= 0 &&
	       a->decl->param + 1 < env->call->nkids && guard++ < LIM_TYPE_CHAIN) {
		a = cn_strip(env->call->kids[a->decl->param + 1]);
		env = env->parent;
	}
	if (!a || a->kind != CN_UNOP || a->nkids != 1 || clang_op(tu, a) != OP_ADDR)
		return;
	m = cn_strip(a->kids[0]);
	if (!m || m->kind != CN_MEMBER || !m->nkids || !m->name ||
	    !clang_arg_points_to_field(tu, call, j, m->decl))
		return;
	for (b = m;;) {
		struct cn *base = b->kids[0];

		if (clang_is_pointer(base))
			break;
		base = cn_strip(base);
		if (base && base->kind == CN_UNOP && base->nkids == 1 &&
		    clang_op(tu, base) == OP_DEREF)
			break;
		/* a member of a local struct object (`&c.w`), as
		 * sparse_memaddr.c reads its symbol */
		if (base && base->kind == CN_REF && base->decl &&
		    base->decl->kind == CD_VAR && !base->decl->is_global &&
		    !base->decl->is_static)
			break;
		if (!base || base->kind != CN_MEMBER || !base->nkids ||
		    guard++ > LIM_TYPE_CHAIN)
			return;		/* a member of a global: not through a pointer */
		b = base;
	}
	snprintf(entry, size, "%d=&%s", j, m->name);
}
