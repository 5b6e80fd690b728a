/*
 * report.c - `sleepcheck report`: loads the whole database and the
 * rules, solves (solve/), drops the classes of findings turned off,
 * applies suppressions and the baseline, and writes the findings in one
 * of the formats of report/.  Exit status 1 when more new findings than
 * --max-findings remain.  scan runs it after scanning, with the report
 * options it was given (report_options[]).
 */
#include <limits.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "callgraph.h"
#include "cmd.h"
#include "db.h"
#include "fieldints.h"
#include "phase.h"
#include "report.h"
#include "rulecheck.h"
#include "rules.h"
#include "vcond.h"
#include "solver.h"

struct report_args {
	const char *db_path, *rules_dir, *format, *baseline, *write_baseline;
	const char *summary;
	struct report_opts o;
	int list_unresolved, stats, quiet, max_findings;
	int no_sleep, no_contract;	/* -Wno-sleep-in-atomic, -Wno-contract */
	int no_indirect;		/* -Wno-sleep-in-atomic-indirect */
	int rt;				/* -Wrt-wait-context, --preempt-rt */
};

enum report_opt {
	O_DB = 256, O_RULES, O_FORMAT, O_BASELINE, O_WRITE_BASELINE, O_SRCROOT,
	O_MAX_FINDINGS, O_SHOW_BASELINED, O_LIST_SUPPRESSED, O_LIST_UNRESOLVED,
	O_STATS, O_QUIET, O_ERROR, O_NO_CONTRACT, O_NO_SLEEP, O_NO_INDIRECT,
	O_SHOW_ALL_PATHS, O_SUMMARY, O_RT, O_HELP
};

/* both --opt=V and --opt V, unambiguous abbreviations, and the
 * single-dash -Werror / -Wno-NAME that gcc users type */
const struct option report_options[] = {
	{ "db", required_argument, NULL, O_DB },
	{ "rules", required_argument, NULL, O_RULES },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "baseline", required_argument, NULL, O_BASELINE },
	{ "write-baseline", required_argument, NULL, O_WRITE_BASELINE },
	{ "srcroot", required_argument, NULL, O_SRCROOT },
	{ "max-findings", required_argument, NULL, O_MAX_FINDINGS },
	{ "show-baselined", no_argument, NULL, O_SHOW_BASELINED },
	{ "list-suppressed", no_argument, NULL, O_LIST_SUPPRESSED },
	{ "list-unresolved", no_argument, NULL, O_LIST_UNRESOLVED },
	{ "stats", no_argument, NULL, O_STATS },
	{ "quiet", no_argument, NULL, O_QUIET },
	{ "error", no_argument, NULL, O_ERROR },
	{ "Werror", no_argument, NULL, O_ERROR },
	{ "Wno-contract", no_argument, NULL, O_NO_CONTRACT },
	{ "Wno-sleep-in-atomic", no_argument, NULL, O_NO_SLEEP },
	{ "Wno-sleep-in-atomic-indirect", no_argument, NULL, O_NO_INDIRECT },
	{ "show-all-paths", no_argument, NULL, O_SHOW_ALL_PATHS },
	{ "Wrt-wait-context", no_argument, NULL, O_RT },
	{ "preempt-rt", no_argument, NULL, O_RT },
	{ "summary", required_argument, NULL, O_SUMMARY },
	{ "help", no_argument, NULL, O_HELP },
	{ NULL, 0, NULL, 0 }
};

