/*
 * sparse_zero.c - integer values that are zero wherever a parameter of
 * the function is zero (or NULL), as the sparse front end sees them.
 *
 * rtnl_notify(skb, net, pid, group, nlh, flags) passes
 * nlmsg_report(nlh), which is `nlh ? !!(nlh->nlmsg_flags & NLM_F_ECHO)
 * : 0`, to nlmsg_notify(), which unicasts (and may sleep) only `if
 * (report)`; callers that pass nlh = NULL never reach it.  Sparse gives
 * such a value as a select on the parameter (both arms plain values), or
 * as the phi of a branch on it (an arm that loads).  The fact is written
 * "J=K?" in a call's vals (facts.h); the libclang front end finds the
 * same in clang_fields.c.  The other way round, "J=K!", a value zero
 * wherever K is non-zero: sock_sndtimeo(sk, noblock), `noblock ? 0 :
 * sk->sk_sndtimeo`, which netlink_unicast() stores in the timeout it
 * passes by address to netlink_attachskb().
 */
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

/* the parameter (from 0) @p tests, through casts and `!= 0`/`== 0`;
 * *@sense is 1 when the test is true where the parameter is non-zero */
static int tested_param(pseudo_t p, int *sense)
{
	p = sc_test_base(p, sense, SC_THROUGH_PTRTU);
	if (!p || p->type != PSEUDO_ARG || p->nr < 1 || p->nr > GFP_MAX_PARAMS)
		return -1;
	return p->nr - 1;
}

static int zero_val(pseudo_t p)
{
	return p && p->type == PSEUDO_VAL && p->value == 0;
}

/* the parameter a two-way branch at the end of @bb tests, and the block
 * it goes to where that parameter is zero (*@on_zero) and where not */
static int branch_on_param(struct basic_block *bb, struct basic_block **on_zero,
			   struct basic_block **on_nonzero)
{
	struct instruction *br = bb ? last_instruction(bb->insns) : NULL;
	int k, sense;

	if (!br || br->opcode != OP_CBR || br->bb_true == br->bb_false ||
	    (k = tested_param(br->cond, &sense)) < 0)
		return -1;
	*on_zero = sense ? br->bb_false : br->bb_true;
	*on_nonzero = sense ? br->bb_true : br->bb_false;
	return k;
}

static struct basic_block *only_parent(struct basic_block *bb)
{
	return bb && ptr_list_size((struct ptr_list *)bb->parents) == 1 ?
	       first_ptr_list((struct ptr_list *)bb->parents) : NULL;
}

/* is @bb reached only through @entry (itself, or up a chain of blocks
 * with one parent each)? */
static int only_through(struct basic_block *bb, struct basic_block *entry)
{
	int guard = 0;

	while (bb && guard++ < LIM_WALK) {
		if (bb == entry)
			return 1;
		bb = only_parent(bb);
	}
	return 0;
}

/* a phi of two values, 0 from the side of a branch where parameter K
 * is zero and the other only from the side where it is not: K (with
 * *@nonzero, the sides the other way round) */
static int phi_on_param(struct instruction *phi, int *nonzero)
{
	struct instruction *src[2];
	struct basic_block *z, *nz, *c;
	pseudo_t p;
	int n = 0, k, zi;

	FOR_EACH_PTR(phi->phi_list, p) {
		if (p == VOID)
			continue;
		if (n == 2 || !p->def || p->def->opcode != OP_PHISOURCE)
			return -1;
		src[n++] = p->def;
	} END_FOR_EACH_PTR(p);
	if (n != 2)
		return -1;
	zi = zero_val(src[0]->phi_src) ? 0 : zero_val(src[1]->phi_src) ? 1 : -1;
	if (zi < 0)
		return -1;
	/* the 0 is set in the branch's zero side, or in the branching
	 * block itself when its zero side is the phi's block (or the
	 * non-zero side, for *@nonzero) */
	for (*nonzero = 0; *nonzero < 2; ++*nonzero) {
		c = src[zi]->bb;
		if ((k = branch_on_param(c, *nonzero ? &nz : &z, *nonzero ? &z : &nz)) >= 0 &&
		    z == phi->bb)
			return only_through(src[!zi]->bb, nz) ? k : -1;
		c = only_parent(src[zi]->bb);
		if ((k = branch_on_param(c, *nonzero ? &nz : &z, *nonzero ? &z : &nz)) >= 0 &&
		    z == src[zi]->bb)
			return only_through(src[!zi]->bb, nz) ? k : -1;
	}
	return -1;
}

int sc_zero_with_param(pseudo_t p, int *nonzero)
{
	struct instruction *def;
	int guard = 0, k, sense;

	*nonzero = 0;

	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK) {
		switch (def->opcode) {
		case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
			p = def->src;
			continue;
		case OP_SEL:
			/* src2 where the test holds, src3 where not */
			k = tested_param(def->src1, &sense);
			if (k >= 0 && zero_val(sense ? def->src3 : def->src2))
				return k;
			*nonzero = 1;
			if (k >= 0 && zero_val(sense ? def->src2 : def->src3))
				return k;	/* sock_sndtimeo(): noblock ? 0 : ... */
			return -1;
		case OP_PHI:
			return phi_on_param(def, nonzero);
		default:
			return -1;
		}
	}
	return -1;
}
