/*
 * sparse_objints.c - integer members of objects, as the libsparse
 * lowering sees them (the libclang lowering writes the same from its
 * AST, clang_objints.c):
 *   - a member flag atom: `p->F & MASK`, p a struct pointer parameter
 *     and F an integer member (not a bitfield) the function never stores
 *     through p (sparse_ir.c makes the atom, facts.h fact_atom.field),
 *     or one inside struct members, F then its path (`req->base.flags`:
 *     "base.flags") and no store through p overlapping it; and a
 *     pointer member (not to a function) declared directly in p's
 *     struct tested against NULL (`if (dentry->d_inode)`), the same
 *     way (sc_member_ptr_atom());
 *   - what a function leaves in a member of what its pointer parameter K
 *     points to (fact_func.rets): K.F:=V when its last store of member F
 *     through K runs on every path to a return and nothing after it
 *     stores or calls (sg_miter_start()'s `miter->__flags = flags`), V
 *     an integer value as a call argument's (J=V), not F's own value
 *     with bits ORed or masked in (`|=`, `&=`: libclang has no value for
 *     a compound assignment); K.F! for any other
 *     store of F through K or the address of member F taken; K! for a
 *     use of K other than a load or store of a member, a call argument
 *     (the solver follows vals J=*K into the callee), a comparison or a
 *     return;
 *   - at a call given the address of a local struct, that address used
 *     only for loads and stores of its members and as call arguments
 *     that point to the struct's own type (not `&c.w` of a member at
 *     offset 0, nor a `void *`, whose callee names other members):
 *     every call given it (J=~L:C/M, at most LIM_OBJ_CALLS, counted past
 *     that and then nothing), and every store of an integer member in
 *     the function (J.F:=V, or J.F:=? for a value not known or a member
 *     of another type or whose address is taken; a NULL stored in a
 *     pointer member is J.F:=#0), and J.*:=#0 for the
 *     zero libsparse stores over the whole object before an initializer's
 *     members (`struct fib6_config cfg = { .fc_table = t }`: every member
 *     the initializer does not name, and every one before its own
 *     store, holds 0) and for a mem-zero rule's call given it with the
 *     value 0 (`memset(&cpa, 0, sizeof(cpa))`), which is no call given
 *     it then.
 *   - at a call given a pointer, the integer members of what it points
 *     to that hold the value the function stored there last
 *     (sc_member_holds()): a store through the same pointer value that
 *     dominates the call, and no path from it to the call with a call,
 *     an asm with operands, a store through that pointer overlapping the
 *     member or an integer store through another pointer (not into a
 *     local variable); sparse_ir.c keys the value as its branches'
 *     (ir.h ir_mkey).
 * The solver (solve/fieldints.c) reads them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"
#include "unless.h"
#include "zeroed.h"

#include "linearize.h"
#include "scope.h"
#include "symbol.h"
#include "target.h"

/* "@pre" (a number, or none when negative), ".", @id's name (as
 * show_ident() gives it), @tail: the entries below, without printf */
static void member_entry(char *buf, size_t size, long long pre, const struct ident *id,
			 const char *tail)
{
	size_t n = 0;

	buf[0] = '\0';
	if (pre >= 0)
		sc_cat_ll(buf, size, &n, pre);
	sc_cat(buf, size, &n, ".", 1);
	if (id)
		sc_cat(buf, size, &n, id->name, id->len);
	else
		sc_cat(buf, size, &n, "<noident>", 9);
	sc_cat(buf, size, &n, tail, strlen(tail));
}

/* the struct @t is (@ptr 0) or points to (@ptr 1), or NULL */
static struct symbol *struct_type(struct symbol *t, int ptr)
{
	t = sc_strip_node(t);
	if (ptr) {
		if (!t || t->type != SYM_PTR)
			return NULL;
		t = sc_strip_node(t->ctype.base_type);
	}
	return t && t->type == SYM_STRUCT ? t : NULL;
}

/* the named member of struct @st holding byte @off, or NULL */
static struct symbol *member_holding(struct symbol *st, long long off)
{
	struct symbol *m;

	FOR_EACH_PTR(st->symbol_list, m) {
		long long start = (long long)m->offset;
		long long bytes = bits_to_bytes(m->bit_offset + m->bit_size);

		if (off >= start && off < start + (bytes > 0 ? bytes : 1))
			return m->ident ? m : NULL;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* the anonymous struct or union member of @st holding byte @off
 * (`union { struct list_head d_lru; ... };` in struct dentry), or NULL */
static struct symbol *anon_holding(struct symbol *st, long long off)
{
	struct symbol *m, *t;

	FOR_EACH_PTR(st->symbol_list, m) {
		long long start = (long long)m->offset;
		long long bytes = bits_to_bytes(m->bit_offset + m->bit_size);

		if (off < start || off >= start + (bytes > 0 ? bytes : 1))
			continue;
		t = sc_strip_node(m);
		return !m->ident && t && (t->type == SYM_STRUCT || t->type == SYM_UNION) ?
		       t : NULL;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* an entry K.F! for each named member of anonymous struct or union
 * @anon, those of the anonymous ones inside it too (they are members of
 * the outer struct by name: `dentry->d_lru`); a union's members share
 * their bytes, so any of them may be stored where one's address goes */
static void anon_entries(struct symbol *anon, int k, sc_add_fn *add, char *buf,
			 size_t size, int depth)
{
	struct symbol *m, *t;
	char entry[160];

	FOR_EACH_PTR(anon->symbol_list, m) {
		t = sc_strip_node(m);
		if (m->ident) {
			member_entry(entry, sizeof(entry), k, m->ident, "!");
			add(buf, size, entry);
		} else if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION) &&
			   depth < 4) {
			anon_entries(t, k, add, buf, size, depth + 1);
		}
	} END_FOR_EACH_PTR(m);
}

/* the integer member of @st at byte @off that an access @bits wide
 * reads whole, or NULL */
static struct symbol *int_member(struct symbol *st, long long off, unsigned bits)
{
	struct symbol *m = member_holding(st, off), *t;

	if (!m || (long long)m->offset != off)
		return NULL;
	t = sc_strip_node(m);
	if (!t || t->type == SYM_BITFIELD || !sc_is_integer(m) ||
	    (unsigned)m->bit_size != bits)
		return NULL;
	return m;
}

/* does struct @st have a named integer member (not a bitfield)?  Only
 * those are tested by a member flag atom: the entries of a struct with
 * none would never be read */
static int has_int_member(struct symbol *st)
{
	struct symbol *m, *t;

	FOR_EACH_PTR(st->symbol_list, m) {
		t = sc_strip_node(m);
		if (m->ident && t && t->type != SYM_BITFIELD && sc_is_integer(m))
			return 1;
	} END_FOR_EACH_PTR(m);
	return 0;
}

/* is @insn a call of one of the front end's marker functions (an
 * assertion: sparse_assert.c), never a fact? */
static int is_marker(struct instruction *insn)
{
	return insn->opcode == OP_CALL && insn->func && insn->func->type == PSEUDO_SYM &&
	       insn->func->sym->ident &&
	       !strncmp(sc_ident(insn->func->sym->ident), "__sleepcheck_", 13);
}

/* is value @v used by nothing but marker calls? */
static int only_markers(pseudo_t v)
{
	struct pseudo_user *pu;

	if (!v || v == VOID)
		return 1;
	FOR_EACH_PTR(v->users, pu) {
		if (pu->insn->bb && !is_marker(pu->insn))
			return 0;
	} END_FOR_EACH_PTR(pu);
	return 1;
}

/*
 * The integer member of @st at byte @off that an access @bits wide reads
 * whole, inside members that are structs themselves (`req->base.flags`),
 * its path ("base.flags") into @path; *@top the member of @st holding
 * it.  NULL when there is none or the path does not fit.
 */
static struct symbol *int_member_path(struct symbol *st, long long off, unsigned bits,
				      struct symbol **top, char *path, size_t size)
{
	struct symbol *m, *t;
	size_t n = 0;
	int guard = 0;

	*top = NULL;
	while (st && guard++ < LIM_TYPE_CHAIN) {
		if ((m = int_member(st, off, bits))) {
			if (!*top)
				*top = m;
			if (n + strlen(sc_ident(m->ident)) + 1 > size)
				return NULL;
			strcpy(path + n, sc_ident(m->ident));
			return m;
		}
		m = member_holding(st, off);
		if (!m || !(t = struct_type(m, 0)))
			return NULL;
		if (!*top)
			*top = m;
		if (n + strlen(sc_ident(m->ident)) + 2 > size)
			return NULL;
		n += sprintf(path + n, "%s.", sc_ident(m->ident));
		off -= (long long)m->offset;
		st = t;
	}
	return NULL;
}

/*
 * The path ("base.tfm") of the innermost named member of @st that holds
 * bytes [@from, @to) whole, through named struct members, into @path: 1,
 * or 0 when no member holds them all (the store spans members, is in an
 * anonymous member, or the path does not fit).
 */
static int member_path_at(struct symbol *st, long long from, long long to,
			  char *path, size_t size)
{
	struct symbol *m, *t;
	size_t n = 0;
	int guard = 0;

	path[0] = '\0';
	while (st && guard++ < LIM_TYPE_CHAIN) {
		m = member_holding(st, from);
		if (!m || to > (long long)m->offset + bits_to_bytes(m->bit_offset + m->bit_size))
			return n > 0;
		if (n + strlen(sc_ident(m->ident)) + 2 > size)
			return 0;
		if (n)
			path[n - 1] = '.';
		n += sprintf(path + n, "%s", sc_ident(m->ident)) + 1;
		from -= (long long)m->offset;
		to -= (long long)m->offset;
		if (!(t = struct_type(m, 0)))
			return 1;
		st = t;
	}
	return 0;
}

int sc_member_atom(struct entrypoint *ep, struct symbol *fn, pseudo_t x,
		   char *field, size_t size)
{
	struct instruction *def, *insn;
	struct pseudo_user *pu;
	struct symbol *st, *m, *top;
	char path[ATOM_FIELD_MAX];
	long long end;

	x = sc_strip_ext(x, 0);
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    def->is_volatile || !def->src || def->src->type != PSEUDO_ARG ||
	    def->src->nr < 1 || def->src->nr > GFP_MAX_PARAMS)
		return -1;
	st = struct_type(sc_param_type(fn, def->src->nr - 1), 1);
	if (!st || !(m = int_member_path(st, def->offset, def->size, &top, path,
					 sizeof(path))))
		return -1;
	/* the value on entry: never stored through the parameter (a
	 * member of a member: no store there overlapping it) */
	end = def->offset + bits_to_bytes(def->size);
	FOR_EACH_PTR(def->src->users, pu) {
		insn = pu->insn;
		if (insn->bb && insn->opcode == OP_STORE && insn->src == def->src &&
		    member_holding(st, insn->offset) == top &&
		    (top == m || (insn->offset < end &&
				  insn->offset + bits_to_bytes(insn->size) > def->offset)))
			return -1;
	} END_FOR_EACH_PTR(pu);
	if (strlen(path) >= size)
		return -1;
	snprintf(field, size, "%s", path);
	return def->src->nr - 1;
}

/* the pointer member (not to a function) of struct @st at byte @off,
 * @bits wide, or NULL */
static struct symbol *ptr_member(struct symbol *st, long long off, unsigned bits)
{
	struct symbol *m = member_holding(st, off), *t;

