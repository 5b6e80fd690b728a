/*
 * sparse_fields.c - gfp values carried in struct fields, as the libsparse
 * lowering sees them at a call (facts.h `vals`; the libclang lowering
 * writes the same from its AST, clang_fields.c).
 *
 * Three shapes, each read from sparse's SSA form of the caller:
 *   J=K.F  a gfp_t argument loaded from field F of pointer parameter K
 *          (`skb_clone(skb, p->allocation)`): sparse's load of
 *          *(param + offset), the offset named by the struct's member;
 *          the same of a pointer member, whose value a callee may test
 *          against NULL (`ip_fib_metrics_init(net, cfg->fc_mx, ...)`);
 *   J.F=C  the address of a local struct passed as argument J whose gfp_t
 *          member F is stored in this function (`info.allocation =
 *          allocation; do_one_broadcast(sk, &info)`, designated
 *          initializers included): the class of every value stored,
 *          joined;
 *   J=*K   pointer parameter K (to a struct) passed on as argument J;
 *   J=&NAME, J=&NAME/s  the address of a global (/s: static, of the file
 *          or of a function) variable of struct type, passed as argument
 *          J (`atomic_notifier_chain_register(&my_chain, &my_nb)`); a
 *          member at another offset than 0 says nothing here;
 *   J=&struct T.F  a member reached through a pointer
 *          (sparse_memaddr.c);
 *   J=^L:C the pointer a call at L:C returned, passed as argument J
 *          (`ab = audit_log_start(ctx, GFP_ATOMIC, t); audit_log_format(ab,
 *          ...)`);
 *   J=%^L:C the same of a pointer to other than a struct (`void *`), for
 *          solve/vmem.c alone;
 *   J=#V, J=K, J=K|V  an integer argument (by the callee's prototype)
 *          that is a constant, an integer parameter, or one with constant
 *          bits ORed in (`rpmflags | RPM_GET_PUT`), for the callee's
 *          flag atoms (`if (rpmflags & RPM_ASYNC)`).
 * And what a function returns (fact_func.rets): for each pointer it may
 * return other than a constant, the gfp_t members it stores through it
 * (F=C: `ab->gfp_mask = gfp_mask; return ab;`) and the call that made it
 * (^L:C), or the global pointer it was read from (@G, sparse_globals.c);
 * nothing when one of them is none of these.  Of a function returning a
 * pointer to other than a struct, each return's calls (sc_pointer_rets(),
 * into the IR: the analysis writes the rets %^L:C of those on a path).
 * A gfp value with constant bits ORed in that do not decide blocking
 * (`flags | __GFP_ZERO`) is followed to the value.
 * Anything else says nothing, which the solver reads as "may allow
 * blocking".  The entries of one call are bounded (LIM_FIELD_VALS).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "flow.h"
#include "sparse_frontend.h"

#include "linearize.h"
#include "symbol.h"

/* the struct @t is, or points to, through typedefs and qualifiers */
static struct symbol *struct_of(struct symbol *t, int pointer)
{
	int guard = 0;

	while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
		t = t->ctype.base_type;
	if (pointer) {
		if (!t || t->type != SYM_PTR)
			return NULL;
		t = t->ctype.base_type;
		while (t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN)
			t = t->ctype.base_type;
	}
	return t && t->type == SYM_STRUCT ? t : NULL;
}

/* the named gfp_t member of @st at byte @offset, or NULL */
static struct symbol *gfp_member(struct sc_unit *unit, struct symbol *st,
				 long offset)
{
	struct symbol *m;

	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident && (long)m->offset == offset &&
		    sc_is_gfp_type(unit->rules, m))
			return m;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* the named pointer member of struct @st at byte @offset that a load
 * @bits wide reads whole, or NULL */
static struct symbol *ptr_member(struct symbol *st, long offset, unsigned bits)
{
	struct symbol *m, *t;
	int guard = 0;

