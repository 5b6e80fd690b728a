/*
 * main.c - the sleepcheck command: dispatches to the kbuild CHECK= mode
 * (sparse front end) or to a subcommand.
 *
 * Exit status everywhere: 0 clean, 1 findings (report), 2 usage, rule,
 * input, database or internal error.  The CHECK= mode prints findings
 * but exits 0 for them, as sparse does for its warnings, so that
 * `make C=1` goes on building.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "callgraph.h"
#include "report.h"
#include "rules.h"
#include "solver.h"
#include "sparse_frontend.h"

#ifndef SLEEPCHECK_VERSION
#define SLEEPCHECK_VERSION "0.1"
#endif

static void usage(FILE *out)
{
	fputs("usage: sleepcheck [--db=PATH] [--rules=DIR] [--sparse-warnings]\n"
	      "                  [sparse/gcc options] FILE.c...\n"
	      "       sleepcheck report [--db=PATH] [--rules=DIR] [--list-unresolved]\n"
	      "                         [--stats]\n"
	      "       sleepcheck --version | --help\n"
	      "\n"
	      "The first form checks C files (use it as kbuild's CHECK=) and\n"
	      "stores their facts in the database: --db, else $SLEEPCHECK_DB,\n"
	      "else ./sleepcheck.db.  'report' solves the whole database and\n"
	      "prints every call made in atomic context that may sleep.\n"
	      "Exit status: 0 clean, 1 findings (report), 2 error.\n", out);
}

static int report_main(int argc, char **argv)
{
	const char *db_path = getenv("SLEEPCHECK_DB");
	const char *rules_dir = NULL;
	int list_unresolved = 0, stats = 0;
	struct fact_set set = { NULL, 0, 0 };
	struct findings found;
	struct rules rules;
	struct scdb *db;
	int i, ret;

	if (!db_path || !*db_path)
		db_path = "sleepcheck.db";
	for (i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "--db=", 5))
			db_path = argv[i] + 5;
		else if (!strncmp(argv[i], "--rules=", 8))
			rules_dir = argv[i] + 8;
		else if (!strcmp(argv[i], "--list-unresolved"))
			list_unresolved = 1;
		else if (!strcmp(argv[i], "--stats"))
			stats = 1;
		else if (!strcmp(argv[i], "--help")) {
			usage(stdout);
			return 0;
		} else {
			fprintf(stderr, "sleepcheck: error: unknown report option "
				"'%s'\n", argv[i]);
			return 2;
		}
	}
	memset(&rules, 0, sizeof(rules));
	if (rules_load_dir(&rules, rules_dir ? rules_dir : rules_default_dir()))
		return 2;
	db = db_open(db_path, DB_READ);
	if (!db) {
		rules_free(&rules);
		return 2;
	}
	if (db_load(db, &set)) {
		db_close(db);
		rules_free(&rules);
		return 2;
	}
	db_close(db);
	memset(&found, 0, sizeof(found));
	solve(&set, &rules, &found);
	report_text(stdout, &found);
	if (list_unresolved) {
		struct callgraph g;

		cg_build(&g, &set, &rules);
		cg_print_unresolved(&g, stdout);
		cg_free(&g);
	}
	if (stats) {
		int nfuncs = 0, k;

		for (k = 0; k < set.nfiles; k++)
			nfuncs += set.files[k].nfuncs;
		fprintf(stderr, "sleepcheck: %d files, %d functions, %d calls "
			"through pointers (%d unresolved, %d capped at %d "
			"targets), %d findings\n", set.nfiles, nfuncs,
			found.nindirect, found.nunresolved, found.ncapped,
			CG_MAX_FANOUT, found.n);
	}
	ret = found.n ? 1 : 0;
	findings_free(&found);
	fact_set_free(&set);
	rules_free(&rules);
	return ret;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "report"))
		return report_main(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "--version")) {
		printf("sleepcheck %s (sparse front end, schema %d)\n",
		       SLEEPCHECK_VERSION, DB_SCHEMA_VERSION);
		return 0;
	}
	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		usage(stdout);
		return 0;
	}
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	return sc_check_main(argc, argv);
}
