/*
 * fact_text_test.c - the sub-records of the facts (facts.h: a call's
 * objects and function arguments, a function's flag atoms) survive the
 * compact text the database keeps them in (fact_text.c) and a store and
 * load through the database (db.c): the records read back equal the
 * records written, and so does their text.  Text that does not parse
 * keeps what did, atoms in their places.  Run by
 * testcases/scripts/fact-text.sh; prints what differs and exits 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "facts.h"

static int failures;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "fact_text_test:%d: %s\n", __LINE__, #cond);	\
		failures++;						\
	}								\
} while (0)

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static void same_call(const struct fact_call *ca, const struct fact_call *cb)
{
	const struct fact_call_x *a = fcx(ca), *b = fcx(cb);
	int i;

	CHECK(a->nobjs == b->nobjs);
	for (i = 0; i < a->nobjs && i < b->nobjs; i++) {
		CHECK(same_str(a->objs[i].name, b->objs[i].name));
		CHECK(a->objs[i].is_static == b->objs[i].is_static);
		CHECK(a->objs[i].blk == b->objs[i].blk);
		CHECK(a->objs[i].nblk == b->objs[i].nblk);
	}
	CHECK(a->nfnargs == b->nfnargs);
	for (i = 0; i < a->nfnargs && i < b->nfnargs; i++) {
		CHECK(a->fnargs[i].arg == b->fnargs[i].arg);
		CHECK(same_str(a->fnargs[i].name, b->fnargs[i].name));
		CHECK(a->fnargs[i].is_static == b->fnargs[i].is_static);
	}
}

/* frees what the parsers made of @c: its rare part (malloc'ed names) */
static void free_rare(struct fact_call *c)
{
	int k;

	if (!c->x)
		return;
	for (k = 0; k < c->x->nobjs; k++)
		free(c->x->objs[k].name);
	for (k = 0; k < c->x->nfnargs; k++)
		free(c->x->fnargs[k].name);
	free(c->x->objs);
	free(c->x->fnargs);
	free(c->x);
	c->x = NULL;
}

static void same_func(const struct fact_func *a, const struct fact_func *b)
{
	int i;

	CHECK(same_str(a->name, b->name));
	CHECK(a->natoms == b->natoms);
	for (i = 0; i < a->natoms && i < b->natoms; i++) {
		CHECK(a->atoms[i].param == b->atoms[i].param);
		CHECK(a->atoms[i].how == b->atoms[i].how);
		CHECK(a->atoms[i].value == b->atoms[i].value);
		CHECK(same_str(a->atoms[i].field, b->atoms[i].field));
		CHECK(same_str(a->atoms[i].sfield, b->atoms[i].sfield));
	}
	CHECK(a->ncalls == b->ncalls);
	for (i = 0; i < a->ncalls && i < b->ncalls; i++)
		same_call(&a->calls[i], &b->calls[i]);
}

/* the facts of one file, with every kind of sub-record */
static void build(struct fact_set *set)
{
	struct fact_file *f = fact_set_add(set, "drivers/x.c");
	struct fact_func *fn = fact_file_add_func(f, "x_probe");
	struct fact_call *c;

	fact_func_add_atom(fn, 2, 0, 0x4);
	fact_func_add_atom(fn, 0, ATOM_EQ, 0);
	fact_func_add_atom(fn, 25, ATOM_DEREF | ATOM_EQ, 0xffffffffffffffffull);
	fact_func_add_atom(fn, 1, ATOM_DEREF, 0x80000000ull);
	fact_func_add_field_atom(fn, "struct x_port.caps", 0x400);
	/* a member atom beside the field atom: "1.__flags&0x10" */
	strcpy(fact_func_add_atom(fn, 1, 0, 0x10)->field, "__flags");
	/* a member of a member, tested before any call: "0.base.flags^&0x200" */
	strcpy(fact_func_add_atom(fn, 0, ATOM_ENTRY, 0x200)->field, "base.flags");
	/* stores into fields: two constants of one field joined */
	fact_file_add_fstore(f, "struct x_port.caps", "|0x1");
	fact_file_add_fstore(f, "struct x_port.caps", "<struct x_cfg.flags");
	fact_file_add_fstore(f, "struct x_port.caps", "|0x400");
	fact_file_add_fstore(f, "struct x_cfg.flags", "?");
	CHECK(f->nfstores == 3 && !strcmp(f->fstores[0].field, "struct x_cfg.flags") &&
	      !strcmp(f->fstores[1].what, "|0x401") &&
	      !strcmp(f->fstores[2].what, "<struct x_cfg.flags"));
	c = fact_func_add_call(fn, NULL);
	fact_call_x(c)->via = sc_strdup("struct x_ops.start");
	CHECK(fact_call_add_obj(c, "x_ops_a", 1, 1u << 26, 0, 64));
	CHECK(fact_call_add_obj(c, "x_ops_b", 0, 0, (1u << 27) | 1, 64));
	CHECK(!fact_call_add_obj(c, "x_ops_a", 1, 1u << 26, 0, 64));	/* once */
	CHECK(fact_call_add_obj(c, "x_ops_a", 1, 0, 0, 64));	/* another guard */
	c = fact_func_add_call(fn, "request_irq");
	fact_call_add_fnarg(c, 2, "x_irq", 1);
	fact_call_add_fnarg(c, 3, "x_thread", 0);
	fact_func_add_call(fn, "kfree");	/* none at all */
	fact_file_add_func(f, "x_remove");	/* no atoms */
}

