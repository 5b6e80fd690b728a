/*
 * sparse_ir.c - lowers one linearized function of the libsparse front
 * end into the function IR (analysis/ir.h), on which analysis/analyze.c
 * derives its facts, as it does for libclang.
 *
 * Blocks and edges are sparse's basic blocks and their children; events
 * are its calls (inline primitives act through the context markers
 * sparse_inline.c adds), returns and calls of inlined functions a rule
 * names.  What the IR needs from values is read from sparse's SSA form
 * here: each gfp_t argument's class by following its definition
 * (constants tested against the blocking mask evaluated in this very
 * file, parameters passed through by number, or/and/casts/phis/selects
 * combining their operands), constant branches sparse left unfolded
 * (`bool remap = false; if (!coherent) remap = IS_ENABLED(X);` leaves a
 * phi of two zeros), what a branch condition implies about gfp
 * parameters (gfpflags_allow_blocking(gfp), `gfp & __GFP_DIRECT_RECLAIM`,
 * `!`, `&&`, `||` and `?:` built from them), the value it tests and the
 * trylock whose result it tests, and the candidate objects of indirect
 * calls.  Its limits are analysis/ir_limits.h's, and counted there.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "ir_limits.h"
#include "flow.h"
#include "lockctx.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"

/* a function being lowered */
struct lower {
	struct sc_unit *unit;
	struct symbol *fn;
	struct entrypoint *ep;
	struct ir_func *ir;
	int nbb;
	int *store_block;	/* per unit store: its block, or -1 */
	struct { pseudo_t result; int ev; } *try;	/* trylock events */
	int ntry, trycap;
	/* the function's live OP_STORE instructions, listed at the first
	 * question about stores (the IR does not change while lowered) */
	struct instruction **stores;
	int nstores, stores_listed;
	/* the call events and their instructions (member_keys()) */
	struct { struct instruction *insn; int ev; } *calls;
	int ncalls, callcap, cur;
	/* implied() asked of a phi's source (implied_phi()): no pointer
	 * member atom there, which libclang's reaching definitions do not
	 * see through an inline's returns (member_ptr_atom()) */
	int in_phi;
	/* the phis implied_phi() is listing the sources of, outermost
	 * first: a source that is one of them again is its own loop */
	struct instruction *phis[LIM_FLAG_DEPTH + 2];
	int nphis;
};

static void list_stores(struct lower *lw)
{
	struct basic_block *bb;
	struct instruction *insn;
	int cap = 0;

	lw->stores_listed = 1;
	FOR_EACH_PTR(lw->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_STORE)
				continue;
			if (lw->nstores == cap) {
				cap = cap ? 2 * cap : 16;
				lw->stores = sc_realloc(lw->stores, cap * sizeof(*lw->stores));
			}
			lw->stores[lw->nstores++] = insn;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

static const char *call_name(struct instruction *insn)
{
	pseudo_t f = insn->func;

	if (f && f->type == PSEUDO_SYM && f->sym && f->sym->ident)
		return sc_ident(f->sym->ident);
	return NULL;
}

/* is @sym (a type) the gfp type named in the rules? */

static char gfp_class(struct sc_unit *unit, pseudo_t p, int depth);

/*
 * The class of a value returned by a call to a function of this file
 * that was collected before (static helpers come before their callers):
 * dma_direct_optimal_gfp_mask() returns zone bits only, so `gfp |= it`
 * keeps the caller's class.
 */
static char returned_class(struct sc_unit *unit, struct instruction *call,
			   int depth)
{
	int i;

	if (!call->func || call->func->type != PSEUDO_SYM)
		return GFP_UNKNOWN;
	for (i = 0; i < unit->nrets; i++) {
		char cls = unit->rets[i].cls;

		if (unit->rets[i].fn != call->func->sym &&
		    unit->rets[i].fn->ident != call->func->sym->ident)
			continue;
		if (GFP_IS_PARAM(cls))
			return gfp_class(unit, ptr_list_nth_entry((struct ptr_list *)
				call->arguments, GFP_PARAM_NR(cls)), depth + 1);
		return cls;
	}
	return GFP_UNKNOWN;
}

static char gfp_class(struct sc_unit *unit, pseudo_t p, int depth)
{
	struct instruction *def;
	char a, b;

	if (!p)
		return GFP_UNKNOWN;
	if (depth > LIM_VALUE_DEPTH) {
		ir_cut(CUT_VALUE_DEPTH);
		return GFP_UNKNOWN;
	}
	switch (p->type) {
	case PSEUDO_VAL:
		if (!unit->have_mask)
			return GFP_UNKNOWN;
		return (p->value & unit->gfp_blocking_mask) ? GFP_BLOCK : GFP_NOBLOCK;
	case PSEUDO_ARG:
		if (p->nr >= 1 && p->nr <= GFP_MAX_PARAMS)
			return GFP_PARAM(p->nr - 1);
		return GFP_UNKNOWN;
	case PSEUDO_REG:
		def = p->def;
		break;
	case PSEUDO_PHI:
		def = p->def;
		if (def && def->opcode == OP_PHISOURCE)
			return gfp_class(unit, def->phi_src, depth + 1);
		return GFP_UNKNOWN;
	default:
		return GFP_UNKNOWN;
	}
	if (!def)
		return GFP_UNKNOWN;
	switch (def->opcode) {
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
	case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
		return gfp_class(unit, def->src, depth + 1);
	case OP_OR:
		a = gfp_class(unit, def->src1, depth + 1);
		b = gfp_class(unit, def->src2, depth + 1);
		return gfp_or(a, b);
	case OP_AND:
		a = gfp_class(unit, def->src1, depth + 1);
		b = gfp_class(unit, def->src2, depth + 1);
		return gfp_and(a, b);
	case OP_SEL:
		return gfp_join(gfp_class(unit, def->src2, depth + 1),
				gfp_class(unit, def->src3, depth + 1));
	case OP_CALL: {
		const struct rule *r = NULL;

		if (def->func && def->func->type == PSEUDO_SYM && def->func->sym->ident)
			r = sc_rule_of(unit->rules, def->func->sym->ident);
		if (r && r->kind == RULE_GFP_SOFTIRQ)
			return GFP_SOFTIRQ;
		return returned_class(unit, def, depth);
	}
	case OP_SET_EQ: case OP_SET_NE: case OP_SET_LT: case OP_SET_LE:
	case OP_SET_GT: case OP_SET_GE: case OP_SET_B: case OP_SET_BE:
	case OP_SET_A: case OP_SET_AE:
		/* 0 or 1: `c ? GFP_DMA : 0` folds into one of these */
		if (unit->have_mask && !(unit->gfp_blocking_mask & 1))
			return GFP_NOBLOCK;
		return GFP_UNKNOWN;
	case OP_PHI: {
		/*
		 * A loop brings the phi back to itself (gfp |= GFP_DMA32;
		 * goto again): that path adds nothing, so it is neutral (0)
		 * and the other incoming values decide.
		 */
		static struct instruction *on_path[LIM_PHI_PATH];
		static int npath;
		pseudo_t phi;
		char c = 0;
		int i;

		for (i = 0; i < npath; i++)
			if (on_path[i] == def)
				return 0;
		if (npath == LIM_PHI_PATH) {
			ir_cut(CUT_PATH);
			return GFP_UNKNOWN;
		}
		on_path[npath++] = def;
		FOR_EACH_PTR(def->phi_list, phi) {
			char x;

			if (phi == VOID)
				continue;
			x = gfp_class(unit, phi, depth + 1);
			c = gfp_join0(c, x);
		} END_FOR_EACH_PTR(phi);
		npath--;
		return c;
	}
	default:
		return GFP_UNKNOWN;
	}
}

char sc_gfp_class(struct sc_unit *unit, pseudo_t p)
{
	char c = gfp_class(unit, p, 0);

	return c ? c : GFP_UNKNOWN;
}

/* the gfp classes of @insn's arguments, or NULL if none is a gfp_t */
static char *gfp_args(struct sc_unit *unit, struct instruction *insn)
{
	struct symbol *type;
	char buf[GFP_MAX_PARAMS + 1];
	int n = 0, any = 0, i = 0;
	pseudo_t arg;

	FOR_EACH_PTR(insn->arguments, arg) {
		if (n == GFP_MAX_PARAMS)
			break;
		buf[n++] = GFP_NOT;
	} END_FOR_EACH_PTR(arg);
	buf[n] = '\0';
	FOR_EACH_PTR(insn->fntypes, type) {
		/* fntypes[0] is the function type, then one per argument */
		if (i > 0 && i <= n && sc_is_gfp_type(unit->rules, type)) {
			buf[i - 1] = sc_gfp_class(unit, ptr_list_nth_entry(
				(struct ptr_list *)insn->arguments, i - 1));
			any = 1;
		}
		i++;
	} END_FOR_EACH_PTR(type);
	if (insn->opcode == OP_INLINED_CALL) {
		/* inlined calls have no fntypes: use the parameters' types */
		struct symbol *fn = insn->func->sym, *param;

		i = 0;
		FOR_EACH_PTR(fn->ctype.base_type->arguments, param) {
			if (i < n && sc_is_gfp_type(unit->rules, param)) {
				buf[i] = sc_gfp_class(unit, ptr_list_nth_entry(
					(struct ptr_list *)insn->arguments, i));
				any = 1;
			}
			i++;
		} END_FOR_EACH_PTR(param);
	}
	return any ? sc_strdup(buf) : NULL;
}

/* the trylock event whose result @p tests: its number, or -1 */
static int find_trylock(struct lower *lw, pseudo_t p, int *sense);

/* is @x the pointer the lock that the trylock @c tests the result of
 * (its success where @want is 1, its failure where 0) was made from
 * (ir_event.base)?  Read by that trylock, so not NULL there. */
static int tried_ptr(struct lower *lw, pseudo_t c, pseudo_t x, int want)
{
	const void *k = sc_value_key(lw->ir, x, NULL);
	int s, ev = k ? find_trylock(lw, c, &s) : -1;

	return ev >= 0 && s == want && lw->ir->ev[ev].base == k;
}

static int find_trylock(struct lower *lw, pseudo_t p, int *sense)
{
	int i, guard = 0;

	*sense = 1;
	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK) {
		struct instruction *def = p->def;

		for (i = 0; i < lw->ntry; i++)
			if (lw->try[i].result == p)
				return lw->try[i].ev;
		switch (def->opcode) {
		case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
			p = def->src;
			break;
		case OP_SET_NE:
		case OP_SET_EQ:
			if (!is_zero(def->src2))
				return -1;
			if (def->opcode == OP_SET_EQ)
				*sense = !*sense;
			p = def->src1;
			break;
		case OP_SEL:
			/* `c ? 1 : 0`; `c ? ret : NULL`, ret the pointer
			 * whose lock the trylock c tests tried (libsparse's
			 * select for pcp_spin_trylock()'s `if (!spin_trylock(
			 * &_ret->member)) _ret = NULL;` where pinning writes
			 * nothing, mm/page_alloc.c:172-182) */
			if ((is_nonzero(def->src2) || tried_ptr(lw, def->src1, def->src2, 1)) &&
			    is_zero(def->src3)) {
				p = def->src1;
				break;
			}
			if (is_zero(def->src2) && tried_ptr(lw, def->src1, def->src3, 0)) {
				*sense = !*sense;
				p = def->src1;
				break;
			}
			return -1;
		default:
			return -1;
		}
	}
	if (guard > LIM_WALK)
		ir_cut(CUT_WALK);
	return -1;
}

static const struct sc_site *site_at(struct sc_unit *u, struct position pos)
{
	int i;

	for (i = 0; i < u->nsites; i++)
		if (u->sites[i].line == pos.line && u->sites[i].col == pos.pos)
			return &u->sites[i];
	return NULL;
}

/* candidate objects of an indirect call, before its event is added */
struct cands {
	struct cand { struct symbol *sym; int block, cond, truth; } *v;
	int n, cap;
};

static void add_obj(struct cands *c, struct symbol *sym, int block, int cond, int truth)
{
	if (!sym || !sym->ident)
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 8;
		c->v = sc_realloc(c->v, c->cap * sizeof(*c->v));
	}
	c->v[c->n].sym = sym;
	c->v[c->n].block = block;
	c->v[c->n].cond = cond;
	c->v[c->n++].truth = truth;
}

static int implied(struct lower *lw, pseudo_t p, int depth);
static int const_value(pseudo_t p, long long *v, int depth);