	if (!m || !m->ident || (long long)m->offset != off ||
	    (unsigned)m->bit_size != bits)
		return NULL;
	t = sc_strip_node(m);
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = sc_strip_node(t->ctype.base_type);
	return t && t->type != SYM_FN ? m : NULL;
}

int sc_member_ptr_atom(struct symbol *fn, pseudo_t x, char *field, size_t size)
{
	struct instruction *def, *insn;
	struct pseudo_user *pu;
	struct symbol *st, *m;
	int guard = 0;

	while (x && x->type == PSEUDO_REG && (def = x->def) && guard++ < LIM_WALK &&
	       def->opcode == OP_COPY)
		x = def->src;
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    def->is_volatile || !def->src || def->src->type != PSEUDO_ARG ||
	    def->src->nr < 1 || def->src->nr > GFP_MAX_PARAMS)
		return -1;
	st = struct_type(sc_param_type(fn, def->src->nr - 1), 1);
	if (!st || !(m = ptr_member(st, def->offset, def->size)) ||
	    strlen(sc_ident(m->ident)) >= size)
		return -1;
	/* the value on entry: never stored through the parameter */
	FOR_EACH_PTR(def->src->users, pu) {
		insn = pu->insn;
		if (insn->bb && insn->opcode == OP_STORE && insn->src == def->src &&
		    member_holding(st, insn->offset) == m)
			return -1;
	} END_FOR_EACH_PTR(pu);
	snprintf(field, size, "%s", sc_ident(m->ident));
	return def->src->nr - 1;
}

static int mark_blocks(struct basic_block *start, int bit, int nbbs);

/* does a store of bytes [@from, @to) through @p reach load @ld (a path
 * from the store to it)? */
static int store_reaches(struct entrypoint *ep, pseudo_t p, long long from,
			 long long to, struct instruction *ld)
{
	struct pseudo_user *pu;
	struct instruction *insn, *i;
	struct basic_block *bb;
	int before, in_block, nbbs;

	FOR_EACH_PTR(p->users, pu) {
		insn = pu->insn;
		if (!insn->bb || insn->opcode != OP_STORE || insn->src != p ||
		    insn->offset >= to ||
		    insn->offset + bits_to_bytes(insn->size) <= from)
			continue;
		if (insn->bb == ld->bb) {
			/* before the load in its block */
			before = in_block = 0;
			FOR_EACH_PTR(ld->bb->insns, i) {
				if (i == insn && !in_block)
					before = 1;
				if (i == ld)
					in_block = 1;
			} END_FOR_EACH_PTR(i);
			if (before)
				return 1;
		}
		/* (mark_blocks() marks what the store's block reaches) */
		nbbs = 0;
		FOR_EACH_PTR(ep->bbs, bb) {
			bb->generation = 0;
			nbbs++;
		} END_FOR_EACH_PTR(bb);
		if (!mark_blocks(insn->bb, 1, nbbs) || (ld->bb->generation & 1))
			return 1;
	} END_FOR_EACH_PTR(pu);
	return 0;
}

int sc_addr_atom(struct sc_unit *unit, struct entrypoint *ep, struct symbol *fn,
		 pseudo_t x, pseudo_t g, char *field, size_t size,
		 unsigned long long *value)
{
	struct instruction *def;
	struct symbol *st, *m;

	x = sc_strip_ext(x, 0);
	*value = sc_global_addr(unit, g);
	if (!*value || !x || x->type != PSEUDO_REG || !(def = x->def) ||
	    def->opcode != OP_LOAD || def->is_volatile || !def->src ||
	    def->src->type != PSEUDO_ARG || def->src->nr < 1 ||
	    def->src->nr > GFP_MAX_PARAMS)
		return -1;
	st = struct_type(sc_param_type(fn, def->src->nr - 1), 1);
	if (!st || !(m = member_holding(st, def->offset)) || !m->ident ||
	    (long long)m->offset != def->offset || !sc_is_pointer(m) ||
	    (unsigned)m->bit_size != def->size ||
	    strlen(sc_ident(m->ident)) >= size ||
	    store_reaches(ep, def->src, def->offset,
			  def->offset + bits_to_bytes(def->size), def))
		return -1;
	snprintf(field, size, "%s", sc_ident(m->ident));
	return def->src->nr - 1;
}

/*
 * A member-bits rule's test (rules.h struct member_bits): @x, read (a
 * volatile read too, test_bit()'s) from integer member F of what
 * pointer member P of what struct pointer parameter K points to, masked
 * with @mask, where a rule of K's struct says P->F has that bit set
 * exactly when its integer member G has the rule's bit set: G's member
 * atom stands for the test (G into @field, its mask into *@gmask), K
 * returned; -1 for anything else.  P is read whole from K; neither P
 * nor G is stored through K here, as sc_member_atom() asks of its
 * member.
 */
int sc_chain_atom(const struct rules *rules, struct symbol *fn, pseudo_t x,
		  unsigned long long mask, char *field, size_t size,
		  unsigned long long *gmask)
{
	const struct member_bits *mb;
	struct instruction *def, *pdef, *insn;
	struct pseudo_user *pu;
	struct symbol *st, *ut, *pm, *fm, *gm = NULL, *m, *t;
	char path[2 * ATOM_FIELD_MAX];

	x = sc_strip_ext(x, 0);
	if (!x || x->type != PSEUDO_REG || !(def = x->def) || def->opcode != OP_LOAD ||
	    !def->src || def->src->type != PSEUDO_REG || !(pdef = def->src->def) ||
	    pdef->opcode != OP_LOAD || pdef->is_volatile || !pdef->src ||
	    pdef->src->type != PSEUDO_ARG || pdef->src->nr < 1 ||
	    pdef->src->nr > GFP_MAX_PARAMS)
		return -1;
	st = struct_type(sc_param_type(fn, pdef->src->nr - 1), 1);
	if (!st || !st->ident || !(pm = member_holding(st, pdef->offset)) ||
	    (long long)pm->offset != pdef->offset || !(ut = struct_type(pm, 1)) ||
	    (unsigned)pm->bit_size != pdef->size ||
	    !(fm = int_member(ut, def->offset, def->size)))
		return -1;
	snprintf(path, sizeof(path), "%s->%s", sc_ident(pm->ident), sc_ident(fm->ident));
	mb = rules_member_bits(rules, sc_ident(st->ident), path, mask);
	if (!mb)
		return -1;
	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident && !strcmp(sc_ident(m->ident), mb->member))
			gm = m;
	} END_FOR_EACH_PTR(m);
	t = gm ? sc_strip_node(gm) : NULL;
	if (!t || t->type == SYM_BITFIELD || !sc_is_integer(gm) ||
	    strlen(mb->member) >= size)
		return -1;
	/* G as on entry, and P the parameter's own: neither stored
	 * through the parameter */
	FOR_EACH_PTR(pdef->src->users, pu) {
		insn = pu->insn;
		if (insn->bb && insn->opcode == OP_STORE && insn->src == pdef->src &&
		    (member_holding(st, insn->offset) == gm ||
		     member_holding(st, insn->offset) == pm))
			return -1;
	} END_FOR_EACH_PTR(pu);
	snprintf(field, size, "%s", mb->member);
	*gmask = mb->member_mask;
	return pdef->src->nr - 1;
}

