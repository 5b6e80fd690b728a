/*
 * ir.c - builds and frees the function IR (ir.h): blocks, edges,
 * events, candidate objects, formulas and the strings the IR owns.
 * Nothing here interprets them; analyze.c does.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "ir_limits.h"

#define GROW(arr, n, cap) do {						\
	if ((n) == (cap)) {						\
		(cap) = (cap) ? 2 * (cap) : 8;				\
		(arr) = sc_realloc((arr), (size_t)(cap) * sizeof(*(arr)));	\
	}								\
} while (0)

void ir_init(struct ir_func *f)
{
	memset(f, 0, sizeof(*f));
}

void ir_free(struct ir_func *f)
{
	int i;

	for (i = 0; i < f->nbb; i++) {
		free(f->bb[i].ev);
		free(f->bb[i].succ);
		free(f->bb[i].dr);
	}
	for (i = 0; i < f->nstrs; i++)
		free(f->strs[i]);
	for (i = 0; i < f->nkeys; i++)
		free(f->keys[i]);
	free(f->keys);
	free(f->bb);
	free(f->ev);
	free(f->f);
	free(f->defs);
	free(f->vdefs);
	free(f->mkeys);
	free(f->akeys);
	free(f->pstores);
	free(f->objs);
	free(f->fnargs);
	free(f->prets);
	free(f->strs);
	memset(f, 0, sizeof(*f));
}

void ir_pointer_return(struct ir_func *f, int b, const char *what)
{
	GROW(f->prets, f->nprets, f->pretscap);
	f->prets[f->nprets].block = b;
	f->prets[f->nprets++].what = ir_str(f, what);
}

int ir_block(struct ir_func *f)
{
	struct ir_block *b;

	GROW(f->bb, f->nbb, f->bbcap);
	b = &f->bb[f->nbb];
	memset(b, 0, sizeof(*b));
	b->cond.konst = -1;
	b->cond.f = -1;
	b->cond.try_ev = -1;
	b->cond.opside = -1;
	b->cond.optry_ev = -1;
	b->retval = -1;
	return f->nbb++;
}

void ir_edge(struct ir_func *f, int from, int to, int side)
{
	struct ir_block *b = &f->bb[from];

	assert(from >= 0 && from < f->nbb && to >= 0 && to < f->nbb);
	GROW(b->succ, b->nsucc, b->succcap);
	b->succ[b->nsucc].to = to;
	b->succ[b->nsucc].side = (signed char)side;
	b->succ[b->nsucc].dead = 0;
	b->succ[b->nsucc].warned = 0;
	b->succ[b->nsucc].f = -1;
	b->nsucc++;
}

void ir_warned_edge(struct ir_func *f, int b, int side)
{
	int j;

	for (j = 0; side >= 0 && j < f->bb[b].nsucc; j++)
		if (f->bb[b].succ[j].side == side)
			f->bb[b].succ[j].warned = 1;
}

struct ir_event *ir_event(struct ir_func *f, int b, enum ir_ev_kind kind,
			  int line, int col)
{
	struct ir_block *bb = &f->bb[b];
	struct ir_event *e;

	assert(b >= 0 && b < f->nbb);
	GROW(f->ev, f->nev, f->evcap);
	GROW(bb->ev, bb->nev, bb->evcap);
	bb->ev[bb->nev++] = f->nev;
	e = &f->ev[f->nev++];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->block = b;
	e->line = line;
	e->col = col;
	e->obj0 = f->nobjs;
	e->fnarg0 = f->nfnargs;
	return e;
}

void ir_deref(struct ir_func *f, int b, const void *val)
{
	struct ir_block *bb;
	int i;

	if (!val || b < 0 || b >= f->nbb)
		return;
	bb = &f->bb[b];
	/* one record a value between two events is enough */
	for (i = bb->ndr - 1; i >= 0 && bb->dr[i].pos == bb->nev; i--)
		if (bb->dr[i].val == val)
			return;
	GROW(bb->dr, bb->ndr, bb->drcap);
	bb->dr[bb->ndr].pos = bb->nev;
	bb->dr[bb->ndr++].val = val;
}

int ir_branch_keyed(const struct ir_func *f, const void *key0, const void *key1)
{
	int b;

	for (b = 0; b < f->nbb; b++)
		if (f->bb[b].branch && f->bb[b].cond.konst < 0 && !f->bb[b].cond.pair &&
		    f->bb[b].cond.key[0] == key0 && f->bb[b].cond.key[1] == key1)
			return 1;
	return 0;
}