/* the IR block of @bb, or -1 */
static int block_of(struct lower *lw, struct basic_block *bb)
{
	long b = bb ? (long)bb->priv : -1;

	return b >= 0 && b < lw->nbb ? (int)b : -1;
}

/* an object's address, through the pointer casts sparse adds for one
 * arm of `c ? &a : &b` when their qualifiers differ */
static pseudo_t object_pseudo(pseudo_t p)
{
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK &&
	       (p->def->opcode == OP_PTRCAST || p->def->opcode == OP_COPY))
		p = p->def->src;
	if (guard > LIM_WALK && p && p->type == PSEUDO_REG && p->def &&
	    (p->def->opcode == OP_PTRCAST || p->def->opcode == OP_COPY))
		ir_cut(CUT_WALK);
	return p;
}

static int is_object(pseudo_t p)
{
	p = object_pseudo(p);
	return p && p->type == PSEUDO_SYM && p->sym && p->sym->ident &&
	       p->sym->ctype.base_type && p->sym->ctype.base_type->type != SYM_FN;
}

/*
 * The objects an indirect call's pointer is known to come from: loaded
 * from a field of a known variable (directly, or through a phi or a
 * select of addresses), or from a field into which this function stored
 * an object's address.  Each comes with the guard under which it holds.
 */
static void call_objects(struct lower *lw, struct instruction *insn,
			 const struct sc_site *site, struct cands *c)
{
	struct instruction *def = insn->func && insn->func->type == PSEUDO_REG ?
				  insn->func->def : NULL;
	struct sc_unit *u = lw->unit;
	int i, f;

	if (def && def->opcode == OP_LOAD) {
		pseudo_t a = def->src;
		struct instruction *ad = a && a->type == PSEUDO_REG ? a->def : NULL;

		if (is_object(a)) {
			add_obj(c, object_pseudo(a)->sym, -1, -1, 0);
		} else if (ad && ad->opcode == OP_PHI) {
			pseudo_t phi;

			/* known only if every incoming value is an object */
			FOR_EACH_PTR(ad->phi_list, phi) {
				struct instruction *src;

				if (phi == VOID || !phi->def)
					continue;
				src = phi->def;
				if (src->opcode != OP_PHISOURCE || !is_object(src->phi_src)) {
					c->n = 0;
					return;
				}
				add_obj(c, object_pseudo(src->phi_src)->sym,
					block_of(lw, src->bb), -1, 0);
			} END_FOR_EACH_PTR(phi);
		} else if (ad && ad->opcode == OP_SEL) {
			/* cond ? &a : &b, often if-converted from two stores */
			if (!is_object(ad->src2) || !is_object(ad->src3)) {
				c->n = 0;
				return;
			}
			f = implied(lw, ad->src1, 0);
			add_obj(c, object_pseudo(ad->src2)->sym, -1, f, 1);
			add_obj(c, object_pseudo(ad->src3)->sym, -1, f, 0);
		}
	}
	if (site && site->objfield) {
		/* a store on no path (sparse dropped it) stores nothing */
		for (i = 0; i < u->nstores; i++)
			if (!strcmp(u->stores[i].field, site->objfield) &&
			    lw->store_block[i] >= 0)
				add_obj(c, u->stores[i].obj, lw->store_block[i], -1, 0);
	}
}

/* is @t a pointer to a function? */
static int fn_pointer(struct symbol *t)
{
	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return 0;
	t = sc_strip_node(t->ctype.base_type);
	return t && t->type == SYM_FN;
}

/* is parameter @p (a PSEUDO_ARG) used only as an argument of calls that
 * are not expanded inline: no call through it, no store, test, copy or
 * arithmetic of it, and no inlined call's marker naming it (an inline
 * body's uses of it are its own)?  Its address taken, the entry's store
 * of it stays a user. */
static int param_only_passed(struct entrypoint *ep, pseudo_t p)
{
	struct pseudo_user *pu;
	struct basic_block *bb;
	struct instruction *u;
	pseudo_t a;

	FOR_EACH_PTR(p->users, pu) {
		u = pu->insn;
		if (u->bb && (u->opcode != OP_CALL || pu->userp == &u->func))
			return 0;
	} END_FOR_EACH_PTR(pu);
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, u) {
			if (!u->bb || u->opcode != OP_INLINED_CALL)
				continue;
			FOR_EACH_PTR(u->arguments, a) {
				if (a == p)
					return 0;
			} END_FOR_EACH_PTR(a);
		} END_FOR_EACH_PTR(u);
	} END_FOR_EACH_PTR(bb);
	return 1;
}

/* functions passed by address: "2:handler/1" (argument, name, static);
 * a function pointer parameter P passed on, used only so: "2:#P/0" */
static void function_args(struct lower *lw, struct instruction *insn)
{
	struct ir_func *ir = lw->ir;
	pseudo_t arg;
	int i = 0;

	FOR_EACH_PTR(insn->arguments, arg) {
		struct symbol *sym = arg && arg->type == PSEUDO_SYM ? arg->sym : NULL;
		char param[16];

		i++;
		if (arg && arg->type == PSEUDO_ARG && arg->nr >= 1) {
			if (fn_pointer(sc_param_type(lw->fn, arg->nr - 1)) &&
			    param_only_passed(lw->ep, arg)) {
				snprintf(param, sizeof(param), "#%d", arg->nr);
				ir_fnarg(ir, i, param, 0);
			}
			continue;
		}
		if (!sym || !sym->ident || !sym->ctype.base_type ||
		    sym->ctype.base_type->type != SYM_FN)
			continue;
		ir_fnarg(ir, i, sc_ident(sym->ident), !!(sym->ctype.modifiers & MOD_STATIC));
	} END_FOR_EACH_PTR(arg);
}

/* the inline function written where @pos is, if nothing else is there */
static char *inline_at(struct sc_unit *u, struct position pos)
{
	int i;

	for (i = 0; i < u->nsites; i++) {
		const struct sc_site *s = &u->sites[i];

		if (s->line == pos.line && s->col == pos.pos)
			return s->inl && !s->direct ? sc_strdup(sc_ident(s->inl)) : NULL;
	}
	return NULL;
}

/* the inline function written where @pos is, even where a function is
 * also called directly (a lock primitive's: spinlock_check() in
 * spin_lock_irqsave() over _raw_spin_lock_irqsave()) */
static const char *inline_written(struct sc_unit *u, struct position pos)
{
	int i;

	for (i = 0; i < u->nsites; i++) {
		const struct sc_site *s = &u->sites[i];

		if (s->line == pos.line && s->col == pos.pos)
			return s->lockinl ? sc_ident(s->lockinl) :
			       s->inl ? sc_ident(s->inl) : NULL;
	}
	return NULL;
}

/*
 * The functions a called value may be (call_targets()): each once, and
 * the phis already followed (a loop brings a phi back to itself).
 */
struct targets {
	struct symbol *v[LIM_CALL_TARGETS];
	int n;
	struct instruction *seen[LIM_PHI_PATH];
	int nseen;
};

/*
 * Adds to @t the functions the called value @p may be, when every value
 * reaching it is a known function's address (through copies, casts,
 * phis and selects: `fn = fast; if (c) fn = slow; fn()` in a local
 * variable).  Returns 1 when all are known, 0 when one is not or there
 * are more than LIM_CALL_TARGETS.
 */
static int call_targets(pseudo_t p, struct targets *t, int depth)
{
	struct instruction *def;
	struct symbol *s;
	pseudo_t phi;
	int i;

	if (!p)
		return 0;
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return 0;
	}
	if (p->type == PSEUDO_SYM) {
		s = p->sym;
		if (!s || !s->ident || !s->ctype.base_type ||
		    s->ctype.base_type->type != SYM_FN)
			return 0;
		for (i = 0; i < t->n; i++)
			if (t->v[i]->ident == s->ident)
				return 1;
		if (t->n == LIM_CALL_TARGETS) {
			ir_cut(CUT_CALL_TARGETS);
			return 0;
		}
		/* by name, as clang_ir.c orders them */
		for (i = t->n; i > 0 && strcmp(sc_ident(t->v[i - 1]->ident),
					       sc_ident(s->ident)) > 0; i--)
			t->v[i] = t->v[i - 1];
		t->v[i] = s;
		t->n++;
		return 1;
	}
	def = p->def;
	if (!def)
		return 0;
	if (p->type == PSEUDO_PHI)
		return def->opcode == OP_PHISOURCE && call_targets(def->phi_src, t, depth + 1);
	if (p->type != PSEUDO_REG)
		return 0;
	switch (def->opcode) {
	case OP_COPY:
	case OP_PTRCAST:
		return call_targets(def->src, t, depth + 1);
	case OP_SEL:
		return call_targets(def->src2, t, depth + 1) &&
		       call_targets(def->src3, t, depth + 1);
	case OP_PHI:
		for (i = 0; i < t->nseen; i++)
			if (t->seen[i] == def)
				return 1;
		if (t->nseen == LIM_PHI_PATH) {
			ir_cut(CUT_PATH);
			return 0;
		}
		t->seen[t->nseen++] = def;
		FOR_EACH_PTR(def->phi_list, phi) {
			if (phi == VOID)
				continue;
			if (!call_targets(phi, t, depth + 1))
				return 0;
		} END_FOR_EACH_PTR(phi);
		return 1;
	default:
		return 0;
	}
}

/*
 * A gfp argument of call @insn chosen by a condition, `kmalloc(n,
 * (req->base.flags & CRYPTO_TFM_REQ_MAY_SLEEP) ? GFP_KERNEL :
 * GFP_ATOMIC)` (crypto/ahash.c:206), with constant bits ORed in or
 * masked after the choice (kzalloc()): the first one whose two arms have
 * different classes and whose condition has a formula makes call event
 * @e two facts (ir.h ir_event.sel), @e->args the classes where it is
 * true, @e->args2 where it is false (clang_ir.c gfp_select()).
 */
static void gfp_select(struct lower *lw, struct instruction *insn, struct ir_event *e)
{
	struct { int op; char c; } wrap[LIM_GFP_WRAPS];
	struct instruction *def;
	char a2, a3, *buf;
	pseudo_t arg;
	int i = 0, f, guard, n;

	if (!e->args)
		return;
	FOR_EACH_PTR(insn->arguments, arg) {
		if (i >= (int)strlen(e->args))
			break;
		if (e->args[i++] == GFP_NOT)
			continue;
		/* through casts, and constant bits ORed in or masked
		 * (kzalloc()'s `flags | __GFP_ZERO`) */
		guard = n = 0;
		while (arg && arg->type == PSEUDO_REG && (def = arg->def) &&
		       guard++ < LIM_WALK) {
			if (def->opcode == OP_ZEXT || def->opcode == OP_SEXT ||
			    def->opcode == OP_TRUNC || def->opcode == OP_COPY) {
				arg = def->src;
			} else if ((def->opcode == OP_OR || def->opcode == OP_AND) &&
				   n < LIM_GFP_WRAPS &&
				   (def->src1->type == PSEUDO_VAL) != (def->src2->type == PSEUDO_VAL)) {
				wrap[n].op = def->opcode;
				wrap[n++].c = sc_gfp_class(lw->unit, def->src1->type == PSEUDO_VAL ?
							   def->src1 : def->src2);
				arg = def->src1->type == PSEUDO_VAL ? def->src2 : def->src1;
			} else {
				break;
			}
		}
		if (!arg || arg->type != PSEUDO_REG || !(def = arg->def) ||
		    def->opcode != OP_SEL)
			continue;
		a2 = sc_gfp_class(lw->unit, def->src2);
		a3 = sc_gfp_class(lw->unit, def->src3);
		while (n-- > 0) {
			a2 = wrap[n].op == OP_OR ? gfp_or(a2, wrap[n].c) : gfp_and(a2, wrap[n].c);
			a3 = wrap[n].op == OP_OR ? gfp_or(a3, wrap[n].c) : gfp_and(a3, wrap[n].c);
		}
		if (a2 == a3 || (f = implied(lw, def->src1, 0)) < 0)
			continue;
		buf = sc_strdup(e->args);
		buf[i - 1] = a3;
		e->args2 = ir_take(lw->ir, buf);
		buf = sc_strdup(e->args);
		buf[i - 1] = a2;
		e->args = ir_take(lw->ir, buf);
		e->sel = f + 1;
		return;
	} END_FOR_EACH_PTR(arg);
}