static int stores_after_but(struct entrypoint *ep, struct instruction *insn,
			    pseudo_t p, long long from, long long to);

static int stores_after(struct entrypoint *ep, struct instruction *insn)
{
	return stores_after_but(ep, insn, NULL, 0, 0);
}

/* may instruction @i store, other than through @p (not NULL) into bytes
 * outside [@from, @to)? */
static int may_store_but(struct instruction *i, pseudo_t p, long long from,
			 long long to)
{
	if (i->opcode == OP_STORE && p && i->src == p)
		return i->offset < to && i->offset + bits_to_bytes(i->size) > from;
	return i->opcode == OP_CALL || i->opcode == OP_STORE || i->opcode == OP_ASM;
}

/* does anything that may store run after @insn in its block or in a
 * block reachable from it?  With @p, a store through @p outside [@from,
 * @to) does not count (another member of the same object) */
static int stores_after_but(struct entrypoint *ep, struct instruction *insn,
			    pseudo_t p, long long from, long long to)
{
	struct basic_block *bb, *child, **work;
	struct instruction *i;
	int n = 0, cap = 1, after = 0, hit = 0;

	FOR_EACH_PTR(ep->bbs, bb) {
		bb->generation = 0;
		cap++;
	} END_FOR_EACH_PTR(bb);
	work = sc_malloc(cap * sizeof(*work));
	FOR_EACH_PTR(insn->bb->insns, i) {
		if (i == insn)
			after = 1;
		else if (after && i->bb && may_store_but(i, p, from, to))
			hit = 1;
	} END_FOR_EACH_PTR(i);
	FOR_EACH_PTR(insn->bb->children, child) {
		if (!child->generation && n < cap) {
			child->generation = 1;
			work[n++] = child;
		}
	} END_FOR_EACH_PTR(child);
	while (!hit && n > 0) {
		bb = work[--n];
		FOR_EACH_PTR(bb->insns, i) {
			if (i->bb && may_store_but(i, p, from, to))
				hit = 1;
		} END_FOR_EACH_PTR(i);
		FOR_EACH_PTR(bb->children, child) {
			if (!child->generation && n < cap) {
				child->generation = 1;
				work[n++] = child;
			}
		} END_FOR_EACH_PTR(child);
	}
	free(work);
	return hit;
}

/* does the block of @insn run on every path to every end of @ep (a
 * block with no successor: a return, or a call that does not return)? */
static int before_ends(struct entrypoint *ep, struct instruction *insn)
{
	struct basic_block *bb;

	FOR_EACH_PTR(ep->bbs, bb) {
		if (!ptr_list_size((struct ptr_list *)bb->children) &&
		    sc_reach_around(ep, insn->bb, bb))
			return 0;
	} END_FOR_EACH_PTR(bb);
	return 1;
}

/* the named member of @st a store @insn writes whole or in part, or
 * NULL when it writes past it (the whole struct) or none */
static struct symbol *stored_member(struct symbol *st, struct instruction *insn)
{
	struct symbol *m = member_holding(st, insn->offset);
	long long end;

	if (!m)
		return NULL;
	end = (long long)m->offset + bits_to_bytes(m->bit_offset + m->bit_size);
	return insn->offset + bits_to_bytes(insn->size) <= end ? m : NULL;
}

/* the anonymous struct or union member of @st a store @insn writes
 * into, not past it (anon_holding()), or NULL */
static struct symbol *anon_stored(struct symbol *st, struct instruction *insn)
{
	struct symbol *m, *anon = anon_holding(st, insn->offset);

