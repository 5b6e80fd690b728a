/*
 * contractcut.h - calls that rely on a documented contract of their callee.
 */
#ifndef SLEEPCHECK_CONTRACTCUT_H
#define SLEEPCHECK_CONTRACTCUT_H

#include "callgraph.h"

/* a function has at most one contract of each kind that allows an
 * atomic caller: atomic-ok, atomic-ok-if, irqs-off-ok */
#define CONTRACT_TRUSTED 3

/// The contracts of @name that allow some caller in atomic context, in
/// that order, into @ct; how many.  (Those of a summary are not in
/// @rules: rules.summary.)
int contract_trusted(const struct rules *rules, const char *name,
		     const struct contract *ct[CONTRACT_TRUSTED]);

/// Does call @c surely meet the condition of contract @ct (atomic-ok,
/// atomic-ok-if, irqs-off-ok; 0 for the other kinds)?
int contract_met(const struct contract *ct, const struct fact_call *c);

/// Cuts (cg_slot.cut) every call in @g that meets its callee's contract
/// (atomic-ok; atomic-ok-if with a bit of the mask surely set in the
/// flags argument; irqs-off-ok with a gfp argument that cannot block),
/// so that an unconditional sleep behind it is the callee's broken
/// contract, reported once in the callee, and not its callers'.  Call
/// after blame_build(), which sets the other cuts; not in the
/// -Wrt-wait-context view (a raw context is not the documents' atomic).  Returns the number
/// of calls cut.
int contract_cuts(struct callgraph *g);

#endif
