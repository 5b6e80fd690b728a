/*
 * sparse_localmember.c - a branch on a member of a local struct object
 * read before its address can have gone anywhere (the libclang lowering
 * decides the same in clang_objints.c clang_local_member()).
 *
 * maybe_init_creds() (net/unix/af_unix.c:1848) makes `struct msghdr msg
 * = { .msg_controllen = 0 }` and passes `&msg` to the inline scm_send(),
 * which returns before __scm_send() when `msg->msg_controllen <= 0`
 * (include/net/scm.h:98).  libsparse keeps the load, since the object's
 * address is taken (it goes to __scm_send() after the test).  Until the
 * address has been used other than by this function's own loads and
 * stores of the object, only those stores can have written it: the load
 * holds what one of them stored.  So a load of local struct S at offset
 * O, size N is one value V when
 *   - no use of S other than a load from it or a store into it (a call
 *     argument, an address taken, stored or computed) can run before the
 *     load: none earlier in its block, and the load's block is reached
 *     from no block that has one (a loop back to it counts);
 *   - every store into S that overlaps the load's bytes covers them and
 *     stores a constant: V itself (the same offset and size), or 0 over
 *     more (the zero libsparse stores over the whole object before an
 *     initializer's members, unless the member's own store follows it
 *     in its block with no load of the object between); at least one,
 *     and all the same V.
 * As for the objects given to calls (sparse_objints.c), the object's
 * value before its first store (not initialized) is not one of them.
 * The branch on it is then decided, through integer extensions,
 * truncations, a constant mask and a comparison with a constant.
 */
#include <stdlib.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

#define LOCAL_MEMBER_BLOCKS	4096	/* blocks one search visits */

static unsigned long long mask_bits(unsigned bits)
{
	return bits >= 64 ? ~0ull : (1ull << bits) - 1;
}

static long long lm_sext(unsigned long long v, unsigned bits)
{
	if (!bits || bits >= 64)
		return (long long)v;
	v &= mask_bits(bits);
	if (v & (1ull << (bits - 1)))
		v |= ~mask_bits(bits);
	return (long long)v;
}

/* the one load of a local struct object that @p is computed from, through
 * the operations sc_local_member_cond() evaluates, or NULL */
static struct instruction *member_load(pseudo_t p, int depth)
{
	struct instruction *def;

	if (!p || p->type != PSEUDO_REG || !(def = p->def) || depth > LIM_WALK)
		return NULL;
	switch (def->opcode) {
	case OP_LOAD:
		return def;
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		return member_load(def->src, depth + 1);
	case OP_AND:
	case OP_SET_EQ: case OP_SET_NE:
	case OP_SET_LT: case OP_SET_LE: case OP_SET_GT: case OP_SET_GE:
	case OP_SET_B: case OP_SET_BE: case OP_SET_A: case OP_SET_AE:
		if (!def->src2 || def->src2->type != PSEUDO_VAL)
			return NULL;
		return member_load(def->src1, depth + 1);
	default:
		return NULL;
	}
}

