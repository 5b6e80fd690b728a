/*
 * main.c - the sleepcheck command: the table of subcommands, each in a
 * file of its own in checker/cmd/ (cmd.h), and the kbuild CHECK= mode
 * (check.c, the sparse front end) for anything else.
 *
 * Exit status everywhere: 0 clean, 1 findings (report), 2 usage, rule,
 * input, database or internal error.  The CHECK= mode prints findings
 * but exits 0 for them, as sparse does for its warnings, so that
 * `make C=1` goes on building.
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "db.h"

#ifndef SLEEPCHECK_VERSION
#define SLEEPCHECK_VERSION "0.1"
#endif

#ifndef HAVE_LIBCLANG
static int no_libclang(int argc, char **argv)
{
	(void)argc;
	fprintf(stderr, "sleepcheck: error: '%s' needs the libclang front end; "
		"this sleepcheck was built without libclang (install "
		"libclang-14-dev and rebuild)\n", argv[0]);
	return 2;
}
#define scan_main no_libclang
#define clang_check_main no_libclang
const char scan_synopsis[] = "scan ... (not built: needs libclang)";
const char clang_check_synopsis[] = "clang-check ... (not built: needs libclang)";
#endif

/* the CHECK= mode, then the subcommands in the order usage shows them */
static const struct command {
	const char *name;		/* NULL: the CHECK= mode */
	int (*main)(int argc, char **argv);
	const char *synopsis;
} commands[] = {
	{ NULL, check_main, check_synopsis },
	{ "report", report_main, report_synopsis },
	{ "scan", scan_main, scan_synopsis },
	{ "clang-check", clang_check_main, clang_check_synopsis },
	{ "explain", explain_main, explain_synopsis },
	{ "summary", summary_main, summary_synopsis },
	{ "dump-facts", dump_facts_main, dump_facts_synopsis },
	{ "merge", merge_main, merge_synopsis },
	{ "rules-from-doc", rules_from_doc_main, rules_from_doc_synopsis },
};

#define NR_COMMANDS (sizeof(commands) / sizeof(commands[0]))

void usage(FILE *out)
{
	size_t i;

	for (i = 0; i < NR_COMMANDS; i++)
		fprintf(out, "%s sleepcheck %s\n", i ? "      " : "usage:",
			commands[i].synopsis);
	fputs("       sleepcheck --version | --help\n"
	      "\n"
	      "The first form checks C files (use it as kbuild's CHECK=) and\n"
	      "stores their facts in the database: --db, else $SLEEPCHECK_DB,\n"
	      "else ./sleepcheck.db.  'report' solves the whole database and\n"
	      "prints every call made in atomic context that may sleep.\n"
	      "Exit status: 0 clean, 1 findings (report: new ones, beyond\n"
	      "--max-findings), 2 error.\n", out);
}

int main(int argc, char **argv)
{
	size_t i;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	for (i = 0; i < NR_COMMANDS; i++)
		if (commands[i].name && !strcmp(argv[1], commands[i].name))
			return commands[i].main(argc - 1, argv + 1);
	if (!strcmp(argv[1], "--version")) {
		printf("sleepcheck %s (sparse front end%s, schema %d)\n",
		       SLEEPCHECK_VERSION,
#ifdef HAVE_LIBCLANG
		       ", libclang front end",
#else
		       "",
#endif
		       DB_SCHEMA_VERSION);
		return 0;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(stdout);
		return 0;
	}
	return check_main(argc, argv);
}