static const void *load_key(struct lower *lw, pseudo_t p);
static pseudo_t nonzero_root(pseudo_t p);
static unsigned long long low_bits(int n);

/* does a branch of the function have key @k (lower_branch())? */
static int branch_key(const struct ir_func *ir, const void *k)
{
	return ir_branch_keyed(ir, k, NULL);
}

/* sc_holds_fn of the calls (sc_collect_function()): member @path of
 * what argument @j points to holds @v at the call: the keys
 * lower_branch() gives the branches on `@v & C` (sparse's CSE makes
 * every such test one pseudo) or on @v itself, as the call's
 * ir_mkey()s */
static void member_holds(void *ctx, int j, const char *path, pseudo_t v)
{
	struct lower *lw = ctx;
	struct pseudo_user *pu;
	const void *k;

	FOR_EACH_PTR(v->users, pu) {
		struct instruction *u = pu->insn;
		pseudo_t c;

		if (!u->bb || u->opcode != OP_AND || !u->target || u->target == VOID)
			continue;
		c = u->src1 == v ? u->src2 : u->src2 == v ? u->src1 : NULL;
		if (!c || c->type != PSEUDO_VAL || !c->value)
			continue;
		k = load_key(lw, u->target);
		if (!k)
			k = u->target;
		if (branch_key(lw->ir, k))
			ir_mkey(lw->ir, lw->cur, j, path, k, NULL,
				(unsigned long long)c->value & low_bits(u->size));
	} END_FOR_EACH_PTR(pu);
	if (nonzero_root(v) == v) {
		k = load_key(lw, v);
		if (!k)
			k = v;
		if (branch_key(lw->ir, k))
			ir_mkey(lw->ir, lw->cur, j, path, k, NULL, ~0ULL);
	}
}

/*
 * The integer arguments of call @insn (event @ev) that are a value some
 * branch tests, keyed as lower_branch() keys it (ir.h ir_akey): a value
 * of its own, not a load (load_key() takes two reads of one member for
 * one value, which a store between may change), whose being zero the
 * argument's being zero is.
 */
static void arg_keys(struct lower *lw, struct instruction *insn, int ev)
{
	struct symbol *type;
	pseudo_t arg, base;
	int j = 0, sense;

	FOR_EACH_PTR(insn->arguments, arg) {
		if (j == GFP_MAX_PARAMS)
			break;
		/* fntypes[0] is the function type, then one per argument */
		type = ptr_list_size((struct ptr_list *)insn->fntypes) > j + 1 ?
		       ptr_list_nth_entry((struct ptr_list *)insn->fntypes, j + 1) : NULL;
		base = sc_test_base(arg, &sense, 0);
		if (sc_is_integer(type) && sense && base &&
		    (base->type == PSEUDO_ARG ||
		     (base->type == PSEUDO_REG && base->def && base->def->opcode != OP_LOAD)) &&
		    nonzero_root(base) == base && branch_key(lw->ir, base))
			ir_akey(lw->ir, ev, j, base, NULL);
		j++;
	} END_FOR_EACH_PTR(arg);
}

/* the argument of call @insn (event @ev) that is the address of a local
 * whose tests the calls given it may change (sparse_slots.c): the first,
 * as ir_event.varg and vkey */
static void slot_arg(struct lower *lw, struct instruction *insn, int ev)
{
	const void *k;
	pseudo_t arg;
	int j = 0;

	FOR_EACH_PTR(insn->arguments, arg) {
		if ((k = sc_call_slot_key(lw->ir, arg)) && ir_var_tested(lw->ir, k)) {
			lw->ir->ev[ev].varg = j;
			lw->ir->ev[ev].vkey = k;
			return;
		}
		j++;
	} END_FOR_EACH_PTR(arg);
}

/* the number (from 0) of the integer pointer parameter @p is, or -1 */
static int int_ptr_param(const struct lower *lw, pseudo_t p)
{
	return p && p->type == PSEUDO_ARG && p->nr >= 1 && p->nr <= GFP_MAX_PARAMS &&
	       sc_param_points_to_integer(lw->fn, p->nr - 1) ? p->nr - 1 : -1;
}

/* call @insn may store through each integer pointer parameter it is
 * given (ir.h ir_pstore, a value not known) */
static void param_pstores(struct lower *lw, struct instruction *insn)
{
	pseudo_t arg;
	int k;

	FOR_EACH_PTR(insn->arguments, arg) {
		if ((k = int_ptr_param(lw, arg)) >= 0)
			ir_pstore(lw->ir, (int)(long)insn->bb->priv, k, -1);
	} END_FOR_EACH_PTR(arg);
}

/* the IR call event of @insn, calling @name (NULL: through a pointer),
 * static if @is_static */
static void lower_call(struct lower *lw, struct instruction *insn, const char *name,
		       int is_static)
{
	struct cands c = { NULL, 0, 0 };
	const struct sc_site *site = NULL;
	struct ir_func *ir = lw->ir;
	struct ir_event *e;
	int i;

	if (!name) {
		site = site_at(lw->unit, insn->pos);
		call_objects(lw, insn, site, &c);
	}
	e = ir_event(ir, (int)(long)insn->bb->priv, IR_CALL, insn->pos.line, insn->pos.pos);
	if (name) {
		const struct rule *r = rules_lookup(lw->unit->rules, name);

		e->callee = ir_str(ir, name);
		e->callee_static = is_static;
		e->fault = r && r->fault;
	} else if (site && site->via) {
		e->via = ir_str(ir, site->via);
		e->sibptr = sc_sib_call(ir, lw->fn, insn, site->via);
	}
	function_args(lw, insn);
	e->args = ir_take(ir, gfp_args(lw->unit, insn));
	gfp_select(lw, insn, e);
	e->vals = ir_take(ir, sc_field_vals(lw->unit, lw->fn, lw->ep, insn));
	e->inl = ir_take(ir, inline_at(lw->unit, insn->pos));
	if (insn->target && insn->target != VOID)
		e->rkey[0] = insn->target;	/* lower_branch()'s key of it */
	if (lw->ncalls == lw->callcap) {
		lw->callcap = lw->callcap ? 2 * lw->callcap : 16;
		lw->calls = sc_realloc(lw->calls, lw->callcap * sizeof(*lw->calls));
	}
	lw->calls[lw->ncalls].insn = insn;
	lw->calls[lw->ncalls++].ev = ir->nev - 1;
	if (insn->opcode == OP_CALL)
		param_pstores(lw, insn);
	for (i = 0; i < c.n; i++)
		ir_obj(ir, sc_ident(c.v[i].sym->ident),
		       !!(c.v[i].sym->ctype.modifiers & MOD_STATIC), c.v[i].block,
		       c.v[i].cond, c.v[i].truth);
	if (!c.n && site && site->via && site->objfield && site->objops &&
	    sc_tagged(site->objfield)) {
		/* loaded from a pointer member: what the program stores
		 * there decides (facts.h fact_ptr_source()) */
		char *src = fact_ptr_source(site->objpath, site->objfield,
					    site->objpath ? -1 : sc_receiver_arg(insn));

		ir_obj(ir, src, 0, -1, -1, 0);
		free(src);
	} else if (!c.n && site && site->via &&
		   (i = sc_param_call(lw->fn, insn, site->via)) >= 0) {
		/* a member of what a parameter points to: what the callers
		 * pass decides (facts.h fact_obj_param()) */
		char buf[16];

		snprintf(buf, sizeof(buf), "#%d", i);
		ir_obj(ir, buf, 0, -1, -1, 0);
	}
	free(c.v);
}

static void lock_event(struct lower *lw, struct instruction *insn, enum ir_ev_kind kind,
		       unsigned kinds, const struct ident *what)
{
	struct ir_event *e = ir_event(lw->ir, (int)(long)insn->bb->priv, kind,
				      insn->pos.line, insn->pos.pos);

	e->kinds = kinds;
	e->what = ir_str(lw->ir, sc_ident(what));
	e->inl = ir_str(lw->ir, inline_written(lw->unit, insn->pos));
}

/* pagefault_disable() or pagefault_enable() (rules pagefault-off, -on) */
static void pagefault_event(struct lower *lw, struct instruction *insn,
			    const struct rule *r, const struct ident *what)
{
	lock_event(lw, insn, IR_PAGEFAULT, 0, what);
	lw->ir->ev[lw->ir->nev - 1].held = r->kind == RULE_PAGEFAULT_OFF ? 1 : -1;
}

/*
 * The key of the lock the call @insn takes (ir_event.lock): its first
 * argument as a parameter, a symbol's address or a pseudo (made in
 * block *@def, which the analysis checks no cycle passes through; -1
 * for the others), plus a constant offset (`&sighand->siglock` at both
 * spin_lock_irq()s of get_signal()); NULL for anything else.
 */
static const void *lock_key(struct lower *lw, struct instruction *insn, int *def_block)
{
	struct instruction *def;
	long long off = 0;
	pseudo_t p = NULL;
	char buf[64];
	int guard = 0;

	*def_block = -1;
	if (insn->opcode != OP_CALL)
		return NULL;
	FOR_EACH_PTR(insn->arguments, p) {
		break;
	} END_FOR_EACH_PTR(p);
	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK) {
		if (def->opcode == OP_ADD && def->src2 && def->src2->type == PSEUDO_VAL) {
			off += def->src2->value;
			p = def->src1;
		} else if (def->opcode == OP_COPY || def->opcode == OP_PTRCAST) {
			p = def->src;
		} else {
			break;
		}
	}
	if (!p)
		return NULL;
	if (p->type == PSEUDO_REG) {
		if (!p->def || !p->def->bb || (*def_block = block_of(lw, p->def->bb)) < 0)
			return NULL;
	} else if (p->type != PSEUDO_ARG && p->type != PSEUDO_SYM) {
		return NULL;
	}
	{	/* "lock %p+%lld" */
		size_t n = 0;

		sc_cat(buf, sizeof(buf), &n, "lock ", 5);
		sc_cat_ptr(buf, sizeof(buf), &n, p);
		sc_cat(buf, sizeof(buf), &n, "+", 1);
		sc_cat_ll(buf, sizeof(buf), &n, off);
	}
	return ir_key(lw->ir, buf);
}

/* the last event, a lock primitive's call @insn: the pointer its first
 * argument, the lock's address, is made from (ir_event.base) */
static void lock_base(struct lower *lw, struct instruction *insn)
{
	pseudo_t p = NULL;

	FOR_EACH_PTR(insn->arguments, p) {
		break;
	} END_FOR_EACH_PTR(p);
	lw->ir->ev[lw->ir->nev - 1].base = sc_value_key(lw->ir, p, NULL);
}

/* a trylock whose result @result is: the event lowered next */
static void add_try(struct lower *lw, pseudo_t result)
{
	if (lw->ntry == lw->trycap) {
		lw->trycap = lw->trycap ? 2 * lw->trycap : 4;
		lw->try = sc_realloc(lw->try, lw->trycap * sizeof(*lw->try));
	}
	lw->try[lw->ntry].result = result;
	lw->try[lw->ntry++].ev = lw->ir->nev;
}

