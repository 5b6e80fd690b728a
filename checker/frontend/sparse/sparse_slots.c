/*
 * sparse_slots.c - a member of a local struct as a tested variable: the
 * stores into it that reach a branch on it (ir_cond.var).
 *
 * Sparse turns into SSA only the locals of one scalar, so a member of a
 * local struct stays in memory: `sst->lock_irqsave` of seqlock.h's
 * scoped_seqlock_read() (struct ss_tmp, include/linux/seqlock.h:1277-1290
 * of Debian's 6.1; the __cleanup handler __scoped_seqlock_cleanup() tests
 * it to drop the lock the loop took through it) is a load at each test,
 * whose value the analysis could not follow as it follows a variable's
 * phi (sparse_ir.c var_defs()).  When the struct's address is used only
 * by loads and stores of its own (sparse memops.c's local_pseudo(): no
 * call or pointer may write it), the stores into the member that reach
 * the load are found walking back from it: in each block, the last store
 * of the member (its offset and size), or a store of the whole struct
 * (or a part holding the member) of the constant zero, as an initializer
 * that leaves the member out makes (`{ .state = ..., .data = ... }`).
 * Each is a definition at the end of its block, as a phi source is; a
 * path that meets none before the entry, another store over the member,
 * or one stored in the test's own block before the load, leaves the
 * member unknown (no definitions).  Only a pointer member is followed
 * (what keeps a lock), as clang_ir.c slot_defs() does, and an integer
 * tested through one bit (`if (seq & 1)` of getrusage()'s `unsigned int
 * seq`, kernel/sys.c:1802-1860, whose address read_seqbegin_or_lock_irqsave()
 * takes as an `int *`, include/linux/seqlock.h:1239: the conversion
 * keeps sparse from making it SSA), a whole local or a member, each
 * constant stored being the value of that bit.
 *
 * A whole local integer tested whole whose address goes to direct calls
 * besides its own loads and stores (`bool locked` of mm/compaction.c's
 * isolate_freepages_block(), 6.1:541-640, given to
 * compact_unlock_should_abort(..., &locked, cc), which may clear it) is
 * followed too (sc_call_slot_defs()): each such call is a definition of
 * a value not known, at the end of its block, and the calls are marked
 * as given it (ir_event.vkey, sc_call_slot_key()), so that the analysis
 * can run each with the states of the variable's values there.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

/* is every use of @p (a local's address, or a conversion of it) the
 * address of a load or store, or (@casts) a pointer conversion whose
 * every use is? */
static int slot_uses(pseudo_t p, int casts)
{
	struct pseudo_user *pu;

	FOR_EACH_PTR(p->users, pu) {
		struct instruction *insn = pu->insn;

		if (!insn->bb)
			continue;
		if (pu->userp != &insn->src)
			return 0;
		if (casts && insn->opcode == OP_PTRCAST && insn->target &&
		    slot_uses(insn->target, 0))
			continue;
		if (insn->opcode != OP_LOAD && insn->opcode != OP_STORE)
			return 0;
	} END_FOR_EACH_PTR(pu);
	return 1;
}

/* is @p a local struct whose address only its own loads and stores use?
 * (memops.c local_pseudo())  A conversion of the address to another
 * pointer type used only by loads and stores (`unsigned int seq` passed
 * as an `int *` to an inline function) is the same address. */
static int slot_local(pseudo_t p)
{
	if (!p || p->type != PSEUDO_SYM || !p->sym ||
	    (p->sym->ctype.modifiers & (MOD_STATIC | MOD_NONLOCAL)))
		return 0;
	return slot_uses(p, 1);
}

/* is @sym (a local's address) an argument of call @insn? */
static int slot_call_arg(struct instruction *insn, pseudo_t sym)
{
	pseudo_t arg;

	FOR_EACH_PTR(insn->arguments, arg) {
		if (arg == sym)
			return 1;
	} END_FOR_EACH_PTR(arg);
	return 0;
}

/*
 * Is @p the address of a whole local integer (not in a struct or an
 * array) whose address only its own loads and stores and direct calls'
 * arguments use, one call at least?  The loads and stores must be of
 * the whole of it.
 */
static int call_slot_local(pseudo_t p)
{
	struct pseudo_user *pu;
	unsigned size = 0;
	int calls = 0;

	if (!p || p->type != PSEUDO_SYM || !p->sym ||
	    (p->sym->ctype.modifiers & (MOD_STATIC | MOD_NONLOCAL)) ||
	    !sc_is_integer(p->sym))
		return 0;
	FOR_EACH_PTR(p->users, pu) {
		struct instruction *insn = pu->insn;

		if (!insn->bb)
			continue;
		if (insn->opcode == OP_CALL && pu->userp != &insn->func &&
		    insn->func && insn->func->type == PSEUDO_SYM) {
			calls++;
			continue;
		}
		if (pu->userp != &insn->src ||
		    (insn->opcode != OP_LOAD && insn->opcode != OP_STORE) ||
		    insn->offset || (size && insn->size != size))
			return 0;
		size = insn->size;
	} END_FOR_EACH_PTR(pu);
	return calls > 0;
}