static int parse_report_args(int argc, char **argv, struct report_args *a)
{
	int c;

	optind = 0;	/* glibc: a full reset, the command's own argv */
	while ((c = cmd_getopt(argc, argv, "", report_options, 1, "report")) != -1) {
		switch (c) {
		case O_DB: a->db_path = optarg; break;
		case O_RULES: a->rules_dir = optarg; break;
		case O_FORMAT: a->format = optarg; break;
		case O_BASELINE: a->baseline = optarg; break;
		case O_WRITE_BASELINE: a->write_baseline = optarg; break;
		case O_SRCROOT: a->o.srcroot = optarg; break;
		case O_MAX_FINDINGS:
			a->max_findings = cmd_number("--max-findings", optarg);
			if (a->max_findings < 0)
				return -1;
			break;
		case O_SHOW_BASELINED: a->o.show_baselined = 1; break;
		case O_LIST_SUPPRESSED: a->o.list_suppressed = 1; break;
		case O_LIST_UNRESOLVED: a->list_unresolved = 1; break;
		case O_STATS: a->stats = 1; break;
		case O_QUIET: a->quiet = 1; break;
		case O_ERROR: a->o.error = 1; break;
		case O_NO_CONTRACT: a->no_contract = 1; break;
		case O_NO_SLEEP: a->no_sleep = 1; break;
		case O_NO_INDIRECT: a->no_indirect = 1; break;
		case O_SHOW_ALL_PATHS: a->o.show_all_paths = 1; break;
		case O_RT: a->rt = 1; break;
		case O_SUMMARY: a->summary = optarg; break;
		case O_HELP:
			cmd_help(report_synopsis);
			exit(0);
		default:
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "sleepcheck: error: unknown report option '%s'\n",
			argv[optind]);
		return -1;
	}
	if (strcmp(a->format, "text") && strcmp(a->format, "json") &&
	    strcmp(a->format, "sarif") && strcmp(a->format, "dot") &&
	    strcmp(a->format, "html")) {
		fprintf(stderr, "sleepcheck: error: unknown format '%s' (text, json, "
			"sarif, dot, html)\n", a->format);
		return -1;
	}
	return 0;
}

/* the usage lines after "sleepcheck " (main.c, --help) */
const char report_synopsis[] =
	"report [--db=PATH] [--rules=DIR]\n"
	"                  [--format=text|json|sarif|dot|html] [--srcroot=DIR]\n"
	"                  [--baseline=FILE] [--write-baseline=FILE]\n"
	"                  [--show-baselined] [--list-suppressed]\n"
	"                  [--max-findings=N] [-Werror] [-Wno-contract]\n"
	"                  [-Wno-sleep-in-atomic] [-Wno-sleep-in-atomic-indirect]\n"
	"                  [-Wrt-wait-context | --preempt-rt]\n"
	"                  [--show-all-paths] [--quiet]\n"
	"                  [--list-unresolved] [--stats] [--summary=FILE]";

/*
 * --stats: the calls nocall rules left out, and each rule whose caller
 * has a body here but makes no such call: it names a call this code does
 * not have (another kernel, a renamed function, an inline the front end
 * expanded), so it says nothing here.
 */
static void nocall_stats(const struct rules *rules, const struct findings *found)
{
	int i, stale = 0;

	for (i = 0; i < rules->nnocalls; i++)
		stale += !rules->nocalls[i].binder && !found->nocall_hit[i];
	if (!found->nnocall && !stale)
		return;
	fprintf(stderr, "sleepcheck: %d calls left out by nocall rules",
		found->nnocall);
	if (stale)
		fprintf(stderr, "; %d rule%s whose caller makes no such call:",
			stale, stale == 1 ? "" : "s");
	fputc('\n', stderr);
	for (i = 0; i < rules->nnocalls; i++)
		if (!rules->nocalls[i].binder && !found->nocall_hit[i])
			fprintf(stderr, "%s:%d: note: 'nocall %s %s': '%s' "
				"makes no such call\n",
				rule_file_display(rules->nocalls[i].file),
				rules->nocalls[i].line, rules->nocalls[i].caller,
				rules->nocalls[i].callee, rules->nocalls[i].caller);
}

/*
 * --stats: the calls nocall-if rules guarded, and each rule whose caller
 * has a body here but makes no such call (stale, as above).
 */
static void nocall_if_stats(const struct rules *rules)
{
	int i, hits = 0, stale = 0;

	for (i = 0; i < rules->nnocallifs; i++) {
		hits += rules->nocallifs[i].hits;
		stale += rules->nocallifs[i].seen && !rules->nocallifs[i].hits;
	}
	if (!hits && !stale)
		return;
	fprintf(stderr, "sleepcheck: %d calls guarded by nocall-if rules", hits);
	if (stale)
		fprintf(stderr, "; %d rule%s whose caller makes no such call:",
			stale, stale == 1 ? "" : "s");
	fputc('\n', stderr);
	for (i = 0; i < rules->nnocallifs; i++) {
		const struct nocall_if *ni = &rules->nocallifs[i];

		if (ni->seen && !ni->hits)
			fprintf(stderr, "%s:%d: note: 'nocall-if %s %s': '%s' "
				"makes no such call\n", rule_file_display(ni->file),
				ni->line, ni->caller, ni->callee, ni->caller);
	}
}

