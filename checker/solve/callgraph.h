/*
 * callgraph.h - the whole program's call graph, built from a fact_set.
 *
 * Each call has zero or more targets ("slots"): the function a direct
 * call names, or for a call through a function pointer the functions
 * bound to that struct field, narrowed to the objects the pointer is
 * known to come from.  Each slot carries the gfp guard under which the
 * call reaches that target and, for a pointer, the binding that put the
 * function there.
 */
#ifndef SLEEPCHECK_CALLGRAPH_H
#define SLEEPCHECK_CALLGRAPH_H

#include <stddef.h>
#include <stdio.h>

#include "facts.h"
#include "notifier.h"
#include "objlist.h"
#include "rules.h"
#include "strpool.h"

/* at most this many targets for one call through a pointer; the rest
 * are dropped (in name order) and the call is counted as capped */
#define CG_MAX_FANOUT 64
#define CG_MAX_FANOUT_TEXT "64"

/* a call through a pointer with more candidate targets than this, not
 * narrowed to known objects, is "wide": chains avoid it where they can,
 * and a finding that needs it is -Wsleep-in-atomic-indirect */
#define CG_MAX_SURE 8

/* a function stored in a field: the bindings, sorted by field, function,
 * file and line */
struct cg_bind {
	const struct fact_file *file;
	const struct fact_binding *b;
	const char *def;	/* where the file's struct of the field is
				 * defined, or NULL (fact_file_tag_def()) */
	int unit;
};

/*
 * Link units: what is linked together.  A name resolves in the caller's
 * own unit first; a module also sees vmlinux, then other modules (their
 * exported symbols); vmlinux and a separate image (the EFI stub, the
 * boot decompressor, the vDSO: link-unit rules) see only themselves.
 * Functions stored in fields cross between vmlinux and modules, which
 * share one address space, never into or out of a separate image.
 */
enum cg_unit_kind {
	CG_VMLINUX,		/* unit 0 */
	CG_MODULE,		/* the file was compiled with -DMODULE */
	CG_IMAGE,		/* a link-unit rule names it */
};

struct cg_unit {
	const char *name;
	enum cg_unit_kind kind;
	const struct link_unit *rule;	/* CG_IMAGE: the rule */
};

struct cg_func {
	const struct fact_file *file;
	const struct fact_func *fn;
};

/* one per call of the program (five million in a large one) */
struct cg_call {
	const struct fact_call *c;
	const struct rule *rule;	/* sleep rule naming the callee, or the
					 * gfp convention for a callee with no
					 * body (rule->convention) */
	int func;
	int sfirst;			/* slots: sn from sfirst */
	int ncand;			/* through a pointer: candidate targets,
					 * counted past the cap */
	unsigned short sn;		/* at most CG_MAX_SN (add_slot()) */
	/* 32 bytes with the flags in one: */
	unsigned char capped : 1;
	unsigned char narrowed : 1;	/* the pointer's objects are known */
	unsigned char wide : 1;		/* ncand > CG_MAX_SURE, not narrowed */
	unsigned char ptrobj : 1;	/* its targets are the objects stored
					 * into the pointer member it loads
					 * the struct from (cg_ptr_objects) */
	/* of its fact_call, so that a walk of every call reads none: */
	unsigned char atomic : 1;	/* atomic_active(c->depth) */
	unsigned char fnargs : 1;	/* it passes functions (c->fnargs) */
	unsigned char dispatch : 1;	/* a chain dispatch (notifier.h): the
					 * call of the chain function made a
					 * call through its blocks' field; c
					 * is its nf_dispatch.c (cg_call_nf()) */
};

/* the most targets one call has: a call through a pointer has at most
 * CG_MAX_FANOUT, a direct call the definitions of its callee's name that
 * it sees (in one unit, or every module's); past it they are left out */
#define CG_MAX_SN 65535

/// The chain dispatch call @gc stands for, or NULL (cg_call.dispatch).
static inline const struct nf_dispatch *cg_call_nf(const struct cg_call *gc)
{
	return gc->dispatch ? (const struct nf_dispatch *)
		((const char *)gc->c - offsetof(struct nf_dispatch, c)) : NULL;
}

