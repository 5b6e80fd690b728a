/*
 * sparse_tables.c - global arrays of structs read as tables, from
 * sparse's linearized code and evaluated initializers; clang_tables.c
 * writes the same from libclang's.
 *
 * A load of integer member F of element K of a file-scope array G of
 * struct T (`acpi_gbl_fixed_event_info[event].enable_register_id`,
 * K an integer parameter, or a constant) is "[G:K]$struct T.F" ("[G:#I]"
 * for a constant index, "G/s" for a static G): the call's vals J=[G:K]$F
 * (sparse_fields.c).  A load of member F through the pointer a call
 * returned, with only constant offsets between, is "^L:C$struct T.F".
 * A function returning `&G[K]` (K its integer parameter) says "&[G:K]" in
 * its rets.  The initializer of such an array is its record (fact_fstore
 * field "table G", "table G/s" for a static one): "#N:struct T" its
 * length and element type (a tagged struct whose members all have names,
 * none an array or a union), and
 * "I:struct T.F=V" for each integer member (no bitfield) of element I the
 * initializer gives a constant V other than 0, "I:struct T.F=?" for one it gives
 * something else; a member it leaves out holds 0.  "?": an initializer
 * not read (the table is not known).  Whether anything writes the table
 * after is the stores' business ("!" records, sparse_fstores.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "ir_limits.h"
#include "sparse_frontend.h"

#include "expression.h"
#include "linearize.h"
#include "symbol.h"

/* does every member of @st have a name, and none is an array or a
 * union (whose members the solver would take for ones left out)? */
static int plain_struct(struct symbol *st)
{
	struct symbol *m, *t;

	FOR_EACH_PTR(st->symbol_list, m) {
		t = sc_strip_node(m);
		if (!m || !m->ident || !t || t->type == SYM_ARRAY || t->type == SYM_UNION)
			return 0;
	} END_FOR_EACH_PTR(m);
	return 1;
}

/* "G" or "G/s" of file-scope array @sym of structs into @buf; its
 * element struct into *@st, its length (-1 not known) into *@n */
static int table_name(struct symbol *sym, char *buf, size_t size,
		      struct symbol **st, long *n)
{
	struct symbol *a;

	if (!sym || sym->type != SYM_NODE || !sym->ident ||
	    !(sym->ctype.modifiers & MOD_TOPLEVEL))
		return 0;
	a = sc_strip_node(sym);
	if (!a || a->type != SYM_ARRAY)
		return 0;
	*st = sc_strip_node(a->ctype.base_type);
	if (!*st || (*st)->type != SYM_STRUCT || !(*st)->ident || (*st)->bit_size <= 0 ||
	    (*st)->bit_size % 8 || !plain_struct(*st))
		return 0;
	*n = a->bit_size > 0 ? a->bit_size / (*st)->bit_size : -1;
	snprintf(buf, size, "%s%s", sc_ident(sym->ident),
		 sym->ctype.modifiers & MOD_STATIC ? "/s" : "");
	return 1;
}

/* @p with extensions and copies stripped: parameter K (from 0), or -1 */
static int index_param(pseudo_t p)
{
	int guard = 0;

	while (p && p->type == PSEUDO_REG && p->def && guard++ < LIM_WALK &&
	       (p->def->opcode == OP_ZEXT || p->def->opcode == OP_SEXT ||
		p->def->opcode == OP_COPY))
		p = p->def->src;
	return p && p->type == PSEUDO_ARG && p->nr >= 1 && p->nr <= GFP_MAX_PARAMS ?
	       (int)p->nr - 1 : -1;
}