	if (!anon)
		return NULL;
	FOR_EACH_PTR(st->symbol_list, m) {
		if (!m->ident && sc_strip_node(m) == anon)
			return insn->offset + bits_to_bytes(insn->size) <=
			       (long long)m->offset + bits_to_bytes(m->bit_offset + m->bit_size) ?
			       anon : NULL;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* stored_member(), or the bitfield whose storage unit store @insn writes
 * whole (libsparse writes a bitfield's unit, `u16 a:1, b:1` by 16 bits,
 * past the bytes of the first: the others' bits written back as read);
 * for a local object's stores (sc_object_vals()) */
static struct symbol *stored_unit_member(struct symbol *st, struct instruction *insn)
{
	struct symbol *m = member_holding(st, insn->offset), *t;

	if (m && (t = sc_strip_node(m)) && t->type == SYM_BITFIELD && t->ctype.base_type &&
	    t->ctype.base_type->bit_size > 0 && insn->offset == (long long)m->offset &&
	    insn->offset + bits_to_bytes(insn->size) <=
	    (long long)m->offset + bits_to_bytes(t->ctype.base_type->bit_size))
		return m;
	return stored_member(st, insn);
}

/* does store @insn write its member's own value back with constant bits
 * ORed or masked in (`p->f |= C`, `p->f &= ~C`)?  The libclang lowering
 * has no value for a compound assignment (clang_objints.c), so neither
 * front end follows one: K.F! */
static int own_value_back(struct instruction *insn)
{
	pseudo_t v = insn->target;
	struct instruction *def;
	int guard = 0;

	while (v && v->type == PSEUDO_REG && (def = v->def) && guard++ < LIM_WALK) {
		if ((def->opcode == OP_OR || def->opcode == OP_AND) && def->src2 &&
		    def->src2->type == PSEUDO_VAL)
			v = def->src1;
		else if (def->opcode == OP_ZEXT || def->opcode == OP_SEXT ||
			 def->opcode == OP_TRUNC)
			v = def->src;
		else
			return def->opcode == OP_LOAD && def->src == insn->src &&
			       def->offset == insn->offset;
	}
	return 0;
}

unsigned long long sc_global_addr(struct sc_unit *unit, pseudo_t v)
{
	struct symbol *sym;

	/* a file-scope object (a function's static is left out: two
	 * functions may each have one named so) */
	if (!v || v->type != PSEUDO_SYM || !(sym = v->sym) || !sym->ident ||
	    !(sym->ctype.modifiers & MOD_TOPLEVEL) || !sym->ctype.base_type ||
	    sym->ctype.base_type->type == SYM_FN)
		return 0;
	/* a static one's name is its unit's */
	return fact_addr_value(sc_ident(sym->ident),
			       sym->ctype.modifiers & MOD_STATIC ?
			       unit->facts->path : NULL);
}

/*
 * K.F:=&&V of store @insn through parameter @p (@k) into member @m of
 * struct @st: a pointer member stored whole with the address of a
 * global object, on every path to a return, nothing after it storing
 * or calling but stores of other members through @p
 * (trace_init_global_iter()'s `iter->temp = static_temp_buf` before
 * `iter->temp_size = ...`).  Into @entry: 1, else 0.
 */
static int addr_entry(struct sc_unit *unit, struct entrypoint *ep,
		      struct instruction *insn, pseudo_t p, int k, struct symbol *st,
		      struct symbol *m, char *entry, size_t size)
{
	unsigned long long v = sc_global_addr(unit, insn->target);
	long long from = insn->offset;
	char val[40];

	(void)st;
	if (!v || (long long)m->offset != from || !sc_is_pointer(m) ||
	    (unsigned)m->bit_size != insn->size || !before_ends(ep, insn) ||
	    stores_after_but(ep, insn, p, from, from + bits_to_bytes(insn->size)))
		return 0;
	snprintf(val, sizeof(val), ":=&&%llu", v);
	member_entry(entry, size, k, m->ident, val);
	return 1;
}

/*
 * "!", or "!^&&V" when store @insn of pointer member @m (of struct @st)
 * through parameter @k runs only where the member did not hold the
 * address V on entry (unless.h; trace_find_next_entry()'s `iter->temp =
 * temp` under `!WARN_ON_ONCE(iter->temp == static_temp_buf)`), in @buf
 */
static const char *unless(const struct ir_func *ir, int k, struct symbol *st,
			  struct symbol *m, struct instruction *insn, char *buf)
{
	unsigned long long v;

	(void)st;
	if (!ir || !m->ident || (long long)m->offset != insn->offset ||
	    !sc_is_pointer(m) || (unsigned)m->bit_size != insn->size ||
	    !(v = ir_store_unless(ir, k, sc_ident(m->ident), (int)(long)insn->bb->priv)))
		return "!";
	snprintf(buf, 40, "!^&&%llu", v);
	return buf;
}

/* is @v used only by returns? */
static int only_returned(pseudo_t v)
{
	struct pseudo_user *pu;

	FOR_EACH_PTR(v->users, pu) {
		if (pu->insn->bb && pu->insn->opcode != OP_RET)
			return 0;
	} END_FOR_EACH_PTR(pu);
	return 1;
}

/* does @type point to a const-qualified object (sparse keeps the
 * pointee's qualifiers on the SYM_PTR)? */
static int points_const(struct symbol *type)
{
	type = sc_strip_node(type);
	return type && type->type == SYM_PTR && (type->ctype.modifiers & MOD_CONST);
}

/*
 * The entries of pointer parameter @p (@k from 0) of @fn to struct @st.
 * A parameter pointing to a const struct is written through by no use
 * that keeps its const (a copy of the pointer into memory, a phi, a
 * conversion to another pointer to const: timecounter_init()'s
 * `tc->cc = cc`, kernel/time/timecounter.c:12): only a conversion to a
 * pointer to a non-const object makes it K!.
 */
static void param_entries(struct sc_unit *unit, struct symbol *fn,
			  struct entrypoint *ep, const struct ir_func *ir,
			  pseudo_t p, int k,
			  struct symbol *st, sc_intval_fn *intval, sc_add_fn *add,
			  char *buf, size_t size)
{
	struct pseudo_user *pu;
	struct instruction *insn;
	struct symbol *m;
	char entry[160], star[80], val[40];
	int escapes = 0, is_const = points_const(sc_param_type(fn, k));

	FOR_EACH_PTR(p->users, pu) {
		insn = pu->insn;
		if (!insn->bb)
			continue;
		/* (a store's target is the value stored, its src the
		 * address) */
		if (is_const && insn->opcode != OP_LOAD && insn->opcode != OP_ADD &&
		    (insn->opcode != OP_PTRCAST || points_const(insn->type)) &&
		    (insn->opcode != OP_STORE || insn->src != p))
			continue;
		switch (insn->opcode) {
		case OP_LOAD:
			break;
		case OP_STORE:
			if (insn->target != p && insn->src == p && !stored_member(st, insn) &&
			    (m = anon_stored(st, insn))) {
				/* a member of an anonymous union: each of
				 * its members (`inode->__i_nlink = nlink`,
				 * fs/inode.c:375 set_nlink()) */
				anon_entries(m, k, add, buf, size, 0);
				break;
			}
			if (insn->target == p || insn->src != p ||
			    !(m = stored_member(st, insn))) {
				escapes = 1;
				break;
			}
			if (addr_entry(unit, ep, insn, p, k, st, m, entry,
				       sizeof(entry))) {
				add(buf, size, entry);
				break;
			}
			if (int_member(st, insn->offset, insn->size) &&
			    before_ends(ep, insn) && !stores_after(ep, insn) &&
			    !own_value_back(insn)) {
				char val[LIM_FIELD_VALS] = "";

				member_entry(star, sizeof(star), -1, m->ident, ":");
				intval(unit, fn, insn->target, k, star, val, sizeof(val));
				if (val[0]) {
					add(buf, size, val);
					break;
				}
			}
			member_entry(entry, sizeof(entry), k, m->ident,
				     unless(ir, k, st, m, insn, val));
			add(buf, size, entry);
			break;
		case OP_ADD:
			/* the address of a member */
			if (only_markers(insn->target))
				break;
			if (insn->src2 && insn->src2->type == PSEUDO_VAL &&
			    insn->src1 == p && (m = member_holding(st, insn->src2->value))) {
				member_entry(entry, sizeof(entry), k, m->ident, "!");
				add(buf, size, entry);
			} else if (insn->src2 && insn->src2->type == PSEUDO_VAL &&
				   insn->src1 == p &&
				   (m = anon_holding(st, insn->src2->value))) {
				/* a member of an anonymous union: `&dentry->d_lru`,
				 * fs/dcache.c:445 d_lru_del() */
				anon_entries(m, k, add, buf, size, 0);
			} else {
				escapes = 1;
			}
			break;
		case OP_CALL:
			if (insn->func == p)
				escapes = 1;
			break;	/* a marker's argument is never a fact */
		case OP_SEL:
			/* p chosen: a phi, unless only returned (`return
			 * iter->ent ? iter : NULL;`, as a return of p) */
			if (insn->src1 != p && !only_returned(insn->target))
				escapes = 1;
			break;
		case OP_INLINED_CALL:
		case OP_RET:
		case OP_CBR:
		case OP_SET_EQ: case OP_SET_NE:
		case OP_SET_LT: case OP_SET_LE: case OP_SET_GT: case OP_SET_GE:
		case OP_SET_B: case OP_SET_BE: case OP_SET_A: case OP_SET_AE:
			break;
		default:
			escapes = 1;
			break;
		}
	} END_FOR_EACH_PTR(pu);
	if (escapes) {
		snprintf(entry, sizeof(entry), "%d!", k);
		add(buf, size, entry);
	}
}

void sc_object_rets(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		    const struct ir_func *ir, sc_intval_fn *intval, sc_add_fn *add,
		    char *buf, size_t size)
{
	char list[LIM_FIELD_VALS] = "";
	struct symbol *st;
	pseudo_t p;

	if (!ep->entry)
		return;
	FOR_EACH_PTR(ep->entry->arg_list, p) {
		if (p->type != PSEUDO_ARG || p->nr < 1 || p->nr > GFP_MAX_PARAMS ||
		    !(st = struct_type(sc_param_type(fn, p->nr - 1), 1)) ||
		    !has_int_member(st))
			continue;
		param_entries(unit, fn, ep, ir, p, p->nr - 1, st, intval, add,
			      list, sizeof(list));
	} END_FOR_EACH_PTR(p);
	/* in an order both front ends find */
	fact_list_sort(list);
	fact_list_append(buf, size, list, add);
}

/* is store @insn a zero over the whole of struct @st, the one libsparse
 * makes before an initializer's members (linearize.c, "default zero
 * initialization")?  Not when one member is all of it: then it is that
 * member's store (as `m.status = 0` of a struct with one member is) */
static int zero_fill(struct symbol *st, struct instruction *insn)
{
	return insn->offset == 0 && insn->target &&
	       insn->target->type == PSEUDO_VAL && insn->target->value == 0 &&
	       st->bit_size > 0 && insn->size >= (unsigned)st->bit_size &&
	       !stored_member(st, insn);
}

/* appends @entry to the list @buf of @size bytes; 0 when it is full */
static int put(sc_add_fn *add, char *buf, size_t size, const char *entry)
{
	if (strlen(buf) + strlen(entry) + 2 > size)
		return 0;
	add(buf, size, entry);
	return 1;
}

/* the type call @insn passes as its argument @n (from 0), after the
 * conversion to the parameter's type, or NULL */
static struct symbol *call_arg_type(struct instruction *insn, int n)
{
	struct symbol *t;
	int i = 0;

	FOR_EACH_PTR(insn->fntypes, t) {
		if (i++ == n + 1)
			return t;
	} END_FOR_EACH_PTR(t);
	return NULL;
}

/* is @v used only as arguments of calls (not expanded inline) that are
 * no markers? */
static int only_call_args(pseudo_t v)
{
	struct pseudo_user *pu;
	int n = 0;

	FOR_EACH_PTR(v->users, pu) {
		struct instruction *i = pu->insn;

		if (!i->bb)
			continue;
		if (i->opcode != OP_CALL || i->func == v || is_marker(i))
			return 0;
		n++;
	} END_FOR_EACH_PTR(pu);
	return n > 0;
}

/*
 * J.M:=? for each member M of struct @st a call may store when it is
 * given @cast, the object's address converted (`(u8 *)obj`), or that plus
 * a constant (`(u8 *)obj + offsetof(T, F)`, memset_startat(),
 * include/linux/string.h:389): every member from that offset to the
 * struct's end (none before it: a callee given the address of a part of
 * an object is taken to write only from there on, as one given the
 * address of a member is taken to write only in it).  0 when @cast is
 * used otherwise.
 */
static int tail_entries(struct symbol *st, pseudo_t cast, int j, sc_add_fn *add,
			char *list, size_t size, int *full)
{
	struct pseudo_user *pu;
	struct symbol *m;
	long long from = -1, f;
	char entry[160];

	FOR_EACH_PTR(cast->users, pu) {
		struct instruction *i = pu->insn;

		if (!i->bb)
			continue;
		if (i->opcode == OP_CALL && i->func != cast && !is_marker(i))
			f = 0;
		else if (i->opcode == OP_ADD && i->src1 == cast && i->src2 &&
			 i->src2->type == PSEUDO_VAL && i->src2->value >= 0 &&
			 only_call_args(i->target))
			f = i->src2->value;
		else
			return 0;
		if (from < 0 || f < from)
			from = f;
	} END_FOR_EACH_PTR(pu);
	if (from < 0)
		return 0;
	FOR_EACH_PTR(st->symbol_list, m) {
		long long end = (long long)m->offset +
				bits_to_bytes(m->bit_offset + m->bit_size);

		if (!m->ident || end <= from)
			continue;
		member_entry(entry, sizeof(entry), j, m->ident, ":=?");
		if (!put(add, list, size, entry)) {
			*full = 1;
			return 1;
		}
	} END_FOR_EACH_PTR(m);
	return 1;
}

/*
 * The first call given static object @arg: one that runs before every
 * other call given it and every store of its members or use of its
 * address (a member's, converted) on every path; NULL when there is
 * none.
 */
static struct instruction *first_call(struct entrypoint *ep, pseudo_t arg)
{
	struct instruction *first = NULL, *i;
	struct pseudo_user *pu;

	FOR_EACH_PTR(arg->users, pu) {
		i = pu->insn;
		if (i->bb && i->opcode == OP_CALL && i->func != arg && !is_marker(i) &&
		    (!first || sc_dominates(ep, i, first)))
			first = i;
	} END_FOR_EACH_PTR(pu);
	if (!first)
		return NULL;
	FOR_EACH_PTR(arg->users, pu) {
		i = pu->insn;
		if (!i->bb || i == first || i->opcode == OP_LOAD ||
		    i->opcode == OP_INLINED_CALL || (i->opcode == OP_CALL && is_marker(i)))
			continue;
		if (!sc_dominates(ep, first, i))
			return NULL;
	} END_FOR_EACH_PTR(pu);
	return first;
}

/* is @sym declared in the body of @fn (not of a function expanded in
 * it): in a scope inside the one of its first parameter?  0 for a
 * function without one */
static int declared_in(struct symbol *sym, struct symbol *fn)
{
	struct symbol *arg = NULL;
	struct scope *s;
	int n = 0;

	if (fn->ctype.base_type)
		arg = first_ptr_list((struct ptr_list *)fn->ctype.base_type->arguments);
	if (!arg || !arg->scope)
		return 0;
	for (s = sym->scope; s && n++ < LIM_WALK; s = s->next)
		if (s == arg->scope)
			return 1;
	return 0;
}

/*
 * Is call @insn one a mem-zero rule names (memset(), kernel-memory.rules)
 * given the object as its argument @n (from 0): 1 when the value it
 * writes is the constant 0, -1 when it is another or not known (every
 * member's value then unknown), 0 when it is no such call.
 */
static int zeroes(struct sc_unit *unit, struct instruction *insn, int n)
{
	const struct mem_rule *r;
	pseudo_t v;

	if (!insn->func || insn->func->type != PSEUDO_SYM || !insn->func->sym->ident ||
	    !(r = rules_mem(unit->rules, sc_ident(insn->func->sym->ident), MEM_ZERO,
			    n + 1)))
		return 0;
	v = ptr_list_nth_entry((struct ptr_list *)insn->arguments, r->val - 1);
	return v && v->type == PSEUDO_VAL && v->value == 0 ? 1 : -1;
}

void sc_object_vals(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		    pseudo_t arg, int j, sc_intval_fn *intval, sc_add_fn *add,
		    char *buf, size_t size)
{
	struct symbol *sym = arg->sym, *st, *m;
	char list[LIM_FIELD_VALS] = "", entry[160], star[80];
	struct pseudo_user *pu;
	struct instruction *insn, *first = NULL;
	unsigned long mods = sym ? sym->ctype.modifiers : 0;
	int ncalls = 0, full = 0;
	/* a function's static object (no initializer: its members 0),
	 * declared in @fn itself, which no other function expands inline
	 * (else its copies there use the object too) */
	int fstatic = (mods & MOD_STATIC) && !(mods & (MOD_EXTERN | MOD_TOPLEVEL));

	if (!sym || (!fstatic && (mods & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL))) ||
	    (fstatic && (sym->initializer || (fn->ctype.modifiers & MOD_INLINE) ||
			 !declared_in(sym, fn))) ||
	    !(st = struct_type(sym, 0)) || !has_int_member(st))
		return;
	if (fstatic && !(first = first_call(ep, arg))) {
		/* the zero it held first may be anywhere */
		snprintf(entry, sizeof(entry), "%d.*:=#0", j);
		if (!put(add, list, sizeof(list), entry))
			goto full;
	}
	FOR_EACH_PTR(arg->users, pu) {
		insn = pu->insn;
		if (!insn->bb)
			continue;
		switch (insn->opcode) {
		case OP_LOAD:
			break;
		case OP_STORE:
			if (insn->target == arg || insn->src != arg)
				return;
			if (zero_fill(st, insn)) {
				/* an initializer's: every member 0 first */
				snprintf(entry, sizeof(entry), "%d.*:=#0", j);
				if (!put(add, list, sizeof(list), entry))
					goto full;
				break;
			}
			if (!(m = stored_unit_member(st, insn)))
				return;
			entry[0] = '\0';
			if (int_member(st, insn->offset, insn->size)) {
				member_entry(star, sizeof(star), -1, m->ident, ":");
				intval(unit, fn, insn->target, j, star, entry, sizeof(entry));
			} else if (ptr_member(st, insn->offset, insn->size) &&
				 insn->target->type == PSEUDO_VAL && !insn->target->value)
				/* NULL in a pointer member (`.pgd = NULL`) */
				member_entry(entry, sizeof(entry), j, m->ident, ":=#0");
			if (!entry[0])
				member_entry(entry, sizeof(entry), j, m->ident, ":=?");
			if (!put(add, list, sizeof(list), entry))
				goto full;
			break;
		case OP_ADD:
			if (only_markers(insn->target))
				break;
			if (insn->src1 != arg || !insn->src2 ||
			    insn->src2->type != PSEUDO_VAL ||
			    !(m = member_holding(st, insn->src2->value)))
				return;
			member_entry(entry, sizeof(entry), j, m->ident, ":=?");
			if (!put(add, list, sizeof(list), entry))
				goto full;
			break;
		case OP_PTRCAST:
			if (!tail_entries(st, insn->target, j, add, list, sizeof(list),
					  &full))
				return;
			if (full)
				goto full;
			break;
		case OP_CALL: {
			pseudo_t a;
			int n = 0, z;

			if (insn->func == arg)
				return;
			if (is_marker(insn))
				break;
			FOR_EACH_PTR(insn->arguments, a) {
				if (a == arg && (z = zeroes(unit, insn, n))) {
					/* memset(&obj, 0, ...): a 0 in every
					 * member, like an initializer's */
					if (z < 0)
						return;
					snprintf(entry, sizeof(entry), "%d.*:=#0", j);
					if (!put(add, list, sizeof(list), entry))
						goto full;
				} else if (a == arg) {
					/* given as a pointer to another type
					 * (`&c.w`, a member at offset 0; a
					 * `void *`): the callee names other
					 * members than the object's */
					if (struct_type(call_arg_type(insn, n), 1) != st)
						return;
					if (ncalls++ == LIM_OBJ_CALLS) {
						ir_cut(CUT_OBJ_CALLS);
						return;
					}
					snprintf(entry, sizeof(entry), "%d=~%d:%d/%d%s", j,
						 insn->pos.line, insn->pos.pos, n,
						 insn == first ? "^" : "");
					if (!put(add, list, sizeof(list), entry))
						goto full;
				}
				n++;
			} END_FOR_EACH_PTR(a);
			break;
		}
		case OP_INLINED_CALL:
			break;
		default:
			return;
		}
	} END_FOR_EACH_PTR(pu);
	if (!ncalls)
		return;
	if (strlen(buf) + strlen(list) + 2 > size)
		goto full;
	fact_list_sort(list);
	fact_list_append(buf, size, list, add);
	return;
full:
	ir_cut(CUT_FIELD_VALS);	/* all of it or nothing */
}

/* @p through copies (not pointer casts, which the libclang lowering
 * does not follow either) */
static pseudo_t ptr_root(pseudo_t p)
{
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK &&
	       p->def->opcode == OP_COPY)
		p = p->def->src;
	return p;
}

/* the instruction before @insn in its block, else the last of the
 * block's only predecessor when it has no other successor; NULL */
static struct instruction *insn_before(struct instruction *insn)
{
	struct basic_block *bb = insn->bb, *parent;
	struct instruction *i, *prev = NULL;
	int found = 0;

