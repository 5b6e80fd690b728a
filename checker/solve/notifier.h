/*
 * notifier.h - notifier blocks bound to the chain heads they are
 * registered on (rules `notifier-register`, `notifier-call`).
 *
 * A notifier chain calls its blocks through one generic field
 * (`struct notifier_block.notifier_call`, called inside kernel/notifier.c's
 * notifier_call_chain()), so a call through that field reaches every block
 * of the build.  The plan made here replaces it: each call of a chain
 * function (a `notifier-call` rule, or a function of the database that
 * passes its parameter on to one as the head) gets a "chain dispatch", a
 * call through the same field made at the caller's call site, with the
 * atomic state held inside the chain function added (RCU for an atomic
 * chain), whose targets are the blocks registered on the head passed
 * there; and the calls through the field inside the functions the chain
 * functions call (notifier_call_chain()) are left out of the graph.
 * Object types are bound the same way (rules `object-init`,
 * `object-put`): kobject_init(kobj, &ktype) is a block (the type) on a
 * head (the object), and kobject_put(kobj) a chain call through the
 * rule's field, kobj_type.release, found two calls down
 * (kobject_cleanup()).
 */
#ifndef SLEEPCHECK_NOTIFIER_H
#define SLEEPCHECK_NOTIFIER_H

#include "facts.h"
#include "rules.h"

/* which blocks a chain dispatch reaches */
enum nf_mode {
	NF_HEAD,	/* those registered on its head (and on unknown heads
			 * of its kind) */
	NF_KIND,	/* the head is not known: those registered on any head
			 * of its kind */
	NF_FIELD,	/* nothing narrows it: every binding of the field */
};

/* a global or static object: a head or a block */
struct nf_obj {
	const char *name;
	const char *file;	/* a static one's file, NULL for a global */
};

/* a registration: a block on a head */
struct nf_reg {
	const char *kind;
	struct nf_obj head, block;	/* name NULL: not known */
};

/* a chain dispatch: one per call of a chain function */
struct nf_dispatch {
	int file, func;			/* the caller, in the fact_set */
	const struct fact_call *orig;	/* the call of the chain function */
	struct fact_call c;		/* the call through the field */
	const char *chain;		/* the chain function called */
	const char *kind;
	enum nf_mode mode;
	struct nf_obj head;		/* NF_HEAD */
	const char *why;		/* NF_FIELD: why nothing narrows it */
	int object;			/* an object-put: the types set on an
					 * object (kobject_init()), not blocks */
	struct nf_obj *blocks;		/* sorted by name, then file */
	int nblocks;
};

struct nf_plan {
	const char *via;		/* the field the chains call through */
	struct nf_dispatch *d;		/* sorted by file, then function */
	int nd;
	/* per function of the set (files in order, then functions): the
	 * field whose calls there are left out (@via in
	 * notifier_call_chain(), kobj_type.release in kobject_cleanup()),
	 * or NULL */
	const char **cut;
	int *ffirst;			/* first function index of each file */
	struct nf_reg *regs;
	int nregs_kept;
	/* notifier-block rules whose function's body here calls no block
	 * through its BLOCK-ARG (the rule's name; not used: report --stats) */
	const char **stale;
	int nstale;
	/* the registrations of known blocks, sorted by block (nf_block_elsewhere()) */
	const struct nf_reg **byblock;
	int nbyblock;
	int nregs, nregs_unknown_head, nregs_unknown_block;
	int nwrappers;
};

/// Makes the plan for @set under @rules; an empty one (nd 0, cut all 0)
/// without notifier rules or without the chain functions' bodies.
void nf_plan_build(struct nf_plan *p, const struct fact_set *set,
		   const struct rules *rules);

/// Is object @name (@is_static, in @file) one of @d's blocks?
int nf_has_block(const struct nf_dispatch *d, const char *name, int is_static,
		 const char *file);

void nf_plan_free(struct nf_plan *p);

/// Is the known block @name (@is_static: of @file) registered only on
/// known heads, none of which dispatch @d may be on (another head; with
/// its head not known, heads of another kind)?  A notifier block is on
/// one chain at a time (one `next` link): a chain whose blocks are not
/// all known still never calls it.
int nf_block_elsewhere(const struct nf_plan *p, const struct nf_dispatch *d,
		       const char *name, int is_static, const char *file);

#endif