/* the local whose address @p is, through a pointer conversion */
static pseudo_t slot_sym(pseudo_t p)
{
	if (p && p->type == PSEUDO_REG && p->def && p->def->opcode == OP_PTRCAST &&
	    p->def->src && p->def->src->type == PSEUDO_SYM)
		return p->def->src;
	return p;
}

/*
 * The last store into [@off, @off + @size) of @sym in @bb before @stop
 * (NULL: the whole block): 1 and *@st when one is, 0 when none, -1 when
 * a store covers part of it only, or more of it with no constant zero.
 */
static int slot_store(struct basic_block *bb, pseudo_t sym, long long off,
		      unsigned size, struct instruction *stop, struct instruction **st)
{
	struct instruction *insn;
	int r = 0;

	FOR_EACH_PTR(bb->insns, insn) {
		long long b, e;

		if (insn == stop)
			break;
		if (insn->bb && insn->opcode == OP_CALL && slot_call_arg(insn, sym)) {
			*st = insn;
			r = 1;
			continue;
		}
		if (!insn->bb || insn->opcode != OP_STORE || slot_sym(insn->src) != sym)
			continue;
		b = insn->offset;
		e = b + (long long)((insn->size + 7) / 8);
		if (e <= off || b >= off + (long long)((size + 7) / 8))
			continue;
		if (b == off && insn->size == size) {
			*st = insn;
			r = 1;
		} else if (b <= off && e >= off + (long long)((size + 7) / 8) &&
			   insn->target && insn->target->type == PSEUDO_VAL &&
			   insn->target->value == 0) {
			*st = insn;
			r = 1;
		} else {
			r = -1;
		}
	} END_FOR_EACH_PTR(insn);
	return r;
}

#define LIM_SLOT_BLOCKS 512	/* blocks walked back from one load */

/* the blocks a walk from @from's children (@back: parents) reaches
 * without passing @stop, into @out (at most LIM_SLOT_BLOCKS): their
 * number, -1 when there are more */
static int slot_walk(struct basic_block *from, struct basic_block *stop, int back,
		     struct basic_block **out)
{
	struct basic_block *bb, *next;
	int n = 0, i, j;

	FOR_EACH_PTR(back ? from->parents : from->children, next) {
		if (n == LIM_SLOT_BLOCKS)
			return -1;
		out[n++] = next;
	} END_FOR_EACH_PTR(next);
	for (i = 0; i < n; i++) {
		bb = out[i];
		for (j = 0; j < i && out[j] != bb; j++)
			;
		if (j < i || bb == stop)
			continue;
		FOR_EACH_PTR(back ? bb->parents : bb->children, next) {
			if (n == LIM_SLOT_BLOCKS)
				return -1;
			out[n++] = next;
		} END_FOR_EACH_PTR(next);
	}
	return n;
}

/*
 * Does a path from @load's block to the branch's block @test (the value
 * loaded once and tested again further on, as sparse reuses `seq & 1`)
 * store into the slot, not passing the load again?  Then the last
 * definition run at the test is not the value tested.  Not known (too
 * many blocks): 1.
 */
static int slot_stored_between(struct instruction *load, struct basic_block *test,
			       pseudo_t sym)
{
	struct basic_block **fwd, **bwd;
	struct instruction *st;
	int nf, nb, i, j, r = 0;

	if (!test || test == load->bb)
		return 0;
	fwd = sc_calloc(LIM_SLOT_BLOCKS, sizeof(*fwd));
	bwd = sc_calloc(LIM_SLOT_BLOCKS, sizeof(*bwd));
	nf = slot_walk(load->bb, load->bb, 0, fwd);
	nb = slot_walk(test, load->bb, 1, bwd);
	if (nf < 0 || nb < 0)
		r = 1;
	for (i = 0; !r && i < nf; i++) {
		if (fwd[i] == load->bb)
			continue;
		for (j = 0; j < nb && bwd[j] != fwd[i]; j++)
			;
		if ((j < nb || fwd[i] == test) &&
		    slot_store(fwd[i], sym, load->offset, load->size, NULL, &st))
			r = 1;
	}
	free(fwd);
	free(bwd);
	return r;
}

/*
 * The stores into [@load's offset, + its size) of the local @sym that
 * reach @load, tested in block @test, as definitions into @d (at most
 * @max; a constant's value its bits @mask, or, @mask 0, whether it is
 * non-zero), each store's instruction into @sts (a call given the
 * local's address: one of a value not known).  Their number, 0 when not
 * known (fewer than two).
 */