void ir_pstore(struct ir_func *f, int b, int param, int val)
{
	struct ir_pstore *p;

	if (f->npstores == f->pstorescap) {
		f->pstorescap = f->pstorescap ? 2 * f->pstorescap : 8;
		f->pstores = sc_realloc(f->pstores, f->pstorescap * sizeof(*f->pstores));
	}
	p = &f->pstores[f->npstores++];
	p->block = b;
	p->param = param;
	p->val = val;
}

int ir_var_tested(const struct ir_func *f, const void *var)
{
	int b;

	for (b = 0; var && b < f->nbb; b++)
		if (f->bb[b].branch && f->bb[b].cond.konst < 0 && f->bb[b].cond.var == var)
			return 1;
	return 0;
}

void ir_akey(struct ir_func *f, int ev, int arg, const void *key0, const void *key1)
{
	struct ir_event *e = &f->ev[ev];
	struct ir_akey *k;
	int i;

	if (!e->nak)
		e->ak0 = f->nakeys;
	assert(e->kind == IR_CALL && e->ak0 + e->nak == f->nakeys);
	for (i = e->ak0; i < f->nakeys; i++)
		if (f->akeys[i].arg == arg && f->akeys[i].key[0] == key0 &&
		    f->akeys[i].key[1] == key1)
			return;
	if (e->nak == IR_MAX_AKEYS) {
		ir_cut(CUT_AKEYS);
		return;
	}
	GROW(f->akeys, f->nakeys, f->akeyscap);
	k = &f->akeys[f->nakeys++];
	k->arg = arg;
	k->key[0] = key0;
	k->key[1] = key1;
	e->nak++;
}

void ir_mkey(struct ir_func *f, int ev, int arg, const char *field, const void *key0,
	     const void *key1, unsigned long long mask)
{
	struct ir_event *e = &f->ev[ev];
	struct ir_mkey *m;
	int i;

	if (!e->nmk)
		e->mk0 = f->nmkeys;
	assert(e->kind == IR_CALL && e->mk0 + e->nmk == f->nmkeys);
	for (i = e->mk0; i < f->nmkeys; i++)
		if (f->mkeys[i].arg == arg && f->mkeys[i].key[0] == key0 &&
		    f->mkeys[i].key[1] == key1 && f->mkeys[i].mask == mask &&
		    !strcmp(f->mkeys[i].field, field))
			return;
	if (e->nmk == IR_MAX_MKEYS) {
		ir_cut(CUT_MKEYS);
		return;
	}
	GROW(f->mkeys, f->nmkeys, f->mkeyscap);
	m = &f->mkeys[f->nmkeys++];
	m->arg = arg;
	m->field = ir_str(f, field);
	m->key[0] = key0;
	m->key[1] = key1;
	m->mask = mask;
	e->nmk++;
}

void ir_fnarg(struct ir_func *f, int arg, const char *name, int is_static)
{
	struct ir_event *e = &f->ev[f->nev - 1];
	struct fact_fnarg *a;

	assert(f->nev > 0 && e->kind == IR_CALL && e->fnarg0 + e->nfnarg == f->nfnargs);
	GROW(f->fnargs, f->nfnargs, f->fnargscap);
	a = &f->fnargs[f->nfnargs++];
	a->arg = arg;
	a->name = (char *)ir_str(f, name);
	a->is_static = !!is_static;
	e->nfnarg++;
}

void ir_obj(struct ir_func *f, const char *name, int is_static, int block,
	    int cond, int truth)
{
	struct ir_event *e = &f->ev[f->nev - 1];
	struct ir_obj *o;

	assert(f->nev > 0 && e->kind == IR_CALL && e->obj0 + e->nobj == f->nobjs);
	GROW(f->objs, f->nobjs, f->objscap);
	o = &f->objs[f->nobjs++];
	o->name = ir_str(f, name);
	o->is_static = is_static;
	o->block = block;
	o->cond = cond;
	o->truth = truth;
	e->nobj++;
}

int ir_formula(struct ir_func *f, enum ir_fkind kind, int a, int b, int c)
{
	struct ir_formula *n;

	GROW(f->f, f->nf, f->fcap);
	n = &f->f[f->nf];
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->a = a;
	n->b = b;
	n->c = c;
	return f->nf++;
}

int ir_same_flags(struct ir_func *f, int f1, int f2)
{
	if (f1 < 0 || f2 < 0)
		return f1 < 0 ? f2 : f1;
	assert(f->f[f1].kind == IRF_FLAG && f->f[f1].a < 0);
	f->f[f1].a = f2;
	return f1;
}

