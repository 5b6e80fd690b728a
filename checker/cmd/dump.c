/*
 * dump.c - `sleepcheck dump-facts [--db=PATH]`: every fact of a database
 * as sorted text lines, one per function, call and binding, in a form
 * that does not depend on the order a front end found them in.  Two
 * front ends that agree print the same lines; the cross-check test
 * (testcases/scripts/frontends-agree.sh) diffs them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "db.h"

struct lines {
	char **v;
	int n, cap;
};

static void add(struct lines *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#include <stdarg.h>

static void add(struct lines *l, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = sc_realloc(l->v, l->cap * sizeof(*l->v));
	}
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	l->v[l->n] = sc_malloc(n + 1);
	va_start(ap, fmt);
	vsnprintf(l->v[l->n], n + 1, fmt, ap);
	va_end(ap);
	l->n++;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

#define S(x) ((x) ? (x) : "-")

/* the usage lines after "sleepcheck " (main.c, --help) */
const char dump_facts_synopsis[] =
	"dump-facts [--db=PATH]";

int dump_facts_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *db_path = db_default_path();
	struct fact_set set = { NULL, 0, 0, NULL };
	struct lines l = { NULL, 0, 0 };
	struct scdb *db;
	int i, j, k, c;

	optind = 0;
	while ((c = cmd_getopt(argc, argv, "", opts, 0, "dump-facts")) != -1) {
		switch (c) {
		case 'd': db_path = optarg; break;
		case 'h': cmd_help(dump_facts_synopsis); return 0;
		default: return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "sleepcheck: error: unknown dump-facts option '%s'\n",
			argv[optind]);
		return 2;
	}
	db = db_open(db_path, DB_READ);
	if (!db || db_load(db, &set)) {
		db_close(db);
		return 2;
	}
	db_close(db);
	for (i = 0; i < set.nfiles; i++) {
		struct fact_file *f = &set.files[i];

		if (f->unit)
			add(&l, "%s: unit %s", f->path, f->unit);
		for (j = 0; j < f->ntags; j++)
			add(&l, "%s: tag %s defined at %s", f->path, f->tags[j].tag,
			    S(f->tags[j].def));
		for (j = 0; j < f->nfstores; j++)
			add(&l, "%s: store %s %s", f->path, f->fstores[j].field,
			    f->fstores[j].what);
		for (j = 0; j < f->nfuncs; j++) {
			struct fact_func *fn = &f->funcs[j];
			char *atoms = fact_atoms_text(fn), *rets = fact_vals_text(fn->rets);

			add(&l, "%s: func %s%s at %d:%d%s%s%s%s", f->path, fn->name,
			    fn->is_static ? " static" : "", fn->line, fn->col,
			    rets ? " rets=" : "", rets ? rets : "",
			    atoms ? " atoms=" : "", atoms ? atoms : "");
			free(atoms);
			free(rets);
			for (k = 0; k < fn->ncalls; k++) {
				struct fact_call *x = &fn->calls[k];
				char *objs = fact_objs_text(x), *fnargs = fact_fnargs_text(x);
				char *vals = fact_vals_text(x->vals);
				char depth[AK_NR * 4 + 1] = "";

				char assumed[AK_NR * 8 + 600] = "";

				for (c = 0; c < AK_NR; c++)
					snprintf(depth + strlen(depth), sizeof(depth) - strlen(depth),
						 "%s%d", c ? "," : "", x->depth[c]);
				/* assertions: only where one was met */
				for (c = 0; c < AK_NR && !fcx(x)->aassert; c++)
					if (fcx(x)->assumed[c])
						break;
				if (fcx(x)->aassert || c < AK_NR) {
					strcpy(assumed, fcx(x)->aassert ? " asserted" : "");
					strcat(assumed, " assumed=");
					for (c = 0; c < AK_NR; c++)
						snprintf(assumed + strlen(assumed),
							 sizeof(assumed) - strlen(assumed),
							 "%s%d", c ? "," : "", fcx(x)->assumed[c]);
				}
				/* tests of the context: only where one said so */
				if (fcx(x)->ctxoff)
					snprintf(assumed + strlen(assumed),
						 sizeof(assumed) - strlen(assumed),
						 " ctxoff=%#x", fcx(x)->ctxoff);
				/* PREEMPT_RT: only where some of it is raw */
				for (c = 0; c < AK_NR && !fcx(x)->raw[c]; c++)
					;
				if (x->rtlock || c < AK_NR || fcx(x)->rawhat) {
					snprintf(assumed + strlen(assumed),
						 sizeof(assumed) - strlen(assumed),
						 "%s raw=", x->rtlock ? " rtlock" : "");
					for (c = 0; c < AK_NR; c++)
						snprintf(assumed + strlen(assumed),
							 sizeof(assumed) - strlen(assumed),
							 "%s%d", c ? "," : "", fcx(x)->raw[c]);
					snprintf(assumed + strlen(assumed),
						 sizeof(assumed) - strlen(assumed),
						 "@%s@%d:%d", S(fcx(x)->rawhat), fcx(x)->raline, fcx(x)->racol);
				}
				/* sibling fields: only where a guard said so */
				if (fcx(x)->sib)
					snprintf(assumed + strlen(assumed),
						 sizeof(assumed) - strlen(assumed),
						 " sib=%s", fcx(x)->sib);
				add(&l, "%s: call %s %d:%d -> %s%s via=%s objs=%s inl=%s "
				    "args=%s%s%s fnargs=%s guard=%u/%u depth=%s atomic=%s@%d:%d%s",
				    f->path, fn->name, x->line, x->col, S(x->callee),
				    x->callee_static ? " static" : "", S(fcx(x)->via), S(objs),
				    S(fcx(x)->inl), S(x->args), vals ? " vals=" : "",
				    vals ? vals : "", S(fnargs), fcx(x)->gblk, fcx(x)->gnblk,
				    depth, S(fcx(x)->awhat), fcx(x)->aline, fcx(x)->acol, assumed);
				free(objs);
				free(fnargs);
				free(vals);
			}
		}
		for (j = 0; j < f->nbinds; j++) {
			struct fact_binding *b = &f->binds[j];

			add(&l, "%s: bind %s = %s%s object=%s%s%s at %d:%d%s%s%s%s", f->path,
			    b->via, b->func, b->func_static ? " static" : "", S(b->object),
			    b->object_static ? " static" : "", b->fresh ? " fresh" : "",
			    b->line, b->col,
			    b->binder ? " binder=" : "", b->binder ? b->binder : "",
			    b->sibs ? " sibs=" : "", b->sibs ? b->sibs : "");
		}
	}
	qsort(l.v, l.n, sizeof(*l.v), cmp);
	for (i = 0; i < l.n; i++) {
		puts(l.v[i]);
		free(l.v[i]);
	}
	free(l.v);
	fact_set_free(&set);
	return 0;
}