	/* (FOR_EACH_PTR is two loops: no break out of it) */
	FOR_EACH_PTR(bb->insns, i) {
		if (i == insn)
			found = 1;
		else if (!found && i->bb)
			prev = i;
	} END_FOR_EACH_PTR(i);
	if (prev)
		return prev;
	if (ptr_list_size((struct ptr_list *)bb->parents) != 1)
		return NULL;
	parent = first_ptr_list((struct ptr_list *)bb->parents);
	if (!parent || parent == bb ||
	    ptr_list_size((struct ptr_list *)parent->children) != 1)
		return NULL;
	prev = NULL;
	FOR_EACH_PTR(parent->insns, i) {
		if (i->bb)
			prev = i;
	} END_FOR_EACH_PTR(i);
	return prev;
}

/*
 * Calls between a store and the call it is known at (sc_member_known(),
 * clang_objints.c the same): a call given nothing that derives from the
 * object's pointer (nor from its outer object's, &p->sub) is passed over
 * as J.*~L:C, one given that very pointer (or the outer one) as
 * J.P~L:C/M, P the member path it would have to store; the solver asks
 * (fieldints.c fi_known()).  A lock primitive (an acquire, release or
 * trylock rule) writes only its lock: passed over, nothing said.
 */
struct between {
	int line, col, m;	/* m: the argument, -1 none; */
	int outer;		/* ... the outer object's pointer */
};

/* may @p be the pointer @a or @b, or derive from one of them?  Through
 * copies, casts and arithmetic; a value loaded from memory, returned by
 * a call, a constant, a symbol's address or another parameter does not
 * (as the solver's fi_may_store() reads only what a call is given);
 * what is not followed (a phi, a choice) may */
static int derives(pseudo_t p, pseudo_t a, pseudo_t b, int depth)
{
	struct instruction *d;

	if (!p || depth > 2 * LIM_WALK)
		return 1;
	if (p == a || (b && p == b))
		return 1;
	if (p->type == PSEUDO_VAL || p->type == PSEUDO_SYM || p->type == PSEUDO_ARG)
		return 0;
	if (p->type != PSEUDO_REG || !(d = p->def))
		return 1;
	switch (d->opcode) {
	case OP_LOAD:
	case OP_CALL:
	case OP_SYMADDR:
		return 0;
	case OP_COPY: case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_NOT: case OP_NEG:
		return derives(d->src, a, b, depth + 1);
	default:
		if (opcode_table[d->opcode].flags & OPF_BINOP)
			return derives(d->src1, a, b, depth + 1) ||
			       derives(d->src2, a, b, depth + 1);
		return 1;
	}
}

/* call @insn between: into @calls[*@n] (1), or 0 when the walk stops;
 * the object only to a parameter that points to its own struct @want
 * (the outer object to one that points to @owant): a callee's member
 * stores are named by its parameter's struct, and the names asked are
 * @want's (`use(&p->sub)` of a struct at offset 0 in p is p's pointer
 * but says "flags" of what p->sub's "sub.flags" is) */
static int call_between(struct sc_unit *unit, struct instruction *insn, pseudo_t root,
			pseudo_t outer, int named, struct between *calls, int *n,
			struct symbol *want, struct symbol *owant)
{
	const struct rule *r = NULL;
	struct between c = { insn->pos.line, insn->pos.pos, -1, 0 };
	struct symbol *st;
	pseudo_t a;
	int k = 0;

