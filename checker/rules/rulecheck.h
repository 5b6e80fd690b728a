/*
 * rulecheck.h - rules checked against the calls in the database.
 */
#ifndef SLEEPCHECK_RULECHECK_H
#define SLEEPCHECK_RULECHECK_H

#include <stdio.h>

#include "facts.h"
#include "rules.h"

/// Prints "rule-file:line:1: error: ..." to @err for each rule naming a
/// gfp argument by number where a call in @set passes its gfp_t
/// elsewhere (one error per rule), and for each `releases` rule whose
/// function's body in @set never runs below its entry in a kind the rule
/// names, and for each `premapped` rule whose object no call in @set
/// passes to its function, and for each `nocall-if` rule whose argument
/// a call of its caller does not pass as integer flags (rulecheck.c).
/// @return: the number of such rules.
int rules_check_calls(const struct rules *rules, const struct fact_set *set,
		      FILE *err);

#endif
