/*
 * synth.c - writes a synthetic fact database for the solver benchmark:
 * N functions in files of 200, each making calls with a kernel-like
 * fan-out (1 to 9, 5 on average) to random functions (so the graph has
 * cycles), 2% of the calls made under a spinlock, 1% calls to msleep and
 * 3% to __kmalloc with a gfp that is a constant or a passed-on
 * parameter.  Deterministic (fixed seed).  usage: synth N DB
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "db.h"

static unsigned long long state = 88172645463325252ull;

static unsigned rnd(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state % n);
}

int main(int argc, char **argv)
{
	struct scdb *db;
	long n, i, per_file = 200;
	char name[64], path[64];

	if (argc != 3 || (n = strtol(argv[1], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: synth N DB\n");
		return 2;
	}
	db = db_open(argv[2], DB_WRITE);
	if (!db)
		return 2;
	for (i = 0; i < n; i += per_file) {
		struct fact_file file;
		long f;

		memset(&file, 0, sizeof(file));
		snprintf(path, sizeof(path), "synth/f%06ld.c", i / per_file);
		file.path = sc_strdup(path);
		for (f = i; f < i + per_file && f < n; f++) {
			struct fact_func *fn;
			int k, calls = 1 + rnd(9);

			snprintf(name, sizeof(name), "fn%ld", f);
			fn = fact_file_add_func(&file, name);
			fn->line = (int)(f - i) * 10 + 1;
			fn->col = 1;
			for (k = 0; k < calls; k++) {
				struct fact_call *c;
				unsigned r = rnd(100);

				if (r < 1) {
					c = fact_func_add_call(fn, "msleep");
				} else if (r < 4) {
					c = fact_func_add_call(fn, "__kmalloc");
					c->args = sc_strdup(rnd(2) ? "-B" : (rnd(2) ? "-N" : "-a"));
				} else {
					snprintf(name, sizeof(name), "fn%u", rnd((unsigned)n));
					c = fact_func_add_call(fn, name);
					c->args = sc_strdup(rnd(4) ? NULL : "a");
				}
				c->line = fn->line + 1 + k;
				c->col = 9;
				if (rnd(100) < 2) {
					c->depth[AK_SPIN] = 1;
					fact_call_x(c)->aline = fn->line + 1;
					c->x->acol = 9;
					c->x->awhat = sc_strdup("_raw_spin_lock");
				}
			}
		}
		if (db_store_file(db, &file)) {
			db_close(db);
			return 2;
		}
		fact_file_free(&file);
	}
	db_close(db);
	return 0;
}
