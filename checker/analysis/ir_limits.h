/*
 * ir_limits.h - every limit of the per-function analysis (analyze.c) and
 * of the front ends' lowering into its IR (clang_ir.c, sparse_ir.c),
 * named in one place, and the counters of how often each one cut
 * (ir_limits.c).  A cut is never silent: the code that stops at a limit
 * calls ir_cut() with it; SLEEPCHECK_IR_STATS=1 prints the counts of
 * each checked file to stderr.
 */
#ifndef SLEEPCHECK_IR_LIMITS_H
#define SLEEPCHECK_IR_LIMITS_H

#include <stdio.h>

#include "facts.h"

/* analyze.c */
#define LIM_SPLIT	4	/* values a function's analysis is split on
				 * (2^LIM_SPLIT runs) */
#define LIM_SPLIT_SEEN	64	/* distinct tested values considered for it */
#define LIM_GUARD_ROUNDS 64	/* rounds of the guard fixpoint */
#define LIM_GUARD_RUNS	3	/* runs of it, for flags set under guards */
#define LIM_STATE_ROUNDS (4 * (AK_MAX_DEPTH + 2) * AK_NR)
				/* rounds of the atomic-state fixpoint */
#define LIM_RELOCKS	32	/* locks of one function whose re-take
				 * is checked (astate.held) */
#define LIM_RELOCK_STEPS 8	/* blocks one after another followed from
				 * an edge to the lock taken there */
#define LIM_FLAG_TAGS	16	/* definitions of the flag the states are
				 * kept apart by (flag_tags()) */
#define LIM_EXIT_ROUNDS	4	/* rounds of what a file's functions leave
				 * released or held (exits.c) */

/* analyze.c: objects of one indirect call (fact_call.objs) */
#define LIM_OBJECTS	64

/* the front ends' value walks */
#define LIM_VALUE_DEPTH	24	/* gfp class and constant of a value */
#define LIM_COND_DEPTH	16	/* what a condition implies; identity of a
				 * value; a function a value is */
#define LIM_FLAG_DEPTH	4	/* flags set from flags (IRF_DEFS) */
#define LIM_FLAG_DEFS	8	/* definitions of one such flag */
#define LIM_WALK	8	/* steps through casts and tests to a
				 * trylock or a branch's value; sparse's
				 * constant phis */
#define LIM_PATH	64	/* definitions followed at once (clang) */
#define LIM_PHI_PATH	32	/* phis followed at once (sparse) */
#define LIM_TYPE_CHAIN	32	/* typedefs followed to the gfp type (sparse) */
#define LIM_FN_DEPTH	4	/* structs deep a type is looked into for a
				 * function pointer it holds by value
				 * (sparse_fnptrs.c, clang_fnptrs.c) */
#define LIM_REACH	64	/* reaching definitions of one read */
#define LIM_CONST_REACH	16	/* ... for a constant */
#define LIM_DEFS	8192	/* definitions of a function followed
				 * flow-sensitively (clang) */
#define LIM_REACH_ROUNDS 1000	/* rounds of reaching definitions */
#define LIM_CONST_ROUNDS 3	/* rounds of constant branches removing
				 * definitions (clang) */
#define LIM_CALL_TARGETS 8	/* functions a local function pointer may
				 * hold at a call through it */
#define LIM_FIELD_VALS	512	/* bytes of a call's values in struct
				 * fields and constants (facts.h vals) */
#define LIM_OBJ_USES	64	/* calls, stores and addresses of a
				 * function's static object ordered */
#define LIM_OBJ_CALLS	8	/* calls a local object's address is given
				 * to, followed for the values of its
				 * members (facts.h vals J=~L:C/M) */
#define LIM_KNOWN_STORES 8	/* stores through a pointer read back from
				 * a call for the members it passes known
				 * (facts.h vals J.F==V) */
#define LIM_KNOWN_STEPS	64	/* instructions (events) read back; either
				 * cut counts as known-steps */
#define LIM_KNOWN_BLOCKS 8	/* blocks between a dominator and the block
				 * a walk back reaches from more than one
				 * (J.F==V); more stop the walk */
#define LIM_KNOWN_CALLS	8	/* calls passed over on the way back (J.P~L:C/M,
				 * J.*~L:C); one more: known-steps */
#define LIM_GFP_WRAPS	4	/* constants ORed into or masked out of a
				 * gfp value chosen by a condition, followed
				 * to the choice (ir.h ir_event.sel) */
#define LIM_AST_DEPTH	512	/* nesting of a body searched for stores
				 * to a field (clang) */
#define LIM_FOLLOW_VALS	16	/* values known a put's object or non-null,
				 * followed to a later put of it
				 * (sparse_refs.c, clang_refs.c) */
#define LIM_FOLLOW_DEPTH 32	/* blocks on one path from the put */
#define LIM_FOLLOW_STEPS 512	/* blocks entered from one put; any of the
				 * three cuts counts as follow */
/* members holding a tested value, per call: IR_MAX_MKEYS, ir.h (mkeys);
 * integer arguments that are a tested value, per call: IR_MAX_AKEYS, ir.h
 * (akeys);
 * flag atoms of one function (`flags & MASK` tests): IR_MAX_ATOMS, ir.h;
 * sibling atoms (`p->type == X`): IR_MAX_SIBS, ir.h; entries of a
 * binding's or a call's sibling fields: FACT_MAX_SIBS, facts.h */

enum ir_limit {
	CUT_SPLIT,
	CUT_SPLIT_SEEN,
	CUT_GUARD_ROUNDS,
	CUT_GUARD_RUNS,
	CUT_STATE_ROUNDS,
	CUT_EXIT_ROUNDS,
	CUT_OBJECTS,
	CUT_VALUE_DEPTH,
	CUT_COND_DEPTH,
	CUT_FLAG_DEPTH,
	CUT_FLAG_DEFS,
	CUT_WALK,
	CUT_PATH,
	CUT_TYPE_CHAIN,
	CUT_REACH,
	CUT_DEFS,
	CUT_REACH_ROUNDS,
	CUT_CONST_ROUNDS,
	CUT_CALL_TARGETS,
	CUT_FIELD_VALS,
	CUT_FLAG_ATOMS,
	CUT_AST_DEPTH,
	CUT_OBJ_CALLS,
	CUT_SIBS,
	CUT_RELOCKS,
	CUT_RELOCK_STEPS,
	CUT_FLAG_TAGS,
	CUT_KNOWN_STEPS,
	CUT_MKEYS,
	CUT_FOLLOW,
	CUT_PTR_MEMBER_EVICT,
	CUT_AKEYS,
	CUT_NR
};

/* how often each limit cut since the counts were last cleared */
struct ir_stats {
	unsigned long cut[CUT_NR];
	unsigned long funcs;	/* functions analysed */
};

extern struct ir_stats ir_stats;

/// Counts one cut at @lim.
static inline void ir_cut(enum ir_limit lim)
{
	ir_stats.cut[lim]++;
}

/// Prints "@what: limits cut: name=N ..." to @f when a limit cut, and
/// clears the counts; prints nothing otherwise.
void ir_stats_flush(FILE *f, const char *what);

#endif
