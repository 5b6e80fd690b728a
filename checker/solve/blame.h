/*
 * blame.h - who is to blame for a sleep reached through a callback.
 *
 * A struct field is called in atomic context (an "atomic field") when an
 * entry-field rule says so, or when a call through it in the database is
 * made with atomic state held, or at the top of an atomic entry point (a
 * registered IRQ handler, timer, tasklet, softirq, or a function bound to
 * a field an entry-field rule names; not one that a dispatch call made
 * atomic: inferences are not stacked).  A may-sleep-field rule says the opposite: its
 * callbacks may sleep, and a caller holding a lock across one is to
 * blame.  Every function bound to an atomic field (all bindings of the
 * field; when the dispatching pointer is narrowed to known objects, or
 * its struct is loaded from a pointer member whose stores name the
 * objects, only theirs) is an atomic entry: an unconditional sleep behind it is its own
 * bug, reported in it, and the call-graph slots that reach it through
 * the field are cut so that no caller is blamed for it (solver.c).
 */
#ifndef SLEEPCHECK_BLAME_H
#define SLEEPCHECK_BLAME_H

#include "callgraph.h"
#include "fieldsets.h"

struct blame {
	/* per binding of g->binds: 0 not atomic, -1 atomic by an
	 * entry-field rule, k + 1 made atomic by dispatch call k (the first
	 * by a stable order: lock held before entry point, then file, line,
	 * column) */
	int *bind_by;
	char *entry;		/* per function: registered, or bound to a field
				 * an entry-field rule names */
	int nfields;		/* fields made atomic by a dispatch call */
	int nparam_cut;		/* bindings a dispatch call through a
				 * parameter's member left out: no caller
				 * that may make it atomic passes their
				 * object (fnparam.c) */
	int nfp_cut;		/* its questions of fieldints.c cut short */
};

/// Finds the atomic fields and entries of @g and sets the slots' cut;
/// @fs says which structs' objects may be written whole (fnparam.c).
void blame_build(struct blame *b, struct callgraph *g, const struct fieldsets *fs);

void blame_free(struct blame *b);

/// The next callback that call @gc registers under an entry rule, from
/// its fnargs at index *@i (start at 0; it moves on): its function index
/// (-1 if not in the database) with *@er set, or -2 when there are no more.
int blame_next_entry(const struct callgraph *g, const struct cg_call *gc,
		     int *i, const struct entry_rule **er);

/// The entry "rule" of a function bound to a field that a dispatch call
/// made atomic: kind "atomic", no rules file.
extern const struct entry_rule blame_dispatch_entry;

#endif
