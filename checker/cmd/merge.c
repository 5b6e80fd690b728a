/*
 * merge.c - `sleepcheck merge OUT.db SHARD.db...`: the databases of
 * separate runs into one (db/db_merge.c has the rule).
 */
#include <stdio.h>

#include "cmd.h"
#include "db.h"

/* the usage lines after "sleepcheck " (main.c, --help) */
const char merge_synopsis[] =
	"merge OUT.db SHARD.db...";

int merge_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	optind = 0;
	while ((c = cmd_getopt(argc, argv, "", opts, 0, "merge")) != -1) {
		switch (c) {
		case 'h': cmd_help(merge_synopsis); return 0;
		default: return 2;
		}
	}
	if (argc - optind < 2) {
		fprintf(stderr, "usage: sleepcheck merge OUT.db SHARD.db...\n");
		return 2;
	}
	return db_merge(argv[optind], argv + optind + 1, argc - optind - 1);
}
