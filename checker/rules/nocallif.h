/*
 * nocallif.h - `nocall-if` rules made guards of the calls they name.
 */
#ifndef SLEEPCHECK_NOCALLIF_H
#define SLEEPCHECK_NOCALLIF_H

#include <stdio.h>

#include "facts.h"
#include "rules.h"

/// Gives each direct call of CALLEE in a function named CALLER the guard
/// "argument ARG of CALLER has no bit of MASK set", for each
/// `nocall-if CALLER CALLEE ARG MASK` rule, counting the calls in the
/// rule's hits and marking it seen where CALLER has a body.  A function
/// with no guard bit left for it is an error at the rule's line, printed
/// to @err.  @return: the number of such errors.
int rules_guard_calls(struct rules *rules, struct fact_set *set, FILE *err);

#endif
