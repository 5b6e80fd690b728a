/*
 * analyze.h - the one per-function analysis both front ends run on
 * their lowered IR (ir.h).
 */
#ifndef SLEEPCHECK_ANALYZE_H
#define SLEEPCHECK_ANALYZE_H

#include "exits.h"
#include "ir.h"

/*
 * The functions of one file, analyzed when the file ends: a call to a
 * function of the file defined further down still sees what that
 * function leaves released (exits.h).  Zeroed before the first function.
 */
struct ir_unit {
	struct ir_queued *q;
	int n, cap;
	struct exit_table exits;
};

/// Records @file's function number @fi's bindings into @file now and
/// returns the gfp class the function returns (0: none, or not a gfp
/// value); takes @ir over (leaving it empty) and queues the analysis of
/// its calls on @u, which ir_unit_finish() records into the function.
char ir_analyze(struct ir_unit *u, struct ir_func *ir, struct fact_file *file, int fi);

/// Queues @ir (taken over) of function @name, which has no facts of its
/// own (a static function defined in a header): only what it leaves
/// released counts, at the calls of the file's functions.
void ir_analyze_exits(struct ir_unit *u, struct ir_func *ir, const char *name);

/// Records the calls of every function queued on @u, in the order they
/// were queued, and frees what @u holds.
void ir_unit_finish(struct ir_unit *u);

#endif