static int slot_walk_defs(struct ir_func *ir, struct instruction *load, pseudo_t sym,
			  struct basic_block *test, struct ir_vdef *d,
			  struct instruction **sts, int max, unsigned long long mask)
{
	struct basic_block **stack, *bb, *parent;
	struct instruction *st;
	int n = 0, nd = 0, r, i;

	/* a store before the load in its own block: defined and tested;
	 * or one between the load and the test */
	if (slot_store(load->bb, sym, load->offset, load->size, load, &st) ||
	    slot_stored_between(load, test, sym))
		return 0;
	stack = sc_calloc(LIM_SLOT_BLOCKS, sizeof(*stack));
	/* bb->generation is sparse's own mark; the walk keeps its own */
	FOR_EACH_PTR(load->bb->parents, parent) {
		if (n == LIM_SLOT_BLOCKS)
			goto unknown;
		stack[n++] = parent;
	} END_FOR_EACH_PTR(parent);
	if (!n)
		goto unknown;
	for (i = 0; i < n; i++) {
		int j, seen = 0;

		bb = stack[i];
		for (j = 0; j < i && !seen; j++)
			seen = stack[j] == bb;
		if (seen)
			continue;
		r = slot_store(bb, sym, load->offset, load->size, NULL, &st);
		if (r < 0)
			goto unknown;
		if (r) {
			long long c;
			int b = (int)(long)bb->priv;

			if (nd == max) {
				ir_cut(CUT_FLAG_TAGS);
				goto unknown;
			}
			if (b < 0 || b >= ir->nbb)
				goto unknown;
			d[nd].block = b;
			d[nd].konst = -1;
			d[nd].val = NULL;
			d[nd].valdef = d[nd].valev = -1;
			d[nd].rcall = d[nd].acall = 0;
			sts[nd] = st;
			if (st->opcode == OP_CALL) {
				/* given the address: a value not known */
			} else if (st->target && st->target->type == PSEUDO_VAL) {
				c = st->target->value;
				d[nd].konst = mask ? !!((unsigned long long)c & mask) : !!c;
			} else if (!mask && sc_object_addr(st->target)) {
				d[nd].konst = 1;	/* a variable's address */
			} else {
				d[nd].val = sc_value_key(ir, st->target, &d[nd].valdef);
			}
			nd++;
			continue;
		}
		if (!bb->parents || ptr_list_size((struct ptr_list *)bb->parents) == 0)
			goto unknown;	/* the entry, and the member not stored */
		FOR_EACH_PTR(bb->parents, parent) {
			if (n == LIM_SLOT_BLOCKS) {
				ir_cut(CUT_FLAG_TAGS);
				goto unknown;
			}
			stack[n++] = parent;
		} END_FOR_EACH_PTR(parent);
	}
	free(stack);
	return nd < 2 ? 0 : nd;
unknown:
	free(stack);
	return 0;
}

int sc_slot_defs(struct ir_func *ir, pseudo_t p, struct basic_block *test,
		 struct ir_vdef *d, int max, const void **var, unsigned long long mask)
{
	struct instruction *load = p && p->type == PSEUDO_REG ? p->def : NULL;
	struct instruction *sts[LIM_FLAG_TAGS];
	char buf[64];
	pseudo_t sym;
	int nd;

	if (!load || load->opcode != OP_LOAD || !load->bb || !load->type ||
	    (mask ? !sc_is_integer(load->type) : !is_ptr_type(load->type)) ||
	    !slot_local(slot_sym(load->src)))
		return 0;
	sym = slot_sym(load->src);
	nd = slot_walk_defs(ir, load, sym, test, d, sts, max < LIM_FLAG_TAGS ? max :
			    LIM_FLAG_TAGS, mask);
	if (!nd)
		return 0;
	snprintf(buf, sizeof(buf), "slot %p+%lld/%u&%llx", (void *)sym->sym,
		 (long long)load->offset, load->size, mask);
	*var = ir_key(ir, buf);
	return nd;
}

const void *sc_call_slot_key(struct ir_func *ir, pseudo_t p)
{
	char buf[48];

	if (!call_slot_local(p))
		return NULL;
	snprintf(buf, sizeof(buf), "cslot %p", (void *)p->sym);
	return ir_key(ir, buf);
}

int sc_call_slot_defs(struct ir_func *ir, pseudo_t p, struct basic_block *test,
		      struct ir_vdef *d, struct instruction **sts, int max,
		      const void **var)
{
	struct instruction *load = p && p->type == PSEUDO_REG ? p->def : NULL;
	int nd;

	if (!load || load->opcode != OP_LOAD || !load->bb || !load->src ||
	    !(*var = sc_call_slot_key(ir, load->src)))
		return 0;
	nd = slot_walk_defs(ir, load, load->src, test, d, sts, max, 0);
	if (!nd)
		*var = NULL;
	return nd;
}
