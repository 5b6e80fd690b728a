/*
 * sparse_facts.c - facts of one linearized function.
 *
 * The atomic state is a forward data-flow problem over sparse's basic
 * blocks: each block's entry state is the per-kind maximum over its
 * predecessors (may-be-atomic), each call of an acquire/release
 * primitive from rules/ moves the counts, and a trylock primitive acts
 * only on the branch taken when it returned non-zero.  Counts saturate
 * at +-AK_MAX_DEPTH, so loops that lock without unlocking terminate.
 * Counts go below zero where a function releases what its caller holds
 * (schedule_preempt_disabled(), __cond_resched_lock()): the solver then
 * knows that a sleep there does not happen in the caller's context.
 *
 * Each gfp_t argument is classified by following its SSA definition:
 * constants are tested against the blocking mask evaluated in this very
 * file, parameters pass through by number, and or/and/casts/phis/selects
 * combine their operands.
 */
#include <stdio.h>
#include <string.h>

#include "flow.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"

struct trylock {
	pseudo_t result;
	unsigned kinds;
	struct position pos;
	const struct ident *id;
};

#define MAX_SPLIT 4	/* conditions a function's analysis is split on */

struct fnctx {
	struct sc_unit *unit;
	pseudo_t assume[MAX_SPLIT];	/* conditions fixed in this run */
	int assume_val[MAX_SPLIT];
	int nassume;
	struct guard *guards;	/* per block */
	struct guard guard;		/* of the block being recorded */
	struct trylock *try;
	int ntry, trycap;
};

static const char *call_name(struct instruction *insn)
{
	pseudo_t f = insn->func;

	if (f && f->type == PSEUDO_SYM && f->sym && f->sym->ident)
		return show_ident(f->sym->ident);
	return NULL;
}

static void acquire(struct astate *s, unsigned kinds, struct position pos,
		    const struct ident *what)
{
	astate_acquire(s, kinds, pos.line, pos.pos, what);
}

/* is @sym (a type) the gfp type named in the rules? */
int sc_is_gfp_type(const struct rules *rules, struct symbol *sym)
{
	int guard = 0;

	if (!rules->gfp_type)
		return 0;
	while (sym && guard++ < 32) {
		if (sym->type == SYM_RESTRICT)
			return sym->ident &&
			       !strcmp(show_ident(sym->ident), rules->gfp_type);
		if (sym->type != SYM_NODE && sym->type != SYM_FOULED)
			return 0;
		sym = sym->ctype.base_type;
	}
	return 0;
}

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

	if (!p || depth > 24)
		return GFP_UNKNOWN;
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
	case OP_CALL:
		return returned_class(unit, def, depth);
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
		static struct instruction *on_path[32];
		static int npath;
		pseudo_t phi;
		char c = 0;
		int i;

		for (i = 0; i < npath; i++)
			if (on_path[i] == def)
				return 0;
		if (npath == 32)
			return GFP_UNKNOWN;
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

static const struct trylock *find_trylock(struct fnctx *cx, pseudo_t p, int *sense)
{
	int i, guard = 0;

	*sense = 1;
	while (p && p->type == PSEUDO_REG && p->def && guard++ < 8) {
		struct instruction *def = p->def;

		for (i = 0; i < cx->ntry; i++)
			if (cx->try[i].result == p)
				return &cx->try[i];
		switch (def->opcode) {
		case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
			p = def->src;
			break;
		case OP_SET_NE:
		case OP_SET_EQ:
			if (!is_zero(def->src2))
				return NULL;
			if (def->opcode == OP_SET_EQ)
				*sense = !*sense;
			p = def->src1;
			break;
		case OP_SEL:
			if (is_nonzero(def->src2) && is_zero(def->src3)) {
				p = def->src1;
				break;
			}
			return NULL;
		default:
			return NULL;
		}
	}
	return NULL;
}

static const struct sc_site *site_at(struct sc_unit *u, struct position pos)
{
	int i;

	for (i = 0; i < u->nsites; i++)
		if (u->sites[i].line == pos.line && u->sites[i].col == pos.pos)
			return &u->sites[i];
	return NULL;
}

static void add_obj(struct textlist *b, struct symbol *sym, const struct guard *g)
{
	if (!sym || !sym->ident)
		return;
	textlist_add_object(b, show_ident(sym->ident), sym->ctype.modifiers & MOD_STATIC,
			    g ? g->blk : 0, g ? g->nblk : 0);
}