	if (insn->func && insn->func->type == PSEUDO_SYM && insn->func->sym->ident)
		r = rules_lookup(unit->rules, sc_ident(insn->func->sym->ident));
	if (r && (r->kind == RULE_ACQUIRE || r->kind == RULE_RELEASE ||
		  r->kind == RULE_TRYLOCK))
		return 1;
	if (*n == LIM_KNOWN_CALLS) {
		ir_cut(CUT_KNOWN_STEPS);
		return 0;
	}
	if (derives(insn->func, root, outer, 0))
		return 0;
	FOR_EACH_PTR(insn->arguments, a) {
		if (derives(a, root, outer, 0)) {
			/* one argument the object's pointer, or the outer's,
			 * to a callee whose member stores its facts have (a
			 * parameter to a struct with an integer member:
			 * sc_object_rets()) */
			if (c.m >= 0 || !insn->func || insn->func->type != PSEUDO_SYM ||
			    !(st = struct_type(sc_param_type(insn->func->sym, k), 1)) ||
			    !has_int_member(st))
				return 0;
			if (ptr_root(a) == root && st == want)
				c.m = k;
			else if (outer && named && ptr_root(a) == outer && st == owant)
				c.m = k, c.outer = 1;
			else
				return 0;
		}
		k++;
	} END_FOR_EACH_PTR(a);
	calls[(*n)++] = c;
	return 1;
}

/* a store in a block between (region_before()): 1 when the walk goes
 * on (a local variable's, or a pointer stored: *@alias); for fresh
 * memory (@fresh), never one of a value that derives from its pointer */
static int region_store(struct instruction *in, pseudo_t root, pseudo_t outer, int *alias,
			int fresh)
{
	pseudo_t r = ptr_root(in->src);

	if (fresh && derives(in->target, root, NULL, 0))
		return 0;

	if (in->src->type == PSEUDO_SYM && in->src->sym &&
	    !(in->src->sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)))
		return 1;
	if (r == root || (outer && r == outer))
		return 0;	/* on some paths only */
	if (sc_is_pointer(in->type)) {
		*alias = 1;
		return 1;
	}
	return 0;
}

/*
 * Block @cur, reached from more than one block (or from one that goes
 * elsewhere too): the blocks on the ways to it from its immediate
 * dominator D are read as the walk reads a call's block (no store
 * through the object, calls passed over by call_between() with @param,
 * no asm), and the walk goes on from D's last instruction, returned;
 * NULL when it stops (a loop, too many blocks).
 */
static struct instruction *region_before(struct sc_unit *unit, struct basic_block *cur,
					 pseudo_t root, pseudo_t outer, int named,
					 int param, struct between *calls, int *ncalls,
					 int *alias, struct symbol *want, struct symbol *owant,
					 int fresh)
{
	struct basic_block *seen[LIM_KNOWN_BLOCKS], *work[LIM_KNOWN_BLOCKS * 4];
	struct basic_block *d = NULL, *bb, *p;
	struct instruction *in, *last = NULL;
	int nseen = 0, nwork = 0, i, stop = 0;

	FOR_EACH_PTR(cur->parents, p) {
		if (nwork < LIM_KNOWN_BLOCKS * 4)
			work[nwork++] = p;
		else
			stop = 1;
	} END_FOR_EACH_PTR(p);
	while (!stop && nwork > 0) {
		bb = work[--nwork];
		if (bb == cur)
			return NULL;	/* a loop */
		for (i = 0; i < nseen && seen[i] != bb; i++)
			;
		if (i < nseen || bb == d)
			continue;
		if (sc_reach_without(cur->ep, NULL, bb, cur) == 0) {
			if (d)
				return NULL;
			d = bb;		/* it dominates cur */
			continue;
		}
		if (nseen == LIM_KNOWN_BLOCKS)
			return NULL;
		seen[nseen++] = bb;
		FOR_EACH_PTR(bb->parents, p) {
			if (nwork < LIM_KNOWN_BLOCKS * 4)
				work[nwork++] = p;
			else
				stop = 1;
		} END_FOR_EACH_PTR(p);
	}
	if (stop || !d)
		return NULL;
	for (i = 0; i < nseen; i++) {
		FOR_EACH_PTR(seen[i]->insns, in) {
			if (!in->bb || stop)
				continue;
			if (in->opcode == OP_ASM)
				stop = 1;
			else if (in->opcode == OP_CALL && !is_marker(in))
				stop = !param || !call_between(unit, in, root, outer, named,
							       calls, ncalls, want, owant);
			else if (in->opcode == OP_STORE)
				stop = !region_store(in, root, outer, alias, fresh);
		} END_FOR_EACH_PTR(in);
		if (stop)
			return NULL;
	}
	FOR_EACH_PTR(d->insns, in) {
		if (in->bb)
			last = in;
	} END_FOR_EACH_PTR(in);
	return last;
}

/*
 * Block @bb, entered only from a two-way branch on a pointer member
 * loaded through @root (`if (!p->m)`, `p->m == NULL`, `p->m != NULL`):
 * on this edge the member is NULL.  The load in the branch's block with
 * no store, call or asm between it and the branch (else the value tested
 * may not be the member's at the branch).  Its load, else NULL; the
 * branch in *@cbr.
 */
static struct instruction *null_edge(struct basic_block *bb, pseudo_t root,
				     struct instruction **cbr)
{
	struct basic_block *parent;
	struct instruction *br = NULL, *in, *ld;
	pseudo_t c;
	int null_if_true, after = 0, bad = 0;

	if (ptr_list_size((struct ptr_list *)bb->parents) != 1)
		return NULL;
	parent = first_ptr_list((struct ptr_list *)bb->parents);
	if (!parent || parent == bb)
		return NULL;
	FOR_EACH_PTR(parent->insns, in) {
		if (in->bb)
			br = in;
	} END_FOR_EACH_PTR(in);
	if (!br || br->opcode != OP_CBR || br->bb_true == br->bb_false ||
	    (br->bb_true != bb && br->bb_false != bb))
		return NULL;
	c = ptr_root(br->cond);
	if (!c || c->type != PSEUDO_REG || !(ld = c->def))
		return NULL;
	null_if_true = 0;
	if ((ld->opcode == OP_SET_EQ || ld->opcode == OP_SET_NE) &&
	    ld->src2 && ld->src2->type == PSEUDO_VAL && !ld->src2->value) {
		null_if_true = ld->opcode == OP_SET_EQ;
		c = ptr_root(ld->src1);
		if (!c || c->type != PSEUDO_REG || !(ld = c->def))
			return NULL;
	}
	if (ld->opcode != OP_LOAD || ld->bb != parent || !sc_is_pointer(ld->type) ||
	    ptr_root(ld->src) != root)
		return NULL;
	if ((br->bb_true == bb) != null_if_true)
		return NULL;
	FOR_EACH_PTR(parent->insns, in) {
		if (!in->bb)
			continue;
		if (in == ld)
			after = 1;
		else if (after && (in->opcode == OP_STORE || in->opcode == OP_ASM ||
				   (in->opcode == OP_CALL && !is_marker(in))))
			bad = 1;
	} END_FOR_EACH_PTR(in);
	if (bad)
		return NULL;
	*cbr = br;
	return ld;
}

/*
 * The call that made @root, when it is a mem-zalloc rule's allocator
 * whose gfp argument has the rule's bit set, as a constant or ORed in
 * (kzalloc()'s `flags | __GFP_ZERO`, expanded inline), converted to a
 * pointer to struct @st: fresh memory that is 0 in every byte.  NULL
 * otherwise.
 */
static struct instruction *zeroing_alloc(struct sc_unit *unit, pseudo_t root,
					  struct symbol *st)
{
	struct instruction *call, *d;
	const struct mem_rule *r;
	pseudo_t a = NULL, g;
	int k = 0, guard = 0;

