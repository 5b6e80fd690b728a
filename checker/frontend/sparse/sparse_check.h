/*
 * sparse_check.h - the sparse front end as the CHECK= mode runs it
 * (sparse_frontend.c sc_check()), without sparse's headers: the command
 * (cmd/check.c) parses its own options and says what becomes of each
 * file's facts; the front end parses sparse's options and the files.
 */
#ifndef SLEEPCHECK_SPARSE_CHECK_H
#define SLEEPCHECK_SPARSE_CHECK_H

struct fact_file;
struct rules;

struct sc_check_opts {
	const struct rules *rules;
	const char *unit;	/* link unit the command line says (facts.h) */
	int sparse_warnings;	/* show sparse's own warnings */
	/* each file's facts, once parsed: returns 0, or 2 after an error
	 * line (the file's status) */
	int (*file_done)(struct fact_file *facts, void *arg);
	/* in the child that checked one file of several, before it exits */
	void (*child_exit)(void *arg);
	void *arg;
};

/// Checks each file that sparse's command line @argv (@argv[0] the
/// program, then sparse's and gcc's options and the files) names, each
/// file's facts to @o->file_done.
/// @return: the exit status (2 after an error, 0 under kbuild's C=1).
int sc_check(const struct sc_check_opts *o, int argc, char **argv);

#endif