/* one per target of a call (five million in a large program) */
struct cg_slot {
	int call;
	int target;			/* function index */
	/* its guard: cg_slot_guard() */
	/* one word for both: five million slots in a large program */
	int bind_ix : 31;		/* through a pointer: how (the binding's
					 * index in callgraph.binds, cg_slot_bind()),
					 * else -1 */
	unsigned cut : 1;		/* set by blame.c: a call through a field
					 * called in atomic context; an
					 * unconditional sleep behind it is the
					 * bound function's, not the caller's */
};

/* the guard of a slot through a pointer whose object is guarded: one
 * of a few, so that the five million others hold none */
struct cg_sguard {
	int slot;
	unsigned blk, nblk;
};

/* a function as resolving a name sees it (callgraph.nm): one read */
struct cg_name {
	const struct rule *rule;	/* at a name's first place, once
					 * `known`: rules_lookup() of the name */
	int func;			/* byname[i] */
	int nsame;			/* at a name's first place: how
					 * many have the name */
	int file;			/* its file's index in the set (its
					 * unit: callgraph.funit[file]) */
	unsigned char is_static;
	unsigned char known;		/* rule and nocall are set: each
					 * name is looked up in the rules
					 * once, not at each of its calls */
	unsigned char nocall;		/* a nocall rule names it as callee */
};

/*
 * What a pointer member may hold, for a call through a function pointer
 * of the struct it points to whose call names that member
 * (facts.h fact_ptr_source()): fieldsets.h fs_ptr_objects() on @fs, which
 * the solver builds before the call graph (cg_build()).
 */
struct cg_ptr_objects {
	int (*objects)(void *fs, const char *field, const char *plain,
		       int (*fn)(void *arg, const char *name, int is_static,
				 const struct fact_file *file), void *arg);
	void *fs;
};

struct callgraph {
	const struct rules *rules;
	const struct cg_ptr_objects *po;	/* or NULL: not asked */
	struct cg_func *f;
	int nf;
	struct cg_call *c;
	int nc;
	struct cg_slot *s;
	int ns, scap;
	int *byname;		/* function indices sorted by name */
	struct nameidx names;	/* each name's first index in byname, while
				 * cg_build() resolves the calls (then freed:
				 * cg_find() searches byname) */
	struct cg_name *nm;	/* byname[i], at each name's first index how
				 * many have the name (nsame), and its file, unit
				 * and is_static */
	struct cg_sguard *sg;	/* the slots whose guard is not their call's
				 * (cg_slot_guard()), in slot order */
	int nsg, sgcap;
	int *rfirst, *rslots;	/* reverse edges: slots into each function */
	int *cfirst;		/* each function's first call (calls are
				 * contiguous per function); nf + 1 entries */
	struct cg_bind *binds;	/* every binding, sorted */
	int nbinds;
	const struct fact_set *set;
	int *funit;		/* the unit of each file of the set */
	struct cg_unit *units;
	int nunits;
	int nindirect, nunresolved, ncapped;
	int nnocall;		/* direct calls a `nocall` rule left out */
	unsigned char *nocall_hit;	/* per rules->nocalls: 1 when the
				 * rule left out some call, 2 when its
				 * caller has no body here, 0 neither:
				 * the caller does not make that call */
	int nref_paired;	/* puts of a reference the caller took
				 * (rules/kernel-refcount.rules) left out */
	int ncontract_cut;	/* calls meeting their callee's contract
				 * (contractcut.c) */
	int nunit_skipped;	/* definitions of a called name left out:
				 * another unit's */
	int nfield_split;	/* bindings of a field name left out: the
				 * same tag, a struct defined elsewhere */
	int nbinder_cut;	/* bindings left out of a call through their
				 * field: a `binder` rule names another caller */
	int nsibling_cut;	/* bindings left out of a call through their
				 * field: the call is made only where a sibling
				 * field of its pointer holds a value that the
				 * binding's initializer contradicts
				 * (fact_sib_excludes()) */
	int nptrobj_cut;	/* bindings left out of a call through their
				 * field: their object is not one the program
				 * stores into the pointer member the call
				 * loads its struct from (cg_ptr_objects) */
	int nptrobj_calls;	/* calls narrowed so */
	struct nf_plan notif;	/* notifier chains (notifier.h) */
	int nnotifier_elsewhere;	/* bindings of a known block registered
					 * on other chains only, left out of a
					 * dispatch not narrowed */
	int nnotifier_cut;	/* calls through the chains' field inside
				 * the chain functions, left out */
	const char **vias;	/* with a summary's entry-field rules: the
				 * fields vmlinux calls through, sorted */
	int nvias;
	struct of_store *gstores;	/* stores into global pointers
					 * (objfields.c), sorted by name */
	int ngstores;
};

