/*
 * solver.h - whole-program sleep-in-atomic analysis over a fact_set.
 *
 * The solver knows no front end: it reads fact_files, applies the rules
 * and returns findings, each with the atomic call site and the chain of
 * calls down to the sleeping call.  report.c prints them.
 */
#ifndef SLEEPCHECK_SOLVER_H
#define SLEEPCHECK_SOLVER_H

#include "facts.h"
#include "notifier.h"
#include "rules.h"

/* one step of a chain: a call made by a function */
struct chain_step {
	const struct fact_file *file;	/* where the call is */
	const struct fact_func *func;	/* who makes it */
	const struct fact_call *call;
	const struct rule *rule;	/* set on the last step: the sleep source */
	char gfp;			/* class of the deciding gfp argument, or 0 */
	const char *target;		/* the function reached (pointer calls) */
	const struct fact_binding *bind;	/* how a pointer reached it */
	const struct fact_file *bind_file;
	int ncand;			/* a wide pointer call (CG_MAX_SURE):
					 * its candidate targets, else 0 */
};

struct finding {
	struct chain_step *steps;	/* steps[0] is the atomic call site */
	int nsteps;
	/* set when the sleep depends on a gfp parameter of steps[0].func:
	 * the caller that passes a blocking gfp to it */
	const struct fact_file *gfp_file;
	const struct fact_func *gfp_func;
	const struct fact_call *gfp_call;
	int gfp_param;
	int gfp_flag;		/* gfp_call passes flags that select the sleep
				 * (an integer argument), not gfp flags */
	/* set when the atomic context is an entry point (an IRQ handler, a
	 * timer, a tasklet): steps[0] is a call made by the callback */
	const struct entry_rule *entry;
	const char *entry_path;		/* the registration: a call, or a */
	int entry_line, entry_col;	/* function stored in a field */
	const char *entry_by;		/* the registering function, or the
					 * initialized object (NULL: an
					 * assignment) */
	const char *entry_with;		/* the registration function, or the
					 * field "struct T.f" */
	int entry_stored;		/* registered by a store in a field */
	/* set when a call through that field made with atomic state held
	 * (or at the top of an entry point) is the context: entry is
	 * &blame_dispatch_entry */
	const struct fact_file *disp_file;
	const struct fact_func *disp_func;
	const struct fact_call *disp_call;
	const struct nf_dispatch *disp_nf;	/* disp_call is a notifier
						 * chain's (notifier.h) */
	/* set when the chain calls through a field whose callbacks may
	 * sleep by contract (may-sleep-field): the caller is to blame */
	const struct entry_rule *may_sleep;
	/* -Wsleep-in-atomic-indirect: the finding needs a call through a
	 * pointer whose many targets (indirect) could not be narrowed */
	int indirect;
	const struct fact_file *indirect_file;
	const struct fact_func *indirect_func;
	const struct fact_call *indirect_call;
	/* one finding per bug: the other atomic calls with the same atomic
	 * origin and the same sleeping call, or that reach the same sleeping
	 * call through the same callback (their first steps) */
	struct chain_step *also;
	int nalso;
	const char *also_via;		/* that callback, when some do */
	/* -Wrt-wait-context (rtwait.c): a sleep on PREEMPT_RT only (a
	 * spinlock_t taken, an allocation) with a raw context held; its
	 * steps are calls of the raw view, whose depth is the raw depth */
	int rt;
	/* set for a broken documented contract (rules: contract) */
	const struct contract *contract;
	/* and the calls made in atomic context that rely on it (they meet
	 * its condition, contractcut.c): how many, and the first by place */
	int nrelied;
	struct chain_step relied;
	/* one warning per atomic call (report/group.c): the findings of the
	 * same call to the same target that reach other sleeps, each with
	 * its own chain and fingerprint (their same is NULL) */
	struct finding *same;
	int nsame;
	/* set by baseline.c */
	char fingerprint[32];	/* stable across line shifts and moves */
	int baselined;		/* in the --baseline file */
	const char *suppressed;	/* the reason of the suppression hiding it */
};

