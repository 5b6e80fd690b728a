/*
 * load.c - what the commands that read a whole database load before
 * they work (cmd.h cmd_load()): the rules, the kernel summary given with
 * --summary, and every fact of the database, with the field contracts
 * of the rules bound to the facts and the calls nocall-if rules name
 * guarded (nocallif.h).  report and explain share it.
 */
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "nocallif.h"
#include "rules.h"
#include "summary.h"

int cmd_load(const char *db_path, const char *rules_dir, const char *summary,
	     struct rules *rules, struct fact_set *set)
{
	struct scdb *db;

	memset(rules, 0, sizeof(*rules));
	if (rules_load_dir(rules, rules_dir ? rules_dir : rules_default_dir()))
		return 2;
	if (summary_path(summary) && summary_load(rules, summary_path(summary))) {
		rules_free(rules);
		return 2;
	}
	db = db_open(db_path, DB_READ);
	if (!db || db_load(db, set)) {
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