/* @p is index * @esize: the index's parameter, or -1 */
static int scaled_param(pseudo_t p, long esize)
{
	struct instruction *def;

	if (!p || p->type != PSEUDO_REG || !(def = p->def) || !def->src2 ||
	    def->src2->type != PSEUDO_VAL)
		return -1;
	if (def->opcode == OP_MUL && def->src2->value == esize)
		return index_param(def->src1);
	if (def->opcode == OP_SHL && def->src2->value >= 0 && def->src2->value < 32 &&
	    (1L << def->src2->value) == esize)
		return index_param(def->src1);
	if (esize == 1)
		return index_param(p);
	return -1;
}

/*
 * @addr plus @off the address of byte *@foff of element [K] (*@k) or
 * [#I] (*@k -1, *@i) of a table: its name into @buf, its element struct
 * into *@st.
 */
static int table_elem(pseudo_t addr, long off, char *buf, size_t size,
		      struct symbol **st, int *k, long *i, long *foff)
{
	struct instruction *def;
	struct symbol *sym = NULL;
	pseudo_t other = NULL;
	long n, esize;
	int guard = 0;

	while (addr && addr->type == PSEUDO_REG && (def = addr->def) && guard++ < LIM_WALK) {
		if (def->opcode == OP_COPY) {
			addr = def->src;
		} else if (def->opcode == OP_ADD && def->src2 &&
			   def->src2->type == PSEUDO_VAL) {
			off += (long)def->src2->value;
			addr = def->src1;
		} else if (def->opcode == OP_ADD && def->src1 && def->src2 &&
			   (def->src1->type == PSEUDO_SYM || def->src2->type == PSEUDO_SYM)) {
			sym = def->src1->type == PSEUDO_SYM ? def->src1->sym : def->src2->sym;
			other = def->src1->type == PSEUDO_SYM ? def->src2 : def->src1;
			break;
		} else {
			return 0;
		}
	}
	if (!sym && addr && addr->type == PSEUDO_SYM)
		sym = addr->sym;
	if (!table_name(sym, buf, size, st, &n))
		return 0;
	esize = (*st)->bit_size / 8;
	if (off < 0)
		return 0;
	if (!other) {
		*k = -1;
		*i = off / esize;
		*foff = off % esize;
		return n < 0 || *i < n;
	}
	if (off >= esize || (*k = scaled_param(other, esize)) < 0)
		return 0;
	*foff = off;
	return 1;
}

int sc_table_load(struct symbol *fn, struct instruction *load, char *buf, size_t size)
{
	struct instruction *def;
	struct symbol *st;
	char name[200], *field;
	pseudo_t addr = load->src;
	long i, foff, off = (long)load->offset;
	int k, guard = 0;

	buf[0] = '\0';
	/* through the pointer a call returned */
	while (addr && addr->type == PSEUDO_REG && (def = addr->def) && guard++ < LIM_WALK &&
	       (def->opcode == OP_COPY || (def->opcode == OP_ADD && def->src2 &&
					  def->src2->type == PSEUDO_VAL))) {
		if (def->opcode == OP_ADD)
			off += (long)def->src2->value;
		addr = def->src1;
	}
	if (addr && addr->type == PSEUDO_REG && (def = addr->def) &&
	    def->opcode == OP_CALL && def->func && def->func->type == PSEUDO_SYM) {
		field = sc_loaded_field(fn, load->src, (long)load->offset, (int)load->size);
		if (!field)
			return 0;
		snprintf(buf, size, "^%d:%d$%s", def->pos.line, def->pos.pos, field);
		free(field);
		return 1;
	}
	if (!table_elem(load->src, (long)load->offset, name, sizeof(name), &st, &k,
			&i, &foff) ||
	    !(field = sc_field_at(st, foff, (int)load->size)))
		return 0;
	/* a member of the element's own struct, not of one inside it */
	if (strncmp(field, "struct ", 7) || strncmp(field + 7, sc_ident(st->ident),
						   strlen(sc_ident(st->ident))) ||
	    field[7 + strlen(sc_ident(st->ident))] != '.') {
		free(field);
		return 0;
	}
	if (k >= 0)
		snprintf(buf, size, "[%s:%d]$%s", name, k, field);
	else
		snprintf(buf, size, "[%s:#%ld]$%s", name, i, field);
	free(field);
	return 1;
}

