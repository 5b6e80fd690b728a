/*
 * sparse_globals.c - objects kept in global pointer variables, as the
 * libsparse lowering sees them (facts.h: vals J=@G, rets *K.F=C and
 * @G=...; clang_globals.c writes the same from libclang's tree).
 *
 * The kernel keeps objects it made once in global pointers and takes
 * them back elsewhere: icmp_init() creates a socket per CPU with
 * inet_ctl_sock_create(), which stores GFP_ATOMIC in its sk_allocation
 * through its `struct sock **` parameter, keeps it in the per-CPU pointer
 * ipv4_icmp_sk, and __icmp_send() reads it back with this_cpu_read().
 * Here, from sparse's SSA form:
 *   reads   a value that is a load of G (a global pointer to a struct,
 *           offset 0), or the one output of an asm whose later operand
 *           is G (x86 this_cpu_read(): an "m" input), through casts and
 *           through choices whose other sources are NULL; J=@G, J=@G/s
 *           (static) at a call;
 *   stores  a store whose address is G, or G's address hidden by an
 *           empty asm plus an offset (per_cpu(): RELOC_HIDE), of: the
 *           pointer a call returned (@G=^L:C); a local variable whose
 *           address exactly one call took, loaded (@G=^L:C*J: what that
 *           call wrote through argument J); anything else (@G=?).  G's
 *           address passed to a call is @G=^L:C*J too; stored as a
 *           value, or an asm's first operand (an output), @G=?.  NULL
 *           stores nothing;
 *   out     the gfp_t members a function stores in an object whose
 *           pointer it stores through its `struct T **` parameter K, or
 *           that it loads back through K: *K.F=C.
 * The solver (objfields.c) joins the stores of G (of the file, for a
 * static G) into what a read of G holds.  An address of G that goes
 * elsewhere (into another variable, say) is not followed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

/* the struct @t points to, through typedefs */
static struct symbol *pointee(struct symbol *t)
{
	t = sc_strip_node(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	return sc_strip_node(t->ctype.base_type);
}

/* is @p the address of a global (or static) pointer to a struct? */
static struct symbol *global_ptr(pseudo_t p)
{
	struct symbol *sym, *t;

	if (!p || p->type != PSEUDO_SYM || !(sym = p->sym) || !sym->ident ||
	    !(sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)))
		return NULL;
	t = pointee(sym);
	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	return t && t->type == SYM_STRUCT ? sym : NULL;
}

static void global_name(struct symbol *g, char *name, size_t size)
{
	snprintf(name, size, "@%.*s%s", SC_IDENT_ARGS(g->ident),
		 (g->ctype.modifiers & MOD_STATIC) ? "/s" : "");
}

static int is_null(pseudo_t p)
{
	return p && p->type == PSEUDO_VAL && p->value == 0;
}

/* the @i-th operand of asm @insn, outputs first, or NULL */
static struct asm_constraint *asm_operand(struct instruction *insn, int i)
{
	struct asm_constraint *c;

	if (!insn->asm_rules)
		return NULL;
	FOR_EACH_PTR(insn->asm_rules->outputs, c) {
		if (i-- == 0)
			return c;
	} END_FOR_EACH_PTR(c);
	FOR_EACH_PTR(insn->asm_rules->inputs, c) {
		if (i-- == 0)
			return c;
	} END_FOR_EACH_PTR(c);
	return NULL;
}

/* the global pointer @p is read from, or NULL */
static struct symbol *read_of(pseudo_t p, int depth)
{
	struct instruction *def;
	struct asm_constraint *c;
	struct symbol *g = NULL, *h;
	pseudo_t src;
	int i;

	while (p && p->type == PSEUDO_REG && (def = p->def) && depth++ < LIM_WALK) {
		switch (def->opcode) {
		case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
			p = def->src;
			continue;
		case OP_SEL:
			if (is_null(def->src3))
				p = def->src2;
			else if (is_null(def->src2))
				p = def->src3;
			else
				return NULL;
			continue;
		case OP_PHI:
			FOR_EACH_PTR(def->phi_list, src) {
				if (src == VOID || src->type != PSEUDO_PHI || !src->def)
					continue;
				if (is_null(src->def->phi_src))
					continue;
				h = read_of(src->def->phi_src, depth);
				if (!h || (g && h != g))
					return NULL;
				g = h;
			} END_FOR_EACH_PTR(src);
			return g;
		case OP_LOAD:
			return def->offset == 0 ? global_ptr(def->src) : NULL;
		case OP_ASM:
			c = asm_operand(def, 0);
			if (!c || c->pseudo != p)
				return NULL;
			for (i = 1; (c = asm_operand(def, i)); i++)
				if ((g = global_ptr(c->pseudo)))
					return g;
			return NULL;
		default:
			return NULL;
		}
	}
	return NULL;
}

