/*
 * analyze.h - the one per-function analysis both front ends run on
 * their lowered IR (ir.h).
 */
#ifndef SLEEPCHECK_ANALYZE_H
#define SLEEPCHECK_ANALYZE_H

#include "ir.h"

/// Records the calls of @ir into @fn and its bindings into @file; returns
/// the gfp class the function returns (0: none, or not a gfp value).
char ir_analyze(const struct ir_func *ir, struct fact_file *file, struct fact_func *fn);

#endif
