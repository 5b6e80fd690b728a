/*
 * baseline.h - fingerprints, baselines and suppressions: what a CI gate
 * needs to fail on new findings only.
 */
#ifndef SLEEPCHECK_BASELINE_H
#define SLEEPCHECK_BASELINE_H

#include <stdio.h>

#include "rules.h"
#include "solver.h"

/// Gives every finding its fingerprint: a hash of the function holding
/// the atomic context, the functions of the chain and the sleep source,
/// so it survives line shifts, reformatting and file moves that keep
/// function names, and a new chain to the same sleeping call differs.
/// Equal chains from one function are told apart by their order.
void findings_fingerprint(struct findings *f);

/// One line summary of a finding: "f -> g -> msleep (file)".
void finding_summary(const struct finding *fd, char *buf, size_t size);

/// Writes @f as a baseline: a header, then one sorted line per finding.
/// @return: 0, or -1 after an error naming @path.
int baseline_write(const struct findings *f, const char *path);

/// Marks the findings whose fingerprints @path lists as baselined.
/// @return: 0, or -1 after an error naming @path (and line).
int baseline_apply(struct findings *f, const char *path);

/// Marks findings hidden by the rules' `allow` entries or by a
/// `sleepcheck: allow "reason"` comment on the line of the atomic call;
/// prints on @warn one line per suppression that hides nothing.
/// @return: the number of stale suppressions.
int suppress_apply(struct findings *f, const struct rules *rules,
		   const struct fact_set *set, FILE *warn);

#endif