int sc_table_addr(pseudo_t p, char *buf, size_t size)
{
	struct symbol *st;
	char name[200];
	long i, foff;
	int k;

	if (!table_elem(p, 0, name, sizeof(name), &st, &k, &i, &foff) || foff)
		return 0;
	if (k >= 0)
		snprintf(buf, size, "&[%s:%d]", name, k);
	else
		snprintf(buf, size, "&[%s:#%ld]", name, i);
	return 1;
}

/* the constant @e is, as member @m holds it: 1 and *@v, or 0 */
static int member_const(struct symbol *m, struct expression *e, long long *v)
{
	struct symbol *t = sc_strip_node(m);

	if (!t || t->bit_size <= 0 || !sc_fold(e, v))
		return 0;
	*v = fact_int_as(*v, t->bit_size, !(t->ctype.modifiers & MOD_UNSIGNED));
	return 1;
}

/* the members initializer @init of struct @st gives element @i */
static void table_members(struct sc_unit *unit, const char *field, long i,
			  struct symbol *st, struct expression *init, int depth)
{
	struct expression *e;
	struct symbol *m;
	char what[400], *name;
	long long v;

	if (depth > LIM_WALK || !init || init->type != EXPR_INITIALIZER) {
		fact_file_add_fstore(unit->facts, field, "?");
		return;
	}
	FOR_EACH_PTR(init->expr_list, e) {
		if (!e || e->type != EXPR_POS || !(m = e->ctype)) {
			fact_file_add_fstore(unit->facts, field, "?");
			continue;
		}
		/* a struct member's members are named by their own struct,
		 * which the solver does not ask of this table */
		if (!m->ident || !sc_int_member(m) || !(name = sc_member_name(st, m)))
			continue;
		/* a zero is what a member left out holds: not written */
		if (!member_const(m, e->init_expr, &v))
			snprintf(what, sizeof(what), "%ld:%s=?", i, name);
		else if (v)
			snprintf(what, sizeof(what), "%ld:%s=%lld", i, name, v);
		else
			what[0] = '\0';
		if (what[0])
			fact_file_add_fstore(unit->facts, field, what);
		free(name);
	} END_FOR_EACH_PTR(e);
}

static void table_record(struct sc_unit *unit, struct symbol *sym)
{
	struct expression *e, *init = sym->initializer;
	struct symbol *st;
	char name[200], field[220], what[300];
	long n, esize, i, nr;

	if (!init || init->type != EXPR_INITIALIZER ||
	    !table_name(sym, name, sizeof(name), &st, &n) || n < 0)
		return;
	snprintf(field, sizeof(field), "table %s", name);
	snprintf(what, sizeof(what), "#%ld:struct %s", n, sc_ident(st->ident));
	fact_file_add_fstore(unit->facts, field, what);
	esize = st->bit_size / 8;
	FOR_EACH_PTR(init->expr_list, e) {
		if (!e || e->type != EXPR_POS) {
			fact_file_add_fstore(unit->facts, field, "?");
			continue;
		}
		nr = e->init_nr > 0 ? e->init_nr : 1;
		if (e->init_offset % esize || nr > n) {
			fact_file_add_fstore(unit->facts, field, "?");
			continue;
		}
		for (i = e->init_offset / esize; nr-- > 0 && i < n; i++)
			table_members(unit, field, i, st, e->init_expr, 0);
	} END_FOR_EACH_PTR(e);
}

void sc_tables_globals(struct sc_unit *unit, struct symbol_list *list, const char *file)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		if (sym->type == SYM_NODE && sym->initializer &&
		    !strcmp(stream_name(sym->pos.stream), file))
			table_record(unit, sym);
	} END_FOR_EACH_PTR(sym);
}
