/*
 * rules_from_doc.c - `sleepcheck rules-from-doc [--patterns=FILE] DOC...`
 * and `rules-from-doc --kernel-doc [--patterns=FILE] [--stats]
 * [--list-skipped] TREE [PATH...]`: rules from documentation
 * (rules/docmine.c, rules/kdocmine.c) to stdout.
 */
#include <stdio.h>

#include "cmd.h"
#include "docmine.h"

/* the usage lines after "sleepcheck " (main.c, --help) */
const char rules_from_doc_synopsis[] =
	"rules-from-doc [--patterns=FILE] DOC...\n"
	"       sleepcheck rules-from-doc --kernel-doc [--patterns=FILE]\n"
	"                  [--stats] [--list-skipped] TREE [PATH...]";

int rules_from_doc_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "patterns", required_argument, NULL, 'p' },
		{ "kernel-doc", no_argument, NULL, 'k' },
		{ "stats", no_argument, NULL, 's' },
		{ "list-skipped", no_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *patterns = NULL;
	int c, kernel_doc = 0, stats = 0, list_skipped = 0, n;

	optind = 0;
	while ((c = cmd_getopt(argc, argv, "", opts, 0, "rules-from-doc")) != -1) {
		switch (c) {
		case 'p': patterns = optarg; break;
		case 'k': kernel_doc = 1; break;
		case 's': stats = 1; break;
		case 'l': list_skipped = 1; break;
		case 'h': cmd_help(rules_from_doc_synopsis); return 0;
		default: return 2;
		}
	}
	n = argc - optind;
	if (kernel_doc && n >= 1)
		return kdocmine(patterns, argv[optind], argv + optind + 1, n - 1,
				stats, list_skipped);
	if (kernel_doc) {
		fprintf(stderr, "sleepcheck: error: usage: sleepcheck rules-from-doc "
			"--kernel-doc [--patterns=FILE] [--stats] [--list-skipped] "
			"TREE [PATH...]\n");
		return 2;
	}
	if (stats || list_skipped) {
		fprintf(stderr, "sleepcheck: error: rules-from-doc option '%s' "
			"needs --kernel-doc\n", stats ? "--stats" : "--list-skipped");
		return 2;
	}
	if (!n) {
		fprintf(stderr, "sleepcheck: error: usage: sleepcheck rules-from-doc "
			"[--patterns=FILE] DOC...\n");
		return 2;
	}
	return docmine(patterns, argv + optind, n);
}
