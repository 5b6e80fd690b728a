/*
 * rules.h - the rules that give kernel names their meaning: sleep
 * sources, atomic primitives and the gfp convention.  Rules are data,
 * read from rules/ *.rules (format in rules/README); no kernel function
 * name appears in C code.
 */
#ifndef SLEEPCHECK_RULES_H
#define SLEEPCHECK_RULES_H

enum rule_kind {
	RULE_SLEEP,		/* always may sleep */
	RULE_SLEEP_IF_GFP,	/* may sleep if gfp argument @arg allows blocking */
	RULE_ACQUIRE,		/* enters atomic context of @kinds */
	RULE_RELEASE,		/* leaves it */
	RULE_TRYLOCK,		/* enters it when it returns non-zero */
	RULE_NOSLEEP,		/* documented never to sleep: not followed */
	RULE_IMPLIES_BLOCKING,	/* a test: when it returns non-zero, the gfp
				 * parameters of the function testing it allow
				 * blocking (an assumption; not inlined) */
};

struct rule {
	char *name;
	enum rule_kind kind;
	unsigned kinds;		/* bit mask of enum atomic_kind */
	int arg;		/* RULE_SLEEP_IF_GFP: 0-based argument index, or
				 * RULE_ARG_GFP: whichever argument is a gfp_t
				 * (its place moves between kernels and configs) */
	char *file;		/* provenance; NULL for a convention rule */
	int line;
	int convention;		/* made by the callgraph, not read: a callee
				 * with no body and a gfp_t argument */
};

#define RULE_ARG_GFP	(-1)

/* `allow CALLER -> CALLEE reason "..."`: a reviewed finding */
struct allow {
	char *caller, *callee, *reason;
	char *file;
	int line;
	int used;		/* findings it hid in this report */
};

/* `entry KIND NAME ARG`: argument ARG of NAME runs in atomic context;
 * `entry-field KIND STRUCT FIELD`: so does a function stored in that field
 * (name "struct STRUCT.FIELD", arg 0); `may-sleep-field STRUCT FIELD`: a
 * function stored there may sleep, so a caller holding a lock across a
 * call through it is to blame (arg -1, kind "may-sleep") */
struct entry_rule {
	char *name;
	int arg;		/* 1-based; 0 for a field; -1 may-sleep-field */
	char *kind;		/* hardirq, softirq, timer, tasklet, atomic */
	char *file;
	int line;
};

/* `contract irqs-on NAME` / `contract irqs-off-ok NAME ARG` /
 * `contract atomic-ok NAME` / `contract no-interrupt NAME` */
enum contract_kind {
	CONTRACT_IRQS_ON,	/* calls with IRQs off are bugs */
	CONTRACT_IRQS_OFF_OK,	/* callable with IRQs off if gfp ARG cannot block */
	CONTRACT_ATOMIC_OK,	/* callable in interrupt context: never sleeps */
	CONTRACT_NO_INTERRUPT,	/* calls from interrupt context are bugs */
};

struct contract {
	char *name;
	enum contract_kind kind;
	int arg;		/* irqs-off-ok: 1-based gfp argument */
	char *file;		/* provenance: the rule, whose comment quotes */
	int line;		/* the document */
	char *source;		/* "doc:line" from the rule's comment, or NULL */
};

/* rules made for single calls by the call graph (callgraph.c
 * call_rule()): findings point at them, so they live as long as the
 * rules and are freed with them */
struct rule_store {
	struct rule **v;
	int n, cap;
};

struct rules {
	struct rule *v;
	int n, cap;
	struct contract *contracts;
	int ncontracts, contracts_cap;
	char *last_comment;	/* while loading: the comment above a line */
	struct entry_rule *entries;
	int nentries, entries_cap;
	struct allow *allows;
	int nallows, allows_cap;
	struct rule_store *made;	/* set by rules_load_file() */
	struct rule *prefix;	/* `nosleep PREFIX*`, name without the '*' */
	int nprefix, prefix_cap;
	char **boots;		/* `boot NAME`: runs before the scheduler */
	int nboots, boots_cap;
	int *hash;		/* open addressing over v, -1 empty */
	int hash_size;
	char *gfp_type;		/* typedef name of gfp arguments */
	char *gfp_blocking;	/* expression whose bits allow blocking */
};

/// Loads every *.rules file of @dir, in name order.
/// @return: 0, or -1 after printing "file:line:col: error: ...".
int rules_load_dir(struct rules *rules, const char *dir);

/// Loads one rules file; same return convention.
int rules_load_file(struct rules *rules, const char *path);

/// Keeps @made (allocated with malloc) until rules_free(@rules).
void rules_keep(const struct rules *rules, struct rule *made);

/// Returns 1 if a `boot` rule names @name: its atomic sections run
/// before the scheduler starts, where sleeping is not checked.
int rules_is_boot(const struct rules *rules, const char *name);

/// Returns the rule for function @name, or NULL.
const struct rule *rules_lookup(const struct rules *rules, const char *name);

/// "irqs-on", "irqs-off-ok", "atomic-ok" or "no-interrupt".
const char *contract_kind_name(enum contract_kind kind);

/// The contract of kind @kind on function @name, or NULL.
const struct contract *rules_contract_kind(const struct rules *r, const char *name,
					   enum contract_kind kind);

/// Returns the (first) contract of @name, or NULL.
const struct contract *rules_contract(const struct rules *rules, const char *name);

/// Returns the entry rule for argument @arg (1-based) of @name, or NULL.
const struct entry_rule *rules_entry(const struct rules *rules, const char *name,
				     int arg);

/// The may-sleep-field rule of field @via ("struct T.f"), or NULL.
const struct entry_rule *rules_sleep_field(const struct rules *rules, const char *via);

/// "rules/kernel-sleep.rules" from any path to a rules file: the rules
/// directory's name and the file, so output does not depend on where the
/// rules are installed.
const char *rule_file_display(const char *path);

/// Finds the rules directory: $SLEEPCHECK_RULES, then rules/ beside the
/// executable (build tree), then ../share/sleepcheck/rules from it (an
/// installed or DESTDIR-staged tree), then the configured RULESDIR.
const char *rules_default_dir(void);

void rules_free(struct rules *rules);

#endif
