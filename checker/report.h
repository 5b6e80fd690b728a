/*
 * report.h - prints findings.
 */
#ifndef SLEEPCHECK_REPORT_H
#define SLEEPCHECK_REPORT_H

#include <stdio.h>

#include "solver.h"

/// Prints @f gcc-style: one warning per finding, then note lines for
/// where the atomic context began and each step of the chain.
void report_text(FILE *out, const struct findings *f);

#endif