/* @p's value where @load gives @val (in @load's bits); 0 if not known */
static int eval(pseudo_t p, struct instruction *load, unsigned long long val,
		long long *v, int depth)
{
	struct instruction *def;
	long long a, c;
	unsigned bits;

	if (depth > LIM_WALK || !p)
		return 0;
	if (p->type == PSEUDO_VAL) {
		*v = p->value;
		return 1;
	}
	if (p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	if (def == load) {
		*v = (long long)val;
		return 1;
	}
	switch (def->opcode) {
	case OP_COPY: case OP_ZEXT:
		return eval(def->src, load, val, v, depth + 1);
	case OP_SEXT:
		if (!def->orig_type || !eval(def->src, load, val, &a, depth + 1))
			return 0;
		*v = lm_sext((unsigned long long)a, (unsigned)def->orig_type->bit_size);
		return 1;
	case OP_TRUNC:
		if (!eval(def->src, load, val, &a, depth + 1))
			return 0;
		*v = (long long)((unsigned long long)a & mask_bits(def->size));
		return 1;
	case OP_AND:
		if (!eval(def->src1, load, val, &a, depth + 1) ||
		    !eval(def->src2, load, val, &c, depth + 1))
			return 0;
		*v = a & c;
		return 1;
	default:
		break;
	}
	if (def->opcode < OP_BINCMP || def->opcode > OP_BINCMP_END ||
	    !eval(def->src1, load, val, &a, depth + 1) ||
	    !eval(def->src2, load, val, &c, depth + 1))
		return 0;
	bits = def->itype && def->itype->bit_size > 0 ? (unsigned)def->itype->bit_size : 64;
	switch (def->opcode) {
	case OP_SET_EQ: *v = ((a ^ c) & mask_bits(bits)) == 0; return 1;
	case OP_SET_NE: *v = ((a ^ c) & mask_bits(bits)) != 0; return 1;
	case OP_SET_LT: *v = lm_sext(a, bits) < lm_sext(c, bits); return 1;
	case OP_SET_LE: *v = lm_sext(a, bits) <= lm_sext(c, bits); return 1;
	case OP_SET_GT: *v = lm_sext(a, bits) > lm_sext(c, bits); return 1;
	case OP_SET_GE: *v = lm_sext(a, bits) >= lm_sext(c, bits); return 1;
	case OP_SET_B: *v = (a & mask_bits(bits)) < (c & mask_bits(bits)); return 1;
	case OP_SET_BE: *v = (a & mask_bits(bits)) <= (c & mask_bits(bits)); return 1;
	case OP_SET_A: *v = (a & mask_bits(bits)) > (c & mask_bits(bits)); return 1;
	case OP_SET_AE: *v = (a & mask_bits(bits)) >= (c & mask_bits(bits)); return 1;
	default: return 0;
	}
}

/* does @a come before @b in their block? */
static int earlier(struct instruction *a, struct instruction *b)
{
	struct instruction *i;
	int seen_a = 0, r = 0;

	FOR_EACH_PTR(a->bb->insns, i) {
		if (i == a)
			seen_a = 1;
		if (i == b && seen_a)
			r = 1;
	} END_FOR_EACH_PTR(i);
	return r;
}

/* can @load run after @use?  (1 when the search is cut) */
static int may_follow(struct instruction *use, struct instruction *load)
{
	struct basic_block **seen, **todo, *bb, *child;
	int nseen = 0, ntodo = 0, i, found = 0;

	if (use->bb == load->bb && earlier(use, load))
		return 1;
	seen = malloc(LOCAL_MEMBER_BLOCKS * sizeof(*seen));
	todo = malloc(LOCAL_MEMBER_BLOCKS * sizeof(*todo));
	if (!seen || !todo) {
		free(seen);
		free(todo);
		return 1;
	}
	todo[ntodo++] = use->bb;
	while (ntodo && !found) {
		bb = todo[--ntodo];
		FOR_EACH_PTR(bb->children, child) {
			int known = 0;

			if (found)
				continue;
			if (child == load->bb) {
				found = 1;
				continue;
			}
			for (i = 0; i < nseen && !known; i++)
				known = seen[i] == child;
			if (known)
				continue;
			if (nseen == LOCAL_MEMBER_BLOCKS) {
				found = 1;	/* too far to say */
				continue;
			}
			seen[nseen++] = child;
			todo[ntodo++] = child;
		} END_FOR_EACH_PTR(child);
	}
	free(seen);
	free(todo);
	return found;
}

/* is zero store @zero followed in its block by @exact, with no load of
 * @obj between them?  Then the zero is no value of @exact's bytes: the
 * initializer's zero over the object, then its member's own store */
static int overwritten(struct instruction *zero, struct instruction *exact, pseudo_t obj)
{
	struct instruction *i;
	int state = 0;	/* 1: past @zero; 2: @exact met; -1: a load between */

	if (zero->bb != exact->bb)
		return 0;
	FOR_EACH_PTR(zero->bb->insns, i) {
		if (i == zero && state == 0)
			state = 1;
		else if (i == exact && state == 1)
			state = 2;
		else if (state == 1 && i->bb && i->opcode == OP_LOAD && i->src == obj)
			state = -1;
	} END_FOR_EACH_PTR(i);
	return state == 2;
}

/* the one value the local object's load @load can read; 0 if none */
static int load_value(struct instruction *load, unsigned long long *val)
{
	pseudo_t obj = load->src;
	struct pseudo_user *pu;
	struct instruction *insn;
	long long lfrom, lto, from, to;
	unsigned long long v;
	int have = 0, ok = 1;

	if (load->is_volatile || !obj || obj->type != PSEUDO_SYM || !obj->sym ||
	    (obj->sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)) ||
	    !load->size || load->size > 64)
		return 0;
	if (!sc_strip_node(obj->sym) || sc_strip_node(obj->sym)->type != SYM_STRUCT)
		return 0;
	/* an integer member, as clang_local_member() asks: a pointer member
	 * tested by a cleanup is a variable with definitions (sparse_slots.c) */
	if (!load->type || !sc_is_integer(load->type))
		return 0;
	lfrom = load->offset * 8;
	lto = lfrom + load->size;
	FOR_EACH_PTR(obj->users, pu) {
		insn = pu->insn;
		if (!ok || !insn->bb)
			continue;
		if (insn->opcode == OP_LOAD && insn->src == obj)
			continue;
		if (insn->opcode != OP_STORE || insn->src != obj || insn->target == obj) {
			/* the address goes somewhere: not before the load */
			if (may_follow(insn, load))
				ok = 0;
			continue;
		}
		from = insn->offset * 8;
		to = from + insn->size;
		if (to <= lfrom || from >= lto)
			continue;
		if (!insn->target || insn->target->type != PSEUDO_VAL ||
		    from > lfrom || to < lto) {
			ok = 0;
			continue;
		}
		if (from == lfrom && to == lto) {
			v = (unsigned long long)insn->target->value & mask_bits(load->size);
		} else if (insn->target->value == 0) {
			struct pseudo_user *pu2;
			int dead = 0;

			/* the member's own store right after it hides it */
			FOR_EACH_PTR(obj->users, pu2) {
				struct instruction *e = pu2->insn;

				if (e->bb && e->opcode == OP_STORE && e->src == obj &&
				    e->target != obj && e->offset * 8 == lfrom &&
				    e->size == load->size && overwritten(insn, e, obj))
					dead = 1;
			} END_FOR_EACH_PTR(pu2);
			if (dead)
				continue;
			v = 0;
		} else {
			ok = 0;
			continue;
		}
		if (have && v != *val)
			ok = 0;
		*val = v;
		have = 1;
	} END_FOR_EACH_PTR(pu);
	return ok && have;
}

int sc_local_member_cond(pseudo_t cond, long long *v)
{
	struct instruction *load = member_load(cond, 0);
	unsigned long long val = 0;

	if (!load || !load_value(load, &val))
		return 0;
	return eval(cond, load, val, v, 0);
}