/* an object's address, through the pointer casts sparse adds for one
 * arm of `c ? &a : &b` when their qualifiers differ */
static pseudo_t object_pseudo(pseudo_t p)
{
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < 8 &&
	       (p->def->opcode == OP_PTRCAST || p->def->opcode == OP_COPY))
		p = p->def->src;
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
static char *call_objects(struct fnctx *cx, struct instruction *insn,
			  const struct sc_site *site)
{
	struct instruction *def = insn->func && insn->func->type == PSEUDO_REG ?
				  insn->func->def : NULL;
	struct textlist b = { NULL, 0, 0, 0 };
	int i;

	if (def && def->opcode == OP_LOAD) {
		pseudo_t a = def->src;
		struct instruction *ad = a && a->type == PSEUDO_REG ? a->def : NULL;

		if (is_object(a)) {
			add_obj(&b, object_pseudo(a)->sym, NULL);
		} else if (ad && ad->opcode == OP_PHI) {
			pseudo_t phi;

			/* known only if every incoming value is an object */
			FOR_EACH_PTR(ad->phi_list, phi) {
				struct instruction *src;

				if (phi == VOID || !phi->def)
					continue;
				src = phi->def;
				if (src->opcode != OP_PHISOURCE || !is_object(src->phi_src)) {
					free(b.s);
					return NULL;
				}
				add_obj(&b, object_pseudo(src->phi_src)->sym, src->bb ?
					&cx->guards[(long)src->bb->priv] : NULL);
			} END_FOR_EACH_PTR(phi);
		} else if (ad && ad->opcode == OP_SEL) {
			/* cond ? &a : &b, often if-converted from two stores */
			struct guard t = cx->guard, f = cx->guard;

			if (!is_object(ad->src2) || !is_object(ad->src3)) {
				free(b.s);
				return NULL;
			}
			sc_implied(cx->unit, ad->src1, 1, &t.blk, &t.nblk);
			sc_implied(cx->unit, ad->src1, 0, &f.blk, &f.nblk);
			add_obj(&b, object_pseudo(ad->src2)->sym, &t);
			add_obj(&b, object_pseudo(ad->src3)->sym, &f);
		}
	}
	if (site && site->objfield) {
		for (i = 0; i < cx->unit->nstores; i++) {
			struct sc_store *s = &cx->unit->stores[i];
			struct guard g = { s->gblk, s->gnblk, 1 };

			if (!strcmp(s->field, site->objfield) && !s->dead)
				add_obj(&b, s->obj, &g);
		}
	}
	return b.s;
}

/* functions passed by address: "2:handler/1" (argument, name, static) */
static char *function_args(struct instruction *insn)
{
	struct textlist b = { NULL, 0, 0, 0 };
	pseudo_t arg;
	int i = 0;

	FOR_EACH_PTR(insn->arguments, arg) {
		struct symbol *sym = arg && arg->type == PSEUDO_SYM ? arg->sym : NULL;
		char item[300];
		int n;

		i++;
		if (!sym || !sym->ident || !sym->ctype.base_type ||
		    sym->ctype.base_type->type != SYM_FN)
			continue;
		n = snprintf(item, sizeof(item), "%d:%s/%d", i, show_ident(sym->ident),
			     !!(sym->ctype.modifiers & MOD_STATIC));
		if (n > 0 && (size_t)n < sizeof(item))
			textlist_add(&b, item);
	} END_FOR_EACH_PTR(arg);
	return b.s;
}

/* the inline function written where @pos is, if nothing else is there */
static char *inline_at(struct sc_unit *u, struct position pos)
{
	int i;

	for (i = 0; i < u->nsites; i++) {
		const struct sc_site *s = &u->sites[i];

		if (s->line == pos.line && s->col == pos.pos)
			return s->inl && !s->direct ? sc_strdup(show_ident(s->inl)) : NULL;
	}
	return NULL;
}

static int known_trylock(struct fnctx *cx, pseudo_t p)
{
	int i;

	for (i = 0; i < cx->ntry; i++)
		if (cx->try[i].result == p)
			return 1;
	return 0;
}