int sc_global_read(pseudo_t p, int j, char *entry, size_t size)
{
	struct symbol *g = read_of(p, 0);
	char name[256];

	if (!g)
		return 0;
	global_name(g, name, sizeof(name));
	snprintf(entry, size, "%d=%s", j, name);
	return 1;
}

/* the global pointer whose (per-CPU) address @a is, or NULL */
static struct symbol *address_of(pseudo_t a, int depth)
{
	struct instruction *def;
	struct asm_constraint *c;
	struct symbol *g;
	int i;

	while (depth++ < LIM_WALK) {
		if ((g = global_ptr(a)))
			return g;
		if (!a || a->type != PSEUDO_REG || !(def = a->def))
			return NULL;
		switch (def->opcode) {
		case OP_COPY: case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
			a = def->src;
			continue;
		case OP_ADD:
			if ((g = address_of(def->src1, depth)))
				return g;
			a = def->src2;
			continue;
		case OP_ASM:
			/* RELOC_HIDE: `asm("" : "=r"(x) : "0"(&G))` */
			c = asm_operand(def, 0);
			if (!c || c->pseudo != a)
				return NULL;
			for (i = 1; (c = asm_operand(def, i)); i++)
				if (c->constraint && !strcmp(c->constraint, "0"))
					break;
			if (!c)
				return NULL;
			a = c->pseudo;
			continue;
		default:
			return NULL;
		}
	}
	return NULL;
}

/* the one call of @ep that takes local @sym's address, or NULL; its
 * argument number in *@j */
static struct instruction *out_call(struct entrypoint *ep, struct symbol *sym, int *j)
{
	struct instruction *insn, *found = NULL;
	struct basic_block *bb;
	pseudo_t arg;
	int k;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_CALL)
				continue;
			k = 0;
			FOR_EACH_PTR(insn->arguments, arg) {
				if (arg && arg->type == PSEUDO_SYM && arg->sym == sym) {
					if (found)
						return NULL;
					found = insn;
					*j = k;
				}
				k++;
			} END_FOR_EACH_PTR(arg);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return found;
}

/* "=^L:C", "=^L:C*J" or "=?" for value @v stored in a global pointer */
static void stored_value(struct entrypoint *ep, pseudo_t v, char *what, size_t size)
{
	struct instruction *def, *call;
	int guard = 0, j;

	snprintf(what, size, "=?");
	while (v && v->type == PSEUDO_REG && (def = v->def) && guard++ < LIM_WALK) {
		switch (def->opcode) {
		case OP_COPY: case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
			v = def->src;
			continue;
		case OP_CALL:
			if (def->func && def->func->type == PSEUDO_SYM)
				snprintf(what, size, "=^%d:%d", def->pos.line, def->pos.pos);
			return;
		case OP_LOAD:
			if (def->offset || def->src->type != PSEUDO_SYM || !def->src->sym ||
			    (def->src->sym->ctype.modifiers &
			     (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)))
				return;
			call = out_call(ep, def->src->sym, &j);
			if (call)
				snprintf(what, size, "=^%d:%d*%d", call->pos.line,
					 call->pos.pos, j);
			return;
		default:
			return;
		}
	}
}

static void store_entry(struct symbol *g, const char *what,
			void (*add)(char *, size_t, const char *), char *buf, size_t size)
{
	char entry[300];

	global_name(g, entry, sizeof(entry));
	snprintf(entry + strlen(entry), sizeof(entry) - strlen(entry), "%s", what);
	add(buf, size, entry);
}