void ir_zero_edge(struct ir_func *f, int b, int param, int nonzero, int sense)
{
	int bit = ir_atom(f, param, 0, ATOM_EQ), a, j;

	if (bit < 0)
		return;
	a = ir_formula(f, IRF_FLAG, -1, -1, -1);
	f->f[a].param = bit;
	if (!nonzero)
		a = ir_formula(f, IRF_NOT, a, -1, -1);
	for (j = 0; j < f->bb[b].nsucc; j++)
		if (f->bb[b].succ[j].side == !!sense && f->bb[b].succ[j].f < 0)
			f->bb[b].succ[j].f = a;
}

int ir_test_formula(struct ir_func *f, unsigned off, int true_atomic)
{
	int a;

	if (!off)
		return -1;
	a = ir_formula(f, IRF_CTX, -1, -1, -1);
	f->f[a].param = (int)off;
	return true_atomic ? ir_formula(f, IRF_NOT, a, -1, -1) : a;
}

int ir_formula_defs(struct ir_func *f, const struct ir_fdef *d, int n)
{
	int first = f->ndefs, i;

	for (i = 0; i < n; i++) {
		GROW(f->defs, f->ndefs, f->defscap);
		f->defs[f->ndefs++] = d[i];
	}
	return ir_formula(f, IRF_DEFS, first, n, -1);
}

void ir_cond_vdefs(struct ir_func *f, int b, const void *var, const struct ir_vdef *d,
		   int n)
{
	struct ir_cond *c = &f->bb[b].cond;
	int i;

	c->var = var;
	c->vdef0 = f->nvdefs;
	c->nvdefs = n;
	for (i = 0; i < n; i++) {
		GROW(f->vdefs, f->nvdefs, f->vdefscap);
		f->vdefs[f->nvdefs++] = d[i];
	}
}

const char *ir_str(struct ir_func *f, const char *s)
{
	if (!s)
		return NULL;
	GROW(f->strs, f->nstrs, f->strscap);
	return f->strs[f->nstrs++] = sc_strdup(s);
}

const void *ir_key(struct ir_func *f, const char *s)
{
	int i;

	for (i = 0; i < f->nkeys; i++)
		if (!strcmp(f->keys[i], s))
			return f->keys[i];
	GROW(f->keys, f->nkeys, f->keyscap);
	return f->keys[f->nkeys++] = sc_strdup(s);
}

const char *ir_take(struct ir_func *f, char *s)
{
	if (!s)
		return NULL;
	GROW(f->strs, f->nstrs, f->strscap);
	return f->strs[f->nstrs++] = s;
}

static const char *const ev_names[] = {
	[IR_CALL] = "call", [IR_ACQUIRE] = "acquire", [IR_RELEASE] = "release",
	[IR_TRYLOCK] = "trylock", [IR_RET] = "ret", [IR_BIND] = "bind",
	[IR_TEST] = "test", [IR_PAGEFAULT] = "pagefault",
};

static const char *const f_names[] = {
	[IRF_GFP] = "gfp", [IRF_BLOCKING] = "blocking", [IRF_NOT] = "not",
	[IRF_AND] = "and", [IRF_OR] = "or", [IRF_SEL] = "sel", [IRF_DEFS] = "defs",
	[IRF_FLAG] = "flag", [IRF_CTX] = "ctx", [IRF_SIB] = "sib",
};