struct findings {
	struct finding *v;
	int n, cap;
	/* calls through function pointers: all, unresolved, capped, wide */
	int nindirect, nunresolved, ncapped, nwide;
	int natomic_fields;	/* fields made atomic by a dispatch call */
	int nmerged;		/* findings folded into another (same bug) */
	int nsame_call;		/* findings shown under another of the same
				 * atomic call (report/group.c) */
	int nnosleep_body;	/* atomic calls in the body of a function a
				 * nosleep rule names, not judged */
	int nfi_cut;		/* questions of whether a function stores a
				 * member of an object, cut short
				 * (fieldints.h FI_MAX_STEPS): taken as
				 * stored */
	int nvc_cut;		/* value conditions left out for want of a
				 * value condition (solver.c, VC_MAX) */
	int nfield_conds;	/* field atoms (facts.h ATOM_FIELD) of the
				 * functions */
	int nfield_decided;	/* ... that no store of the program may
				 * make hold: their calls never run */
	int nvfree_calls;	/* calls of a function whose sleeps need
				 * vmalloc memory (mem-vfree: kvfree) */
	int nvfree_never;	/* ... given a pointer that never is
				 * (vmem.c): they do not sleep */
	int nvfree_param;	/* ... given a pointer parameter: the
				 * caller's condition (VC_VMEM) */
	int npremap_calls;	/* calls of a function a premapped rule
				 * names (acpi_hw_read(): premap.c) */
	int npremap_never;	/* ... given a premapped object: they do
				 * not sleep */
	int npremap_param;	/* ... given a pointer parameter: the
				 * caller's condition (VC_MAPPED) */
	int ntables;		/* global tables of structs read (tables.c) */
	int ntables_known;	/* ... whose initializer says what their
				 * elements hold */
	int nfn_conds;		/* tests of a function-pointer field against
				 * NULL (facts.h ATOM_FIELD, mask all ones) */
	int nfn_decided;	/* ... of a field every object has set: their
				 * NULL branch is dead */
	int nfn_fields;		/* lists and stores of such fields (fieldsets.c) */
	int nfn_nullable;	/* struct types some object of which may have
				 * them NULL */
	int nfields_stored;	/* fields some file stores to (fieldsets.c) */
	int nfields_unknown;	/* ... with a store not known */
	int nguarded, nguard_dropped;	/* stores made only where a field
				 * test held, those dropped (fieldsets.c) */
	int nstructs_whole;	/* struct types written other than field by
				 * field (fieldsets.c) */
	int nunits;		/* link units of the files */
	int nunit_skipped;	/* definitions another unit's call did not see */
	int nfield_split;	/* bindings of a same-named struct defined elsewhere */
	int nbinder_cut;	/* bindings a `binder` rule kept from a call */
	int nsibling_cut;	/* bindings a guard on a sibling field kept
				 * from a call (callgraph.h) */
	int nptrobj_cut;	/* bindings left out of calls through a
				 * struct loaded from a pointer member: their
				 * object is never stored there (callgraph.h) */
	int nptrobj_calls;	/* calls so narrowed */
	int nparam_cut;		/* bindings left out of the calls through
				 * a parameter's member made in atomic
				 * context: no caller that may make the call
				 * atomic passes their object (fnparam.c) */
	int nfp_outside;	/* static functions a call through a
				 * parameter's member was taken not to reach:
				 * only callers outside the database pass
				 * the object (fnparam.c fp_outside()) */
	int nreceiver_calls;	/* calls `p->ops->n(p)` through a parameter
				 * whose ops tables its callers decide
				 * (receiver.c) */
	struct fact_set *rtview;	/* the raw view the rt findings point
					 * into (rtwait.c), or NULL */
	int nentry_ctx_cut;	/* callbacks of a ctx-entry rule whose every
				 * sleep a test of the context said is not
				 * made in their context (solver.c) */
	int nni_sleeps;		/* calls of a no-interrupt contract that
				 * sleeps on every call, reached from an
				 * interrupt callback: left to the search
				 * for its sleeps (solver.c ni_call_sleeps()) */
	int nserved;		/* functions that run only serving a softirq
				 * (served.c) whose calls passing gfp_any()
				 * on it decided as not blocking */
	int nwcut;		/* chains dropped: a function had too many
				 * that release different amounts of its
				 * caller's atomic context (solver.c) */
	int nref_paired;	/* puts of a reference the caller took, left
				 * out (rules/kernel-refcount.rules) */
	int nnocall;		/* direct calls `nocall` rules left out */
	unsigned char *nocall_hit;	/* per rules->nocalls, as
				 * callgraph.h's: 0 when the rule's
				 * caller is here and makes no such
				 * call (the rule is stale) */
	int ncontract_cut;	/* calls meeting their callee's documented
				 * contract: its sleeps are its own
				 * (contractcut.c) */
	int nnotifier_elsewhere;	/* bindings of blocks on other chains
					 * left out of a dispatch reaching every
					 * block (notifier.h nf_block_elsewhere()) */
	int nnotifier_cut;	/* calls through a chain's field inside the
				 * chain functions, replaced by dispatches */
	int nnotifier_field;	/* chain dispatches not narrowed */
	struct nf_plan notif;	/* owns the chain dispatches the findings'
				 * steps point to (notifier.h) */
	struct nf_plan rtnotif;	/* the same for the findings of the raw
				 * view (solve_rt()) */
};