/// The guard under which slot @i reaches its target: its call's gfp
/// guard (fact_call.gblk, gnblk), with the guard of the object a call
/// through a pointer reaches it by.
void cg_slot_guard(const struct callgraph *g, int i, unsigned *blk,
		   unsigned *nblk);

/// The binding through which slot @s reaches its target, or NULL.
static inline const struct fact_binding *cg_slot_bind(const struct callgraph *g,
						      const struct cg_slot *s)
{
	return s->bind_ix >= 0 ? g->binds[s->bind_ix].b : NULL;
}

/// The file of that binding, or NULL.
static inline const struct fact_file *cg_slot_bind_file(const struct callgraph *g,
							const struct cg_slot *s)
{
	return s->bind_ix >= 0 ? g->binds[s->bind_ix].file : NULL;
}

/// Builds @g from @set; @set and @rules must outlive it.  @po (or NULL)
/// says which objects a pointer member may hold, and is read only here.
void cg_build(struct callgraph *g, const struct fact_set *set,
	      const struct rules *rules, const struct cg_ptr_objects *po);

void cg_free(struct callgraph *g);

/// The function @name visible from @file (a static one only there), or -1.
int cg_find(const struct callgraph *g, const char *name, int is_static,
	    const struct fact_file *file);

/// The link unit of @file (an index into g->units).
int cg_unit_of(const struct callgraph *g, const struct fact_file *file);

/// May a call through field @via made in @file reach binding @bd?  Not
/// when the struct of the field is defined elsewhere than the binding's
/// (two drivers' private structs with one tag), nor across a separate
/// image.
int cg_bind_reaches(const struct callgraph *g, const struct fact_file *file,
		    const char *via, const struct cg_bind *bd);

/// Does a `binder` rule keep call @gc through a field from binding @bd
/// (stored by an inline whose functions only another function calls)?
int cg_binder_excludes(const struct callgraph *g, const struct cg_call *gc,
		       const struct cg_bind *bd);

/// Is binding @bd left out of call @gc through its field because the
/// call is made only where a sibling field holds a value that @bd's
/// static initializer contradicts (`switch (nc->type) { case
/// NFNL_CB_RCU: nc->call(); }` and `.type = NFNL_CB_MUTEX`)?
static inline int cg_sibling_excludes(const struct cg_call *gc,
				      const struct cg_bind *bd)
{
	return fcx(gc->c)->sib && fact_sib_excludes(fcx(gc->c)->sib, bd->b->sibs);
}

/// The first binding of field @via ("struct T.f") in g->binds, or -1.
int cg_first_bind(const struct callgraph *g, const char *via);

/// The entry-field rule of field @via ("struct T.f"): the rules', else a
/// summary's (summary.c) when no code of vmlinux in the database calls
/// through @via (a dispatcher's body wins); NULL when none.
const struct entry_rule *cg_entry_field(const struct callgraph *g, const char *via);

/// Fills g->vias (summary.c).
void summary_vias(struct callgraph *g);

/// Prints one note line per call through a pointer with no target.
void cg_print_unresolved(const struct callgraph *g, FILE *out);

#endif