/* the IR events of @insn */
static void lower_insn(struct lower *lw, struct instruction *insn)
{
	const struct rules *rules = lw->unit->rules;
	const struct rule *r = NULL;
	const struct releases_rule *rr;
	const char *name;
	int k;

	/* a load or store through a pointer value: not NULL past it */
	if (insn->opcode == OP_LOAD || insn->opcode == OP_STORE) {
		ir_deref(lw->ir, (int)(long)insn->bb->priv,
			 sc_value_key(lw->ir, insn->src, NULL));
		/* a store through an integer pointer parameter */
		if (insn->opcode == OP_STORE && !insn->offset &&
		    (k = int_ptr_param(lw, insn->src)) >= 0)
			ir_pstore(lw->ir, (int)(long)insn->bb->priv, k,
				  insn->target && insn->target->type == PSEUDO_VAL ?
				  !!insn->target->value : -1);
		return;
	}
	if (insn->opcode == OP_CONTEXT) {
		struct expression *m = insn->context_expr;

		lw->ir->locks = 1;
		if (!m || m->type != EXPR_SYMBOL || m->op != SC_MARKER_OP ||
		    !m->symbol || !m->symbol->ident)
			return;
		r = sc_rule_of(rules, m->symbol->ident);
		if (r && r->kind == RULE_ACQUIRE)
			lock_event(lw, insn, IR_ACQUIRE, r->kinds, m->symbol->ident);
		else if (r && r->kind == RULE_RELEASE)
			lock_event(lw, insn, IR_RELEASE, r->kinds, m->symbol->ident);
		else if (r && (r->kind == RULE_PAGEFAULT_OFF ||
			       r->kind == RULE_PAGEFAULT_ON))
			pagefault_event(lw, insn, r, m->symbol->ident);
		return;
	}
	if (insn->opcode == OP_RET) {
		if (insn->src && lw->ir->returns_gfp) {
			struct ir_event *e = ir_event(lw->ir, (int)(long)insn->bb->priv,
						      IR_RET, insn->pos.line, insn->pos.pos);

			e->cls = sc_gfp_class(lw->unit, insn->src);
		}
		return;
	}
	if (insn->opcode != OP_CALL && insn->opcode != OP_INLINED_CALL)
		return;
	name = call_name(insn);
	/* compiler builtins (__builtin_clz()) are instructions, not calls */
	if (name && !strncmp(name, "__builtin_", 10))
		return;
	/* assertions (kernel-assert.rules): markers, not calls */
	if (name && sc_assert_insn(lw->ir, rules, lw->unit->noassert, insn, name))
		return;
	if (name)	/* call_name(): the function's ident */
		r = sc_rule_of(rules, insn->func->sym->ident);
	if (r && insn->opcode == OP_CALL && (r->kind == RULE_ACQUIRE ||
	    r->kind == RULE_RELEASE || r->kind == RULE_TRYLOCK ||
	    r->kind == RULE_ACQUIRE_IF_ZERO))
		lw->ir->locks = 1;
	/* inline primitives act through their markers (sparse_inline.c) */
	if (r && insn->opcode == OP_INLINED_CALL && r->kind != RULE_SLEEP &&
	    r->kind != RULE_SLEEP_IF_GFP)
		return;
	if (r && !insn->pos.noexpand) {
		switch (r->kind) {
		case RULE_ACQUIRE:
			lock_event(lw, insn, IR_ACQUIRE, r->kinds, insn->func->sym->ident);
			lw->ir->ev[lw->ir->nev - 1].lock =
				lock_key(lw, insn, &lw->ir->ev[lw->ir->nev - 1].lockdef);
			lock_base(lw, insn);
			return;
		case RULE_RELEASE:
			lock_event(lw, insn, IR_RELEASE, r->kinds, insn->func->sym->ident);
			lock_base(lw, insn);
			return;
		case RULE_PAGEFAULT_OFF:
		case RULE_PAGEFAULT_ON:
			pagefault_event(lw, insn, r, insn->func->sym->ident);
			return;
		case RULE_TRYLOCK:
		case RULE_ACQUIRE_IF_ZERO:
			/* acquire-if-zero: a function that may sleep itself,
			 * a call, then the lock it returns with unless it
			 * says non-zero, held whether tested or not */
			if (r->kind == RULE_ACQUIRE_IF_ZERO)
				lower_call(lw, insn, name,
					   !!(insn->func->sym->ctype.modifiers & MOD_STATIC));
			if (insn->target && insn->target != VOID)
				add_try(lw, insn->target);
			else if (r->kind == RULE_TRYLOCK)
				return;
			lock_event(lw, insn, IR_TRYLOCK, r->kinds, insn->func->sym->ident);
			lw->ir->ev[lw->ir->nev - 1].held = r->kind == RULE_ACQUIRE_IF_ZERO;
			lock_base(lw, insn);
			return;
		default:
			break;
		}
	}
	if (r && r->kind == RULE_IMPLIES_BLOCKING)
		return;
	/* inlined functions are facts only when a rule names them */
	if (insn->opcode == OP_INLINED_CALL &&
	    ((!r && !(name ? sc_contract_of(rules, insn->func->sym->ident) :
			       rules_contract(rules, name))) ||
	     (r && r->kind != RULE_SLEEP && r->kind != RULE_SLEEP_IF_GFP) ||
	     insn->pos.noexpand))
		return;
	if (!name && insn->opcode == OP_CALL) {
		struct targets t;
		int i;

		/* a pointer whose every value is a known function calls
		 * each of them there, by name */
		t.n = t.nseen = 0;
		if (call_targets(insn->func, &t, 0) && t.n > 0) {
			for (i = 0; i < t.n; i++)
				lower_call(lw, insn, sc_ident(t.v[i]->ident),
					   !!(t.v[i]->ctype.modifiers & MOD_STATIC));
			return;
		}
	}
	lower_call(lw, insn, name,
		   name && !!(insn->func->sym->ctype.modifiers & MOD_STATIC));
	/* a `releases` rule says what an annotation would, where none
	 * does */
	if (name && !r && !sc_call_contexts(lw->ir, insn) &&
	    (rr = rules_releases(rules, name)))
		lockctx_releases(lw->ir, (int)(long)insn->bb->priv, rr->kinds, name,
				 insn->pos.line, insn->pos.pos);
}

/*
 * The constant value of @p, if it has one that sparse did not fold:
 * `bool remap = false; if (!coherent) remap = IS_ENABLED(X);` leaves a
 * phi of two zeros.  Returns 1 and sets *v when constant.
 */
