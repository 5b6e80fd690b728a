/*
 * ir_limits.c - the counts of the limits that cut (ir_limits.h) and their
 * printing.
 */
#include <stdio.h>
#include <string.h>

#include "ir_limits.h"

struct ir_stats ir_stats;

static const char *const cut_names[CUT_NR] = {
	[CUT_SPLIT] = "split",
	[CUT_SPLIT_SEEN] = "split-seen",
	[CUT_GUARD_ROUNDS] = "guard-rounds",
	[CUT_GUARD_RUNS] = "guard-runs",
	[CUT_STATE_ROUNDS] = "state-rounds",
	[CUT_EXIT_ROUNDS] = "exit-rounds",
	[CUT_OBJECTS] = "objects",
	[CUT_VALUE_DEPTH] = "value-depth",
	[CUT_COND_DEPTH] = "cond-depth",
	[CUT_FLAG_DEPTH] = "flag-depth",
	[CUT_FLAG_DEFS] = "flag-defs",
	[CUT_WALK] = "walk",
	[CUT_AST_DEPTH] = "ast-depth",
	[CUT_PATH] = "path",
	[CUT_TYPE_CHAIN] = "type-chain",
	[CUT_REACH] = "reach",
	[CUT_DEFS] = "defs",
	[CUT_REACH_ROUNDS] = "reach-rounds",
	[CUT_CONST_ROUNDS] = "const-rounds",
	[CUT_CALL_TARGETS] = "call-targets",
	[CUT_FIELD_VALS] = "field-vals",
	[CUT_FLAG_ATOMS] = "flag-atoms",
	[CUT_OBJ_CALLS] = "object-calls",
	[CUT_SIBS] = "sibs",
	[CUT_RELOCKS] = "relocks",
	[CUT_RELOCK_STEPS] = "relock-steps",
	[CUT_FLAG_TAGS] = "flag-tags",
	[CUT_KNOWN_STEPS] = "known-steps",
	[CUT_MKEYS] = "mkeys",
	[CUT_FOLLOW] = "follow",
	[CUT_PTR_MEMBER_EVICT] = "ptr-member-evicted",
	[CUT_AKEYS] = "akeys",
};

void ir_stats_flush(FILE *f, const char *what)
{
	int i, any = 0;

	for (i = 0; i < CUT_NR; i++)
		any |= ir_stats.cut[i] != 0;
	if (any) {
		fprintf(f, "%s: limits cut (%lu functions):", what, ir_stats.funcs);
		for (i = 0; i < CUT_NR; i++)
			if (ir_stats.cut[i])
				fprintf(f, " %s=%lu", cut_names[i], ir_stats.cut[i]);
		fputc('\n', f);
	}
	memset(&ir_stats, 0, sizeof(ir_stats));
}