	/* the void * converted to a pointer to @st itself (not to a struct
	 * at offset 0 in it: the names asked are @st's members') */
	if (!root || root->type != PSEUDO_REG || !root->def ||
	    root->def->opcode != OP_PTRCAST || struct_type(root->def->type, 1) != st)
		return NULL;
	root = ptr_root(root->def->src);
	if (!root || root->type != PSEUDO_REG || !(call = root->def) ||
	    call->opcode != OP_CALL || !call->func || call->func->type != PSEUDO_SYM ||
	    !call->func->sym->ident ||
	    !(r = rules_mem(unit->rules, sc_ident(call->func->sym->ident), MEM_ZALLOC, 0)))
		return NULL;
	FOR_EACH_PTR(call->arguments, g) {
		if (++k == r->arg)
			a = g;
	} END_FOR_EACH_PTR(g);
	while (a && guard++ < LIM_WALK) {
		if (a->type == PSEUDO_VAL)
			return (a->value >> r->val) & 1 ? call : NULL;
		if (a->type != PSEUDO_REG || !(d = a->def))
			return NULL;
		if (d->opcode == OP_OR && d->src2->type == PSEUDO_VAL &&
		    ((d->src2->value >> r->val) & 1))
			return call;
		if (d->opcode != OP_OR && d->opcode != OP_COPY && d->opcode != OP_ZEXT &&
		    d->opcode != OP_TRUNC)
			return NULL;
		a = d->opcode == OP_OR ? d->src1 : d->src;
	}
	return NULL;
}

void sc_member_known(struct sc_unit *unit, struct symbol *fn, struct instruction *call,
		     pseudo_t arg, struct symbol *type, int j, sc_intval_fn *intval,
		     sc_add_fn *add, char *buf, size_t size)
{
	struct { long long from, to; } seen[LIM_KNOWN_STORES];
	struct instruction *insn = call;
	struct symbol *st = struct_type(type, 1), *m, *top;
	char path[ATOM_FIELD_MAX + 40], star[ATOM_FIELD_MAX + 4];
	char list[LIM_FIELD_VALS] = "";
	long long from, to, base = 0, end = 0;
	int nseen = 0, i, steps = 0, over, alias = 0, ncalls = 0, nk = 0, k, param;
	unsigned long long v;
	pseudo_t root = ptr_root(arg), outer = NULL;
	struct between calls[LIM_KNOWN_CALLS];
	char known[LIM_KNOWN_STORES][ATOM_FIELD_MAX + 2], sub[ATOM_FIELD_MAX + 2] = "";
	int kcalls[LIM_KNOWN_STORES], maxc = 0;	/* the calls after each store */
	struct symbol *ost = NULL;
	/* fresh zeroed memory: its call, reached, the members stored since
	 * with no value known (J.P==?), or a store not read (nowild) */
	struct instruction *zcall;
	char unk[LIM_KNOWN_STORES][ATOM_FIELD_MAX + 2];
	int nunk = 0, reached = 0, nowild = 0, given, fresh;

	if (!st || !root || root->type == PSEUDO_VAL)
		return;
	/* &p->sub: the stores through p into sub's bytes are its members' */
	if (root->type == PSEUDO_REG && root->def && root->def->opcode == OP_ADD &&
	    root->def->src2 && root->def->src2->type == PSEUDO_VAL && st->bit_size > 0) {
		outer = ptr_root(root->def->src1);
		base = root->def->src2->value;
		end = base + bits_to_bytes(st->bit_size);
		/* sub's name, a member of the struct a parameter points to */
		if (outer && outer->type == PSEUDO_ARG &&
		    (ost = struct_type(sc_param_type(fn, outer->nr - 1), 1)) &&
		    (m = member_holding(ost, base)) && m->ident &&
		    (long long)m->offset == base && struct_type(m, 0) == st &&
		    m->ident->len < sizeof(sub))
			snprintf(sub, sizeof(sub), "%s", sc_ident(m->ident));
	}
	/* calls between passed over only for an object a parameter points
	 * to (or its outer object), as the solver's member atoms are
	 * (fieldints.c) */
	param = root->type == PSEUDO_ARG || (outer && outer->type == PSEUDO_ARG);
	/* ... or for fresh zeroed memory, which only what it is given can
	 * reach (its pointer stored anywhere stops the walk, below) */
	zcall = outer ? NULL : zeroing_alloc(unit, root, st);
	param |= zcall != NULL;
	while (insn && steps++ < LIM_KNOWN_STEPS) {
		struct instruction *prev = insn_before(insn), *ld, *br;

		/* the edge of a test of a pointer member against NULL
		 * where it is NULL: known as a NULL stored there */
		if (!prev && !outer && (ld = null_edge(insn->bb, root, &br))) {
			from = ld->offset;
			to = from + bits_to_bytes(ld->size);
			for (over = 0, i = 0; i < nseen; i++)
				over |= from < seen[i].to && to > seen[i].from;
			if (nseen == LIM_KNOWN_STORES) {
				ir_cut(CUT_KNOWN_STEPS);
				break;
			}
			seen[nseen].from = from;
			seen[nseen++].to = to;
			insn = br;
			if (over || alias || !(m = ptr_member(st, from, ld->size)) ||
			    strlen(sc_ident(m->ident)) >= sizeof(known[0]))
				continue;
			member_entry(path, sizeof(path), j, m->ident, "==#0");
			if (strlen(list) + strlen(path) + 2 < sizeof(list)) {
				if (list[0])
					strcat(list, ",");
				strcat(list, path);
			}
			if (nk < LIM_KNOWN_STORES) {
				kcalls[nk] = ncalls;
				snprintf(known[nk++], sizeof(known[0]), "%s",
					 sc_ident(m->ident));
			}
			continue;
		}
		if (!prev)
			prev = region_before(unit, insn->bb, root, outer, sub[0] != 0, param,
					     calls, &ncalls, &alias, st, ost, zcall != NULL);
		if (!(insn = prev))
			break;
		if (insn == zcall) {
			reached = 1;
			break;
		}
		if (insn->opcode == OP_ASM)
			break;
		if (insn->opcode == OP_CALL && !is_marker(insn)) {
			if (!param || !call_between(unit, insn, root, outer, sub[0] != 0,
						    calls, &ncalls, st, ost))
				break;
			continue;
		}
		if (insn->opcode != OP_STORE)
			continue;
		if (zcall && derives(insn->target, root, NULL, 0))
			break;		/* the fresh pointer stored away */
		from = insn->offset;
		if (outer && ptr_root(insn->src) == outer) {
			if (from >= end || from + bits_to_bytes(insn->size) <= base)
				continue;	/* another member of p's */
			if (from < base || from + bits_to_bytes(insn->size) > end)
				break;		/* sub stored whole */
			from -= base;
		} else if (ptr_root(insn->src) != root) {
			/* a store through another pointer may be to this
			 * object, unless it stores a pointer, or into a
			 * local variable */
			if (insn->src->type == PSEUDO_SYM && insn->src->sym &&
			    !(insn->src->sym->ctype.modifiers &
			      (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)))
				continue;
			/* (a pointer stored may be a pointer member's) */
			if (sc_is_pointer(insn->type)) {
				alias = 1;
				continue;
			}
			break;
		}
		to = from + bits_to_bytes(insn->size);
		for (over = 0, i = 0; i < nseen; i++)
			over |= from < seen[i].to && to > seen[i].from;
		if (nseen == LIM_KNOWN_STORES) {
			ir_cut(CUT_KNOWN_STEPS);
			break;
		}
		seen[nseen].from = from;
		seen[nseen++].to = to;
		if (zcall) {
			/* each member stored: J.P==? unless known (below) */
			if (nunk == LIM_KNOWN_STORES ||
			    !member_path_at(st, from, to, unk[nunk], sizeof(unk[0])))
				nowild = 1;
			else
				nunk++;
		}
		/* a pointer member's: the address of a global object, no
		 * pointer stored through another pointer after it */
		if (!over && !alias && (v = sc_global_addr(unit, insn->target)) &&
		    (m = member_holding(st, from)) && m->ident &&
		    (long long)m->offset == from && sc_is_pointer(m) &&
		    (unsigned)m->bit_size == insn->size) {
			char val[40];

			snprintf(val, sizeof(val), "==&&%llu", v);
			member_entry(path, sizeof(path), j, m->ident, val);
			if (strlen(list) + strlen(path) + 2 < sizeof(list)) {
				if (list[0])
					strcat(list, ",");
				strcat(list, path);
			}
			if (nk < LIM_KNOWN_STORES && m->ident->len < sizeof(known[0])) {
				kcalls[nk] = ncalls;
				snprintf(known[nk++], sizeof(known[0]), "%s",
					 sc_ident(m->ident));
			}
			continue;
		}
		/* the last store of a whole integer member before the call,
		 * its own value with bits ORed or masked in not followed
		 * (libclang has no value for a compound assignment) */
		if (over || !insn->target || own_value_back(insn))
			continue;
		if (!(m = int_member_path(st, from, insn->size, &top, path, sizeof(path)))) {
			/* NULL stored in a pointer member (not to a
			 * function) of the struct itself: the callee's
			 * pointer member atom (sc_member_ptr_atom()), no
			 * pointer stored through another pointer after it */
			if (alias || insn->target->type != PSEUDO_VAL || insn->target->value ||
			    !(m = ptr_member(st, from, insn->size)) ||
			    strlen(sc_ident(m->ident)) >= sizeof(path))
				continue;
			snprintf(path, sizeof(path), "%s", sc_ident(m->ident));
		}
		snprintf(star, sizeof(star), ".%s=", path);
		intval(unit, fn, insn->target, j, star, list, sizeof(list));
		if (nk < LIM_KNOWN_STORES) {
			kcalls[nk] = ncalls;
			snprintf(known[nk++], sizeof(known[0]), "%s", path);
		}
	}
	if (insn && steps > LIM_KNOWN_STEPS)
		ir_cut(CUT_KNOWN_STEPS);
	if (reached && !alias && !nowild && nk < LIM_KNOWN_STORES &&
	    vals_zeroed_entries(j, unk, nunk, list, sizeof(list))) {
		kcalls[nk] = ncalls;
		snprintf(known[nk++], sizeof(known[0]), "*");
	}
	if (!list[0])
		return;
	/* fresh memory no call was given, its pointer stored nowhere: no
	 * call given nothing of it can reach it (no J.*~L:C) */
	for (i = 0, given = 0; i < ncalls; i++)
		given |= calls[i].m >= 0;
	fresh = reached && !alias && !given;
	/* the calls passed over after a store known, for each member known
	 * (what does not fit leaves nothing known) */
	for (k = 0; k < nk; k++)
		maxc = kcalls[k] > maxc ? kcalls[k] : maxc;
	for (i = 0; i < maxc; i++) {
		if (fresh && calls[i].m < 0)
			continue;
		for (k = 0; k < (calls[i].m < 0 ? 1 : nk); k++) {
			size_t n = 0, len = strlen(list);

			if (calls[i].m >= 0 && i >= kcalls[k])
				continue;

			sc_cat_ll(path, sizeof(path), &n, j);
			if (calls[i].m < 0) {
				sc_cat(path, sizeof(path), &n, ".*", 2);
			} else {
				sc_cat(path, sizeof(path), &n, ".", 1);
				if (calls[i].outer) {
					sc_cat(path, sizeof(path), &n, sub, strlen(sub));
					sc_cat(path, sizeof(path), &n, ".", 1);
				}
				sc_cat(path, sizeof(path), &n, known[k], strlen(known[k]));
			}
			snprintf(star, sizeof(star), "~%d:%d", calls[i].line, calls[i].col);
			if (calls[i].m >= 0)
				snprintf(star + strlen(star), sizeof(star) - strlen(star),
					 "/%d", calls[i].m);
			if (n >= sizeof(path) - 1 ||
			    len + strlen(path) + strlen(star) + 2 >= sizeof(list)) {
				ir_cut(CUT_FIELD_VALS);
				return;
			}
			snprintf(list + len, sizeof(list) - len, ",%s%s", path, star);
		}
	}
	if (strlen(buf) + strlen(list) + 2 >= size) {
		ir_cut(CUT_FIELD_VALS);
		return;
	}
	fact_list_sort(list);
	fact_list_append(buf, size, list, add);
}