/* apply @insn to @s; record the call into @fn when @fn is not NULL */
static void transfer(struct fnctx *cx, struct astate *s, struct instruction *insn,
		     struct fact_func *fn)
{
	const struct rules *rules = cx->unit->rules;
	const struct rule *r = NULL;
	const char *name;
	struct fact_call *c;
	int k;

	if (insn->opcode == OP_CONTEXT) {
		struct expression *m = insn->context_expr;

		if (!m || m->type != EXPR_SYMBOL || m->op != SC_MARKER_OP ||
		    !m->symbol || !m->symbol->ident)
			return;
		name = show_ident(m->symbol->ident);
		r = rules_lookup(rules, name);
		if (r && r->kind == RULE_ACQUIRE)
			acquire(s, r->kinds, insn->pos, m->symbol->ident);
		else if (r && r->kind == RULE_RELEASE)
			astate_release(s, r->kinds);
		return;
	}
	if (insn->opcode != OP_CALL && insn->opcode != OP_INLINED_CALL)
		return;
	name = call_name(insn);
	/* compiler builtins (__builtin_clz()) are instructions, not calls */
	if (name && !strncmp(name, "__builtin_", 10))
		return;
	if (name)
		r = rules_lookup(rules, name);
	/* inline primitives act through their markers (sparse_inline.c) */
	if (r && insn->opcode == OP_INLINED_CALL && r->kind != RULE_SLEEP &&
	    r->kind != RULE_SLEEP_IF_GFP)
		return;
	if (r && !insn->pos.noexpand) {
		switch (r->kind) {
		case RULE_ACQUIRE:
			acquire(s, r->kinds, insn->pos, insn->func->sym->ident);
			return;
		case RULE_RELEASE:
			astate_release(s, r->kinds);
			return;
		case RULE_TRYLOCK:
			if (!fn && insn->target && insn->target != VOID &&
			    !known_trylock(cx, insn->target)) {
				if (cx->ntry == cx->trycap) {
					cx->trycap = cx->trycap ? 2 * cx->trycap : 4;
					cx->try = sc_realloc(cx->try, cx->trycap *
							   sizeof(*cx->try));
				}
				cx->try[cx->ntry].result = insn->target;
				cx->try[cx->ntry].kinds = r->kinds;
				cx->try[cx->ntry].pos = insn->pos;
				cx->try[cx->ntry].id = insn->func->sym->ident;
				cx->ntry++;
			}
			return;
		default:
			break;
		}
	}
	if (!fn || (r && r->kind == RULE_IMPLIES_BLOCKING))
		return;
	/* inlined functions are facts only when a rule names them */
	if (insn->opcode == OP_INLINED_CALL &&
	    ((!r && !rules_contract(rules, name)) ||
	     (r && r->kind != RULE_SLEEP && r->kind != RULE_SLEEP_IF_GFP) ||
	     insn->pos.noexpand))
		return;
	c = fact_func_add_call(fn, name);
	if (name) {
		c->callee_static = !!(insn->func->sym->ctype.modifiers & MOD_STATIC);
	} else {
		const struct sc_site *site = site_at(cx->unit, insn->pos);

		if (site && site->via)
			c->via = sc_strdup(site->via);
		c->objs = call_objects(cx, insn, site);
	}
	c->gblk = cx->guard.blk;
	c->gnblk = cx->guard.nblk;
	c->fnargs = function_args(insn);
	c->line = insn->pos.line;
	c->col = insn->pos.pos;
	for (k = 0; k < AK_NR; k++)
		c->depth[k] = s->depth[k];
	if (atomic_active(s->depth)) {
		c->aline = s->line;
		c->acol = s->col;
		c->awhat = sc_strdup(show_ident(s->what));
	}
	c->args = gfp_args(cx->unit, insn);
	c->inl = inline_at(cx->unit, insn->pos);
}

/* the value a branch tests, without `!= 0` / `== 0`; *sense 0 if negated */
static pseudo_t branch_base(pseudo_t p, int *sense)
{
	int guard = 0;

	*sense = 1;
	while (p && p->type == PSEUDO_REG && p->def && guard++ < 8) {
		struct instruction *def = p->def;

		if ((def->opcode == OP_SET_NE || def->opcode == OP_SET_EQ) &&
		    is_zero(def->src2)) {
			if (def->opcode == OP_SET_EQ)
				*sense = !*sense;
			p = def->src1;
		} else if (def->opcode == OP_ZEXT || def->opcode == OP_TRUNC ||
			   def->opcode == OP_SEXT || def->opcode == OP_COPY) {
			p = def->src;
		} else {
			break;
		}
	}
	return p;
}

