/*
 * load.c - what the commands that read a whole database load before
 * they work (cmd.h cmd_load()): the rules (those guarded by `version`
 * of the kernel the database's files were checked against), the kernel
 * summary given with --summary, and every fact of the database, with
 * the field contracts of the rules bound to the facts and the calls
 * nocall-if rules name guarded (nocallif.h).  report and explain share
 * it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "nocallif.h"
#include "rules.h"
#include "summary.h"

/*
 * The kernel release @db's files were checked against is the one whose
 * rules apply ($SLEEPCHECK_KERNEL_VERSION still wins): a report run
 * outside the tree (a CI job's --db, a module's directory) applies the
 * same rules as one run in it.  Said in a warning when the files were
 * checked against several, or the tree here is another kernel.
 */
static void db_release(struct scdb *db, const char *db_path, char **release)
{
	const char *env = getenv("SLEEPCHECK_KERNEL_VERSION");
	const char *tree = rules_tree_kernel_version();
	int n;
	char *k = db_kernel(db, &n);

	if (k && !env) {
		if (n > 1)
			fprintf(stderr, "sleepcheck: warning: the files of database "
				"'%s' were checked against %d kernel releases; the "
				"rules of %s, most of them, apply\n", db_path, n, k);
		else if (tree && strcmp(tree, k))
			fprintf(stderr, "sleepcheck: warning: database '%s' was "
				"checked against kernel %s, the tree here is %s; the "
				"rules of %s apply\n", db_path, k, tree, k);
	}
	rules_set_db_kernel(k);
	if (release)
		*release = k;
	else
		free(k);
}

int cmd_rules_for_db(struct scdb *db, const char *db_path, const char *rules_dir,
		     struct rules *rules, char **release)
{
	const char *dir = rules_dir ? rules_dir : rules_default_dir(), *after;
	char before[128];

	snprintf(before, sizeof(before), "%s", rules_kernel_version() ? rules_kernel_version() : "");
	db_release(db, db_path, release);
	after = rules_kernel_version();
	if (!strcmp(before, after ? after : ""))
		return 0;
	rules_free(rules);
	memset(rules, 0, sizeof(*rules));
	return rules_load_dir(rules, dir) ? 2 : 0;
}

int cmd_load(const char *db_path, const char *rules_dir, const char *summary,
	     struct rules *rules, struct fact_set *set)
{
	struct scdb *db;

	memset(rules, 0, sizeof(*rules));
	if (rules_load_dir(rules, rules_dir ? rules_dir : rules_default_dir()))
		return 2;
	db = db_open(db_path, DB_READ);
	if (!db) {
		rules_free(rules);
		return 2;
	}
	if (cmd_rules_for_db(db, db_path, rules_dir, rules, NULL)) {
		db_close(db);
		return 2;
	}
	if (summary_path(summary) && summary_load(rules, summary_path(summary))) {
		db_close(db);
		rules_free(rules);
		return 2;
	}
	if (db_load(db, set)) {
		db_close(db);
		rules_free(rules);
		return 2;
	}
	/* files a sleepcheck without packs wrote: packed for the next report */
	db_pack_missing(db, set);
	db_close(db);
	/* after the packs: the guards of nocall-if rules are not facts */
	if (rules_guard_calls(rules, set, stderr)) {
		fact_set_free(set);
		rules_free(rules);
		return 2;
	}
	rules_bind_field_contracts(rules, set);
	return 0;
}
