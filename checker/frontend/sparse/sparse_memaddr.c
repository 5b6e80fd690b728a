/*
 * sparse_memaddr.c - the address of a struct member reached through a
 * pointer, passed as a call's argument (facts.h `vals` J=&struct T.F),
 * as the libsparse lowering sees it; clang_memaddr.c writes the same
 * from libclang's tree.
 *
 * `raw_notifier_chain_register(&net->netdev_chain, nb)` passes sparse's
 * `add %arg1, $offset`: the member is found from the struct the base
 * pointer points to and the offset, down through members that are
 * structs, to the one whose type is the struct the callee's parameter
 * points to (`&p->dev.kobj` is member kobj of struct device); T is the
 * named struct that holds it.  A member at offset 0 is the base pointer
 * itself (`&f->kobj` is f).  The base pointer's type is a parameter's, or
 * the type of the instruction that made it (a load, a call, a cast:
 * container_of()'s result), or a local struct object's own (`&c.w`,
 * fib6_clean_tree()'s walker in its cleaner, net/ipv6/ip6_fib.c:2249);
 * anything else (an array element) says nothing.  Consumers (notifier.c) read the entry as one
 * object per field of a struct type: every struct net's netdev_chain.
 */
#include <stdio.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

struct symbol *sc_pointee_struct(struct symbol *t)
{
	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = sc_strip_node(t->ctype.base_type);
	return t && t->type == SYM_STRUCT ? t : NULL;
}

/* the type of parameter @k (from 0) of function @fn */
/*
 * The member of struct @st at byte @off whose type is @want, searched
 * through members that are structs; *@holder is the named struct that
 * holds it.  NULL when there is none.
 */
struct symbol *sc_member_at(struct symbol *st, long off, struct symbol *want,
			    struct symbol **holder, int depth)
{
	struct symbol *m, *r;

	if (depth > LIM_TYPE_CHAIN)
		return NULL;
	FOR_EACH_PTR(st->symbol_list, m) {
		struct symbol *mt = sc_strip_node(m);
		long start = (long)m->offset;

		if (!mt || mt->type != SYM_STRUCT || off < start ||
		    off >= start + (long)(mt->bit_size / 8))
			continue;
		if (mt == want && off == start && m->ident && st->ident) {
			*holder = st;
			return m;
		}
		if ((r = sc_member_at(mt, off - start, want, holder, depth + 1)))
			return r;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

struct symbol *sc_load_base(struct symbol *fn, pseudo_t addr, long *offset)
{
	struct symbol *st = NULL;
	struct instruction *def;
	int guard = 0;

	while (addr && addr->type == PSEUDO_REG && (def = addr->def) && guard++ < LIM_WALK) {
		if (def->opcode == OP_COPY) {
			addr = def->src;
		} else if (def->opcode == OP_ADD && def->src2 &&
			   def->src2->type == PSEUDO_VAL) {
			*offset += (long)def->src2->value;
			addr = def->src1;
		} else {
			if (def->opcode == OP_LOAD || def->opcode == OP_CALL ||
			    def->opcode == OP_PTRCAST)
				st = sc_pointee_struct(def->type);
			break;
		}
	}
	if (addr && addr->type == PSEUDO_ARG && addr->nr >= 1) {
		st = sc_pointee_struct(sc_param_type(fn, addr->nr - 1));
	} else if (addr && addr->type == PSEUDO_SYM && addr->sym) {
		for (st = addr->sym, guard = 0; st && st->type == SYM_NODE &&
		     guard < LIM_TYPE_CHAIN; guard++)
			st = st->ctype.base_type;
	}
	return st && st->type == SYM_STRUCT ? st : NULL;
}

void sc_member_addr(struct symbol *fn, pseudo_t p, struct symbol *param_type,
		    int j, char *entry, size_t size)
{
	struct symbol *want = sc_pointee_struct(param_type), *base = NULL;
	struct symbol *holder = NULL, *m;
	struct instruction *def;
	long off = 0;
	int guard = 0;

	entry[0] = '\0';
	if (!want)
		return;
	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK) {
		if (def->opcode == OP_COPY) {
			p = def->src;
		} else if (def->opcode == OP_ADD && def->src2 &&
			   def->src2->type == PSEUDO_VAL) {
			off += (long)def->src2->value;
			p = def->src1;
		} else {
			/* a pointer loaded, returned or cast: typed; so is
			 * one chosen (a phi or select: its C type, as the
			 * libclang front end reads the expression's), such
			 * as a container_of() or NULL (to_swnode(),
			 * drivers/base/swnode.c:48) */
			if (def->opcode == OP_LOAD || def->opcode == OP_CALL ||
			    def->opcode == OP_PTRCAST || def->opcode == OP_PHI ||
			    def->opcode == OP_SEL)
				base = sc_pointee_struct(def->type);
			break;
		}
	}
	if (p && p->type == PSEUDO_ARG && p->nr >= 1)
		base = sc_pointee_struct(sc_param_type(fn, p->nr - 1));
	/* a member of a local struct object (`&c.w`): its struct's */
	if (p && p->type == PSEUDO_SYM && p->sym &&
	    !(p->sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)) &&
	    (base = sc_strip_node(p->sym)) && base->type != SYM_STRUCT)
		base = NULL;
	if (!base || (base == want && off == 0))
		return;
	m = sc_member_at(base, off, want, &holder, 0);
	if (m)
		snprintf(entry, size, "%d=&struct %.*s.%.*s", j,
			 holder->ident->len, holder->ident->name, m->ident->len, m->ident->name);
}