static int const_value(pseudo_t p, long long *v, int depth)
{
	struct instruction *def;
	pseudo_t phi;
	int have = 0;

	if (!p)
		return 0;
	if (depth > LIM_WALK) {
		ir_cut(CUT_WALK);
		return 0;
	}
	if (p->type == PSEUDO_VAL) {
		*v = p->value;
		return 1;
	}
	if (p->type == PSEUDO_PHI && p->def && p->def->opcode == OP_PHISOURCE)
		return const_value(p->def->phi_src, v, depth + 1);
	if (p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	switch (def->opcode) {
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		return const_value(def->src, v, depth + 1);
	case OP_PHI:
		FOR_EACH_PTR(def->phi_list, phi) {
			long long x;

			if (phi == VOID)
				continue;
			if (!const_value(phi, &x, depth + 1) || (have && x != *v))
				return 0;
			*v = x;
			have = 1;
		} END_FOR_EACH_PTR(phi);
		return have;
	default:
		return 0;
	}
}

static int formula2(struct lower *lw, enum ir_fkind kind, int a, int b)
{
	if (a < 0 && b < 0)
		return -1;
	return ir_formula(lw->ir, kind, a, b, -1);
}

/* does the function store through @addr at offset 0 on a line before
 * @line? */
static int stored_before(struct lower *lw, pseudo_t addr, int line)
{
	struct instruction *insn;
	int i;

	if (!lw->stores_listed)
		list_stores(lw);
	for (i = 0; i < lw->nstores; i++) {
		insn = lw->stores[i];
		if (insn->src == addr && insn->offset == 0 && insn->pos.line < line)
			return 1;
	}
	return 0;
}

/*
 * The IRF_FLAG formula of `@x & @mask` when @x is an integer parameter
 * (not a gfp one), or -1; a mask of all ones is `@x != 0`, also of a
 * pointer parameter (ir_ptr_atom()); with
 * ATOM_EQ in @eq, `@x == @mask`.  @x may also be `*p` for a parameter p
 * pointing to an integer, read before any line that stores through p
 * (netlink_attachskb()'s `if (!*timeo)`): ATOM_DEREF.
 */
static int flag_atom_eq(struct lower *lw, pseudo_t x, long long mask, int eq)
{
	struct instruction *def;
	int bit, f;
	char *field;

	x = sc_strip_ext(x, 1);
	if (x && x->type == PSEUDO_REG && (def = x->def) && def->opcode == OP_LOAD &&
	    !def->is_volatile && def->offset == 0 && def->src &&
	    def->src->type == PSEUDO_ARG && def->src->nr >= 1 &&
	    def->src->nr <= GFP_MAX_PARAMS &&
	    sc_param_points_to_integer(lw->fn, def->src->nr - 1) &&
	    !stored_before(lw, def->src, def->pos.line)) {
		eq |= ATOM_DEREF;
		x = def->src;
	} else if (!(eq & ATOM_EQ) && x && x->type == PSEUDO_REG && (def = x->def) &&
		   def->opcode == OP_LOAD && !def->is_volatile &&
		   (field = sc_loaded_field(lw->fn, def->src, (long)def->offset,
					    (int)def->size))) {
		/* `p->flags & MASK`: a field atom (sparse_fstores.c); a
		 * bool's whole value is its one bit (`if (p->nonatomic)`) */
		if (mask == -1 && def->size == 1)
			mask = 1;
		bit = ir_field_atom(lw->ir, field, (unsigned long long)mask);
		sc_whole_field(lw->unit, field);
		free(field);
		goto formula;
	} else if (mask == -1 && !eq && x && x->type == PSEUDO_REG && (def = x->def) &&
		   def->opcode == OP_LOAD && !def->is_volatile &&
		   (field = sc_fn_field(lw->fn, def->src, (long)def->offset))) {
		/* `if (p->ops->f)`: a function-pointer field's atom, which
		 * the objects of the program decide (sparse_fnptrs.c) */
		bit = ir_fn_atom(lw->ir, field);
		sc_whole_field(lw->unit, field);
		free(field);
		goto formula;
	} else if (mask == -1 && !eq && x && x->type == PSEUDO_ARG && x->nr >= 1 &&
		   x->nr <= GFP_MAX_PARAMS &&
		   sc_is_pointer(sc_param_type(lw->fn, x->nr - 1))) {
		/* `if (!regs)`: a pointer parameter against NULL */
		bit = ir_ptr_atom(lw->ir, x->nr - 1);
		goto formula;
	} else if (!x || x->type != PSEUDO_ARG || x->nr < 1 || x->nr > GFP_MAX_PARAMS ||
		   (lw->unit->gfp_params & (1u << (x->nr - 1))) ||
		   !sc_param_is_integer(lw->fn, x->nr - 1)) {
		return -1;
	}
	bit = ir_atom(lw->ir, x->nr - 1, (unsigned long long)mask, eq);
formula:
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

static int flag_atom(struct lower *lw, pseudo_t x, long long mask)
{
	return flag_atom_eq(lw, x, mask, 0);
}

/* the IRF_FLAG formula of `@x & @mask` when @x is an integer member of
 * what a struct pointer parameter points to, as on entry
 * (`miter->__flags & SG_MITER_ATOMIC`), or -1 (sparse_objints.c) */
static int member_atom(struct lower *lw, pseudo_t x, long long mask)
{
	char field[ATOM_FIELD_MAX];
	int k = sc_member_atom(lw->ep, lw->fn, x, field, sizeof(field)), bit, f;

	if (k < 0)
		return -1;
	bit = ir_atom_field(lw->ir, k, field, (unsigned long long)mask, 0);
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

/* the IRF_FLAG formula of `@x != NULL` when @x is a pointer member of
 * what a struct pointer parameter points to, as on entry (`if
 * (dentry->d_inode)`, sparse_objints.c), or -1 */
static int member_ptr_atom(struct lower *lw, pseudo_t x)
{
	char field[ATOM_FIELD_MAX];
	int k = sc_member_ptr_atom(lw->fn, x, field, sizeof(field)), bit, f;

	if (k < 0)
		return -1;
	bit = ir_ptr_member_atom(lw->ir, k, field);
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

/* the IRF_FLAG formula of `@x == @g` when @x reads a pointer member of
 * what a parameter points to and @g is a global object's address
 * (sc_addr_atom()), or -1 */
static int addr_atom(struct lower *lw, pseudo_t x, pseudo_t g)
{
	char field[ATOM_FIELD_MAX];
	unsigned long long v;
	int k = sc_addr_atom(lw->unit, lw->ep, lw->fn, x, g, field, sizeof(field), &v);
	int bit, f;

	if (k < 0)
		return -1;
	bit = ir_atom_field(lw->ir, k, field, v, ATOM_EQ | ATOM_ADDR);
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

/* the IRF_FLAG formula of `@x & @mask` when @x is a volatile read of an
 * integer field (test_bit()'s, through its inlines): a field atom of
 * that read alone (ir_field_atom_once()), or -1 */
static int volatile_atom(struct lower *lw, pseudo_t x, long long mask)
{
	struct instruction *def;
	char *field;
	int bit, f;

	x = sc_strip_ext(x, 1);
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    !def->is_volatile ||
	    !(field = sc_loaded_field(lw->fn, def->src, (long)def->offset, (int)def->size)))
		return -1;
	bit = ir_field_atom_once(lw->ir, field, (unsigned long long)mask);
	sc_whole_field(lw->unit, field);
	free(field);
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

/* the IRF_FLAG formula of `@x & @mask` when a member-bits rule makes it
 * a member flag atom of another member (sc_chain_atom()), or -1 */
static int chain_atom(struct lower *lw, pseudo_t x, long long mask)
{
	char field[ATOM_FIELD_MAX];
	unsigned long long gmask;
	int k = sc_chain_atom(lw->unit->rules, lw->fn, x, (unsigned long long)mask,
			      field, sizeof(field), &gmask), bit, f;

	if (k < 0)
		return -1;
	bit = ir_atom_field(lw->ir, k, field, gmask, 0);
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

/*
 * `param == V` for an integer parameter and a small constant V (a
 * switch's case, `if (state == NOTATTACHED)`): an equality atom, or -1.
 * Constants are taken from 0 to 2^31 only, where the value the call
 * passes (facts.h J=#V) and the one compared are one number whatever
 * the width and signedness of either.
 */
static int stores_to(struct lower *lw, pseudo_t addr, long long offset,
		     unsigned long long bits);

/* sc_sib_atom() of `@x == @v`, unless the function stores to the member
 * @x reads through that pointer value (then it may change between the
 * test and a call) */
static int sib_atom(struct lower *lw, pseudo_t x, long long v)
{
	struct instruction *def;
	pseudo_t l = x;

	l = sc_strip_ext(l, 0);
	if (l && l->type == PSEUDO_REG && (def = l->def) && def->opcode == OP_LOAD &&
	    def->src && stores_to(lw, def->src, def->offset, ~0ULL))
		return -1;
	return sc_sib_atom(lw->ir, lw->fn, x, v);
}

static int equal_atom(struct lower *lw, pseudo_t x, long long v)
{
	int f;

	if (v < 0 || v > 0x7fffffffLL)
		return -1;
	f = flag_atom_eq(lw, x, v, ATOM_EQ);
	/* else a member read through a pointer: `nc->type == X`, a
	 * sibling of the function pointer a call may read (ir.h ir_sib) */
	return f >= 0 ? f : sib_atom(lw, x, v);
}

/* does `@a OP @c` hold (sparse's signed comparisons, OP_SET_EQ/NE), of
 * values @bits wide (sparse keeps -1 of an int as 0xffffffff)? */
static int compare(int opcode, long long a, long long c, int bits)
{
	if (bits > 0 && bits < 64) {
		unsigned long long m = 1ULL << (bits - 1);

		a = (long long)((((unsigned long long)a & ((m << 1) - 1)) ^ m) - m);
		c = (long long)((((unsigned long long)c & ((m << 1) - 1)) ^ m) - m);
	}
	switch (opcode) {
	case OP_SET_EQ: return a == c;
	case OP_SET_NE: return a != c;
	case OP_SET_LT: return a < c;
	case OP_SET_LE: return a <= c;
	case OP_SET_GT: return a > c;
	case OP_SET_GE: return a >= c;
	default: return -1;
	}
}

/* the OP_PHISOURCE of phi source @src, its block in *@block, when it is
 * the @nd-th source an IRF_DEFS formula can take; NULL otherwise */
static struct instruction *phi_source(struct lower *lw, pseudo_t src, int nd, int *block)
{
	struct instruction *ps;

	if (src->type != PSEUDO_PHI || !(ps = src->def) || ps->opcode != OP_PHISOURCE)
		return NULL;
	if (nd == LIM_FLAG_DEFS) {
		ir_cut(CUT_FLAG_DEFS);
		return NULL;
	}
	*block = block_of(lw, ps->bb);
	return *block < 0 ? NULL : ps;
}

/*
 * A flag set on some paths that the branch on it is not threaded into
 * (sparse's flow.c does that where the phi and the branch meet; not
 * across a loop: `zc = true` before __ip6_append_data()'s loop, `if
 * (!zc)` in it): true or false only through a source that can make it
 * so, what held where each source was set and what its value implies
 * (IRF_DEFS, as clang_ir.c implied_defs() reads reaching definitions).
 * With @opcode, the test is `phi OP @c` (usb_set_device_state()'s `int
 * wakeup = -1; ... if (wakeup >= 0)`): a constant source decides it, a
 * phi source is asked the same, anything else says nothing.
 */
/* is @p (through copies) a phi implied_phi() is listing the sources of? */
static int listing_phi(const struct lower *lw, pseudo_t p)
{
	int i;

	p = sc_strip_ext(p, 0);
	if (!p || p->type != PSEUDO_REG || !p->def || p->def->opcode != OP_PHI)
		return 0;
	for (i = 0; i < lw->nphis; i++)
		if (lw->phis[i] == p->def)
			return 1;
	return 0;
}

static int implied_phi_sources(struct lower *lw, struct instruction *def, int opcode,
			       long long c, int depth);

/* is phi @def's source @src the value its variable had on entry: the
 * parameter of that name (`timeo` reassigned in the body), not a local
 * set from one (`p = n`)? */
static int entry_value(const struct lower *lw, const struct instruction *def, pseudo_t src)
{
	struct symbol *fn = lw->ep->name, *arg;
	int i = 0;

	src = sc_strip_ext(src, 0);
	if (!src || src->type != PSEUDO_ARG || !def->target || !def->target->ident ||
	    !fn || !fn->ctype.base_type)
		return 0;
	FOR_EACH_PTR(fn->ctype.base_type->arguments, arg) {
		if (++i == src->nr)
			return arg->ident == def->target->ident;
	} END_FOR_EACH_PTR(arg);
	return 0;
}

static int implied_phi(struct lower *lw, struct instruction *def, int opcode,
		       long long c, int depth)
{
	int i, f;

	/* met again through other operations (`zc = !zc`): not known */
	for (i = 0; i < lw->nphis; i++)
		if (lw->phis[i] == def)
			return -1;
	if (depth > LIM_FLAG_DEPTH || lw->nphis == LIM_FLAG_DEPTH + 2) {
		ir_cut(CUT_FLAG_DEPTH);
		return -1;
	}
	lw->phis[lw->nphis++] = def;
	f = implied_phi_sources(lw, def, opcode, c, depth);
	lw->nphis--;
	return f;
}

/* implied_phi() of @def, listed: a source that is the phi itself, or a
 * phi being listed (round a loop that leaves the value as it is: the
 * loop header's phi of `zc`, whose back edge brings the phi again) adds
 * no value of its own and is left out */
static int implied_phi_sources(struct lower *lw, struct instruction *def, int opcode,
			       long long c, int depth)
{
	struct ir_fdef fd[LIM_FLAG_DEFS];
	struct instruction *ps, *d;
	pseudo_t src;
	int nd = 0;
	long long v;

	FOR_EACH_PTR(def->phi_list, src) {
		if (src == VOID)
			continue;
		if (!(ps = phi_source(lw, src, nd, &fd[nd].block)))
			return -1;
		if (listing_phi(lw, ps->phi_src))
			continue;	/* round its own loop */
		/* a parameter's value on entry, reassigned in the body: as
		 * libclang's reaching definitions, whose entry value stops
		 * them (clang_ir.c implied_defs()) */
		if (entry_value(lw, def, ps->phi_src))
			return -1;
		if (!opcode) {
			fd[nd].konst = const_value(ps->phi_src, &v, 0) ? !!v : -1;
			lw->in_phi++;
			fd[nd].f = implied(lw, ps->phi_src, depth + 1);
			lw->in_phi--;
		} else {
			fd[nd].konst = const_value(ps->phi_src, &v, 0) ?
				       compare(opcode, v, c, def->size) : -1;
			d = ps->phi_src && ps->phi_src->type == PSEUDO_REG ?
			    ps->phi_src->def : NULL;
			fd[nd].f = fd[nd].konst < 0 && d && d->opcode == OP_PHI ?
				   implied_phi(lw, d, opcode, c, depth + 1) : -1;
		}
		nd++;
	} END_FOR_EACH_PTR(src);
	return nd < 2 ? -1 : ir_formula_defs(lw->ir, fd, nd);
}

/*
 * `@p & @mask` being non-zero for a value built from one integer
 * parameter, constants, ORs and ANDs of constants and phis of those
 * (__filemap_get_folio()'s `fgp_flags |= FGP_LOCK` on its FGP_CREAT
 * path, before it loops back to the `fgp_flags & FGP_LOCK` test): a
 * constant source decides it (*@konst 0 or 1), the parameter is a flag
 * atom, a phi is IRF_DEFS over its sources; -1 and *@konst -1: nothing
 * known but where the source ran.  A phi met again on its own cycle
 * (@seen) says nothing: its value there is one of its other sources'.
 */
#define MASKED_SEEN	8

static int masked_value(struct lower *lw, pseudo_t p, unsigned long long mask, int depth,
			struct instruction **seen, int nseen, int *konst);

/* the other operand of binary @def (*@x) and its constant one (*@c),
 * when one of them is a constant; *@x stays as it was otherwise */
static int const_operand(struct instruction *def, pseudo_t *x, long long *c)
{
	if (def->src2->type == PSEUDO_VAL) {
		*x = def->src1;
		*c = def->src2->value;
	} else if (def->src1->type == PSEUDO_VAL) {
		*x = def->src2;
		*c = def->src1->value;
	} else {
		return 0;
	}
	return 1;
}

/* is @p (through copies) one of the phis @seen? */
static int on_cycle(pseudo_t p, struct instruction **seen, int nseen)
{
	int i;

	p = sc_strip_ext(p, 0);
	if (!p || p->type != PSEUDO_REG || !p->def || p->def->opcode != OP_PHI)
		return 0;
	for (i = 0; i < nseen; i++)
		if (seen[i] == p->def)
			return 1;
	return 0;
}

static int masked_phi(struct lower *lw, struct instruction *def, unsigned long long mask,
		      int depth, struct instruction **seen, int nseen)
{
	struct ir_fdef fd[LIM_FLAG_DEFS];
	struct instruction *ps;
	pseudo_t src;
	int nd = 0, i;

	for (i = 0; i < nseen; i++)
		if (seen[i] == def)
			return -1;
	if (depth > LIM_FLAG_DEPTH || nseen == MASKED_SEEN) {
		ir_cut(CUT_FLAG_DEPTH);
		return -1;
	}
	seen[nseen++] = def;
	FOR_EACH_PTR(def->phi_list, src) {
		if (src == VOID)
			continue;
		if (!(ps = phi_source(lw, src, nd, &fd[nd].block)))
			return -1;
		if (on_cycle(ps->phi_src, seen, nseen))
			continue;	/* round its own cycle */
		fd[nd].f = masked_value(lw, ps->phi_src, mask, depth + 1, seen, nseen,
					&fd[nd].konst);
		nd++;
	} END_FOR_EACH_PTR(src);
	return nd ? ir_formula_defs(lw->ir, fd, nd) : -1;
}

static int masked_value(struct lower *lw, pseudo_t p, unsigned long long mask, int depth,
			struct instruction **seen, int nseen, int *konst)
{
	struct instruction *def;
	pseudo_t x;
	long long c;

	*konst = -1;
	p = sc_strip_ext(p, 0);
	if (!p)
		return -1;
	if (p->type == PSEUDO_VAL) {
		*konst = !!((unsigned long long)p->value & mask);
		return -1;
	}
	if (p->type == PSEUDO_ARG)
		return flag_atom(lw, p, (long long)mask);
	if (p->type != PSEUDO_REG || !(def = p->def))
		return -1;
	switch (def->opcode) {
	case OP_PHI:
		return masked_phi(lw, def, mask, depth, seen, nseen);
	case OP_OR:
	case OP_AND:
		if (!const_operand(def, &x, &c))
			return -1;
		if (def->opcode == OP_OR && ((unsigned long long)c & mask)) {
			*konst = 1;
			return -1;
		}
		if (def->opcode == OP_AND && !((unsigned long long)c & mask)) {
			*konst = 0;
			return -1;
		}
		if (def->opcode == OP_AND)
			mask &= (unsigned long long)c;
		return masked_value(lw, x, mask, depth, seen, nseen, konst);
	default:
		return -1;
	}
}

/* `@x & @mask` for a phi @x: masked_phi(); -1 for anything else */
static int masked_test(struct lower *lw, pseudo_t x, long long mask, int depth)
{
	struct instruction *seen[MASKED_SEEN];

	x = sc_strip_ext(x, 0);
	if (!mask || !x || x->type != PSEUDO_REG || !x->def || x->def->opcode != OP_PHI)
		return -1;
	return masked_phi(lw, x->def, (unsigned long long)mask, depth, seen, 0);
}

/* `@x OP @c` for a phi @x: implied_phi(); -1 for anything else */
static int compared_phi(struct lower *lw, pseudo_t x, int opcode, long long c, int depth)
{

	x = sc_strip_ext(x, 0);
	if (!x || x->type != PSEUDO_REG || !x->def || x->def->opcode != OP_PHI)
		return -1;
	return implied_phi(lw, x->def, opcode, c, depth);
}

/* the IRF_FLAG formula of call @def, a test a mem-vtest rule names
 * (`is_vmalloc_addr(cpu_addr)`), when the argument it tests is a pointer
 * parameter of the function, through casts: its ATOM_VMEM atom; else -1 */
static int vmem_test(struct lower *lw, struct instruction *def)
{
	const struct mem_rule *m;
	pseudo_t x;
	int bit, f, guard = 0;

	if (!def->func || def->func->type != PSEUDO_SYM || !def->func->sym->ident ||
	    !(m = rules_mem(lw->unit->rules, sc_ident(def->func->sym->ident),
			    MEM_VTEST, 0)))
		return -1;
	x = ptr_list_nth_entry((struct ptr_list *)def->arguments, m->arg - 1);
	while (x && x->type == PSEUDO_REG && x->def && guard++ < LIM_WALK &&
	       (x->def->opcode == OP_PTRCAST || x->def->opcode == OP_COPY))
		x = x->def->src;
	if (!x || x->type != PSEUDO_ARG || x->nr < 1 || x->nr > GFP_MAX_PARAMS ||
	    !sc_is_pointer(sc_param_type(lw->fn, x->nr - 1)))
		return -1;
	bit = ir_vmem_atom(lw->ir, x->nr - 1);
	if (bit < 0)
		return -1;
	f = ir_formula(lw->ir, IRF_FLAG, -1, -1, -1);
	lw->ir->f[f].param = bit;
	return f;
}

/* the formula of what @p being true or false implies about gfp
 * parameters (analysis/ir.h), or -1 for nothing */
static int implied(struct lower *lw, pseudo_t p, int depth)
{
	struct sc_unit *u = lw->unit;
	struct instruction *def;
	pseudo_t x = NULL;
	long long c = 0;
	unsigned flags = 0;
	int f, a, b, cc;

	if (p && p->type == PSEUDO_ARG)
		return flag_atom(lw, p, -1);	/* `if (group)`: all its bits */
	if (!p || p->type != PSEUDO_REG || !(def = p->def))
		return -1;
	if (def->opcode == OP_LOAD) {
		/* `if (*timeo)`; `if (p->type)`: p->type != 0, for the
		 * siblings of a called pointer; a bool field's atom too */
		f = flag_atom(lw, p, -1);
		if (f < 0 && !lw->in_phi)
			f = member_ptr_atom(lw, p);
		return ir_same_flags(lw->ir, f, formula2(lw, IRF_NOT, sib_atom(lw, p, 0), -1));
	}
	if (depth > LIM_COND_DEPTH) {
		ir_cut(CUT_COND_DEPTH);
		return -1;
	}
	switch (def->opcode) {
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		return implied(lw, def->src, depth + 1);
	case OP_CALL: {
		/* a test rules/ says is true only when the function's gfp
		 * allows blocking (not inlined: keep_tests() in sparse_frontend.c) */
		const struct rule *r = NULL;
		pseudo_t wc = sc_warn_cond(def);

		/* WARN_ON(c)'s value is c's (its fired side is a warned
		 * edge, left out: the other one has c false) */
		if (wc)
			return implied(lw, wc, depth + 1);
		if (def->func && def->func->type == PSEUDO_SYM && def->func->sym->ident)
			r = sc_rule_of(u->rules, def->func->sym->ident);
		if (r && r->kind == RULE_IMPLIES_BLOCKING)
			return ir_formula(lw->ir, IRF_BLOCKING, -1, -1, -1);
		if ((f = vmem_test(lw, def)) >= 0)
			return f;
		/* a test of the context (kernel-context.rules) */
		return sc_test_formula(lw->ir, u->rules, u->noassert, def);
	}
	case OP_SET_NE:
	case OP_SET_EQ:
		if (def->src2->type == PSEUDO_SYM || def->src1->type == PSEUDO_SYM) {
			/* `p->temp == G`: a member against an address */
			f = addr_atom(lw, def->src1, def->src2);
			if (f < 0)
				f = addr_atom(lw, def->src2, def->src1);
			if (f >= 0)
				return def->opcode == OP_SET_EQ ? f :
				       formula2(lw, IRF_NOT, f, -1);
		}
		if (def->src2->type != PSEUDO_VAL)
			return -1;
		if (def->src2->value != 0) {
			/* x == V, x != V */
			f = equal_atom(lw, def->src1, def->src2->value);
			if (f < 0)
				f = compared_phi(lw, def->src1, OP_SET_EQ,
						 def->src2->value, depth + 1);
			return def->opcode == OP_SET_EQ ? f : formula2(lw, IRF_NOT, f, -1);
		}
		f = implied(lw, def->src1, depth + 1);
		return def->opcode == OP_SET_NE ? f : formula2(lw, IRF_NOT, f, -1);
	case OP_AND:
		const_operand(def, &x, &c);
		if (x && u->have_mask && (c & u->gfp_blocking_mask)) {
			char cls = sc_gfp_class(u, x);

			if (!GFP_IS_PARAM(cls))
				return -1;
			/* x & c == 0: x lacks every bit of c, the blocking one too */
			f = ir_formula(lw->ir, IRF_GFP, -1, -1, -1);
			lw->ir->f[f].param = GFP_PARAM_NR(cls);
			lw->ir->f[f].exact = !(c & ~u->gfp_blocking_mask);
			return f;
		}
		if (x && c) {
			/* a member of what a parameter points to is a member
			 * atom and a field atom of the same value, the
			 * member's first (its text is the guard's) */
			f = member_atom(lw, x, c);
			f = ir_same_flags(lw->ir, f, flag_atom(lw, x, c));
			if (f >= 0)
				return f;
			if ((f = chain_atom(lw, x, c)) >= 0)
				return f;
			if ((f = volatile_atom(lw, x, c)) >= 0)
				return f;
		}
		if (x && c && (f = masked_test(lw, x, c, depth + 1)) >= 0)
			return f;
		/* a && b on booleans */
		return formula2(lw, IRF_AND, implied(lw, def->src1, depth + 1),
				implied(lw, def->src2, depth + 1));
	case OP_OR:
		return formula2(lw, IRF_OR, implied(lw, def->src1, depth + 1),
				implied(lw, def->src2, depth + 1));
	case OP_SEL:
		flags |= is_zero(def->src2) ? IRF_B_ZERO : 0;
		flags |= is_nonzero(def->src2) ? IRF_B_NONZERO : 0;
		flags |= is_zero(def->src3) ? IRF_C_ZERO : 0;
		flags |= is_nonzero(def->src3) ? IRF_C_NONZERO : 0;
		if (!(flags & (IRF_B_ZERO | IRF_C_ZERO)))
			return -1;
		a = implied(lw, def->src1, depth + 1);
		b = implied(lw, def->src2, depth + 1);
		cc = implied(lw, def->src3, depth + 1);
		if (a < 0 && b < 0 && cc < 0)
			return -1;
		f = ir_formula(lw->ir, IRF_SEL, a, b, cc);
		lw->ir->f[f].flags = flags;
		return f;
	case OP_PHI:
		return implied_phi(lw, def, 0, 0, depth);
	case OP_SET_LT: case OP_SET_LE: case OP_SET_GT: case OP_SET_GE:
		if (def->src2->type != PSEUDO_VAL)
			return -1;
		return compared_phi(lw, def->src1, def->opcode, def->src2->value, depth + 1);
	default:
		return -1;
	}
}

/*
 * The value whose being zero a test of @p is: a phi of one value V and
 * of V plus an offset is zero exactly where V is (lock_cluster() in
 * mm/swapfile.c returns `ci + offset / SWAPFILE_CLUSTER` where it took
 * the lock and the NULL it tested where it did not; unlock_cluster()
 * tests that).  Pointer arithmetic is taken not to reach or leave 0.
 */
static pseudo_t nonzero_root(pseudo_t p)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;
	pseudo_t src, root = NULL;
	int plain = 0;

	if (!def || def->opcode != OP_PHI)
		return p;
	FOR_EACH_PTR(def->phi_list, src) {
		pseudo_t v;

		if (src == VOID)
			continue;
		if (!src->def || src->def->opcode != OP_PHISOURCE)
			return p;
		v = src->def->phi_src;
		if (v && v->type == PSEUDO_REG && v->def &&
		    (v->def->opcode == OP_ADD || v->def->opcode == OP_SUB))
			v = v->def->src1;
		else
			plain = 1;
		if (!v || (root && root != v))
			return p;
		root = v;
	} END_FOR_EACH_PTR(src);
	return root && plain ? root : p;
}

/* does the function store to @offset from address value @addr? */
static unsigned long long low_bits(int n)
{
	return n <= 0 || n >= 64 ? ~0ULL : (1ULL << n) - 1;
}

/* the bits value @v may have set */
static unsigned long long value_bits(pseudo_t v, int depth)
{
	struct instruction *d;

	if (v && v->type == PSEUDO_VAL)
		return (unsigned long long)v->value;
	if (!v || v->type != PSEUDO_REG || !(d = v->def) || depth > LIM_WALK)
		return ~0ULL;
	switch (d->opcode) {
	case OP_AND:
		return value_bits(d->src1, depth + 1) & value_bits(d->src2, depth + 1);
	case OP_SHL:
		if (d->src2->type != PSEUDO_VAL || d->src2->value < 0 || d->src2->value > 63)
			return ~0ULL;
		return value_bits(d->src1, depth + 1) << d->src2->value;
	case OP_ZEXT:
		return value_bits(d->src, depth + 1) &
		       low_bits(d->orig_type ? d->orig_type->bit_size : 64);
	case OP_TRUNC:
		return value_bits(d->src, depth + 1) & low_bits(d->size);
	default:
		return ~0ULL;
	}
}

/* is @p the word at @offset from @addr, as loaded (with bits cleared)? */
static int is_word(pseudo_t p, pseudo_t addr, long long offset)
{
	struct instruction *d;
	int guard = 0;

	while (p && p->type == PSEUDO_REG && (d = p->def) && guard++ < LIM_WALK) {
		if (d->opcode == OP_LOAD)
			return d->src == addr && d->offset == offset;
		if (d->opcode != OP_AND || !d->src2 || d->src2->type != PSEUDO_VAL)
			return 0;
		p = d->src1;
	}
	return 0;
}

/*
 * The bits of its word (at @offset from @addr) a store of @v may change:
 * a bitfield is stored by reading the word back, clearing the field and
 * ORing in the new value, `(old & C) | new`, which changes the bits
 * outside C and new's (`old & C` alone clears, `old | V` sets V's); any
 * other store may change them all.
 */
static unsigned long long changed_bits(pseudo_t v, pseudo_t addr, long long offset)
{
	struct instruction *d = v && v->type == PSEUDO_REG ? v->def : NULL;
	pseudo_t side[2];
	int i;

	if (d && d->opcode == OP_AND && d->src2 && d->src2->type == PSEUDO_VAL &&
	    is_word(d->src1, addr, offset))
		return ~(unsigned long long)d->src2->value;
	if (!d || d->opcode != OP_OR)
		return ~0ULL;
	side[0] = d->src1;
	side[1] = d->src2;
	for (i = 0; i < 2; i++) {
		struct instruction *a = side[i] && side[i]->type == PSEUDO_REG ?
					side[i]->def : NULL;

		if (a && a->opcode == OP_AND && a->src2 && a->src2->type == PSEUDO_VAL &&
		    is_word(a->src1, addr, offset))
			return ~(unsigned long long)a->src2->value |
			       value_bits(side[!i], 0);
		if (is_word(side[i], addr, offset))
			return value_bits(side[!i], 0);
	}
	return ~0ULL;
}

/* does the function store to bits @bits of the word at @offset from
 * address value @addr? */
static int stores_to(struct lower *lw, pseudo_t addr, long long offset,
		     unsigned long long bits)
{
	struct instruction *insn;
	int i;

	if (!lw->stores_listed)
		list_stores(lw);
	for (i = 0; i < lw->nstores; i++) {
		insn = lw->stores[i];
		if (insn->src == addr && insn->offset == offset &&
		    (changed_bits(insn->target, addr, offset) & bits))
			return 1;
	}
	return 0;
}

/*
 * The identity of @p when it is a field loaded through a pointer value
 * (with bit operations on it: a bitfield), or NULL.  Two loads of one
 * field through one pointer value are one value for the splits when the
 * function never stores to it: rpm_idle() tests dev->power.irq_safe
 * before it drops the lock and again after it takes it back, and a
 * callee in between is taken not to change it.  A volatile load
 * (READ_ONCE()) is a value of its own.
 */
static const void *load_key(struct lower *lw, pseudo_t p)
{
	unsigned long long bits = ~0ULL;	/* of the value, then the word */
	struct instruction *def;
	char buf[96];
	int guard = 0, s;

	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK) {
		switch (def->opcode) {
		case OP_LSR: case OP_ASR: case OP_SHL: case OP_AND:
			if (!def->src2 || def->src2->type != PSEUDO_VAL)
				return NULL;
			s = (int)def->src2->value;
			if (def->opcode == OP_AND)
				bits &= (unsigned long long)def->src2->value;
			else if (s < 0 || s > 63)
				bits = ~0ULL;
			else if (def->opcode == OP_SHL)
				bits >>= s;
			else
				bits <<= s;	/* the word's bits shifted down */
			p = def->src1;
			continue;
		case OP_TRUNC: case OP_ZEXT: case OP_SEXT: case OP_COPY:
			if (def->opcode == OP_TRUNC)
				bits &= low_bits(def->size);
			p = def->src;
			continue;
		case OP_LOAD:
			if (def->is_volatile || !def->src ||
			    stores_to(lw, def->src, def->offset, bits))
				return NULL;
			/* the value is non-zero exactly where the word
			 * has one of @bits set, however it was masked
			 * (sparse reuses a value it stored: the second
			 * test reads `(word & ~bit) | bit`'s left side) */
			{	/* "load %p+%lld/%d&%#llx" */
				size_t n = 0;

				sc_cat(buf, sizeof(buf), &n, "load ", 5);
				sc_cat_ptr(buf, sizeof(buf), &n, def->src);
				sc_cat(buf, sizeof(buf), &n, "+", 1);
				sc_cat_ll(buf, sizeof(buf), &n, def->offset);
				sc_cat(buf, sizeof(buf), &n, "/", 1);
				sc_cat_ll(buf, sizeof(buf), &n, (int)def->size);
				sc_cat(buf, sizeof(buf), &n, "&", 1);
				sc_cat_hex(buf, sizeof(buf), &n, bits, 1);
			}
			return ir_key(lw->ir, buf);
		default:
			return NULL;
		}
	}
	return NULL;
}

/*
 * What taking the edge of switch @sw to @child says of the value
 * switched on: it equals one of the single-value cases that go there
 * (an OR of equality atoms), or nothing (-1) when a range or the
 * default case goes there too.
 */
static int switch_edge(struct lower *lw, struct instruction *sw,
		       struct basic_block *child)
{
	struct multijmp *jmp;
	int f = -1, any = 0;

	FOR_EACH_PTR(sw->multijmp_list, jmp) {
		int a;

		if (jmp->target != child)
			continue;
		if (jmp->begin != jmp->end ||
		    (a = equal_atom(lw, sw->cond, jmp->begin)) < 0)
			return -1;
		f = any++ ? formula2(lw, IRF_OR, f, a) : a;
	} END_FOR_EACH_PTR(jmp);
	return f;
}

/*
 * A branch on @base (non-zero on its true edge when @sense) that is zero
 * wherever an integer parameter K is non-zero (or zero): its non-zero
 * edge implies K == 0 (K != 0), the other nothing (sparse_zeroedge.c).
 */
static void zero_edge(struct lower *lw, int b, struct instruction *br, pseudo_t base,
		      int sense)
{
	int k, nz;

	k = sc_zero_edge(lw->ep, br, base, sense, &nz);
	if (k < 0 || (lw->unit->gfp_params & (1u << k)) || !sc_param_is_integer(lw->fn, k))
		return;
	ir_zero_edge(lw->ir, b, k, nz, sense);
}

/* the value phi @p takes from block @from, or NULL */
static pseudo_t phi_from(pseudo_t p, struct basic_block *from)
{
	pseudo_t src, v = NULL;

	FOR_EACH_PTR(p->def->phi_list, src) {
		if (src != VOID && src->def && src->def->opcode == OP_PHISOURCE &&
		    src->def->bb == from)
			v = src->def->phi_src;
	} END_FOR_EACH_PTR(src);
	return v;
}

/*
 * @x and @y as two values each path gives them, in some order: phis of
 * one block that take a and b from one predecessor and b and a from the
 * other (`if (a > b) swap(a, b);`), or two selects on one condition
 * that pick them crosswise, compare as a and b do.
 */
static void swapped_pair(pseudo_t *x, pseudo_t *y)
{
	struct instruction *dx = *x && *x != VOID && (*x)->type == PSEUDO_REG ? (*x)->def : NULL;
	struct instruction *dy = *y && *y != VOID && (*y)->type == PSEUDO_REG ? (*y)->def : NULL;
	struct basic_block *from[2] = { NULL, NULL };
	pseudo_t a, b, src;
	int n = 0;

	if (dx && dy && dx->opcode == OP_SEL && dy->opcode == OP_SEL &&
	    dx->src1 == dy->src1 && dx->src2 == dy->src3 && dx->src3 == dy->src2 &&
	    dx->src2 != dx->src3) {
		/* the same, made a select: c ? b : a and c ? a : b */
		*x = dx->src2;
		*y = dx->src3;
		return;
	}
	if (!dx || !dy || dx->opcode != OP_PHI || dy->opcode != OP_PHI ||
	    dx->bb != dy->bb || !dx->bb)
		return;
	/* the blocks @x's two sources come from */
	FOR_EACH_PTR(dx->phi_list, src) {
		if (src == VOID)
			continue;
		if (n == 2 || !src->def || src->def->opcode != OP_PHISOURCE ||
		    !src->def->bb)
			return;
		from[n++] = src->def->bb;
	} END_FOR_EACH_PTR(src);
	if (n != 2 || from[0] == from[1] || pseudo_list_size(dy->phi_list) != 2)
		return;
	a = phi_from(*x, from[0]);
	b = phi_from(*y, from[0]);
	if (!a || !b || a == b || phi_from(*x, from[1]) != b || phi_from(*y, from[1]) != a)
		return;
	*x = a;
	*y = b;
}

/*
 * The key of `x != y` or `x == y` (neither a constant) as a branch tests
 * it: one for every comparison of the same two values, in either order
 * (double_lock_hb() and double_unlock_hb() test hb1 != hb2 each), with
 * *@sense turned for ==; NULL for anything else.
 */
static const void *compare_key(struct lower *lw, pseudo_t p, int *sense)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;
	pseudo_t x, y;
	char buf[64];

	if (!def || (def->opcode != OP_SET_NE && def->opcode != OP_SET_EQ) ||
	    !def->src1 || !def->src2 || def->src1->type == PSEUDO_VAL ||
	    def->src2->type == PSEUDO_VAL)
		return NULL;
	x = def->src1;
	y = def->src2;
	swapped_pair(&x, &y);
	if ((unsigned long)x > (unsigned long)y) {
		pseudo_t t = x;

		x = y;
		y = t;
	}
	if (def->opcode == OP_SET_EQ)
		*sense = !*sense;
	{	/* "cmp %p %p" */
		size_t n = 0;

		sc_cat(buf, sizeof(buf), &n, "cmp ", 4);
		sc_cat_ptr(buf, sizeof(buf), &n, x);
		sc_cat(buf, sizeof(buf), &n, " ", 1);
		sc_cat_ptr(buf, sizeof(buf), &n, y);
	}
	return ir_key(lw->ir, buf);
}

/*
 * Block @b's branch tests @p: when it is a phi of a local variable
 * (phi_var), the definitions of that variable that reach it
 * (ir_cond.var): the sources of the phi and of the phis of the same
 * variable it takes from, each phi once (round a loop a phi takes its
 * own value back), at the end of the block of its phi source; none when
 * a source is another variable's phi (a copy, which the variable's own
 * definitions do not move) or not a phi source.
 */
#define LIM_VAR_PHIS	32

static void var_defs_mask(struct lower *lw, int b, pseudo_t p, unsigned long long mask)
{
	struct instruction *phis[LIM_VAR_PHIS], *phi, *ps;
	struct ir_vdef d[LIM_FLAG_TAGS];
	int nphis = 0, next = 0, nd = 0, i, guard;
	pseudo_t var, src, v;
	char buf[48];
	long long c;

	if (!p || p->type != PSEUDO_REG || !p->def || p->def->opcode != OP_PHI ||
	    !(var = p->def->phi_var))
		return;
	phis[nphis++] = p->def;
	while (next < nphis) {
		phi = phis[next++];
		FOR_EACH_PTR(phi->phi_list, src) {
			if (src == VOID)
				continue;
			if (!(ps = src->def) || ps->opcode != OP_PHISOURCE ||
			    (d[nd < LIM_FLAG_TAGS ? nd : 0].block = block_of(lw, ps->bb)) < 0)
				return;
			for (v = ps->phi_src, guard = 0; v && v->type == PSEUDO_REG && v->def &&
			     v->def->opcode == OP_COPY && guard < LIM_WALK; guard++)
				v = v->def->src;
			if (v && v->type == PSEUDO_REG && v->def && v->def->opcode == OP_PHI) {
				if (v->def->phi_var != var)
					return;
				for (i = 0; i < nphis && phis[i] != v->def; i++)
					;
				if (i < nphis)
					continue;
				if (nphis == LIM_VAR_PHIS) {
					ir_cut(CUT_FLAG_DEFS);
					return;
				}
				phis[nphis++] = v->def;
				continue;
			}
			if (nd == LIM_FLAG_TAGS) {
				ir_cut(CUT_FLAG_TAGS);
				return;
			}
			d[nd].konst = const_value(v, &c, 0) ? !!((unsigned long long)c & mask) : -1;
			if (d[nd].konst < 0 && mask == ~0ULL && sc_object_addr(v))
				d[nd].konst = 1;	/* a variable's address */
			d[nd].val = NULL;
			d[nd].valdef = d[nd].valev = -1;
			d[nd].rcall = d[nd].acall = 0;
			if (d[nd].konst < 0)
				d[nd].val = sc_value_key(lw->ir, v, &d[nd].valdef);
			nd++;
		} END_FOR_EACH_PTR(src);
	}
	if (mask == ~0ULL)
		snprintf(buf, sizeof(buf), "var %p", (void *)var);
	else
		snprintf(buf, sizeof(buf), "var %p&%llx", (void *)var, mask);
	if (nd)
		ir_cond_vdefs(lw->ir, b, ir_key(lw->ir, buf), d, nd);
}

static void var_defs(struct lower *lw, int b, pseudo_t p)
{
	var_defs_mask(lw, b, p, ~0ULL);
}

/*
 * Block @b's branch tests @p: when it is one bit of a local variable's
 * phi (`if (seq & 1)`, include/linux/seqlock.h:1186-1266 of 6.1
 * read_seqbegin_or_lock() and done_seqretry()), the definitions of that
 * variable as var_defs() lists them, each constant's value the bit; the
 * variable keyed with the bit, one key for every test of that bit.
 */
static void var_bit_defs(struct lower *lw, int b, pseudo_t p)
{
	struct instruction *def;
	long long m;

	if (!p || p->type != PSEUDO_REG || !(def = p->def) || def->opcode != OP_AND ||
	    !const_value(def->src2, &m, 0) || !m || (m & (m - 1)))
		return;
	var_defs_mask(lw, b, sc_strip_ext(def->src1, 0), (unsigned long long)m);
}

/* the IR call event of call @insn, or -1 */
static int call_event(const struct lower *lw, const struct instruction *insn)
{
	int i;

	for (i = 0; i < lw->ncalls; i++)
		if (lw->calls[i].insn == insn)
			return lw->calls[i].ev;
	return -1;
}

/* @p, tested in @bb, loaded from a whole local integer whose address
 * calls are given (sparse_slots.c): its definitions into @d, a store of
 * a call's result naming that call (ir_vdef.rcall) */
static int call_slot_defs(struct lower *lw, struct basic_block *bb, pseudo_t p,
			  struct ir_vdef *d, const void **var)
{
	struct instruction *sts[LIM_FLAG_TAGS];
	int nd = sc_call_slot_defs(lw->ir, p, bb, d, sts, LIM_FLAG_TAGS, var), i, ev;
	pseudo_t v;

	for (i = 0; i < nd; i++) {
		if (sts[i]->opcode == OP_CALL) {
			if ((ev = call_event(lw, sts[i])) >= 0)
				d[i].acall = ev + 1;
			continue;
		}
		v = sc_strip_ext(sts[i]->target, 0);
		if (v && v->type == PSEUDO_REG && v->def && v->def->opcode == OP_CALL &&
		    (ev = call_event(lw, v->def)) >= 0)
			d[i].rcall = ev + 1;
	}
	return nd;
}

/* block @b's branch tests @p, a load of a member of a local struct, or
 * one bit of a local integer in memory: the stores into it that reach
 * the test (sparse_slots.c) */
static void slot_defs(struct lower *lw, int b, struct basic_block *bb, pseudo_t p)
{
	struct ir_vdef d[LIM_FLAG_TAGS];
	const void *var = NULL;
	int nd = sc_slot_defs(lw->ir, p, bb, d, LIM_FLAG_TAGS, &var, 0);
	struct instruction *def;
	long long m;

	/* or one bit of an integer in memory (sparse_slots.c) */
	if (!nd && p && p->type == PSEUDO_REG && (def = p->def) && def->opcode == OP_AND &&
	    const_value(def->src2, &m, 0) && m && !(m & (m - 1)))
		nd = sc_slot_defs(lw->ir, sc_strip_ext(def->src1, 0), bb, d, LIM_FLAG_TAGS, &var,
				  (unsigned long long)m);
	/* or a whole integer whose address calls are given */
	if (!nd)
		nd = call_slot_defs(lw, bb, p, d, &var);
	if (nd)
		ir_cond_vdefs(lw->ir, b, var, d, nd);
}

/* block @b's branch compares @p, `x != y` or `x == y`: one of them a
 * variable's phi (var_defs()), the other a pointer (ir_cond.cmp) */
static void compared_var(struct lower *lw, int b, pseudo_t p)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;
	struct ir_cond *c = &lw->ir->bb[b].cond;
	pseudo_t other;

	if (!def || (def->opcode != OP_SET_NE && def->opcode != OP_SET_EQ))
		return;
	c->ptr.val = NULL;
	var_defs(lw, b, def->src1);
	other = def->src2;
	if (!c->nvdefs) {
		var_defs(lw, b, def->src2);
		other = def->src1;
	}
	if (!c->nvdefs)
		return;
	c->cmp = 1;
	c->ptr.val = sc_value_key(lw->ir, other, &c->ptr.valdef);
	c->ptr.valev = -1;
	c->ptr.konst = sc_object_addr(other);
}

/*
 * A branch on `a && b` or `a || b` of truth values, b (or a) testing a
 * trylock's result, which libsparse if-converts into an `and`/`or` with
 * the trylock called before (dcache.c:721 `inode &&
 * unlikely(!spin_trylock(&inode->i_lock))`, whose __cond_lock() branches
 * on the result first): the operand's trylock and sense
 * (ir_cond.optry_ev), as clang_ir.c trylock_operand()
 */
static void trylock_operand(struct lower *lw, struct ir_cond *c, pseudo_t p)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;
	int i, ev, sense;

	if (!def || (def->opcode != OP_AND && def->opcode != OP_OR) || def->size != 1)
		return;
	for (i = 0; i < 2; i++) {
		ev = find_trylock(lw, i ? def->src2 : def->src1, &sense);
		if (ev < 0)
			continue;
		c->optry_ev = ev;
		c->optry_sense = sense;
		c->opside = def->opcode == OP_AND;
		return;
	}
}

/* @bb's edges and branch condition */
static void lower_branch(struct lower *lw, struct basic_block *bb)
{
	struct instruction *last = last_instruction(bb->insns);
	int b = (int)(long)bb->priv, cbr, sense;
	struct basic_block *child;
	struct ir_block *ib;
	struct ir_cond *c;
	long long v;
	pseudo_t base;

	cbr = last && last->opcode == OP_CBR && last->bb_true != last->bb_false;
	FOR_EACH_PTR(bb->children, child) {
		int to = block_of(lw, child);

		if (to < 0)
			continue;
		ir_edge(lw->ir, b, to, !cbr ? -1 : child == last->bb_true ? 1 :
			child == last->bb_false ? 0 : -1);
		if (last && last->opcode == OP_SWITCH)
			lw->ir->bb[b].succ[lw->ir->bb[b].nsucc - 1].f =
				switch_edge(lw, last, child);
	} END_FOR_EACH_PTR(child);
	if (!cbr)
		return;
	ib = &lw->ir->bb[b];
	c = &ib->cond;
	ib->branch = 1;
	ir_warned_edge(lw->ir, b, sc_warn_side(last->cond));
	if (const_value(last->cond, &v, 0) || sc_local_member_cond(last->cond, &v)) {
		c->konst = !!v;
		return;
	}
	c->f = implied(lw, last->cond, 0);
	base = sc_test_base(last->cond, &sense, 0);
	if (base && base->type == PSEUDO_REG)
		zero_edge(lw, b, last, base, sense);
	if (lw->ir->locks)
		var_defs(lw, b, base);
	if (lw->ir->locks && !c->nvdefs)
		var_bit_defs(lw, b, base);
	if (lw->ir->locks && !c->nvdefs)
		slot_defs(lw, b, bb, base);
	/* not a variable's phi: a pointer read through a lock? */
	if (lw->ir->locks && !c->nvdefs && base && (base->type != PSEUDO_REG || !base->def ||
	    base->def->opcode != OP_PHI)) {
		c->ptr.val = sc_value_key(lw->ir, base, &c->ptr.valdef);
		c->ptr.valev = -1;
	}
	if (base && base->type != PSEUDO_VAL) {
		const void *k;
		int s;

		base = nonzero_root(base);
		k = load_key(lw, sc_test_base(last->cond, &s, SC_KEEP_TRUNC));
		if (!k)
			k = load_key(lw, base);
		if (!k && (k = compare_key(lw, base, &sense)))
			c->pair = 1;

		c->key[0] = k ? k : base;
		c->sense = sense;
		if (c->pair && lw->ir->locks)
			compared_var(lw, b, base);
	}
	c->try_ev = find_trylock(lw, last->cond, &sense);
	c->try_sense = sense;
	if (c->try_ev < 0)
		trylock_operand(lw, c, last->cond);
}

/*
 * The constant each path returns, on the block it returns from
 * (ir_block.retval): sparse returns from one block, through a phi of
 * the values the paths bring from the blocks before it.
 */
static void return_values(struct lower *lw, struct entrypoint *ep)
{
	struct basic_block *bb;
	struct instruction *ret;
	pseudo_t src;
	long long v;
	int b;

	FOR_EACH_PTR(ep->bbs, bb) {
		ret = last_instruction(bb->insns);
		if (!ret || ret->opcode != OP_RET || !ret->src || ret->src == VOID ||
		    (b = block_of(lw, bb)) < 0)
			continue;
		if (const_value(ret->src, &v, 0)) {
			lw->ir->bb[b].retval = !!v;
			continue;
		}
		if (ret->src->type != PSEUDO_REG || !ret->src->def ||
		    ret->src->def->opcode != OP_PHI)
			continue;
		FOR_EACH_PTR(ret->src->def->phi_list, src) {
			struct instruction *def;
			int p;

			if (src == VOID || !(def = src->def) || def->opcode != OP_PHISOURCE ||
			    !def->bb || (p = block_of(lw, def->bb)) < 0)
				continue;
			if (const_value(def->phi_src, &v, 0))
				lw->ir->bb[p].retval = !!v;
		} END_FOR_EACH_PTR(src);
	} END_FOR_EACH_PTR(bb);
}

/* the block of each store of an object's address sparse_inline.c noted;
 * sparse drops the stores of dead code (a branch on a constant
 * parameter, sparse_params.c): a store not found is on no path */
static void store_blocks(struct lower *lw, struct entrypoint *ep)
{
	struct sc_unit *u = lw->unit;
	struct basic_block *bb;
	struct instruction *insn;
	int i;

	lw->store_block = sc_malloc((u->nstores + 1) * sizeof(*lw->store_block));
	for (i = 0; i < u->nstores; i++)
		lw->store_block[i] = -1;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_STORE)
				continue;
			for (i = 0; i < u->nstores; i++)
				if (u->stores[i].line == insn->pos.line &&
				    u->stores[i].col == insn->pos.pos)
					lw->store_block[i] = (int)(long)bb->priv;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

void sc_collect_function(struct sc_unit *unit, struct symbol *sym,
			 struct entrypoint *ep, int facts)
{
	struct symbol *param, *type;
	struct basic_block *bb;
	struct instruction *insn;
	struct fact_func *fn;
	struct ir_func ir;
	struct lower lw;
	int i;
	char c;

	if (facts) {
		fn = fact_file_add_func(unit->facts, sc_ident(sym->ident));
		fn->is_static = !!(sym->ctype.modifiers & MOD_STATIC);
		fn->line = sym->pos.line;
		fn->col = sym->pos.pos;
	}
	if (!ep || !ep->entry)
		return;

	memset(&lw, 0, sizeof(lw));
	ir_init(&ir);
	lw.unit = unit;
	lw.fn = sym;
	lw.ep = ep;
	lw.ir = &ir;
	FOR_EACH_PTR(ep->bbs, bb) {
		bb->priv = (void *)(long)lw.nbb++;
		ir_block(&ir);
	} END_FOR_EACH_PTR(bb);
	ir.entry = (int)(long)ep->entry->bb->priv;
	unit->gfp_params = 0;
	i = 0;
	FOR_EACH_PTR(sym->ctype.base_type->arguments, param) {
		if (i < GFP_MAX_PARAMS && sc_is_gfp_type(unit->rules, param))
			unit->gfp_params |= 1u << i;
		i++;
	} END_FOR_EACH_PTR(param);
	ir.gfp_params = unit->gfp_params;
	type = sym->ctype.base_type;
	ir.returns_gfp = type && sc_is_gfp_type(unit->rules, type->ctype.base_type);
	store_blocks(&lw, ep);
	sc_must_hold(&ir, sym, ir.entry);
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (insn->bb)
				lower_insn(&lw, insn);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	FOR_EACH_PTR(ep->bbs, bb) {
		lower_branch(&lw, bb);
	} END_FOR_EACH_PTR(bb);
	return_values(&lw, ep);
	/* of a function that locks, the members its calls' pointers carry
	 * a tested value in (ir.h ir_mkey) */
	for (i = 0; facts && ir.locks && i < lw.ncalls; i++) {
		lw.cur = lw.calls[i].ev;
		sc_member_holds(ep, lw.calls[i].insn, member_holds, &lw);
	}
	/* the calls' integer arguments that branches test (ir.h ir_akey) */
	for (i = 0; facts && i < lw.ncalls; i++)
		if (lw.calls[i].insn->opcode == OP_CALL)
			arg_keys(&lw, lw.calls[i].insn, lw.calls[i].ev);
	/* the calls given a local's address whose tests they may change */
	for (i = 0; ir.locks && i < lw.ncalls; i++)
		if (lw.calls[i].insn->opcode == OP_CALL)
			slot_arg(&lw, lw.calls[i].insn, lw.calls[i].ev);
	free(lw.calls);

	if (!facts) {
		ir_analyze_exits(&unit->irs, &ir, sc_ident(sym->ident));
		free(lw.store_block);
		free(lw.try);
		free(lw.stores);
		return;
	}
	ir.rets = ir_take(&ir, sc_field_rets(unit, sym, ep, &ir));
	sc_pointer_rets(sym, ep, &ir);
	c = ir_analyze(&unit->irs, &ir, unit->facts, (int)(fn - unit->facts->funcs));
	if (c) {
		if (unit->nrets == unit->rets_cap) {
			unit->rets_cap = unit->rets_cap ? 2 * unit->rets_cap : 16;
			unit->rets = sc_realloc(unit->rets, unit->rets_cap * sizeof(*unit->rets));
		}
		unit->rets[unit->nrets].fn = sym;
		unit->rets[unit->nrets].cls = c;
		unit->nrets++;
	}
	ir_free(&ir);
	free(lw.store_block);
	free(lw.try);
	free(lw.stores);
}