void sc_global_stores(struct entrypoint *ep,
		      void (*add)(char *, size_t, const char *), char *buf, size_t size)
{
	struct basic_block *bb;
	struct instruction *insn;
	struct asm_constraint *c;
	struct symbol *g;
	char what[64];
	pseudo_t arg;
	int j;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			switch (insn->opcode) {
			case OP_STORE:
				if ((g = global_ptr(insn->target)))
					store_entry(g, "=?", add, buf, size);
				if (insn->offset || !(g = address_of(insn->src, 0)) ||
				    is_null(insn->target))
					break;
				stored_value(ep, insn->target, what, sizeof(what));
				store_entry(g, what, add, buf, size);
				break;
			case OP_CALL:
				j = 0;
				FOR_EACH_PTR(insn->arguments, arg) {
					if ((g = address_of(arg, 0))) {
						snprintf(what, sizeof(what), "=^%d:%d*%d",
							 insn->pos.line, insn->pos.pos, j);
						store_entry(g, what, add, buf, size);
					}
					j++;
				} END_FOR_EACH_PTR(arg);
				break;
			case OP_ASM:
				c = asm_operand(insn, 0);
				if (c && (g = global_ptr(c->pseudo)))
					store_entry(g, "=?", add, buf, size);
				break;
			default:
				break;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* the values stored through parameter @k (a PSEUDO_ARG) at offset 0,
 * listed once for through_param() */
struct stored_through {
	pseudo_t *v;
	int n, cap;
};

static void list_stored_through(struct entrypoint *ep, pseudo_t k,
				struct stored_through *s)
{
	struct basic_block *bb;
	struct instruction *insn;

	s->n = 0;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_STORE || insn->src != k ||
			    insn->offset != 0)
				continue;
			if (s->n == s->cap) {
				s->cap = s->cap ? 2 * s->cap : 8;
				s->v = sc_realloc(s->v, s->cap * sizeof(*s->v));
			}
			s->v[s->n++] = insn->target;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* is @p the pointer stored through, or loaded back through, parameter
 * @k (a PSEUDO_ARG) at offset 0?  @s: what is stored through @k */
static int through_param(const struct stored_through *s, pseudo_t p, pseudo_t k)
{
	int i;

	if (p && p->type == PSEUDO_REG && p->def && p->def->opcode == OP_LOAD &&
	    p->def->src == k && p->def->offset == 0)
		return 1;
	for (i = 0; i < s->n; i++)
		if (s->v[i] == p)
			return 1;
	return 0;
}

void sc_out_fields(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		   void (*add)(char *, size_t, const char *), char *buf, size_t size)
{
	struct stored_through stored = { NULL, 0, 0 };
	struct basic_block *bb;
	struct instruction *insn;
	struct symbol *st, *m;
	pseudo_t k;

	FOR_EACH_PTR(ep->entry->arg_list, k) {
		char cls[64] = "";	/* per member of st, by index */
		int i;

		st = pointee(pointee(sc_param_type(fn, k->nr - 1)));
		while (st && st->type == SYM_NODE)
			st = st->ctype.base_type;
		if (!st || st->type != SYM_STRUCT)
			continue;
		list_stored_through(ep, k, &stored);
		FOR_EACH_PTR(ep->bbs, bb) {
			FOR_EACH_PTR(bb->insns, insn) {
				if (!insn->bb || insn->opcode != OP_STORE ||
				    !through_param(&stored, insn->src, k))
					continue;
				i = 0;
				FOR_EACH_PTR(st->symbol_list, m) {
					if (i < (int)sizeof(cls) && m->ident &&
					    (long)m->offset == (long)insn->offset &&
					    sc_is_gfp_type(unit->rules, m))
						cls[i] = gfp_join0(cls[i],
							sc_gfp_class(unit, insn->target));
					i++;
				} END_FOR_EACH_PTR(m);
			} END_FOR_EACH_PTR(insn);
		} END_FOR_EACH_PTR(bb);
		i = 0;
		FOR_EACH_PTR(st->symbol_list, m) {
			char entry[300];

			if (i < (int)sizeof(cls) && cls[i]) {
				snprintf(entry, sizeof(entry), "*%d.%.*s=%c", k->nr - 1,
					 SC_IDENT_ARGS(m->ident), cls[i]);
				add(buf, size, entry);
			}
			i++;
		} END_FOR_EACH_PTR(m);
	} END_FOR_EACH_PTR(k);
	free(stored.v);
}