/*
 * --stats: each notifier-block rule whose function has a body here that
 * calls no block through its BLOCK-ARG (another kernel's body): the rule
 * is not used, and the calls through the field inside it stay.
 */
static void notifier_block_stats(const struct rules *rules, const struct findings *found)
{
	int i, j;

	for (i = 0; i < rules->nnotifiers; i++) {
		const struct notifier_rule *r = &rules->notifiers[i];

		if (!r->registrar)
			continue;
		for (j = 0; j < found->notif.nstale; j++)
			if (!strcmp(found->notif.stale[j], r->name))
				break;
		if (j < found->notif.nstale)
			fprintf(stderr, "%s:%d: note: 'notifier-block %s %s %d %s': "
				"'%s' calls no block through its argument %d; "
				"the rule is not used\n", rule_file_display(r->file),
				r->line, r->kind, r->name, r->blockarg + 1,
				r->registrar, r->name, r->blockarg + 1);
	}
}

int report_main(int argc, char **argv)
{
	struct report_args a;
	struct fact_set set = { NULL, 0, 0, NULL };
	struct findings found;
	struct rules rules;
	int i, j, k, ret, nnew = 0, nbase = 0, nsup = 0, badrules;
	int nsleep = 0, nindirect = 0, npointer = 0;

	memset(&a, 0, sizeof(a));
	a.db_path = db_default_path();
	a.format = "text";
	if (parse_report_args(argc, argv, &a))
		return 2;
	/*
	 * A report makes and frees arrays of up to hundreds of megabytes
	 * (the call graph's, the search's, the findings'): what is freed is
	 * kept in the heap for the next, not unmapped and faulted in again
	 * page by page (a fifth of the page faults of a million-function
	 * report, with the same peak).
	 */
	mallopt(M_MMAP_MAX, 0);
	mallopt(M_TRIM_THRESHOLD, INT_MAX);
	if (cmd_load(a.db_path, a.rules_dir, a.summary, &rules, &set))
		return 2;
	phase_mark("load");
	memset(&found, 0, sizeof(found));
	badrules = rules_check_calls(&rules, &set, stderr);
	phase_mark("rules check");
	solve(&set, &rules, &found);
	if (a.rt)
		solve_rt(&set, &rules, &found);
	phase_mark("solve (end)");
	/* -Wno-...: drop a class of findings before anything counts them */
	for (i = 0, k = 0; i < found.n; i++) {
		const char *cls = finding_class(&found.v[i]);

		if (!strcmp(cls, "sleep-in-atomic-indirect"))
			nindirect++;
		else if (!strcmp(cls, "sleep-in-atomic"))
			nsleep++;
		for (j = 0; j < found.v[i].nsteps; j++)
			if (found.v[i].steps[j].bind || found.v[i].disp_call) {
				npointer++;
				break;
			}
		if ((!strcmp(cls, "contract") && a.no_contract) ||
		    (!strcmp(cls, "sleep-in-atomic") && a.no_sleep) ||
		    (!strcmp(cls, "sleep-in-atomic-indirect") && a.no_indirect)) {
			free(found.v[i].steps);
			free(found.v[i].also);
			continue;
		}
		found.v[k++] = found.v[i];
	}
	found.n = k;
	findings_fingerprint(&found);
	suppress_apply(&found, &rules, &set, stderr);
	phase_mark("fingerprint, suppress");
	if (a.write_baseline) {
		ret = baseline_write(&found, a.write_baseline) ? 2 : 0;
		goto out;
	}
	if (a.baseline && baseline_apply(&found, a.baseline)) {
		ret = 2;
		goto out;
	}
	findings_group_calls(&found);
	for (i = 0; i < found.n; i++) {
		if (found.v[i].suppressed)
			nsup++;
		else if (found.v[i].baselined)
			nbase++;
		else
			nnew++;
	}
	if (!a.quiet) {
		if (!strcmp(a.format, "json"))
			report_json(stdout, &found, &a.o);
		else if (!strcmp(a.format, "sarif"))
			report_sarif(stdout, &found, &a.o);
		else if (!strcmp(a.format, "dot"))
			report_dot(stdout, &found, &a.o);
		else if (!strcmp(a.format, "html"))
			report_html(stdout, &found, &a.o);
		else
			report_text(stdout, &found, &a.o);
	}
	phase_mark("output");
	if (a.list_unresolved) {
		struct callgraph g;

		cg_build(&g, &set, &rules, NULL);
		cg_print_unresolved(&g, stdout);
		cg_free(&g);
	}
	if (a.stats) {
		int nfuncs = 0, k;

		for (k = 0; k < set.nfiles; k++)
			nfuncs += set.files[k].nfuncs;
		fprintf(stderr, "sleepcheck: %d files, %d functions, %d calls "
			"through pointers (%d unresolved, %d capped at %d "
			"targets, %d with more than %d candidates), %d findings\n",
			set.nfiles, nfuncs, found.nindirect, found.nunresolved,
			found.ncapped, CG_MAX_FANOUT, found.nwide, CG_MAX_SURE,
			found.n);
		fprintf(stderr, "sleepcheck: %d sleep-in-atomic, %d "
			"sleep-in-atomic-indirect, %d with a step through a "
			"pointer or a callback's field; %d fields called in atomic "
			"context by a call in the database; %d findings merged "
			"into another (same sleep from the same atomic section or through the same callback)\n",
			nsleep, nindirect, npointer, found.natomic_fields,
			found.nmerged);
		if (found.nsame_call)
			fprintf(stderr, "sleepcheck: %d findings shown under another "
				"of the same atomic call (other sleeps or contexts)\n",
				found.nsame_call);
		if (found.notif.nd || found.nnotifier_cut) {
			int nk = 0, nh = 0;

			for (k = 0; k < found.notif.nd; k++) {
				nh += found.notif.d[k].mode == NF_HEAD;
				nk += found.notif.d[k].mode == NF_KIND;
			}
			fprintf(stderr, "sleepcheck: notifier chains: %d chain calls "
				"(%d on a known head, %d by kind, %d reaching every "
				"block), %d registrations (%d of a block not known, "
				"%d on a head not known), %d wrappers, %d calls "
				"through the blocks' field left out, %d blocks of "
				"other chains left out of those reaching every block\n",
				found.notif.nd, nh, nk, found.nnotifier_field,
				found.notif.nregs, found.notif.nregs_unknown_block,
				found.notif.nregs_unknown_head, found.notif.nwrappers,
				found.nnotifier_cut, found.nnotifier_elsewhere);
		}
		if (found.nnosleep_body || found.nvc_cut)
			fprintf(stderr, "sleepcheck: %d atomic calls in the bodies of "
				"functions a nosleep rule names, not judged; %d "
				"times a value condition was left out for want of "
				"room (at most %d per function)\n", found.nnosleep_body,
				found.nvc_cut, VC_MAX);
		if (found.nfield_conds)
			fprintf(stderr, "sleepcheck: %d tests of an integer struct "
				"field, %d decided never to hold (no store anywhere "
				"sets a bit they test); %d fields stored to, %d of them "
				"with a store not known; %d struct types written "
				"other than field by field\n", found.nfield_conds,
				found.nfield_decided, found.nfields_stored,
				found.nfields_unknown, found.nstructs_whole);
		if (found.nguarded)
			fprintf(stderr, "sleepcheck: %d stores of bits made only "
				"where a field test held, %d dropped (no kept store "
				"sets a bit the test needs)\n", found.nguarded,
				found.nguard_dropped);
		if (found.nvfree_calls)
			fprintf(stderr, "sleepcheck: %d calls of a function that "
				"sleeps only for vmalloc memory (kvfree), %d given a "
				"pointer that never is one, %d a pointer parameter "
				"passed on\n", found.nvfree_calls, found.nvfree_never,
				found.nvfree_param);
		if (found.npremap_calls)
			fprintf(stderr, "sleepcheck: %d calls of a function whose "
				"sleeps need a register not mapped at boot "
				"(premapped), %d given a premapped object, %d a "
				"pointer parameter passed on\n", found.npremap_calls,
				found.npremap_never, found.npremap_param);
		if (found.ntables)
			fprintf(stderr, "sleepcheck: %d global tables of structs, %d "
				"whose initializer says what their elements' members "
				"hold (a value read from one decides its tests)\n",
				found.ntables, found.ntables_known);
		if (found.nfn_conds)
			fprintf(stderr, "sleepcheck: %d tests of a function-pointer "
				"field against NULL, %d decided never NULL (every "
				"object of the struct sets it); %d lists and stores "
				"of such fields, %d struct types whose objects may "
				"leave them NULL\n", found.nfn_conds, found.nfn_decided,
				found.nfn_fields, found.nfn_nullable);
		if (fact_vals_unparsed())
			fprintf(stderr, "sleepcheck: %lld entries of calls' vals or "
				"functions' rets not understood (nothing known of "
				"them)\n", fact_vals_unparsed());
		if (found.nfi_cut)
			fprintf(stderr, "sleepcheck: %d times whether a function "
				"stores a member of an object was not followed past "
				"%d functions (taken as stored)\n", found.nfi_cut,
				FI_MAX_STEPS);
		if (found.nunits > 1 || found.nfield_split)
			fprintf(stderr, "sleepcheck: %d link units; %d definitions of a "
				"called name left out as another unit's; %d "
				"bindings of a called field left out as another "
				"image's or another struct's with the same tag\n",
				found.nunits, found.nunit_skipped, found.nfield_split);
		if (found.nbinder_cut)
			fprintf(stderr, "sleepcheck: %d bindings left out of calls "
				"through their field: stored by an inline that a "
				"binder rule says only another function calls\n",
				found.nbinder_cut);
		if (found.nsibling_cut)
			fprintf(stderr, "sleepcheck: %d bindings left out of calls "
				"through their field: the call is made only where "
				"a sibling field of its pointer holds a value the "
				"binding's initializer contradicts\n",
				found.nsibling_cut);
		if (found.nptrobj_calls)
			fprintf(stderr, "sleepcheck: %d bindings left out of %d "
				"calls through a struct loaded from a pointer "
				"member: their object is never stored there\n",
				found.nptrobj_cut, found.nptrobj_calls);
		if (found.nparam_cut)
			fprintf(stderr, "sleepcheck: %d bindings not made atomic by "
				"calls through a parameter's member: no caller that "
				"may hold the lock passes their object\n",
				found.nparam_cut);
		if (found.nfp_outside)
			fprintf(stderr, "sleepcheck: %d reaches of a static function "
				"through a parameter's member left out: only callers "
				"outside the database pass the object\n",
				found.nfp_outside);
		if (found.nreceiver_calls)
			fprintf(stderr, "sleepcheck: %d calls through the ops struct "
				"of a parameter passed as their receiver: their "
				"targets are decided by the tables the callers' "
				"dispatches reach the function through\n",
				found.nreceiver_calls);
		if (found.nref_paired)
			fprintf(stderr, "sleepcheck: %d puts of a reference the "
				"calling function took before them, or puts again "
				"after them, left out (never the last)\n",
				found.nref_paired);
		if (found.nocall_hit)
			nocall_stats(&rules, &found);
		nocall_if_stats(&rules);
		notifier_block_stats(&rules, &found);
		if (found.ncontract_cut)
			fprintf(stderr, "sleepcheck: %d calls meet their callee's "
				"documented contract: its sleeps are reported in "
				"it (-Wcontract), not in them\n", found.ncontract_cut);
		if (found.nentry_ctx_cut)
			fprintf(stderr, "sleepcheck: %d callbacks reach a sleep "
				"only where a test of the context said they do "
				"not run in theirs (ctx-entry)\n",
				found.nentry_ctx_cut);
		if (found.nni_sleeps)
			fprintf(stderr, "sleepcheck: %d calls from interrupt "
				"callbacks of a function documented as not "
				"callable there, which sleeps on every call: "
				"decided by the search for sleeps, with the "
				"values on the way\n", found.nni_sleeps);
		if (found.nserved)
			fprintf(stderr, "sleepcheck: %d functions run only serving "
				"a softirq (a static timer or tasklet callback): "
				"gfp_any() passed on in them cannot block\n",
				found.nserved);
		if (found.nwcut)
			fprintf(stderr, "sleepcheck: %d chains not kept: a function "
				"had too many that release different amounts of "
				"its caller's atomic context\n", found.nwcut);
	}
	if (!a.quiet && (a.baseline || nsup))
		fprintf(stderr, "sleepcheck: %d new finding%s (%d in the baseline, "
			"%d suppressed)\n", nnew, nnew == 1 ? "" : "s", nbase, nsup);
	ret = badrules ? 2 : nnew > a.max_findings ? 1 : 0;
out:
	findings_free(&found);
	fact_set_free(&set);
	rules_free(&rules);
	phase_mark("free");
	return ret;
}
