/*
 * clang_params.c - constant parameters of static functions, for the
 * libclang front end: the same as sparse_params.c.  A static function
 * whose address is never taken is called only from its own file; when
 * every one of those calls passes the same constant for a parameter
 * (ARM's __dma_alloc(..., false, ...) from arch_dma_alloc()), the
 * parameter is that constant in its body, and a branch on it has a dead
 * side (clang_ir.c).  The table of calls is flow.c's.  Every function body and initializer of the file
 * is read before any function is analysed; a function named anywhere but
 * as the callee of a call has its address taken.
 */
#include "clang_cfg.h"
#include "clang_frontend.h"

static void walk(struct cunit *u, struct cn *n, int depth)
{
	struct cdecl *fn;
	struct pconst *p;
	int i, first = 0;

	if (!n || depth > 10000)
		return;
	if (n->kind == CN_NOEVAL)
		return;
	if (n->kind == CN_REF && n->decl && n->decl->kind == CD_FUNC) {
		pconst_taken(&u->pconst, n->decl->name);
		return;
	}
	if (n->kind == CN_CALL && (fn = cfg_direct_callee(n))) {
		p = pconst_call(&u->pconst, fn->name);
		for (i = 1; i < n->nkids; i++) {
			long long v = 0;
			int is_const = clang_const(u->tu, cn_strip(n->kids[i]), &v);

			pconst_arg(p, i - 1, is_const, v);
		}
		pconst_args_end(p, n->nkids - 1);
		first = 1;	/* the callee is not an address taken */
	}
	for (i = first; i < n->nkids; i++)
		walk(u, n->kids[i], depth + 1);
}

static void on_function(void *arg, struct cdecl *d)
{
	struct cunit *u = arg;

	walk(u, clang_body(u->tu, d), 0);
}

static void on_var(void *arg, struct cdecl *d, struct cn *init, const char *record)
{
	(void)d;
	(void)record;
	if (init)
		walk(arg, init, 0);
}

void clang_param_constants(struct cunit *u)
{
	clang_tu_walk(u->tu, on_function, on_var, u);
}

int clang_param_const(struct cunit *u, struct cdecl *fn, int k, long long *v)
{
	if (!fn || !fn->is_static)
		return 0;
	return pconst_get(&u->pconst, fn->name, k, v);
}