/* the text of each list parses back into the same records and text */
static void text_round_trip(const struct fact_func *fn)
{
	struct fact_func back;
	char *t, *u;
	int i;

	memset(&back, 0, sizeof(back));
	t = fact_atoms_text(fn);
	CHECK(!t == !fn->natoms);
	CHECK(fact_atoms_parse(&back, t) == 0);
	u = fact_atoms_text(&back);
	CHECK(same_str(t, u));
	free(t);
	free(u);
	back.name = fn->name;
	back.calls = sc_calloc(fn->ncalls + 1, sizeof(*back.calls));
	back.ncalls = fn->ncalls;
	for (i = 0; i < fn->ncalls; i++) {
		struct fact_call *b = &back.calls[i];
		char *o = fact_objs_text(&fn->calls[i]), *a = fact_fnargs_text(&fn->calls[i]);

		CHECK(fact_objs_parse(b, o, NULL) == 0);
		CHECK(fact_fnargs_parse(b, a, NULL) == 0);
		free(o);
		free(a);
	}
	same_func(fn, &back);
	for (i = 0; i < back.ncalls; i++) {
		/* a call with neither has no rare part */
		CHECK(!back.calls[i].x == (!fcx(&fn->calls[i])->nobjs &&
					   !fcx(&fn->calls[i])->nfnargs));
		free_rare(&back.calls[i]);
	}
	free(back.calls);
	for (i = 0; i < back.natoms; i++)
		free(back.atoms[i].sfield);
	free(back.atoms);
}

/* what the database hands back equals what it was given */
static void db_round_trip(const struct fact_set *set)
{
	char path[64] = "/tmp/fact_text_test.XXXXXX", side[80];
	struct fact_set back = { NULL, 0, 0, NULL };
	struct scdb *db;
	int fd = mkstemp(path), i;

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	close(fd);
	unlink(path);
	db = db_open(path, DB_WRITE);
	CHECK(db && db_store_file(db, &set->files[0]) == 0);
	db_close(db);
	db = db_open(path, DB_READ);
	CHECK(db && db_load(db, &back) == 0);
	db_close(db);
	CHECK(back.nfiles == 1 && back.files[0].nfuncs == set->files[0].nfuncs);
	for (i = 0; back.nfiles == 1 && i < back.files[0].nfuncs &&
		    i < set->files[0].nfuncs; i++)
		same_func(&set->files[0].funcs[i], &back.files[0].funcs[i]);
	CHECK(back.nfiles == 1 && back.files[0].nfstores == set->files[0].nfstores);
	for (i = 0; back.nfiles == 1 && i < back.files[0].nfstores &&
		    i < set->files[0].nfstores; i++)
		CHECK(!strcmp(back.files[0].fstores[i].field, set->files[0].fstores[i].field) &&
		      !strcmp(back.files[0].fstores[i].what, set->files[0].fstores[i].what));
	fact_set_free(&back);
	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

/* text that does not parse: what did is kept, atoms in their places */
static void bad_text(void)
{
	struct fact_func fn;
	struct fact_call c;
	unsigned long long v;
	int k, how;

	memset(&fn, 0, sizeof(fn));
	CHECK(fact_atoms_parse(&fn, "3&0x4,bogus,1*=5,7&x,@struct a.b&0x10,@&1") == -1);
	CHECK(fn.natoms == 6);
	CHECK(fn.atoms[4].how == ATOM_FIELD && !strcmp(fn.atoms[4].sfield, "struct a.b") &&
	      fn.atoms[4].value == 0x10 && !fact_func_atom(&fn, 4, &k, &v, &how));
	CHECK(fn.atoms[5].param == -1 && !fn.atoms[5].sfield);
	CHECK(fact_func_atom(&fn, 0, &k, &v, &how) && k == 3 && v == 4 && how == 0);
	CHECK(!fact_func_atom(&fn, 1, &k, &v, &how));
	CHECK(fact_func_atom(&fn, 2, &k, &v, &how) && k == 1 && v == 5 &&
	      how == (ATOM_DEREF | ATOM_EQ));
	CHECK(!fact_func_atom(&fn, 3, &k, &v, &how));
	for (k = 0; k < fn.natoms; k++)
		free(fn.atoms[k].sfield);
	free(fn.atoms);

	memset(&c, 0, sizeof(c));
	CHECK(fact_objs_parse(&c, NULL, NULL) == 0 && !c.x);
	CHECK(fact_fnargs_parse(&c, NULL, NULL) == 0 && !c.x);
	CHECK(fcx(&c) == &fact_call_x_none && !fcx(&c)->nobjs);
	CHECK(fact_objs_parse(&c, "a/1/2/3,b/x,c/0/0/0", NULL) == -1);
	CHECK(c.x && c.x->nobjs == 2 && !strcmp(c.x->objs[1].name, "c"));
	CHECK(fact_fnargs_parse(&c, "1:f/0,zz,3:g/1", NULL) == -1);
	CHECK(c.x->nfnargs == 1 && c.x->fnargs[0].arg == 1);
	free_rare(&c);
}

int main(void)
{
	struct fact_set set = { NULL, 0, 0, NULL };
	int i;

	build(&set);
	for (i = 0; i < set.files[0].nfuncs; i++)
		text_round_trip(&set.files[0].funcs[i]);
	db_round_trip(&set);
	bad_text();
	fact_set_free(&set);
	if (failures)
		fprintf(stderr, "fact_text_test: %d checks failed\n", failures);
	else
		printf("fact_text_test: records, text and database agree\n");
	return failures ? 1 : 0;
}