/* returns 0 when the edge cannot be taken under this run's assumptions */
static int edge_state(struct fnctx *cx, struct basic_block *bb,
		      struct basic_block *child, struct astate *s)
{
	struct instruction *last = last_instruction(bb->insns);
	const struct trylock *t;
	int sense, i;
	pseudo_t base;

	if (!last || last->opcode != OP_CBR)
		return 1;
	if (last->bb_true != last->bb_false) {
		base = branch_base(last->cond, &sense);
		for (i = 0; i < cx->nassume; i++) {
			if (cx->assume[i] != base)
				continue;
			if (child != ((cx->assume_val[i] == sense) ? last->bb_true
								  : last->bb_false))
				return 0;
		}
	}
	t = find_trylock(cx, last->cond, &sense);
	if (!t || last->bb_true == last->bb_false)
		return 1;
	if (child == (sense ? last->bb_true : last->bb_false))
		acquire(s, t->kinds, t->pos, t->id);
	return 1;
}

/*
 * `if (ci) spin_lock(&ci->lock); ... if (ci) spin_unlock(&ci->lock);`
 * takes the lock exactly when it releases it, but a merge that keeps the
 * maximum sees it held after the second `if`.  Values tested by two or
 * more branches of a function that takes or drops a lock are therefore
 * fixed, true and false, in separate runs of the analysis (at most
 * MAX_SPLIT of them, 2^MAX_SPLIT runs), and a call's state is the
 * maximum over the runs in which it is reached.
 */
static int split_conditions(struct fnctx *cx, struct entrypoint *ep)
{
	pseudo_t seen[64], base;
	int count[64], nseen = 0, i, locks = 0, sense;
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			const struct rule *r = NULL;

			if (!insn->bb)
				continue;
			if (insn->opcode == OP_CALL && call_name(insn))
				r = rules_lookup(cx->unit->rules, call_name(insn));
			if (insn->opcode == OP_CONTEXT || (r && (r->kind == RULE_ACQUIRE ||
			    r->kind == RULE_RELEASE || r->kind == RULE_TRYLOCK)))
				locks = 1;
			if (insn->opcode != OP_CBR || insn->bb_true == insn->bb_false)
				continue;
			base = branch_base(insn->cond, &sense);

			for (i = 0; i < nseen && seen[i] != base; i++)
				;
			if (i == nseen) {
				if (nseen == 64)
					continue;
				seen[nseen] = base;
				count[nseen++] = 0;
			}
			count[i]++;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	cx->nassume = 0;
	if (!locks)
		return 0;
	for (i = 0; i < nseen && cx->nassume < MAX_SPLIT; i++)
		if (count[i] >= 2 && seen[i]->type != PSEUDO_VAL)
			cx->assume[cx->nassume++] = seen[i];
	return cx->nassume;
}

