/*
 * clang_check.c - `sleepcheck clang-check [--db=PATH] [--rules=DIR]
 * [clang options] FILE...`: the libclang front end on named files, the
 * counterpart of the sparse CHECK= mode without a compilation database.
 * The cross-check of the two front ends (testcases/scripts/
 * frontends-agree.sh) runs both this way over every testcase.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clang_frontend.h"
#include "cmd.h"
#include "db.h"

static const struct option opts[] = {
	{ "db", required_argument, NULL, 'd' },
	{ "rules", required_argument, NULL, 'r' },
	{ NULL, 0, NULL, 0 }
};

int clang_check_main(int argc, char **argv)
{
	const char *db_path = db_default_path(), *rules_dir = NULL, *v;
	const char **args = sc_calloc(argc + 1, sizeof(char *));
	char **files = sc_calloc(argc + 1, sizeof(char *));
	int nargs = 0, nfiles = 0, i, ret = 0;
	struct scdb *db = NULL;
	struct rules rules;

	for (i = 1; i < argc; ) {
		switch (cmd_own_option(argc, argv, &i, opts, "clang-check", &v)) {
		case 'd': db_path = v; break;
		case 'r': rules_dir = v; break;
		case '?':
			free(args);
			free(files);
			return 2;
		default:
			if (argv[i][0] == '-')
				args[nargs++] = argv[i];	/* clang's */
			else
				files[nfiles++] = argv[i];
			i++;
		}
	}
	memset(&rules, 0, sizeof(rules));
	if (!nfiles) {
		fprintf(stderr, "sleepcheck: error: clang-check needs a file\n");
		ret = 2;
	} else if (rules_load_dir(&rules, rules_dir ? rules_dir : rules_default_dir())) {
		ret = 2;
	}
	for (i = 0; !ret && i < nfiles; i++) {
		struct fact_file facts;
		const char *p = files[i];

		while (p[0] == '.' && p[1] == '/')
			p += 2;
		memset(&facts, 0, sizeof(facts));
		facts.path = sc_strdup(p);
		if (clang_check_file(files[i], args, nargs, &rules, &facts)) {
			ret = 2;
		} else {
			if (!db && (db = db_open(db_path, DB_WRITE)))
				db_set_kernel(db, rules_kernel_version());
			if (!db || db_store_file(db, &facts))
				ret = 2;
		}
		fact_file_free(&facts);
	}
	db_close(db);
	rules_free(&rules);
	free(args);
	free(files);
	return ret;
}
