/*
 * clang_cfg.h - the control-flow graph the libclang front end analyses.
 *
 * clang_lower.c lowers one function's tree (clang_ast.h) into basic
 * blocks of events, expanding the bodies of inline functions in place,
 * as sparse does, each expansion with an environment of its own;
 * clang_ir.c lowers it, with what its values say, into the function
 * IR that analysis/analyze.c reads for both front ends.
 */
#ifndef SLEEPCHECK_CLANG_CFG_H
#define SLEEPCHECK_CLANG_CFG_H

#include "clang_ast.h"

/* one expansion of an inline function (or the function itself: root) */
struct cenv {
	struct cenv *parent;
	struct cn *call;	/* the call expanded, in parent */
	int call_ev;		/* its event */
	struct cdecl *fn;
	int line, col;		/* the outermost call site, in the function */
	const char *inl;	/* the outermost inline function's name */
	int after;		/* block its returns go to */
	int ret_t, ret_f;	/* a branch on the call: where a constant
				 * return goes, or -1 (clang_lower.c) */
	struct cn **rets;	/* returned expressions */
	int *ret_ev;
	int nrets, retcap;
	int depth;
	int in_prim;		/* inside an atomic primitive's expansion */
	int stmtexpr;		/* inside so many statement expressions of
				 * this body: no cleanups followed there */
};

enum cev_kind {
	EV_CALL,	/* a call; inlined: its body follows */
	EV_ASSIGN,	/* var (op)= rhs */
	EV_COND,	/* the block's branch condition is evaluated */
	EV_STORE,	/* member = value: bindings, stored objects */
	EV_RET,		/* a value returned from an inline expansion */
	EV_PSTORE,	/* *p = value, or global = value: objects kept in
			 * global pointers (clang_globals.c) */
};

struct cev {
	enum cev_kind kind;
	struct cn *n;		/* CALL: the call; ASSIGN, STORE: the node */
	struct cenv *env;
	int block;
	int inlined;		/* CALL: its body is expanded after it */
	int line, col;		/* where a fact puts it */
	/* ASSIGN */
	struct cdecl *var;
	struct cenv *var_env;
	struct cn *rhs;
	enum cn_op op;		/* OP_ASSIGN_PLAIN, OP_BOR, OP_BAND, OP_OTHER */
	int var_index;		/* clang_ir.c: tracked variable */
};

struct cbb {
	int *ev;		/* event numbers in order */
	int nev, evcap;
	int *succ;
	int nsucc, succcap;
	struct cn *cond;	/* two-way branch: succ[0] true, succ[1] false */
	struct cenv *cenv;
	int cond_ev;
	int dead;		/* the successor a constant condition never
				 * takes, or -1 (clang_ir.c) */
	/* a switch: its value, and per successor the case (swdef: default) */
	struct cn *swcond;
	struct cenv *swenv;
	int sw_ev;
	long long *swval;
	unsigned char *swdef;
	int live;		/* a switch on a constant: the one successor
				 * it takes, or -1 (clang_ir.c) */
};

/*
 * A pointer dereferenced where evaluation always reaches (`p->f`, `*p`,
 * not `&p->f`, nor an operand of `&&`, `||` or `?:` evaluated only on
 * some paths): its base pointer @n in @env, in block @block before event
 * @ev, the next one lowered (clang_ir.c names its value there, as
 * sparse_ir.c does a load's address: ir.h struct ir_deref).
 */
struct cderef {
	struct cn *n;
	struct cenv *env;
	int block, ev;
};

struct cfg {
	struct ctu *tu;
	const struct rules *rules;
	struct cdecl *fn;
	struct cenv *root;
	struct cbb *bb;
	int nbb, bbcap;
	struct cev *ev;
	int nev, evcap;
	struct cenv **envs;
	int nenvs, envcap;
	/* while lowering */
	int cur;
	struct cn *cond_call;	/* the call a branch tests, and its targets */
	int cond_t, cond_f;
	struct label { const char *name; struct cenv *env; int block; } *labels;
	int nlabels, labelcap;
	struct pgoto { const char *name; struct cenv *env; int from; } *gotos;
	int ngotos, gotocap;
	/* asm statements (from < 0: a label whose address is taken) */
	struct pgoto *asms;
	int nasms, asmcap;
	/* the variables with a cleanup function in force, innermost last:
	 * the call their scope's end makes, that scope, the body of it */
	struct cleanup { struct cn *call, *scope; struct cenv *env; } *cleanups;
	int ncleanups, cleanupcap;
	struct cn *scope;	/* the block or for statement being lowered */
	/* the asm statements themselves, in order (clang_globals.c) */
	struct casm { struct cn *n; struct cenv *env; } *asmn;
	int nasmn, asmncap;
	struct cderef *derefs;
	int nderefs, derefcap;
	int nodref;		/* lowering an operand evaluated on some
				 * paths only: no dereference recorded */
};

/// Lowers the body of @fn into @g (which it initialises).
void cfg_build(struct cfg *g, struct ctu *tu, const struct rules *rules,
	       struct cdecl *fn, struct cn *body);
void cfg_free(struct cfg *g);

/// The function a call calls directly, or NULL.
struct cdecl *cfg_direct_callee(struct cn *call);

/// Does an inline function named @name stay a call (its body not
/// expanded), as sparse_frontend.c keep_tests() has it: a test an
/// implies-blocking rule names, a gfp-softirq function, a mem-linear one?
int cfg_kept_inline(const struct rules *rules, const char *name);

/// What sparse's expand.c reckons evaluating @n costs: below 10, a
/// logical operator with @n on its right is no branch there; two arms of
/// `?:` together below 20, a select rather than a phi.
int cfg_sparse_cost(struct cfg *g, struct cn *n);

/// Strips parentheses and casts.
struct cn *cn_strip(struct cn *n);

#endif
