/*
 * explain.c - `sleepcheck explain FUNCTION`: why a function may sleep,
 * or why not: its condition, the chain that makes it so, and each call
 * (solve/solver.c explain()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "rules.h"
#include "solver.h"

/* the usage lines after "sleepcheck " (main.c, --help) */
const char explain_synopsis[] =
	"explain FUNCTION [--db=PATH] [--rules=DIR]\n"
	"                  [--summary=FILE]";

int explain_main(int argc, char **argv)
{
	const char *db_path = db_default_path(), *rules_dir = NULL, *name = NULL;
	const char *summary = NULL;
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "rules", required_argument, NULL, 'r' },
		{ "summary", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct fact_set set = { NULL, 0, 0, NULL };
	struct rules rules;
	int c, n;

	optind = 0;
	while ((c = cmd_getopt(argc, argv, "", opts, 0, "explain")) != -1) {
		switch (c) {
		case 'd': db_path = optarg; break;
		case 'r': rules_dir = optarg; break;
		case 's': summary = optarg; break;
		case 'h': cmd_help(explain_synopsis); return 0;
		default: return 2;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, "sleepcheck: error: usage: sleepcheck explain "
			"FUNCTION [--db=PATH] [--rules=DIR] [--summary=FILE]\n");
		return 2;
	}
	name = argv[optind];
	if (cmd_load(db_path, rules_dir, summary, &rules, &set))
		return 2;
	n = explain(&set, &rules, name, stdout);
	if (!n)
		fprintf(stderr, "sleepcheck: error: no function '%s' in database "
			"'%s'\n", name, db_path);
	fact_set_free(&set);
	rules_free(&rules);
	return n ? 0 : 2;
}