void ir_dump(FILE *out, const struct ir_func *f, const char *name)
{
	int b, j, i;

	fprintf(out, "ir %s: entry %d, gfp params %#x%s%s\n", name, f->entry,
		f->gfp_params, f->returns_gfp ? ", returns gfp" : "",
		f->locks ? ", locks" : "");
	for (b = 0; b < f->nbb; b++) {
		const struct ir_block *bb = &f->bb[b];

		fprintf(out, "  b%d:", b);
		for (j = 0; j < bb->nsucc; j++)
		{
			fprintf(out, " ->b%d%s%s%s", bb->succ[j].to,
				bb->succ[j].side == 1 ? "(T)" : bb->succ[j].side == 0 ? "(F)" : "",
				bb->succ[j].dead ? "(dead)" : "",
				bb->succ[j].warned ? "(warned)" : "");
			if (bb->succ[j].f >= 0)
				fprintf(out, "(f%d)", bb->succ[j].f);
		}
		if (bb->branch)
			fprintf(out, "  cond konst=%d f=%d key=%s sense=%d try=%d/%d",
				bb->cond.konst, bb->cond.f, bb->cond.key[0] ? "yes" : "-",
				bb->cond.sense, bb->cond.try_ev, bb->cond.try_sense);
		if (bb->branch && bb->cond.try_dup)
			fprintf(out, " dup");
		if (bb->ndr)
			fprintf(out, " derefs=%d", bb->ndr);
		if (bb->branch && bb->cond.ptr.val)
			fprintf(out, " %s@b%d/e%d", bb->cond.cmp ? "cmp" : "ptr",
				bb->cond.ptr.valdef, bb->cond.ptr.valev);
		for (j = 0; bb->branch && j < bb->cond.nvdefs; j++) {
			const struct ir_vdef *d = &f->vdefs[bb->cond.vdef0 + j];

			fprintf(out, " [var b%d konst=%d%s", d->block, d->konst,
				d->val ? " val" : "");
			if (d->val)
				fprintf(out, "@b%d/e%d", d->valdef, d->valev);
			if (d->rcall)
				fprintf(out, " of e%d", d->rcall - 1);
			if (d->acall)
				fprintf(out, " by e%d", d->acall - 1);
			fputc(']', out);
		}
		if (bb->retval >= 0)
			fprintf(out, "  returns %s", bb->retval ? "non-zero" : "0");
		fputc('\n', out);
		for (j = 0; j < bb->nev; j++) {
			const struct ir_event *e = &f->ev[bb->ev[j]];

			fprintf(out, "    e%d %d:%d %s", bb->ev[j], e->line, e->col,
				ev_names[e->kind]);
			if (e->kind == IR_TEST)
				fprintf(out, " %s %#x", e->what ? e->what : "-", e->kinds);
			if (e->kind == IR_ACQUIRE || e->kind == IR_RELEASE || e->kind == IR_TRYLOCK)
				fprintf(out, " %s %#x%s%s", e->what ? e->what : "-", e->kinds,
					e->asserted ? " asserted" : "", e->base ? " base" : "");
			if (e->kind == IR_CALL || e->kind == IR_BIND)
				fprintf(out, " %s via=%s args=%s", e->callee ? e->callee : "-",
					e->via ? e->via : "-", e->args ? e->args : "-");
			if (e->kind == IR_PAGEFAULT)
				fprintf(out, " %+d", e->held);
			if (e->kind == IR_CALL && e->fault)
				fprintf(out, " fault");
			if (e->kind == IR_CALL && e->sel)
				fprintf(out, " sel=f%d/%s", e->sel - 1, e->args2 ? e->args2 : "-");
			if (e->kind == IR_CALL && e->rkey[0])
				fprintf(out, " rkey");
			if (e->kind == IR_CALL && e->vkey)
				fprintf(out, " var=%d", e->varg);
			for (i = e->mk0; e->kind == IR_CALL && i < e->mk0 + e->nmk; i++)
				fprintf(out, " mkey=%d.%s&%#llx", f->mkeys[i].arg,
					f->mkeys[i].field, f->mkeys[i].mask);
			for (i = e->ak0; e->kind == IR_CALL && i < e->ak0 + e->nak; i++)
				fprintf(out, " akey=%d", f->akeys[i].arg);
			for (i = 0; e->kind == IR_CALL && e->sibptr && i < f->nsibs; i++)
				if (f->sibs[i].ptr == e->sibptr)
					fprintf(out, " sib%d", i);
			if (e->kind == IR_RET)
				fprintf(out, " %c", e->cls ? e->cls : '0');
			for (i = e->obj0; i < e->obj0 + e->nobj; i++)
				fprintf(out, " obj=%s/b%d/f%d/%d", f->objs[i].name,
					f->objs[i].block, f->objs[i].cond, f->objs[i].truth);
			fputc('\n', out);
		}
	}
	for (i = 0; i < f->nf; i++) {
		const struct ir_formula *n = &f->f[i];

		fprintf(out, "  f%d %s a=%d b=%d c=%d", i, f_names[n->kind], n->a, n->b, n->c);
		if (n->kind == IRF_GFP)
			fprintf(out, " param=%d exact=%d", n->param, n->exact);
		if (n->kind == IRF_FLAG && f->atoms[n->param - IR_ATOM0].sfield)
			fprintf(out, " field=%s & %#llx", f->atoms[n->param - IR_ATOM0].sfield,
				f->atoms[n->param - IR_ATOM0].mask);
		else if (n->kind == IRF_FLAG)
			fprintf(out, " param=%d%s %s %#llx",
				f->atoms[n->param - IR_ATOM0].param,
				f->atoms[n->param - IR_ATOM0].eq & ATOM_DEREF ? "*" :
				f->atoms[n->param - IR_ATOM0].field,
				f->atoms[n->param - IR_ATOM0].eq & ATOM_VMEM ? "vmalloc" :
				f->atoms[n->param - IR_ATOM0].eq & ATOM_EQ ? "==" : "&",
				f->atoms[n->param - IR_ATOM0].mask);
		if (n->kind == IRF_SEL)
			fprintf(out, " flags=%#x", n->flags);
		if (n->kind == IRF_CTX)
			fprintf(out, " kinds=%#x", n->param);
		if (n->kind == IRF_SIB)
			fprintf(out, " sib%d %s == %lld", n->param,
				f->sibs[n->param].field, f->sibs[n->param].value);
		if (n->kind == IRF_DEFS)
			for (j = n->a; j < n->a + n->b; j++)
				fprintf(out, " [b%d konst=%d f%d]", f->defs[j].block,
					f->defs[j].konst, f->defs[j].f);
		fputc('\n', out);
	}
}

