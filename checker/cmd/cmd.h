/*
 * cmd.h - the commands of the sleepcheck binary (one file each in
 * checker/cmd/, listed in main.c's table) and the option parsing they
 * share (options.c).
 *
 * Every command reads its options with getopt_long from one table of
 * its own: `--opt=V` and `--opt V`, unambiguous abbreviations, and an
 * unknown, ambiguous or incomplete option is one error line naming it
 * and exit status 2.  The two modes that hand the options they do not
 * know to a compiler (the CHECK= mode to sparse, clang-check to clang)
 * take their own options from their table only when written in full,
 * cmd_own_option(), and pass every other argument on unchanged.
 */
#ifndef SLEEPCHECK_CMD_H
#define SLEEPCHECK_CMD_H

#include <getopt.h>
#include <stdio.h>

/* each command's entry: @argv[0] is the command's name */
int check_main(int argc, char **argv);		/* check.c: the CHECK= mode */
int report_main(int argc, char **argv);		/* report.c */
int explain_main(int argc, char **argv);	/* explain.c */
int summary_main(int argc, char **argv);	/* summary.c */
int dump_facts_main(int argc, char **argv);	/* dump.c */
int merge_main(int argc, char **argv);		/* merge.c */
int rules_from_doc_main(int argc, char **argv);	/* rules_from_doc.c */
int scan_main(int argc, char **argv);		/* clang_scan.c */
int clang_check_main(int argc, char **argv);	/* clang_check.c */

/* report's options (report.c); scan takes them too, for its report */
extern const struct option report_options[];

/* each command's synopsis, in its file: the usage lines after
 * "sleepcheck ", continued on lines indented by 18 */
extern const char check_synopsis[], report_synopsis[], scan_synopsis[],
	clang_check_synopsis[], explain_synopsis[], summary_synopsis[],
	dump_facts_synopsis[], merge_synopsis[], rules_from_doc_synopsis[];

/// The usage text of every command (main.c), for `sleepcheck --help`.
void usage(FILE *out);

/// "usage: sleepcheck @synopsis" to stdout, for a command's --help.
void cmd_help(const char *synopsis);

/// getopt_long (getopt_long_only when @only) over a command's own
/// @argv with table @opts and short options @shortopts; on an unknown,
/// ambiguous or valueless option prints one error line naming it and
/// @cmd and returns '?'.  Set optind to 0 before the first call, so
/// that a command run by another (scan runs report) starts afresh.
int cmd_getopt(int argc, char **argv, const char *shortopts,
	       const struct option *opts, int only, const char *cmd);

/// Is @argv[*@i] one of @opts, written in full (`--name=V`, `--name V`,
/// `--name`; `-name` for a name that starts with 'W')?  Returns its
/// val, its value in *@value, and moves *@i past what it used; 0 when
/// it is not ours (pass it on); '?' after an error line (a value
/// missing, or given to an option that takes none).
int cmd_own_option(int argc, char **argv, int *i, const struct option *opts,
		   const char *cmd, const char **value);

struct rules;
struct fact_set;

/// The rules of @rules_dir (NULL: the default) loaded into @rules again
/// when the kernel release database @db's files were checked against
/// (db_kernel()) is another than the one they were loaded for
/// (rules_kernel_version(): those guarded by `version` apply to it), with
/// a warning line when the tree here is another kernel or the files were
/// checked against several; that release into *@release (NULL: not
/// wanted; else the caller frees it).  @return: 0, or 2 after an error
/// line, @rules then freed.
struct scdb;
int cmd_rules_for_db(struct scdb *db, const char *db_path, const char *rules_dir,
		     struct rules *rules, char **release);

/// Loads the rules of @rules_dir (NULL: the default), the summary file
/// @summary (NULL: none unless summary_path() names one) and every fact
/// of database @db_path into @rules and @set, and binds the rules'
/// field contracts to the facts (load.c).  @return: 0, or 2 after an
/// error line, with nothing left to free.
int cmd_load(const char *db_path, const char *rules_dir, const char *summary,
	     struct rules *rules, struct fact_set *set);

/// The non-negative number @s for option @name, or -1 after an error line.
int cmd_number(const char *name, const char *s);

#endif