/// Computes which functions may sleep and which atomic calls reach a
/// sleep source.  @set must outlive @out.
void solve(const struct fact_set *set, const struct rules *rules,
	   struct findings *out);

/// Frees one finding's chain, its also[] and the findings grouped under it.
void finding_free(struct finding *fd);
void findings_free(struct findings *f);

/// -Wrt-wait-context: solves the raw view of @set (each call's depth is
/// what stays atomic on PREEMPT_RT; spinlock_t, rwlock_t and
/// local_lock_t acquires and the rt-sleep rules are sleep sources) and
/// appends to @out its findings that end in a sleep of PREEMPT_RT only
/// and are not at a call @out reports already.  Call after solve().
void solve_rt(const struct fact_set *set, const struct rules *rules,
	      struct findings *out);

/// Frees the raw view of solve_rt() (not the strings, @set's).
void rt_view_free(struct fact_set *view);

/// One finding per bug (merge.c): findings whose atomic context begins
/// at one place and whose chains end in one sleeping call become one,
/// and so do findings whose chains reach one sleeping call through one
/// callback (the last function reached through a pointer): the one with
/// the shortest chain, then the first by file and line; the others'
/// first steps are kept in its also[].  @f must be sorted.
void findings_merge(struct findings *f);

/// `sleepcheck explain NAME`: for each function called @name, whether
/// and under which gfp condition it may sleep (with the chain), and the
/// atomic contexts it is entered in (atomic callers, entry points).
/// @return: the number of functions of that name.
int explain(const struct fact_set *set, const struct rules *rules,
	    const char *name, FILE *out);

/*
 * `sleepcheck summary` (summary.c): what the solver found for each
 * function of the call graph, for writing a module's view of the kernel.
 */
struct callgraph;
struct blame;

struct func_sleep {
	int cond;		/* the first condition set: 0 always, 1 + j gfp
				 * parameter j blocks, -1 none, -2 only
				 * conditions on fields or flags (vcond.h) */
	unsigned gfp;		/* bit j: may sleep if gfp parameter j blocks */
	int nother;		/* conditions on fields or flags set */
	int sure;		/* the chain below needs no wide pointer call */
	struct finding chain;	/* the chain shown for cond (its steps) */
};

struct solved {
	const struct callgraph *g;
	const struct blame *bl;
	struct func_sleep *f;	/* per function of g */
};

/// Solves @set and calls @fn once with every function's sleep summary.
void solve_summaries(const struct fact_set *set, const struct rules *rules,
		     void (*fn)(const struct solved *s, void *arg), void *arg);

#endif