int ir_sib(struct ir_func *f, const void *ptr, const char *field, long long value)
{
	int i, n;

	for (i = 0; i < f->nsibs; i++)
		if (f->sibs[i].ptr == ptr && f->sibs[i].value == value &&
		    !strcmp(f->sibs[i].field, field))
			break;
	if (i == f->nsibs) {
		if (f->nsibs == IR_MAX_SIBS) {
			ir_cut(CUT_SIBS);
			return -1;
		}
		f->sibs[i].ptr = ptr;
		f->sibs[i].field = ir_str(f, field);
		f->sibs[i].value = value;
		f->nsibs++;
	}
	n = ir_formula(f, IRF_SIB, -1, -1, -1);
	f->f[n].param = i;
	return n;
}

/*
 * Pointer member atoms (ir_ptr_member_atom(), ir_atom.ptr 2) are
 * opportunistic: they never cost a function an atom it would have had
 * without them.  While the front end lowers (ir_func.sealed 0), a new
 * atom of any other kind that finds every atom taken evicts the last
 * pointer member atom: its IRF_FLAG formulas become what the front end
 * builds when ir_ptr_member_atom() says -1 (nothing, or the formula of
 * the same value it carried, ir_same_flags()), and the new atom takes
 * its slot and guard bit.  Counted as ptr-member-evicted.  The atoms the
 * analysis adds (joins, set atoms) cannot evict: the guards already
 * hold the member's bit.  The field atoms of volatile reads
 * (ir_field_atom_once(), test_bit()'s) are more so: any new atom,
 * pointer member atoms too, evicts them first, and they evict nothing.
 */
static int evict_ptr_member(struct ir_func *f, int ptr)
{
	int i, k, bit, a;

	for (i = f->natoms - 1; i >= 0 && !f->atoms[i].once; i--)
		;
	if (i < 0 && ptr != 2)
		for (i = f->natoms - 1; i >= 0 && f->atoms[i].ptr != 2; i--)
			;
	if (i < 0)
		return -1;
	bit = IR_ATOM0 + i;
	for (k = 0; k < f->nf; k++) {
		if (f->f[k].kind != IRF_FLAG || f->f[k].param != bit)
			continue;
		/* !!a is a, !(nothing) implies nothing */
		a = f->f[k].a >= 0 ? ir_formula(f, IRF_NOT, f->f[k].a, -1, -1) : -1;
		f->f[k].kind = IRF_NOT;
		f->f[k].a = a;
		f->f[k].param = 0;
	}
	ir_cut(CUT_PTR_MEMBER_EVICT);
	return i;
}

/* a free atom slot for a new atom of kind @ptr (ir_atom.ptr; -1: a
 * volatile read's field atom, which evicts nothing), or -1 */
static int new_atom(struct ir_func *f, int ptr)
{
	int i;

	if (f->natoms < IR_MAX_ATOMS) {
		f->atoms[f->natoms].once = 0;
		return f->natoms++;
	}
	if (ptr >= 0 && !f->sealed && (i = evict_ptr_member(f, ptr)) >= 0) {
		f->atoms[i].once = 0;
		return i;
	}
	ir_cut(CUT_FLAG_ATOMS);
	return -1;
}

