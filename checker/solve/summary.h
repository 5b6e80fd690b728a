/*
 * summary.h - the kernel's summary for module checks: writing one
 * (`sleepcheck summary`, cmd/summary.c) and --summary=FILE (reading one
 * into rules->summary); see summary.c.
 */
#ifndef SLEEPCHECK_SUMMARY_H
#define SLEEPCHECK_SUMMARY_H

#include <stdio.h>

#include "rules.h"
#include "solver.h"

struct callgraph;

/* what a summary's header says it was made from */
struct summary_source {
	const char *release;	/* the kernel release */
	const char *config;	/* its config ("PATH fnv1a64 HASH; CONFIG_X=y") */
	const char *db_path;	/* the database */
	int schema;		/* the database's schema version */
};

/// Writes the summary of @set to @out: the header (@src, the counts of
/// what was written and left out), then the rules; functions that sleep
/// only through a wide pointer call too when @include_indirect.
/// @return: 0, or -1 after an error line.
int summary_write(FILE *out, const struct fact_set *set, const struct rules *rules,
		  const struct summary_source *src, int include_indirect);

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
