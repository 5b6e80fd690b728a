/*
 * clang_params.c - constant parameters of static functions, for the
 * libclang front end: the same as sparse_params.c.  A static function
 * whose address is never taken is called only from its own file; when
 * every one of those calls passes the same constant for a parameter
 * (ARM's __dma_alloc(..., false, ...) from arch_dma_alloc()), the
 * parameter is that constant in its body, and a branch on it has a dead
 * side (clang_facts.c).  Every function body and initializer of the file
 * is read before any function is analysed; a function named anywhere but
 * as the callee of a call has its address taken.
 */
#include <string.h>

#include "clang_cfg.h"
#include "clang_frontend.h"

static struct cpconst *find(struct cunit *u, struct cdecl *fn, int create)
{
	int i;

	for (i = 0; i < u->npconst; i++)
		if (u->pconst[i].fn == fn ||
		    (u->pconst[i].fn->is_static == fn->is_static &&
		     !strcmp(u->pconst[i].fn->name, fn->name)))
			return &u->pconst[i];
	if (!create)
		return NULL;
	if (u->npconst == u->pconst_cap) {
		u->pconst_cap = u->pconst_cap ? 2 * u->pconst_cap : 16;
		u->pconst = sc_realloc(u->pconst, u->pconst_cap * sizeof(*u->pconst));
	}
	memset(&u->pconst[u->npconst], 0, sizeof(u->pconst[0]));
	u->pconst[u->npconst].fn = fn;
	return &u->pconst[u->npconst++];
}

static void walk(struct cunit *u, struct cn *n, int depth)
{
	struct cdecl *fn;
	struct cpconst *p;
	int i, first = 0;

	if (!n || depth > 10000)
		return;
	if (n->kind == CN_NOEVAL)
		return;
	if (n->kind == CN_REF && n->decl && n->decl->kind == CD_FUNC) {
		find(u, n->decl, 1)->taken = 1;
		return;
	}
	if (n->kind == CN_CALL && (fn = cfg_direct_callee(n))) {
		p = find(u, fn, 1);
		p->ncalls++;
		for (i = 0; i < CP_MAX_PARAMS; i++) {
			long long v;

			if (i + 1 >= n->nkids || !clang_const(u->tu, cn_strip(n->kids[i + 1]), &v))
				p->varies |= 1ull << i;
			else if (p->ncalls == 1)
				p->val[i] = v;
			else if (p->val[i] != v)
				p->varies |= 1ull << i;
		}
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
	walk(arg, init, 0);
}

void clang_param_constants(struct cunit *u)
{
	clang_tu_walk(u->tu, on_function, on_var, u);
}

int clang_param_const(struct cunit *u, struct cdecl *fn, int k, long long *v)
{
	struct cpconst *p;

	if (!fn || !fn->is_static || k < 0 || k >= CP_MAX_PARAMS)
		return 0;
	p = find(u, fn, 0);
	if (!p || p->taken || !p->ncalls || (p->varies & (1ull << k)))
		return 0;
	*v = p->val[k];
	return 1;
}