static int atom_field(struct ir_func *f, int param, const char *field,
		      unsigned long long mask, int eq, int ptr)
{
	int i;

	if (strlen(field) >= ATOM_FIELD_MAX)
		return -1;
	for (i = 0; i < f->natoms; i++)
		if (f->atoms[i].param == param && f->atoms[i].mask == mask &&
		    f->atoms[i].eq == eq && !strcmp(f->atoms[i].field, field)) {
			/* a pointer parameter's, or a member's asked for
			 * as another kind: no longer evictable */
			if (ptr == 1 || (ptr == 0 && f->atoms[i].ptr == 2))
				f->atoms[i].ptr = ptr;
			return IR_ATOM0 + i;
		}
	i = new_atom(f, ptr);
	if (i < 0)
		return -1;
	f->atoms[i].param = param;
	f->atoms[i].mask = mask;
	f->atoms[i].eq = eq;
	strcpy(f->atoms[i].field, field);
	f->atoms[i].sfield = NULL;
	f->atoms[i].ptr = ptr;
	return IR_ATOM0 + i;
}

int ir_atom_field(struct ir_func *f, int param, const char *field,
		  unsigned long long mask, int eq)
{
	return atom_field(f, param, field, mask, eq, 0);
}

int ir_atom(struct ir_func *f, int param, unsigned long long mask, int eq)
{
	return ir_atom_field(f, param, "", mask, eq);
}

/* the atom of pointer parameter @param (@field "") or of its pointer
 * member @field against NULL; each kind (ir_atom.ptr: 1, 2) has its own
 * IR_MAX_PTR_ATOMS, so that the members do not displace the parameters */
static int ptr_atom(struct ir_func *f, int param, const char *field)
{
	int i, n = 0, kind = field[0] ? 2 : 1;

	for (i = 0; i < f->natoms; i++) {
		if (f->atoms[i].ptr == kind && f->atoms[i].param == param &&
		    !strcmp(f->atoms[i].field, field))
			return IR_ATOM0 + i;
		n += f->atoms[i].ptr == kind;
	}
	if (n == IR_MAX_PTR_ATOMS) {
		ir_cut(CUT_FLAG_ATOMS);
		return -1;
	}
	return atom_field(f, param, field, ~0ULL, 0, kind);
}

int ir_ptr_atom(struct ir_func *f, int param)
{
	return ptr_atom(f, param, "");
}

int ir_vmem_atom(struct ir_func *f, int param)
{
	return atom_field(f, param, "", 0, ATOM_VMEM, 0);
}

int ir_ptr_member_atom(struct ir_func *f, int param, const char *field)
{
	return ptr_atom(f, param, field);
}

static int field_atom(struct ir_func *f, const char *field, unsigned long long mask,
		      int once);

int ir_field_atom(struct ir_func *f, const char *field, unsigned long long mask)
{
	/* a test of the whole value (`if (p->f)`) is rarely decided by the
	 * stores: no guard bit for it */
	if (mask == ~0ULL)
		return -1;
	return field_atom(f, field, mask, 0);
}

int ir_field_atom_once(struct ir_func *f, const char *field, unsigned long long mask)
{
	if (mask == ~0ULL)
		return -1;
	return field_atom(f, field, mask, 1);
}

int ir_fn_atom(struct ir_func *f, const char *field)
{
	return field_atom(f, field, ~0ULL, 0);
}

static int field_atom(struct ir_func *f, const char *field, unsigned long long mask,
		      int once)
{
	int i, n = 0;

	for (i = 0; i < f->natoms; i++) {
		if (!once && f->atoms[i].sfield && !f->atoms[i].once &&
		    f->atoms[i].mask == mask && !strcmp(f->atoms[i].sfield, field))
			return IR_ATOM0 + i;
		n += f->atoms[i].sfield && !f->atoms[i].once;
	}
	if (!once && n == IR_MAX_FIELD_ATOMS) {
		ir_cut(CUT_FLAG_ATOMS);
		return -1;
	}
	/* a volatile read's atom takes a free slot only, and gives it up
	 * to any other atom (evict_ptr_member()) */
	i = new_atom(f, once ? -1 : 0);
	if (i < 0)
		return -1;
	f->atoms[i].param = -1;
	f->atoms[i].mask = mask;
	f->atoms[i].eq = ATOM_FIELD;
	f->atoms[i].field[0] = 0;
	f->atoms[i].sfield = ir_str(f, field);
	f->atoms[i].ptr = 0;
	f->atoms[i].once = once;
	return IR_ATOM0 + i;
}