/* give each recorded store of an object address the guard of its block */
static void store_guards(struct fnctx *cx, struct entrypoint *ep)
{
	struct basic_block *bb;
	struct instruction *insn;
	int i;

	if (!cx->unit->nstores)
		return;
	/* sparse drops the stores of dead code (a branch on a constant
	 * parameter, sparse_params.c): a store not found is on no path */
	for (i = 0; i < cx->unit->nstores; i++)
		cx->unit->stores[i].dead = 1;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_STORE)
				continue;
			for (i = 0; i < cx->unit->nstores; i++) {
				struct sc_store *s = &cx->unit->stores[i];

				if (s->line == insn->pos.line && s->col == insn->pos.pos) {
					s->gblk = cx->guards[(long)bb->priv].blk;
					s->gnblk = cx->guards[(long)bb->priv].nblk;
					s->dead = !cx->guards[(long)bb->priv].set;
				}
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* remember the gfp class @fn returns, if it returns a gfp_t */
static void note_return(struct sc_unit *unit, struct symbol *fn,
			struct entrypoint *ep)
{
	struct symbol *type = fn->ctype.base_type;
	struct basic_block *bb;
	struct instruction *insn;
	char cls = 0;

	if (!type || !sc_is_gfp_type(unit->rules, type->ctype.base_type))
		return;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			char c;

			if (!insn->bb || insn->opcode != OP_RET || !insn->src)
				continue;
			c = sc_gfp_class(unit, insn->src);
			cls = gfp_join0(cls, c);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	if (!cls)
		return;
	if (unit->nrets == unit->rets_cap) {
		unit->rets_cap = unit->rets_cap ? 2 * unit->rets_cap : 16;
		unit->rets = sc_realloc(unit->rets, unit->rets_cap * sizeof(*unit->rets));
	}
	unit->rets[unit->nrets].fn = fn;
	unit->rets[unit->nrets].cls = cls;
	unit->nrets++;
}

/* the state at the end of @bb into @s; 0 if @bb is not reached */
static int run_block(struct fnctx *cx, const struct astate *states,
		     struct basic_block *bb, struct fact_func *fn, struct astate *s)
{
	struct instruction *insn;

	*s = states[(long)bb->priv];
	if (!s->reached || !guard_on_path(&cx->guards[(long)bb->priv]))
		return 0;
	cx->guard = cx->guards[(long)bb->priv];
	FOR_EACH_PTR(bb->insns, insn) {
		if (insn->bb)
			transfer(cx, s, insn, fn);
	} END_FOR_EACH_PTR(insn);
	return 1;
}

void sc_collect_function(struct sc_unit *unit, struct symbol *sym,
			 struct entrypoint *ep)
{
	struct fnctx cx;
	struct basic_block *bb, *child;
	struct symbol *param;
	struct astate *states, *merged, s;
	struct fact_func *fn;
	int nbb = 0, changed, rounds, nsplit, combo, i;

	fn = fact_file_add_func(unit->facts, show_ident(sym->ident));
	fn->is_static = !!(sym->ctype.modifiers & MOD_STATIC);
	fn->line = sym->pos.line;
	fn->col = sym->pos.pos;
	if (!ep || !ep->entry)
		return;

	FOR_EACH_PTR(ep->bbs, bb) {
		bb->priv = (void *)(long)nbb++;
	} END_FOR_EACH_PTR(bb);
	states = sc_calloc(nbb, sizeof(*states));
	states[(long)ep->entry->bb->priv].reached = 1;
	memset(&cx, 0, sizeof(cx));
	cx.unit = unit;
	cx.guards = sc_calloc(nbb, sizeof(*cx.guards));
	unit->gfp_params = 0;
	i = 0;
	FOR_EACH_PTR(sym->ctype.base_type->arguments, param) {
		if (i < GFP_MAX_PARAMS && sc_is_gfp_type(unit->rules, param))
			unit->gfp_params |= 1u << i;
		i++;
	} END_FOR_EACH_PTR(param);
	sc_compute_guards(unit, ep, cx.guards);
	store_guards(&cx, ep);

	nsplit = split_conditions(&cx, ep);
	merged = sc_calloc(nbb, sizeof(*merged));
	for (combo = 0; combo < (1 << nsplit); combo++) {
		for (i = 0; i < nsplit; i++)
			cx.assume_val[i] = (combo >> i) & 1;
		memset(states, 0, nbb * sizeof(*states));
		states[(long)ep->entry->bb->priv].reached = 1;
		rounds = 0;
		do {
			changed = 0;
			FOR_EACH_PTR(ep->bbs, bb) {
				if (!run_block(&cx, states, bb, NULL, &s))
					continue;
				FOR_EACH_PTR(bb->children, child) {
					struct astate e = s;

					if (!edge_state(&cx, bb, child, &e))
						continue;
					changed |= astate_merge(&states[(long)child->priv], &e);
				} END_FOR_EACH_PTR(child);
			} END_FOR_EACH_PTR(bb);
		} while (changed && ++rounds < 4 * (AK_MAX_DEPTH + 2) * AK_NR);
		for (i = 0; i < nbb; i++)
			if (states[i].reached)
				astate_merge(&merged[i], &states[i]);
	}

	FOR_EACH_PTR(ep->bbs, bb) {
		run_block(&cx, merged, bb, fn, &s);
	} END_FOR_EACH_PTR(bb);
	note_return(unit, sym, ep);
	free(merged);
	free(states);
	free(cx.guards);
	free(cx.try);
}