	FOR_EACH_PTR(st->symbol_list, m) {
		if (!m->ident || (long)m->offset != offset ||
		    (unsigned)m->bit_size != bits)
			continue;
		for (t = m; t && t->type == SYM_NODE && guard++ < LIM_TYPE_CHAIN;)
			t = t->ctype.base_type;
		if (t && t->type == SYM_PTR)
			return m;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* an entry put together piece by piece, as snprintf() into @size bytes
 * would write it (a call's values are made for every call) */
struct ent {
	char *s;
	size_t size, n;
};

static void e_s(struct ent *e, const char *s)
{
	sc_cat(e->s, e->size, &e->n, s, strlen(s));
}

static void e_c(struct ent *e, char c)
{
	sc_cat(e->s, e->size, &e->n, &c, 1);
}

/* @v as "%lld" writes it */
static void e_ll(struct ent *e, long long v)
{
	sc_cat_ll(e->s, e->size, &e->n, v);
}

/* "J" then @sep */
static void e_j(struct ent *e, int j, const char *sep)
{
	e_ll(e, j);
	e_s(e, sep);
}

/* appends @entry to the list in @buf unless it is there */
static void add(char *buf, size_t size, const char *entry)
{
	size_t len = strlen(buf), n = strlen(entry);
	const char *p;

	for (p = buf; (p = strstr(p, entry)); p += n)
		if ((p == buf || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return;
	if (len + strlen(entry) + 2 > size) {
		ir_cut(CUT_FIELD_VALS);
		return;
	}
	/* room for ',', the entry and its '\0' (above) */
	if (len)
		buf[len++] = ',';
	memcpy(buf + len, entry, n + 1);
}

/* ^L:C of a call that returns a value, if @def is one */
static int call_origin(struct instruction *def, char *entry, size_t size,
		       const char *prefix)
{
	if (def->opcode != OP_CALL || !def->func || def->func->type != PSEUDO_SYM ||
	    !def->func->sym->ident ||
	    !strncmp(sc_ident(def->func->sym->ident), "__builtin_", 10))
		return 0;	/* a builtin is no call (sparse_ir.c) */
	snprintf(entry, size, "%s^%d:%d", prefix, def->pos.line, def->pos.pos);
	return 1;
}

/* J=K.F: @p is loaded from a gfp_t field of a pointer parameter, or
 * from a pointer member of it (the callee's test of it against NULL);
 * J=^L:C: @p is what a call returned */
static void loaded_field(struct sc_unit *unit, struct symbol *fn, pseudo_t p,
			 int j, char *buf, size_t size)
{
	struct instruction *def;
	struct symbol *st, *m;
	char entry[128], prefix[16];
	int guard = 0, masked = 0;

	while (p && p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK) {
		switch (def->opcode) {
		case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
		case OP_PTRCAST:
			p = def->src;
			continue;
		case OP_OR:
			masked = 1;
			/* `gfp | __GFP_ZERO` (kzalloc()): bits that do not
			 * decide blocking */
			if (!unit->have_mask || def->src2->type != PSEUDO_VAL ||
			    (def->src2->value & unit->gfp_blocking_mask))
				return;
			p = def->src1;
			continue;
		case OP_AND:
			masked = 1;
			/* `root->xa_flags & __GFP_BITS_MASK` (root_gfp_mask(),
			 * include/linux/radix-tree.h:55): a mask that keeps
			 * every bit deciding blocking */
			if (!unit->have_mask || def->src2->type != PSEUDO_VAL ||
			    (def->src2->value & unit->gfp_blocking_mask) !=
			    unit->gfp_blocking_mask)
				return;
			p = def->src1;
			continue;
		case OP_CALL:
			/* J=%^L:C of a pointer to other than a struct */
			snprintf(prefix, sizeof(prefix), "%d=%s", j,
				 struct_of(def->type, 1) ? "" : "%");
			if ((struct_of(def->type, 1) || sc_is_pointer(def->type)) &&
			    call_origin(def, entry, sizeof(entry), prefix))
				add(buf, size, entry);
			return;
		case OP_LOAD:
			if (def->src->type != PSEUDO_ARG || def->src->nr < 1)
				return;
			st = struct_of(sc_param_type(fn, def->src->nr - 1), 1);
			if (!st ||
			    (!(m = gfp_member(unit, st, def->offset)) &&
			     (masked || def->is_volatile ||
			      !(m = ptr_member(st, def->offset, def->size)))))
				return;
			snprintf(entry, sizeof(entry), "%d=%d.%.*s", j,
				 def->src->nr - 1, SC_IDENT_ARGS(m->ident));
			add(buf, size, entry);
			return;
		default:
			return;
		}
	}
}

/*
 * The gfp_t members of struct @st stored through pointer @v in @ep, as
 * entries "@prefix F=C" (C the join of every value stored); returns how
 * many.
 */
static int stored_fields(struct sc_unit *unit, struct entrypoint *ep, pseudo_t v,
			 struct symbol *st, const char *prefix, char *buf, size_t size)
{
	struct basic_block *bb;
	struct instruction *insn;
	struct symbol *m;
	int n = 0;

	FOR_EACH_PTR(st->symbol_list, m) {
		char entry[128], c = 0;

		if (!m->ident || !sc_is_gfp_type(unit->rules, m))
			continue;
		FOR_EACH_PTR(ep->bbs, bb) {
			FOR_EACH_PTR(bb->insns, insn) {
				if (insn->bb && insn->opcode == OP_STORE &&
				    insn->src == v && (long)insn->offset == (long)m->offset)
					c = gfp_join0(c, sc_gfp_class(unit, insn->target));
			} END_FOR_EACH_PTR(insn);
		} END_FOR_EACH_PTR(bb);
		if (!c)
			continue;
		snprintf(entry, sizeof(entry), "%s%.*s=%c", prefix, SC_IDENT_ARGS(m->ident), c);
		add(buf, size, entry);
		n++;
	} END_FOR_EACH_PTR(m);
	return n;
}

/* J.F=C: the gfp_t members of local struct @p stored in this function */
static void local_fields(struct sc_unit *unit, struct entrypoint *ep, pseudo_t p,
			 int j, char *buf, size_t size)
{
	struct symbol *sym = p->sym, *st;
	char prefix[16];

	if (!sym || (sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)))
		return;
	st = struct_of(sym, 0);
	if (!st)
		return;
	snprintf(prefix, sizeof(prefix), "%d.", j);
	stored_fields(unit, ep, p, st, prefix, buf, size);
}

/* one value @p @fn may return: its entries; 0 if it says nothing */
static int returned_value(struct sc_unit *unit, struct entrypoint *ep,
			  struct symbol *st, pseudo_t p, char *buf, size_t size,
			  int depth)
{
	struct instruction *def;
	char entry[256];
	pseudo_t src;
	int n;

	if (!p || p->type == PSEUDO_VAL)
		return 1;	/* NULL, or an error pointer: no object */
	if (depth > LIM_WALK || p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	switch (def->opcode) {
	case OP_PTRCAST: case OP_COPY:
		/* `struct abuf *ab = kmalloc(...)`: stores go through the cast */
		n = stored_fields(unit, ep, p, st, "", buf, size);
		return returned_value(unit, ep, st, def->src, buf, size, depth + 1) ||
		       n > 0;
	case OP_PHI:
		FOR_EACH_PTR(def->phi_list, src) {
			if (src == VOID)
				continue;
			if (src->type != PSEUDO_PHI || !src->def ||
			    !returned_value(unit, ep, st, src->def->phi_src, buf,
					    size, depth + 1))
				return 0;
		} END_FOR_EACH_PTR(src);
		return 1;
	default:
		break;
	}
	/* &G[K]: an element of a global table (sparse_tables.c) */
	if (sc_table_addr(p, entry, sizeof(entry))) {
		add(buf, size, entry);
		return 1;
	}
	n = stored_fields(unit, ep, p, st, "", buf, size);
	if (call_origin(def, entry, sizeof(entry), "")) {
		add(buf, size, entry);
		n++;
	} else if (sc_global_read(p, -1, entry, sizeof(entry))) {
		add(buf, size, entry + 3);	/* "-1=@G": @G */
		n++;
	}
	return n > 0;
}

/* %^L:C: one value @p a function returning a pointer to other than a
 * struct may return, NULL or what calls returned (through casts and
 * phis), its entries; 0 if it is anything else */
static int returned_pcall(pseudo_t p, char *buf, size_t size, int depth)
{
	struct instruction *def;
	char entry[64];
	pseudo_t src;

	if (p && p->type == PSEUDO_VAL)
		return 1;	/* NULL, or an error pointer */
	if (!p || depth > LIM_WALK || p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	switch (def->opcode) {
	case OP_PTRCAST: case OP_COPY:
		return returned_pcall(def->src, buf, size, depth + 1);
	case OP_PHI:
		FOR_EACH_PTR(def->phi_list, src) {
			if (src == VOID)
				continue;
			if (src->type != PSEUDO_PHI || !src->def ||
			    !returned_pcall(src->def->phi_src, buf, size, depth + 1))
				return 0;
		} END_FOR_EACH_PTR(src);
		return 1;
	case OP_CALL:
		/* a list cut short would say less than all (vmem.c) */
		if (!call_origin(def, entry, sizeof(entry), "%") ||
		    strlen(buf) + strlen(entry) + 2 > size)
			return 0;
		add(buf, size, entry);
		return 1;
	default:
		return 0;
	}
}

void sc_pointer_rets(struct symbol *fn, struct entrypoint *ep, struct ir_func *ir)
{
	struct basic_block *bb;
	struct instruction *insn;

	if (!fn->ctype.base_type || struct_of(fn->ctype.base_type->ctype.base_type, 1) ||
	    !sc_is_pointer(fn->ctype.base_type->ctype.base_type))
		return;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			char own[LIM_FIELD_VALS] = "";

			if (!insn->bb || insn->opcode != OP_RET || !insn->src)
				continue;
			ir_pointer_return(ir, (int)(long)insn->bb->priv,
					  returned_pcall(insn->src, own, sizeof(own), 0) ?
					  own : NULL);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

static void integer_value(struct sc_unit *unit, struct symbol *fn, pseudo_t p,
			  int j, const char *star, char *buf, size_t size);

char *sc_field_rets(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		    const struct ir_func *ir)
{
	char buf[LIM_FIELD_VALS] = "";
	struct symbol *st = fn->ctype.base_type ?
			    struct_of(fn->ctype.base_type->ctype.base_type, 1) : NULL;
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!st || !insn->bb || insn->opcode != OP_RET || !insn->src)
				continue;
			if (!returned_value(unit, ep, st, insn->src, buf, sizeof(buf), 0)) {
				buf[0] = '\0';
				st = NULL;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	sc_out_fields(unit, fn, ep, add, buf, sizeof(buf));
	sc_global_stores(ep, add, buf, sizeof(buf));
	sc_object_rets(unit, fn, ep, ir, integer_value, add, buf, sizeof(buf));
	return buf[0] ? sc_strdup(buf) : NULL;
}

/*
 * @p is one of a few small constants (`c ? RPM_ASYNC | RPM_AUTO :
 * RPM_ASYNC`, a select or a phi of constants): the bits all of them set
 * in *@all, those any sets in *@any; 0 if not.
 */
static int constant_choice(pseudo_t p, long long *all, long long *any)
{
	struct instruction *def;
	pseudo_t v[2], src;
	int n = 0, i;

	p = sc_strip_ext(p, 1);
	if (p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	if (def->opcode == OP_SEL) {
		v[n++] = def->src2;
		v[n++] = def->src3;
	} else if (def->opcode == OP_PHI) {
		FOR_EACH_PTR(def->phi_list, src) {
			if (src == VOID)
				continue;
			if (n == 2 || src->type != PSEUDO_PHI || !src->def ||
			    src->def->opcode != OP_PHISOURCE)
				return 0;
			v[n++] = src->def->phi_src;
		} END_FOR_EACH_PTR(src);
	}
	if (n != 2)
		return 0;
	for (i = 0; i < n; i++)
		/* small non-negative constants: one number at any width */
		if (!v[i] || v[i]->type != PSEUDO_VAL || v[i]->value < 0 ||
		    v[i]->value > 0x7fffffffLL)
			return 0;
	*all = v[0]->value & v[1]->value;
	*any = v[0]->value | v[1]->value;
	return 1;
}

/*
 * J=$struct T.F: integer argument @p is what integer field F of a
 * struct T holds, loaded through any pointer and passed on zero-extended
 * or truncated, not sign-extended (the callee's bits are then the
 * field's): a flag atom of the callee is decided by the stores of the
 * program (solve/fieldsets.c), as the field atoms of sparse_ir.c are.
 * 1 when written.
 */
static int field_value(struct sc_unit *unit, struct symbol *fn, pseudo_t p, int j,
		       char *buf, size_t size)
{
	struct instruction *def;
	char entry[300], tab[280], *field;
	int guard = 0;

	while (p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK &&
	       (def->opcode == OP_ZEXT || def->opcode == OP_TRUNC || def->opcode == OP_COPY))
		p = def->src;
	if (p->type != PSEUDO_REG || !(def = p->def) || def->opcode != OP_LOAD ||
	    def->is_volatile)
		return 0;
	/* J=[G:K]$struct T.F, J=^L:C$struct T.F (sparse_tables.c) */
	if (sc_table_load(fn, def, tab, sizeof(tab))) {
		snprintf(entry, sizeof(entry), "%d=%s", j, tab);
		add(buf, size, entry);
	}
	/* a table's element names its field as a struct's does (as
	 * clang_fields.c field_value() reads `G[K].F`) */
	if (!(field = sc_loaded_field(fn, def->src, (long)def->offset, (int)def->size)) &&
	    tab[0] == '[' && strchr(tab, '$'))
		field = sc_strdup(strchr(tab, '$') + 1);
	if (!field)
		return 0;
	{
		struct ent e = { entry, sizeof(entry), 0 };

		e_j(&e, j, "=$");
		e_s(&e, field);
	}
	add(buf, size, entry);
	sc_whole_field(unit, field);
	free(field);
	return 1;
}

/* J=#V, J=K, J=K|V, J=K&V, J=K?, J=K!: an integer argument for the
 * callee's flag atoms; with @star "*", J*=...: the integer it points to;
 * with ".F:", J.F:=...: a value stored in member F (sparse_objints.c);
 * for an argument, J=$struct T.F (field_value()) */
static void integer_value(struct sc_unit *unit, struct symbol *fn, pseudo_t p,
			  int j, const char *star, char *buf, size_t size)
{
	struct instruction *def;
	long long or = 0, and = 0;
	char entry[64];
	struct ent e = { entry, sizeof(entry), 0 };
	int guard = 0, k, nz;
	pseudo_t p0 = p;

	if (p->type == PSEUDO_VAL) {
		e_ll(&e, j);
		e_s(&e, star);
		e_s(&e, "=#");
		e_ll(&e, p->value);
		add(buf, size, entry);
		return;
	}
	if ((k = sc_zero_with_param(p, &nz)) >= 0 && !(unit->gfp_params & (1u << k))) {
		e_ll(&e, j);
		e_s(&e, star);
		e_c(&e, '=');
		e_ll(&e, k);
		e_c(&e, nz ? '!' : '?');
		add(buf, size, entry);
		return;
	}
	/* one of two constants, not zero with a parameter (above): J=|V
	 * of the bits both set, else J=&V */
	if (constant_choice(p, &or, &and)) {
		fact_choice_entry(entry, sizeof(entry), j, star, or, and);
		add(buf, size, entry);
		return;
	}
	while (p->type == PSEUDO_REG && (def = p->def) && guard++ < LIM_WALK) {
		if (def->opcode == OP_ZEXT || def->opcode == OP_SEXT ||
		    def->opcode == OP_TRUNC || def->opcode == OP_COPY)
			p = def->src;
		else if (def->opcode == OP_OR && !or && !and &&
			 def->src2->type == PSEUDO_VAL)
			or = def->src2->value, p = def->src1;
		else if (def->opcode == OP_AND && !or && !and &&
			 def->src2->type == PSEUDO_VAL && def->src2->value)
			and = def->src2->value, p = def->src1;
		else
			break;
	}
	if (p->type != PSEUDO_ARG || p->nr < 1 || p->nr > GFP_MAX_PARAMS ||
	    (unit->gfp_params & (1u << (p->nr - 1))) ||
	    !sc_is_integer(sc_param_type(fn, p->nr - 1))) {
		/* J=|V, J=&V: bits surely set, or surely clear, of a value
		 * not known otherwise (MAKE_SEND_FLAGS(len)) */
		if (or || and) {
			e_ll(&e, j);
			e_s(&e, star);
			e_c(&e, '=');
			e_c(&e, or ? '|' : '&');
			e_ll(&e, or ? or : and);
			add(buf, size, entry);
		} else if (!star[0]) {
			field_value(unit, fn, p0, j, buf, size);
		}
		return;
	}
	e_ll(&e, j);
	e_s(&e, star);
	e_c(&e, '=');
	e_ll(&e, p->nr - 1);
	if (or || and) {
		e_c(&e, or ? '|' : '&');
		e_ll(&e, or ? or : and);
	}
	add(buf, size, entry);
}

/*
 * J*=...: @arg is the address of a local integer variable stored to once
 * in the function (netlink_unicast()'s `timeo = sock_sndtimeo(ssk,
 * nonblock)`, passed as &timeo): the value stored.
 */
static void local_int(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		      pseudo_t arg, int j, char *buf, size_t size)
{
	struct symbol *sym = arg->sym;
	struct basic_block *bb;
	struct instruction *insn, *store = NULL;

	if (!sym || (sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)) ||
	    !sc_is_integer(sym))
		return;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_STORE || insn->src != arg)
				continue;
			if (store || insn->offset != 0)
				return;
			store = insn;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	if (store && store->target)
		integer_value(unit, fn, store->target, j, "*", buf, size);
}


/* J=&NAME, J=&NAME/s: @p is the address of a global (or static) struct
 * object; `&v.first` is that too, a member at another offset is not */
static void global_addr(pseudo_t p, int j, char *buf, size_t size)
{
	struct symbol *sym = p->sym;
	char entry[300];

	if (!sym || !sym->ident ||
	    !(sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)) ||
	    !struct_of(sym, 0))
		return;
	{
		struct ent e = { entry, sizeof(entry), 0 };

		e_j(&e, j, "=&");
		sc_cat(entry, sizeof(entry), &e.n, sym->ident->name, sym->ident->len);
		e_s(&e, (sym->ctype.modifiers & MOD_STATIC) ? "/s" : "");
	}
	add(buf, size, entry);
}

/* J=!0: the address of a local struct, never NULL (for a flag atom on a
 * pointer parameter: `if (dispose) list_add(...)`) */
static void local_addr(pseudo_t p, int j, char *buf, size_t size)
{
	struct symbol *sym = p->sym;
	char entry[32];

	if (!sym || (sym->ctype.modifiers & (MOD_STATIC | MOD_EXTERN | MOD_TOPLEVEL)) ||
	    !struct_of(sym, 0))
		return;
	{
		struct ent e = { entry, sizeof(entry), 0 };

		e_j(&e, j, "=!0");
	}
	add(buf, size, entry);
}

/* the type of argument @j of @call, when sparse kept it */
static struct symbol *arg_type(struct instruction *call, int j)
{
	struct symbol *t;
	int i = 0;

	if (call->opcode != OP_CALL)
		return NULL;
	FOR_EACH_PTR(call->fntypes, t) {
		if (i++ == j + 1)
			return t;
	} END_FOR_EACH_PTR(t);
	return NULL;
}

/* J=>struct T.P: @p is loaded from pointer field P of a struct T, and
 * points to a struct with gfp flags (which objects: what the program
 * stores into P, fieldsets.c) */
static void loaded_pointer(struct sc_unit *unit, struct symbol *fn, pseudo_t p, int j,
			   char *buf, size_t size)
{
	struct instruction *def;
	char entry[300], *field;
	int guard = 0;

	while (p && p->type == PSEUDO_REG && (def = p->def) && def->opcode == OP_COPY &&
	       guard++ < LIM_WALK)
		p = def->src;
	if (!p || p->type != PSEUDO_REG || !(def = p->def) || def->opcode != OP_LOAD ||
	    !sc_gfp_pointee(unit, def->type))
		return;
	field = sc_loaded_ptr_field(fn, def->src, (long)def->offset);
	if (!field)
		return;
	{
		struct ent e = { entry, sizeof(entry), 0 };

		e_j(&e, j, "=>");
		e_s(&e, field);
	}
	add(buf, size, entry);
	free(field);
}

/* J=^L:C of an integer argument @p that is, through extensions and
 * truncations (which keep a non-zero value's source non-zero), what a
 * direct call returned: the solver reads the callee's ~M rets for it */
static void int_call(pseudo_t p, int j, char *buf, size_t size)
{
	char entry[64], prefix[16];
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK &&
	       (p->def->opcode == OP_ZEXT || p->def->opcode == OP_SEXT ||
		p->def->opcode == OP_TRUNC || p->def->opcode == OP_COPY))
		p = p->def->src;
	if (!p || p->type != PSEUDO_REG || !p->def || !p->def->bb ||
	    p->def->opcode != OP_CALL || !p->def->func ||
	    p->def->func->type != PSEUDO_SYM || !p->def->func->sym->ident ||
	    !strncmp(sc_ident(p->def->func->sym->ident), "__builtin_", 10))
		return;	/* a builtin is no call (sparse_ir.c) */
	snprintf(prefix, sizeof(prefix), "%d=", j);
	if (call_origin(p->def, entry, sizeof(entry), prefix))
		add(buf, size, entry);
}

char *sc_field_vals(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		    struct instruction *call)
{
	char buf[LIM_FIELD_VALS] = "";
	pseudo_t arg;
	int j = 0;

	FOR_EACH_PTR(call->arguments, arg) {
		char entry[300];

		if (!arg) {
			j++;
			continue;
		}
		if (sc_is_integer(arg_type(call, j)) &&
		    !sc_is_gfp_type(unit->rules, arg_type(call, j))) {
			integer_value(unit, fn, arg, j, "", buf, sizeof(buf));
			int_call(arg, j, buf, sizeof(buf));
		} else if (arg->type == PSEUDO_VAL && arg->value == 0 &&
			   sc_is_pointer(arg_type(call, j))) {
			/* NULL, for a flag atom on a pointer (J=K?) */
			struct ent e = { entry, sizeof(entry), 0 };

			e_j(&e, j, "=#0");
			add(buf, sizeof(buf), entry);
		} else if (arg->type == PSEUDO_ARG && arg->nr >= 1 &&
		    struct_of(sc_param_type(fn, arg->nr - 1), 1)) {
			struct ent e = { entry, sizeof(entry), 0 };

			e_j(&e, j, "=*");
			e_ll(&e, arg->nr - 1);
			add(buf, sizeof(buf), entry);
		} else if (arg->type == PSEUDO_SYM) {
			local_int(unit, fn, ep, arg, j, buf, sizeof(buf));
			local_fields(unit, ep, arg, j, buf, sizeof(buf));
			sc_object_vals(unit, fn, ep, arg, j, integer_value, add, buf,
				       sizeof(buf));
			global_addr(arg, j, buf, sizeof(buf));
			local_addr(arg, j, buf, sizeof(buf));
		} else if (arg->type == PSEUDO_REG) {
			loaded_field(unit, fn, arg, j, buf, sizeof(buf));
			loaded_pointer(unit, fn, arg, j, buf, sizeof(buf));
			if (sc_global_read(arg, j, entry, sizeof(entry)))
				add(buf, sizeof(buf), entry);
		}
		if (sc_ref_paired(unit, ep, call, j)) {
			/* a put of a reference this function took */
			struct ent e = { entry, sizeof(entry), 0 };

			e_j(&e, j, "=%");
			add(buf, sizeof(buf), entry);
		}
		if ((arg->type == PSEUDO_ARG || arg->type == PSEUDO_REG) &&
		    sc_is_pointer(arg_type(call, j)))
			sc_member_known(unit, fn, call, arg, arg_type(call, j), j,
					integer_value, add, buf, sizeof(buf));
		if (arg->type == PSEUDO_ARG || arg->type == PSEUDO_REG ||
		    arg->type == PSEUDO_SYM) {
			char member[300];

			sc_member_addr(fn, arg, arg_type(call, j), j, member,
				       sizeof(member));
			if (member[0])
				add(buf, sizeof(buf), member);
		}
		j++;
	} END_FOR_EACH_PTR(arg);
	return buf[0] ? sc_strdup(buf) : NULL;
}
