/*
 * summary.c - `sleepcheck summary [--db=PATH] [--rules=DIR] [-o FILE]
 * [--release=R] [--config=TEXT] [--include-indirect]`: the kernel's
 * summary for module checks (solve/summary.c summary_write()) from a
 * whole-tree database, naming the release and the config it is of (when
 * not given: the release the database's checks recorded, else
 * include/config/kernel.release, and .config).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "nocallif.h"
#include "summary.h"

/* the first line of @path, or "" */
static void first_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");

	buf[0] = '\0';
	if (!f)
		return;
	if (!fgets(buf, (int)size, f))
		buf[0] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	fclose(f);
}

/* "fnv1a64 HASH; CONFIG_X=y ..." from a .config: its hash and the
 * options that decide whether sleeping in atomic context is seen */
static int config_text(const char *path, char *buf, size_t size)
{
	static const char *const keys[] = {
		"CONFIG_PREEMPT_NONE", "CONFIG_PREEMPT_VOLUNTARY", "CONFIG_PREEMPT",
		"CONFIG_PREEMPT_RT", "CONFIG_PREEMPT_DYNAMIC", "CONFIG_PREEMPT_COUNT",
		"CONFIG_DEBUG_ATOMIC_SLEEP", "CONFIG_SMP", "CONFIG_PREEMPT_RCU",
	};
	unsigned long long h = 14695981039346656037ull;
	char line[512], opts[512] = "";
	size_t k, o = 0;
	FILE *f = fopen(path, "r");
	int c;

	if (!f)
		return -1;
	while ((c = getc(f)) != EOF) {
		h ^= (unsigned char)c;
		h *= 1099511628211ull;
	}
	rewind(f);
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
			size_t n = strlen(keys[k]);

			if (!strncmp(line, keys[k], n) && line[n] == '=' && o < sizeof(opts))
				o += snprintf(opts + o, sizeof(opts) - o, " %s", line);
		}
	}
	fclose(f);
	snprintf(buf, size, "%s fnv1a64 %016llx;%s", path, h, o ? opts : " (none of "
		 "the preemption options)");
	return 0;
}

/* the usage lines after "sleepcheck " (main.c, --help) */
const char summary_synopsis[] =
	"summary [--db=PATH] [--rules=DIR] [-o FILE]\n"
	"                  [--release=R] [--config=TEXT] [--include-indirect]";

int summary_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "rules", required_argument, NULL, 'r' },
		{ "output", required_argument, NULL, 'o' },
		{ "release", required_argument, NULL, 'R' },
		{ "config", required_argument, NULL, 'C' },
		{ "include-indirect", no_argument, NULL, 'I' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct summary_source src = { NULL, NULL, db_default_path(), DB_SCHEMA_VERSION };
	const char *rules_dir = NULL, *outp = NULL;
	char rel[256], cfg[1024], *dbrel = NULL;
	struct fact_set set = { NULL, 0, 0, NULL };
	struct rules rules;
	struct scdb *db;
	FILE *out;
	int c, include_indirect = 0, ret = 0;

	optind = 0;
	while ((c = cmd_getopt(argc, argv, "o:", opts, 0, "summary")) != -1) {
		switch (c) {
		case 'd': src.db_path = optarg; break;
		case 'r': rules_dir = optarg; break;
		case 'o': outp = optarg; break;
		case 'R': src.release = optarg; break;
		case 'C': src.config = optarg; break;
		case 'I': include_indirect = 1; break;
		case 'h': cmd_help(summary_synopsis); return 0;
		default: return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "sleepcheck: error: unknown summary option '%s'\n",
			argv[optind]);
		return 2;
	}
	if (!src.config) {
		if (config_text(".config", cfg, sizeof(cfg)))
			snprintf(cfg, sizeof(cfg), "unknown (no .config here; give "
				 "--config)");
		src.config = cfg;
	}
	memset(&rules, 0, sizeof(rules));
	if (rules_load_dir(&rules, rules_dir ? rules_dir : rules_default_dir()))
		return 2;
	db = db_open(src.db_path, DB_READ);
	if (!db) {
		rules_free(&rules);
		return 2;
	}
	if (cmd_rules_for_db(db, src.db_path, rules_dir, &rules, &dbrel)) {
		db_close(db);
		free(dbrel);
		return 2;
	}
	/* the release the database's files were checked against, else the
	 * tree here */
	if (!src.release && !(src.release = dbrel)) {
		first_line("include/config/kernel.release", rel, sizeof(rel));
		src.release = rel[0] ? rel : "unknown (run in the kernel's tree, or "
			      "give --release)";
	}
	if (db_load(db, &set)) {
		db_close(db);
		rules_free(&rules);
		free(dbrel);
		return 2;
	}
	db_close(db);
	if (rules_guard_calls(&rules, &set, stderr)) {
		fact_set_free(&set);
		rules_free(&rules);
		free(dbrel);
		return 2;
	}
	out = outp ? fopen(outp, "w") : stdout;
	if (!out) {
		fprintf(stderr, "sleepcheck: error: cannot write summary '%s'\n", outp);
		ret = 2;
	} else if (summary_write(out, &set, &rules, &src, include_indirect)) {
		ret = 2;
		if (outp)
			fclose(out);
	} else if (ferror(out) | (outp ? fclose(out) : fflush(out))) {
		fprintf(stderr, "sleepcheck: error: cannot write summary '%s'\n",
			outp ? outp : "<stdout>");
		ret = 2;
	}
	fact_set_free(&set);
	rules_free(&rules);
	free(dbrel);
	return ret;
}
