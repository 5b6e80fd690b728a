/*
 * check.c - `sleepcheck [OPTIONS] [sparse/gcc options] FILE...`, the
 * kbuild CHECK= mode: its own options, each file through the sparse
 * front end (frontend/sparse, sc_check()), the facts of each stored in
 * the database in one transaction (replacing the file's old ones), and
 * the findings that file alone proves printed to stderr as sparse prints
 * its warnings (--no-local-report: none).
 *
 * Every argument that is not one of ours, written in full, goes to
 * sparse unchanged and in order (cmd_own_option()): kbuild passes gcc's
 * and sparse's options, some with a value in the next argument.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "report.h"
#include "rules.h"
#include "solver.h"
#include "sparse_check.h"
#include "summary.h"

struct check_state {
	const char *db_path;
	const struct rules *rules;
	struct scdb *db;	/* opened for the first file stored */
	int local_report;
	int rt;			/* -Wrt-wait-context, --preempt-rt: the local
				 * report adds rt-wait-context findings */
};

static int file_done(struct fact_file *facts, void *arg)
{
	struct check_state *st = arg;
	int ret = 0;

	if (!st->db && (st->db = db_open(st->db_path, DB_WRITE)))
		db_set_kernel(st->db, rules_kernel_version());
	if (!st->db || db_store_file(st->db, facts))
		ret = 2;
	if (st->local_report) {
		struct fact_set one = { facts, 1, 1, NULL };
		struct findings found;

		memset(&found, 0, sizeof(found));
		solve(&one, st->rules, &found);
		if (st->rt)
			solve_rt(&one, st->rules, &found);
		findings_group_calls(&found);
		fflush(stdout);
		report_text(stderr, &found, &(struct report_opts){ 0 });
		findings_free(&found);
	}
	return ret;
}

static void child_exit(void *arg)
{
	struct check_state *st = arg;

	db_close(st->db);
	st->db = NULL;
}

/*
 * --db, else $SLEEPCHECK_DB, else (in an M= kbuild of an external
 * module, which runs us from the kernel's tree) sleepcheck.db in the
 * module's directory, else ./sleepcheck.db: for in-tree kbuild, the top
 * of the object tree.
 */
static const char *db_default(void)
{
	static char buf[4096];
	const char *env = getenv("SLEEPCHECK_DB");
	const char *ext = getenv("KBUILD_EXTMOD");

	if ((!env || !*env) && ext && *ext &&
	    (size_t)snprintf(buf, sizeof(buf), "%s/sleepcheck.db", ext) < sizeof(buf))
		return buf;
	return db_default_path();
}

enum { O_DB = 1, O_RULES, O_SUMMARY, O_SPARSE_WARNINGS, O_NO_LOCAL_REPORT, O_RT };

static const struct option check_options[] = {
	{ "db", required_argument, NULL, O_DB },
	{ "rules", required_argument, NULL, O_RULES },
	{ "summary", required_argument, NULL, O_SUMMARY },
	{ "sparse-warnings", no_argument, NULL, O_SPARSE_WARNINGS },
	{ "no-local-report", no_argument, NULL, O_NO_LOCAL_REPORT },
	{ "Wrt-wait-context", no_argument, NULL, O_RT },
	{ "preempt-rt", no_argument, NULL, O_RT },
	{ NULL, 0, NULL, 0 }
};

/* the usage lines after "sleepcheck " (main.c, --help) */
const char check_synopsis[] =
	"[--db=PATH] [--rules=DIR] [--summary=FILE]\n"
	"                  [--sparse-warnings] [--no-local-report]\n"
	"                  [-Wrt-wait-context | --preempt-rt]\n"
	"                  [sparse/gcc options] FILE.c...";

int check_main(int argc, char **argv)
{
	struct check_state st = { db_default(), NULL, NULL, 1, 0 };
	struct sc_check_opts o;
	const char *rules_dir = NULL, *summary = NULL, *v;
	struct rules rules;
	char **sargv, *unit;
	int i, n = 0, ret;

	memset(&o, 0, sizeof(o));
	sargv = calloc(argc + 1, sizeof(char *));
	if (!sargv)
		return 2;
	sargv[n++] = argv[0];
	for (i = 1; i < argc; ) {
		switch (cmd_own_option(argc, argv, &i, check_options, "check", &v)) {
		case O_DB: st.db_path = v; break;
		case O_RULES: rules_dir = v; break;
		case O_SUMMARY: summary = v; break;
		case O_SPARSE_WARNINGS: o.sparse_warnings = 1; break;
		case O_NO_LOCAL_REPORT: st.local_report = 0; break;
		case O_RT: st.rt = 1; break;
		case '?':
			free(sargv);
			return 2;
		default:
			sargv[n++] = argv[i++];	/* sparse's */
		}
	}
	sargv[n] = NULL;
	unit = fact_unit_from_args((const char *const *)sargv + 1, n - 1);

	memset(&rules, 0, sizeof(rules));
	ret = 2;
	if (rules_load_dir(&rules, rules_dir ? rules_dir : rules_default_dir()))
		goto out;
	/* for the local report only: the facts stored do not depend on it */
	if (summary_path(summary) && summary_load(&rules, summary_path(summary)))
		goto out;
	st.rules = &rules;
	o.rules = &rules;
	o.unit = unit;
	o.file_done = file_done;
	o.child_exit = child_exit;
	o.arg = &st;
	ret = sc_check(&o, n, sargv);
	db_close(st.db);
out:
	rules_free(&rules);
	free(sargv);
	free(unit);
	return ret;
}