/* ---- members holding a stored value at a call ---- */

/* may @insn, between the store of member [@from, @to) through @root
 * and the call, change that member? */
static int may_change(struct instruction *insn, pseudo_t root, long long from,
		      long long to)
{
	long long f, t;

	switch (insn->opcode) {
	case OP_STORE:
		if (ptr_root(insn->src) == root) {
			f = insn->offset;
			t = f + bits_to_bytes(insn->size);
			return f < to && t > from;
		}
		/* through another pointer: a pointer stored, or into a
		 * local variable, changes no integer member (as
		 * sc_member_known()) */
		return !(sc_is_pointer(insn->type) ||
			 (insn->src->type == PSEUDO_SYM && insn->src->sym &&
			  !(insn->src->sym->ctype.modifiers &
			    (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL))));
	case OP_CALL:
		/* compiler builtins are instructions (sparse_ir.c) */
		return !is_marker(insn) &&
		       !(insn->func && insn->func->type == PSEUDO_SYM && insn->func->sym &&
			 insn->func->sym->ident &&
			 !strncmp(sc_ident(insn->func->sym->ident), "__builtin_", 10));
	case OP_ASM:
		/* barrier(), cpu_relax(): no operand, no address to write */
		return !insn->asm_rules ||
		       ptr_list_size((struct ptr_list *)insn->asm_rules->inputs) ||
		       ptr_list_size((struct ptr_list *)insn->asm_rules->outputs);
	default:
		return 0;
	}
}

/* does an instruction of @bb from @first (NULL: its first) up to @last
 * (NULL: its end), neither itself, change the member? */
static int block_changes(struct basic_block *bb, struct instruction *first,
			 struct instruction *last, pseudo_t root, long long from,
			 long long to)
{
	struct instruction *insn;
	int on = !first, bad = 0;

	FOR_EACH_PTR(bb->insns, insn) {
		if (insn == last)
			on = 0;
		if (on && insn->bb && insn != first && !bad)
			bad = may_change(insn, root, from, to);
		if (insn == first)
			on = 1;
	} END_FOR_EACH_PTR(insn);
	return bad;
}

/* marks (bb->generation |= @bit) the blocks reachable from @start's
 * children (@bit 1) or that reach @start's parents (@bit 2); 0 when the
 * walk grew past its bound */
static int mark_blocks(struct basic_block *start, int bit, int nbbs)
{
	struct basic_block **work = sc_malloc((nbbs + 1) * sizeof(*work)), *bb, *nx;
	int n = 0, steps = 0;

	work[n++] = start;
	while (n > 0 && steps++ <= nbbs) {
		bb = work[--n];
		if (bit == 1) {
			FOR_EACH_PTR(bb->children, nx) {
				if (!(nx->generation & bit) && n < nbbs) {
					nx->generation |= bit;
					work[n++] = nx;
				}
			} END_FOR_EACH_PTR(nx);
		} else {
			FOR_EACH_PTR(bb->parents, nx) {
				if (!(nx->generation & bit) && n < nbbs) {
					nx->generation |= bit;
					work[n++] = nx;
				}
			} END_FOR_EACH_PTR(nx);
		}
	}
	free(work);
	return n == 0;
}

/* is the member [@from, @to) that store @st writes through @root what
 * it holds at @call: no path from @st to @call changes it? */
static int holds_at(struct entrypoint *ep, struct instruction *st,
		    struct instruction *call, pseudo_t root, long long from,
		    long long to)
{
	struct basic_block *bb;
	int nbbs = 0, bad = 0;

	if (!sc_dominates(ep, st, call))
		return 0;
	FOR_EACH_PTR(ep->bbs, bb) {
		bb->generation = 0;
		nbbs++;
	} END_FOR_EACH_PTR(bb);
	if (st->bb == call->bb)
		bad = block_changes(st->bb, st, call, root, from, to);
	else
		bad = block_changes(st->bb, st, NULL, root, from, to) ||
		      block_changes(call->bb, NULL, call, root, from, to);
	if (bad || !mark_blocks(st->bb, 1, nbbs) || !mark_blocks(call->bb, 2, nbbs))
		return 0;
	/* the blocks between, whole (the store's and the call's own too
	 * when a loop comes back to them) */
	FOR_EACH_PTR(ep->bbs, bb) {
		if (!bad && bb->generation == 3)
			bad = block_changes(bb, NULL, NULL, root, from, to);
	} END_FOR_EACH_PTR(bb);
	return !bad;
}

static void arg_holds(struct entrypoint *ep, struct instruction *call, pseudo_t arg,
		      int j, sc_holds_fn *found, void *ctx)
{
	struct symbol *st = struct_type(call_arg_type(call, j), 1), *top;
	char path[ATOM_FIELD_MAX];
	struct basic_block *bb;
	struct instruction *insn;
	pseudo_t root = ptr_root(arg);
	int n = 0;

	if (!st || !root || root->type == PSEUDO_VAL || !call->bb)
		return;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			long long from;

			if (!insn->bb || insn->opcode != OP_STORE || ptr_root(insn->src) != root ||
			    !insn->target || insn->target == VOID ||
			    (insn->target->type != PSEUDO_REG && insn->target->type != PSEUDO_ARG) ||
			    n >= LIM_KNOWN_STORES)
				continue;
			from = insn->offset;
			if (!int_member_path(st, from, insn->size, &top, path, sizeof(path)))
				continue;
			n++;
			if (holds_at(ep, insn, call, root, from,
				     from + bits_to_bytes(insn->size)))
				found(ctx, j, path, insn->target);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

void sc_member_holds(struct entrypoint *ep, struct instruction *call,
		     sc_holds_fn *found, void *ctx)
{
	pseudo_t arg;
	int j = 0;

	if (call->opcode != OP_CALL)
		return;
	FOR_EACH_PTR(call->arguments, arg) {
		if (arg && (arg->type == PSEUDO_ARG || arg->type == PSEUDO_REG))
			arg_holds(ep, call, arg, j, found, ctx);
		j++;
	} END_FOR_EACH_PTR(arg);
}
