/*
 * summary.h - `sleepcheck summary` (writing the kernel's summary for
 * module checks) and --summary=FILE (reading one into rules->summary);
 * see summary.c.
 */
#ifndef SLEEPCHECK_SUMMARY_H
#define SLEEPCHECK_SUMMARY_H

#include "rules.h"
#include "solver.h"

struct callgraph;

/// `sleepcheck summary [--db=PATH] [-o FILE] [--release=R] [--config=TEXT]`.
int summary_main(int argc, char **argv);

/// The summary to read: @opt (--summary=; "" for none), else
/// $SLEEPCHECK_SUMMARY, else NULL.
const char *summary_path(const char *opt);

/// Reads summary @path into @rules->summary.  A release other than the
/// checked kernel's is a warning.  Returns 0, or -1 after one error line
/// ("file:line:col: error: ...").
int summary_load(struct rules *rules, const char *path);

/// The contract of @kind on @name: the rules', else the summary's when
/// no function @name that is not static is in @g.
const struct contract *cg_contract(const struct callgraph *g, const char *name,
				   enum contract_kind kind);

/// Is there a contract of @kind in the rules or the summary?
int cg_any_contract(const struct callgraph *g, enum contract_kind kind);

#endif
