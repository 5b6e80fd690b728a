/*
 * fact_text_test.c - the sub-records of the facts (facts.h: a call's
 * objects and function arguments, a function's flag atoms) survive the
 * compact text the database keeps them in (fact_text.c) and a store and
 * load through the database (db.c): the records read back equal the
 * records written, and so does their text.  Text that does not parse
 * keeps what did, atoms in their places.  A call's vals and a function's
 * rets (fact_vals.c) come back from their records as the text they were
 * read from, every kind of entry, and an entry not understood is kept
 * as its text.  With --vals FILE or --rets FILE, each line of FILE is
 * such a list (a whole database's, sqlite3 "SELECT vals FROM call"):
 * it prints the lines that do not come back and counts the entries not
 * understood.  The number writers the texts are made with (textbuf.h) write
 * what printf writes, at the edges of each type.  Run by
 * testcases/scripts/fact-text.sh; prints what differs and exits 1.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "facts.h"
#include "fmt.h"
#include "strpool.h"
#include "textbuf.h"

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

/* do two lists of vals or rets say the same (their text)? */
static int same_text(const struct fact_vals *a, const struct fact_vals *b)
{
	char *x = fact_vals_text(a), *y = fact_vals_text(b);
	int same = same_str(x, y);

	free(x);
	free(y);
	return same;
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
	CHECK(same_text(ca->vals, cb->vals));
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
	int i, j;

	CHECK(same_str(a->name, b->name));
	CHECK(same_text(a->rets, b->rets));
	CHECK(a->natoms == b->natoms);
	for (i = 0; i < a->natoms && i < b->natoms; i++) {
		CHECK(a->atoms[i].param == b->atoms[i].param);
		CHECK(a->atoms[i].how == b->atoms[i].how);
		CHECK(a->atoms[i].value == b->atoms[i].value);
		CHECK(same_str(a->atoms[i].field, b->atoms[i].field));
		CHECK(same_str(a->atoms[i].sfield, b->atoms[i].sfield));
		CHECK(a->atoms[i].nbefore == b->atoms[i].nbefore);
		for (j = 0; j < a->atoms[i].nbefore && j < b->atoms[i].nbefore; j++)
			CHECK(a->atoms[i].bline[j] == b->atoms[i].bline[j] &&
			      a->atoms[i].bcol[j] == b->atoms[i].bcol[j]);
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
	/* a member tested after two calls: "0.d_inode~603:25~606:9&0xff" */
	{
		struct fact_atom *a = fact_func_add_atom(fn, 0, ATOM_BEFORE, 0xff);

		strcpy(a->field, "d_inode");
		a->nbefore = 2;
		a->bline[0] = 603;
		a->bcol[0] = 25;
		a->bline[1] = 606;
		a->bcol[1] = 9;
	}
	/* a pointer member against an address: "0.temp^=&0x1234" */
	strcpy(fact_func_add_atom(fn, 0, ATOM_ENTRY | ATOM_EQ | ATOM_ADDR, 0x1234)->field,
	       "temp");
	/* a vmalloc test of pointer parameter 2: "2?0" */
	fact_func_add_atom(fn, 2, ATOM_VMEM, 0);
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
	c->vals = fact_vals_parse("0=*1,1.gfp=B,2=^12:5", NULL, NULL);
	fn->rets = fact_rets_parse("gfp=a,@x_cur/s=^12:5*1,0.mode:=#3", NULL, NULL);
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
	t = fact_vals_text(fn->rets);
	back.rets = fact_rets_parse(t, NULL, NULL);
	free(t);
	back.calls = sc_calloc(fn->ncalls + 1, sizeof(*back.calls));
	back.ncalls = fn->ncalls;
	for (i = 0; i < fn->ncalls; i++) {
		struct fact_call *b = &back.calls[i];
		char *o = fact_objs_text(&fn->calls[i]), *a = fact_fnargs_text(&fn->calls[i]);

		CHECK(fact_objs_parse(b, o, NULL) == 0);
		CHECK(fact_fnargs_parse(b, a, NULL) == 0);
		free(o);
		free(a);
		o = fact_vals_text(fn->calls[i].vals);
		b->vals = fact_vals_parse(o, NULL, NULL);
		free(o);
	}
	same_func(fn, &back);
	for (i = 0; i < back.ncalls; i++) {
		/* a call with neither has no rare part */
		CHECK(!back.calls[i].x == (!fcx(&fn->calls[i])->nobjs &&
					   !fcx(&fn->calls[i])->nfnargs));
		free_rare(&back.calls[i]);
		free((void *)back.calls[i].vals);
	}
	free(back.calls);
	free((void *)back.rets);
	for (i = 0; i < back.natoms; i++)
		free(back.atoms[i].sfield);
	free(back.atoms);
}

/* every kind of entry of a call's vals, and of a function's rets */
static const char *const vals_texts[] = {
	"0=1.gfp_mask", "2.gfp=B", "1=*0", "0=&init_net", "0=&x_list/s",
	"1=&struct net.netdev_chain", "0=>struct xhci_ring.map", "2=^120:9",
	"0=@x_wq", "0=@x_cur/s", "0=#5", "0=#-1", "1=#9223372036854775807",
	"0=2", "0=2|64", "0=2&15", "0=|4", "0=&256", "0=&-256", "3=1?", "3=1!",
	"0=$struct x_port.caps", "1*=#2", "1*=0|8", "0=~14:3/1", "0.flags:=#4",
	"0.flags:=?", "0.flags:=1|2", "0=%", "1=!0",
	"0=*1^", "0=*0,0=*0~744:18,0=*0~748:20", "0.base.flags==#0", "1.flags==2|4", "0.temp==&&4660",
	"0.temp:=&&4660", "0=~14:3/0^", "2=%^31:17", "2=%^31:17,2=%^33:17",
	"0=*1,1.gfp=U,0=~14:3/0,0=~20:7/2,0.len:=?,2=#0",
};

static const char *const rets_texts[] = {
	"gfp=B", "gfp_mask=a", "^12:5", "@x_cur", "@x_cur/s", "*1.gfp=N",
	"@x_cur=^12:5", "@x_cur/s=^12:5*1", "@x_cur=?", "0.mode:=#3",
	"1.mode:=0|4", "0.mode:=?", "0.mode!", "2!", "0.temp:=&&4660",
	"0.temp!^&&4660", "%^12:5", "%^12:5,%^14:9",
	"gfp=B,^40:12,@x_cur,0!,1.flags:=#0,1.len!",
};

/* @s read as a list and written back; @raw: how many entries are kept
 * as not understood */
static void list_round_trip(const char *s, int rets, int raw)
{
	const struct fact_vals *l = rets ? fact_rets_parse(s, NULL, NULL) :
				    fact_vals_parse(s, NULL, NULL);
	char *t = fact_vals_text(l);
	int i, n = 0;

	for (i = 0; i < l->n; i++)
		n += l->v[i].kind == VAL_RAW;
	if (!same_str(s, t) || n != raw) {
		fprintf(stderr, "fact_text_test: %s \"%s\" came back \"%s\", %d not understood\n",
			rets ? "rets" : "vals", s, t, n);
		failures++;
	}
	free(t);
	free((void *)l);
}

/* the records of a few entries; the same text read once with a memo */
static void vals_records(void)
{
	struct strpool pool = { NULL, NULL, NULL };
	struct fact_vals_memo *memo = fact_vals_memo_new();
	const struct fact_vals *l, *m;
	char s[] = "0=&x_list/s,1.flags:=2|8,2=~14:3/1,3=^7:2,2=~20:1/0^";
	char r[] = "@x_cur/s=^12:5*1,@g=?,0.len!";

	l = fact_vals_parse(s, &pool, memo);
	CHECK(l->n == 6);
	CHECK(l->v[0].kind == VAL_ADDR && l->v[0].j == 0 && l->v[0].c == 1 &&
	      !strcmp(l->v[0].name, "x_list"));
	CHECK(l->v[1].kind == VAL_MEMBER_SET && l->v[1].j == 1 &&
	      !strcmp(l->v[1].name, "flags") && l->v[2].kind == VAL_MORE &&
	      l->v[2].c == FV_PARAM_OR && l->v[2].k == 2 && l->v[2].v == 8);
	CHECK(l->v[3].kind == VAL_LOCAL && l->v[3].line == 14 && l->v[3].col == 3 &&
	      l->v[3].k == 1);
	CHECK(l->v[4].kind == VAL_CALL && l->v[4].j == 3 && l->v[4].line == 7 &&
	      l->v[4].col == 2);
	CHECK(l->v[3].c == 0 && l->v[5].kind == VAL_LOCAL && l->v[5].c == 1 &&
	      l->v[5].line == 20 && l->v[5].k == 0);
	m = fact_vals_parse(s, &pool, memo);
	CHECK(m == l);			/* read once */
	m = fact_rets_parse(s, &pool, memo);
	CHECK(m != l);			/* rets read apart */
	l = fact_rets_parse(r, &pool, memo);
	CHECK(l->n == 5 && l->v[0].kind == VAL_RET_GSTORE && l->v[0].c == 1 &&
	      !strcmp(l->v[0].name, "x_cur") && l->v[1].kind == VAL_MORE &&
	      l->v[1].c == 1 && l->v[1].line == 12 && l->v[1].col == 5 &&
	      l->v[1].k == 1);
	CHECK(l->v[2].kind == VAL_RET_GSTORE && !l->v[3].c && !l->v[3].name &&
	      l->v[4].kind == VAL_RET_MEMBER_MAY && l->v[4].j == 0 &&
	      !strcmp(l->v[4].name, "len"));
	fact_vals_memo_free(memo);
	strpool_free(&pool);
}

static void vals_text(void)
{
	long long before = fact_vals_unparsed();
	size_t i;

	for (i = 0; i < sizeof(vals_texts) / sizeof(*vals_texts); i++)
		list_round_trip(vals_texts[i], 0, 0);
	for (i = 0; i < sizeof(rets_texts) / sizeof(*rets_texts); i++)
		list_round_trip(rets_texts[i], 1, 0);
	CHECK(fact_vals_unparsed() == before);
	/* forms the writers do not make: kept as text, known as nothing */
	list_round_trip("01=#1,0=#01,0=#+1,0=&,0=^1:x,0=~1:2,bogus,0=*1", 0, 7);
	list_round_trip("0.f:=#x,0=1.,,0=%%", 0, 3);
	list_round_trip("=B,*1.f=,@=^1:2,1.f,x", 1, 5);
	list_round_trip("", 0, 0);
	CHECK(fact_vals_unparsed() == before + 15);
	CHECK(!fact_vals_parse(NULL, NULL, NULL) && !fact_vals_text(NULL));
	vals_records();
}

/* each line of @path a list: 0 when every one comes back */
static int lines(const char *path, int rets)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long n = 0, bad = 0;

	if (!f) {
		perror(path);
		return 2;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		const struct fact_vals *l;
		char *t;

		if (line[len - 1] == '\n')
			line[--len] = '\0';
		l = rets ? fact_rets_parse(line, NULL, NULL) :
		    fact_vals_parse(line, NULL, NULL);
		t = fact_vals_text(l);
		if (!same_str(line, t)) {
			printf("differs: %s -> %s\n", line, t);
			bad++;
		}
		free(t);
		free((void *)l);
		n++;
	}
	free(line);
	fclose(f);
	printf("fact_text_test: %ld lists, %ld differ, %lld entries not understood\n",
	       n, bad, fact_vals_unparsed());
	return bad ? 1 : 0;
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

/* fmt.h's numbers against printf's, and a growable text's pieces */
static void numbers(void)
{
	static const long long ll[] = {
		0, 1, -1, 9, 10, -10, 4096, INT_MIN, INT_MAX, LLONG_MIN, LLONG_MAX,
	};
	char d[FMT_NUM], want[64], got[64], *p;
	struct textbuf t = { NULL, 0, 0 };
	size_t i;
	int alt;

	for (i = 0; i < sizeof(ll) / sizeof(ll[0]); i++) {
		unsigned long long u = (unsigned long long)ll[i];

		p = fmt_ll(d, ll[i]);
		snprintf(want, sizeof(want), "%lld", ll[i]);
		snprintf(got, sizeof(got), "%.*s", (int)(d + FMT_NUM - p), p);
		CHECK(!strcmp(got, want));
		p = fmt_llu(d, u);
		snprintf(want, sizeof(want), "%llu", u);
		snprintf(got, sizeof(got), "%.*s", (int)(d + FMT_NUM - p), p);
		CHECK(!strcmp(got, want));
		for (alt = 0; alt < 2; alt++) {
			p = fmt_hex(d, u, alt);
			snprintf(want, sizeof(want), alt ? "%#llx" : "%llx", u);
			snprintf(got, sizeof(got), "%.*s", (int)(d + FMT_NUM - p), p);
			CHECK(!strcmp(got, want));
		}
		if (ll[i] >= INT_MIN && ll[i] <= INT_MAX) {
			snprintf(want, sizeof(want), "<%d>", (int)ll[i]);
			fmt_buf(got, sizeof(got), "<%d>", (int)ll[i]);
			CHECK(!strcmp(got, want));
		}
	}
	CHECK(!t.s);
	tb_puts(&t, NULL);
	tb_putc(&t, ' ');
	tb_put_ll(&t, LLONG_MIN);
	tb_putc(&t, ' ');
	tb_put_llu(&t, ULLONG_MAX);
	tb_putc(&t, ' ');
	tb_put_hex(&t, 0, 1);
	tb_putc(&t, ' ');
	tb_put_hex(&t, 0xbeef, 1);
	snprintf(want, sizeof(want), "(null) %lld %llu %#llx %#llx",
		 LLONG_MIN, ULLONG_MAX, 0ULL, 0xbeefULL);
	CHECK(t.s && !strcmp(t.s, want) && t.len == strlen(want));
	free(t.s);
}

int main(int argc, char **argv)
{
	struct fact_set set = { NULL, 0, 0, NULL };
	int i;

	if (argc == 3 && (!strcmp(argv[1], "--vals") || !strcmp(argv[1], "--rets")))
		return lines(argv[2], !strcmp(argv[1], "--rets"));
	build(&set);
	for (i = 0; i < set.files[0].nfuncs; i++)
		text_round_trip(&set.files[0].funcs[i]);
	db_round_trip(&set);
	bad_text();
	vals_text();
	numbers();
	fact_set_free(&set);
	if (failures)
		fprintf(stderr, "fact_text_test: %d checks failed\n", failures);
	else
		printf("fact_text_test: records, text and database agree\n");
	return failures ? 1 : 0;
}
