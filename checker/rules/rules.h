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
	RULE_ACQUIRE_IF_ZERO,	/* enters it, and stays only where it
				 * returns zero (__lock_sock_fast()): a
				 * branch on a non-zero result leaves it */
	RULE_NOSLEEP,		/* documented never to sleep: not followed */
	RULE_IMPLIES_BLOCKING,	/* a test: when it returns non-zero, the gfp
				 * parameters of the function testing it allow
				 * blocking (an assumption; not inlined) */
	RULE_GFP_SOFTIRQ,	/* a function whose gfp value does not allow
				 * blocking where bottom halves are disabled
				 * and does elsewhere (gfp_any()): class
				 * GFP_SOFTIRQ */
	RULE_DOC_SLEEP,		/* documented to sleep (kernel-doc "Context:"):
				 * a sleep source, or with @arg RULE_ARG_GFP one
				 * when its gfp blocks, only where the database
				 * has no body of NAME; a body keeps its summary */
	RULE_PAGEFAULT_OFF,	/* pagefault_disable(): a user access in its
				 * section does not sleep (pagefault-off) */
	RULE_PAGEFAULT_ON,	/* pagefault_enable(): ends it (pagefault-on) */
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
	char *source;		/* doc-sleep: "doc:line" from the rule's comment
				 * (the kernel-doc statement), or NULL */
	int convention;		/* made by the callgraph, not read: a callee
				 * with no body and a gfp_t argument */
	int summary;		/* read from a summary (--summary): applies
				 * only to a callee with no body */
	int rt;			/* rt-sleep: sleeps on PREEMPT_RT only */
	int fault;		/* sleep-fault: a RULE_SLEEP whose only sleep
				 * is a page fault's, which a section of
				 * pagefault_disable() leaves out */
	unsigned unlocks;	/* doc-sleep ... unlocks KINDS: it sleeps
				 * with one level of each of KINDS its
				 * caller holds released (the lock its
				 * documentation expects held on entry and
				 * says it may release and reacquire) */
};

#define RULE_ARG_GFP	(-1)
#define RULE_ARG_NONE	(-2)	/* a plain doc-sleep: no gfp argument */

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
	int summary;		/* from a summary: the field is called in
				 * atomic context by the kernel (a dispatch);
				 * its functions make no further field atomic */
};

/* `contract irqs-on NAME` / `contract irqs-off-ok NAME ARG` /
 * `contract atomic-ok NAME` / `contract atomic-ok-if NAME ARG MASK` /
 * `contract no-interrupt NAME` */
enum contract_kind {
	CONTRACT_IRQS_ON,	/* calls with IRQs off are bugs */
	CONTRACT_IRQS_OFF_OK,	/* callable with IRQs off if gfp ARG cannot block */
	CONTRACT_ATOMIC_OK,	/* callable in interrupt context: never sleeps */
	CONTRACT_NO_INTERRUPT,	/* calls from interrupt context are bugs */
	CONTRACT_ATOMIC_OK_FIELD,	/* every function bound to field @name
					 * ("struct S.F") is callable in interrupt
					 * context: rules_bind_field_contracts() */
	CONTRACT_ATOMIC_OK_IF,	/* callable in atomic context when integer
				 * argument ARG has a bit of MASK set */
};

struct contract {
	char *name;
	enum contract_kind kind;
	int arg;		/* irqs-off-ok: 1-based gfp argument;
				 * atomic-ok-if: 1-based flags argument */
	unsigned long long mask;	/* atomic-ok-if: its bits */
	int summary;		/* from a summary: applies to a callee with no
				 * body only */
	char *file;		/* provenance: the rule, whose comment quotes */
	int line;		/* the document */
	char *source;		/* "doc:line" from the rule's comment, or NULL */
};

/* `link-unit PATH-PREFIX NAME`: the files under PATH-PREFIX are linked
 * into image NAME (or, NAME `vmlinux`, into the kernel itself), apart
 * from vmlinux and its modules */
struct link_unit {
	char *prefix;
	char *name;
	char *file;		/* provenance: the rule; its comment names the */
	int line;		/* Makefile line that links the image */
};

/*
 * What the kernel asserts about its context (kernel-assert.rules): after
 * the assertion, the function is in atomic context of @kinds, as if it
 * had taken a lock there that its caller holds.  The front ends see each
 * macro before it expands (sparse_assert.c, clang_assert.c).
 */
enum assert_kind {
	ASSERT_MACRO,		/* assert KINDS MACRO */
	ASSERT_HELD,		/* assert-held MACRO: MACRO(lock), the kinds
				 * those of the lock's type */
	ASSERT_WARN,		/* assert-warn MACRO: a warning macro whose
				 * condition may be a test below */
	ASSERT_TEST,		/* assert-test KINDS TEST: WARN(!TEST()); a
				 * ctx-test rule of TEST alone makes one with
				 * no kinds */
	ASSERT_TEST_NOT,	/* assert-test-not KINDS TEST: WARN(TEST()),
				 * and ctx-test-not */
	ASSERT_LOCK_TYPE,	/* lock-type TYPE KINDS [raw]: a lock of
				 * typedef TYPE held is atomic @kinds */
};

struct assert_rule {
	char *name;
	enum assert_kind kind;
	unsigned kinds;
	int raw;		/* lock-type: a raw spinning lock (spinning on
				 * PREEMPT_RT too) */
	char *config;		/* assert ... if CONFIG_X: in a kernel build
				 * (kconfig.h's IS_ENABLED defined) without
				 * CONFIG_X the assertion says nothing, as the
				 * kernel's own IS_ENABLED() test in its body
				 * makes it; NULL: always */
	unsigned off;		/* assert-test(-not): the kinds the test rules
				 * out where it says "not atomic" (false for
				 * assert-test, true for assert-test-not):
				 * ctx-test(-not) rules, kernel-context.rules */
	unsigned off_cfg;	/* ... only with @config (`ctx-test KINDS TEST
				 * if CONFIG_X`): rules_test_off() */
	char *file;		/* provenance */
	int line;
};

/* rules made for one call (the gfp convention, a rule on "its gfp_t
 * argument", a documented sleep), owned by the rules so that findings,
 * which point to them, outlive the call graph that made them */
struct rule_arena {
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
	struct ctx_entry {	/* `ctx-entry KINDS NAME`, `ctx-entry-field
				 * KINDS STRUCT FIELD` (kernel-context.rules):
				 * what the callbacks of entry rule NAME run
				 * in, that a test of the context rules out */
		char *name;	/* as entry_rule.name; of a ctx-dispatch
				 * rule the function */
		int field;	/* of an entry-field rule; CTX_DISPATCH of a
				 * `ctx-dispatch KINDS NAME`: NAME runs the
				 * callbacks through their fields serving a
				 * softirq (served.c) */
		unsigned kinds;	/* CTX_SERVED */
		char *fill;	/* ctx-entry's optional STRUCT FIELD: the
				 * field NAME stores the callback into,
				 * "struct T.F", or NULL */
		char *file;
		int line;
	} *ctx_entries;
	int nctx_entries, ctx_entries_cap;
	struct allow *allows;
	int nallows, allows_cap;
	struct rule *prefix;	/* `nosleep PREFIX*`, name without the '*' */
	int nprefix, prefix_cap;
	struct notifier_rule {	/* `notifier-register KIND NAME HEAD BLOCK`,
				 * `notifier-call KIND NAME HEAD`,
				 * `notifier-block KIND NAME BLOCK REGISTRAR`; and for
				 * objects, `object-init KIND NAME OBJ TYPE`,
				 * `object-put KIND NAME OBJ T.FIELD` */
		char *kind;	/* atomic, blocking, raw, srcu; an object's */
		char *name;
		int head, block;	/* arguments from 0; block -1: a call;
					 * head -1: a notifier-block's */
		char *field;	/* object-put: "struct T.FIELD", else NULL */
		char *registrar;	/* `notifier-block KIND NAME BLOCK-ARG
					 * REGISTRAR`: the function whose
					 * head the block is on, else NULL */
		int blockarg;	/* notifier-block: its BLOCK-ARG, from 0 */
		char *file;
		int line;
	} *notifiers;
	int nnotifiers, notifiers_cap;
	struct nocall {		/* `nocall CALLER CALLEE`, or with binder set
				 * `binder CALLEE CALLER` (rules/README) */
		char *caller, *callee;
		int binder;
		char *file;	/* where the rule is */
		int line;
	} *nocalls;
	int nnocalls, nocalls_cap;
	struct nocall_if {	/* `nocall-if CALLER CALLEE ARG MASK` */
		char *caller, *callee;
		int arg;	/* from 1 */
		unsigned long long mask;
		char *file;
		int line;
		int hits;	/* calls it guarded (rules_guard_calls()) */
		int seen;	/* CALLER has a body in the facts */
	} *nocallifs;
	int nnocallifs, nocallifs_cap;
	char **boots;		/* `boot NAME`: runs before the scheduler;
				 * `suspend NAME`: runs in system suspend */
	unsigned char *boot_kinds;	/* RULE_BOOT or RULE_SUSPEND */
	int nboots, boots_cap;
	struct ref_rule {	/* `ref-get NAME ARG`, `ref-put NAME ARG`:
				 * NAME takes (drops) a reference to the
				 * object passed as argument ARG (from 0 here) */
		char *name;
		int arg, put;
	} *refs;
	int nrefs, refs_cap;
	struct releases_rule {	/* `releases KINDS NAME`: NAME, a function
				 * with a body, returns with KINDS of its
				 * caller released on every path, as
				 * __releases() on its declaration would
				 * say; its calls are still followed */
		char *name;
		unsigned kinds;
		char *file;
		int line;
	} *releases;
	int nreleases, releases_cap;
	struct mem_rule {	/* `mem-new NAME`, `mem-get NAME`, `mem-keep
				 * NAME ARG`, `mem-zero NAME ARG VAL`,
				 * `mem-copy NAME ARG VAL` (kernel-memory.rules):
				 * what NAME does to the bytes of an object
				 * passed or returned as a pointer of another
				 * type (solve/fieldsets.c) */
		char *name;
		int kind;	/* MEM_NEW, MEM_GET, MEM_KEEP, MEM_ZERO, MEM_COPY,
				 * MEM_VFREE, MEM_VMALLOC_IF, MEM_LINEAR,
				 * MEM_ZALLOC (VAL: a bit number), MEM_VTEST */
		int arg, val;	/* from 1; MEM_NEW, MEM_GET, MEM_LINEAR: 0 */
	} *mems;
	int nmems, mems_cap;
	struct link_unit *units;	/* `link-unit PREFIX NAME` */
	int nunits, units_cap;
	int *hash;		/* open addressing over v, -1 empty */
	int hash_size;
	char *gfp_type;		/* typedef name of gfp arguments */
	char *gfp_blocking;	/* expression whose bits allow blocking */
	int *chash;		/* contracts by name, open addressing, -1 empty */
	int chash_size;
	/* the first two bytes of the names in hash (pre_rules), chash
	 * (pre_contracts) and refs (pre_refs), a bit each: a name none
	 * begins like is not looked for (a million-function program asks
	 * of each name) */
	unsigned long long pre_rules[1024], pre_contracts[1024];
	unsigned long long pre_refs[1024];
	unsigned long long pre_releases[1024];	/* of releases */
	int skipping;		/* while loading: a `version` guard that does
				 * not match the checked kernel */
	int nskipped;		/* rules left out by version guards */
	int file_directives;	/* while loading: directives read in this file */
	struct rule_arena *arena;	/* rules_derive() */
	struct rules *summary;	/* --summary / $SLEEPCHECK_SUMMARY (summary.c):
				 * rules for functions whose bodies are not in
				 * the database, or NULL */
	struct rt_hard {	/* `rt-hard-entry NAME ARG MASK`: a callback
				 * registered by a call of NAME whose
				 * argument ARG (1-based) is a constant with a
				 * bit of MASK set stays in hard interrupt
				 * context on PREEMPT_RT (rtwait.c) */
		char *name;
		int arg;
		unsigned long long mask;
		char *file;
		int line;
	} *rthard;
	int nrthard, rthard_cap;
	struct rule *rtsleep;	/* `rt-sleep NAME` (kernel-rt-sleep.rules) */
	int nrtsleep, rtsleep_cap;
	int rt_view;		/* while the -Wrt-wait-context view is solved
				 * (rtwait.c): rules_lookup() finds the
				 * rt-sleep rules first */
	struct assert_rule *asserts;	/* kernel-assert.rules, in order */
	int nasserts, asserts_cap;
	struct member_bits *mbits;	/* `member-bits` (kernel-assume.rules) */
	int nmbits, mbits_cap;
	struct premapped *premaps;	/* `premapped` (kernel-assume.rules) */
	int npremaps, premaps_cap;
	struct bitop_rule *bitops;	/* `bitop` (kernel-bitops.rules) */
	int nbitops, bitops_cap;
};

/* `bitop NAME set|clear|test` (kernel-bitops.rules): NAME(nr, addr), a
 * bit operation on the word at addr, may set bit nr there (set: also
 * test_and_set_bit(), change_bit()), clears it and sets none (clear),
 * or only reads it (test); what it does to a member whose address it
 * is given (`set_bit(QUEUE_FLAG_HAS_SRCU, &q->queue_flags)`) is a store
 * of that bit, or of none, into the field (sparse_fstores.c) */
enum bitop_kind { BITOP_NONE, BITOP_SET, BITOP_CLEAR, BITOP_TEST };
struct bitop_rule {
	char *name;
	enum bitop_kind kind;
	char *file;
	int line;
};

/// What the `bitop` rule of function @name says it does, BITOP_NONE
/// without one.
enum bitop_kind rules_bitop(const struct rules *rules, const char *name);

/* `premapped NAME ARG OBJ` (kernel-assume.rules): NAME reaches its
 * sleeps only for an argument ARG that is not the address of global
 * object OBJ, whose memory the kernel maps once at boot and keeps
 * mapped (NAME's own mapping lookup finds it); one line per object,
 * every line of NAME with the same ARG */
struct premapped {
	char *name, *obj;
	int arg;		/* from 1 */
	char *file;
	int line;
};

/// The first `premapped` rule naming function @name, or NULL.
const struct premapped *rules_premapped(const struct rules *rules, const char *name);

/// Does a `premapped` rule of function @name name global object @obj?
int rules_premapped_obj(const struct rules *rules, const char *name, const char *obj);

/* `member-bits STRUCT PATH MASK MEMBER MASK2` (kernel-assume.rules): in
 * every `struct STRUCT`, the integer PATH reaches through one pointer
 * member ("queue->queue_flags") has a bit of MASK set exactly when its
 * integer member MEMBER has a bit of MASK2 set (an invariant the kernel
 * states, a WARN comparing the two) */
struct member_bits {
	char *tag, *path, *member;
	unsigned long long path_mask, member_mask;
	char *file;
	int line;
};

/// The member-bits rule of `struct @tag` for a test of @path & @mask
/// (exactly that mask), or NULL.
const struct member_bits *rules_member_bits(const struct rules *rules, const char *tag,
					    const char *path, unsigned long long mask);

/// Loads every *.rules file of @dir, in name order.
/// @return: 0, or -1 after printing "file:line:col: error: ...".
int rules_load_dir(struct rules *rules, const char *dir);

/// Loads one rules file; same return convention.
int rules_load_file(struct rules *rules, const char *path);

/// What a chain says of the sleep rule @r its last call meets: ", which
/// may sleep", and by what when the rule is the gfp convention; "" for
/// no rule.
const char *rule_sleep_text(const struct rule *r);

/// Returns 1 if a `boot` rule names @name: its atomic sections run
/// before the scheduler starts, where sleeping is not checked.
/* where the kernel does not check sleeping (rules_is_boot()) */
#define RULE_BOOT	1	/* `boot NAME`: before the scheduler starts */
#define RULE_SUSPEND	2	/* `suspend NAME`: one CPU, tasks frozen */
/// RULE_BOOT or RULE_SUSPEND when a boot or suspend rule names @name, else 0.
int rules_is_boot(const struct rules *rules, const char *name);

/// Does a `nocall CALLER CALLEE` rule say @caller's direct calls of
/// @callee never happen in a way that matters (see rules/README)?  The
/// rule's index in rules->nocalls plus 1, or 0.
int rules_nocall(const struct rules *rules, const char *caller, const char *callee);

/// Does a `binder` rule keep a function that inline @binder stored into a
/// field from being called through that field by @caller (binder rules
/// name @binder, none with @caller)?
int rules_binder_excludes(const struct rules *rules, const char *binder,
			  const char *caller);

/// The `ref-get`/`ref-put` rule naming @name, or NULL.
const struct ref_rule *rules_ref(const struct rules *rules, const char *name);

/// The `releases` rule naming @name, or NULL.
const struct releases_rule *rules_releases(const struct rules *rules,
					   const char *name);

#define MEM_NEW		1	/* returns memory no other code writes */
#define MEM_KEEP	2	/* writes nothing into argument ARG's object */
#define MEM_ZERO	3	/* fills it with argument VAL's byte */
#define MEM_GET		4	/* returns a pointer stored before, as it was */
#define MEM_COPY	5	/* copies argument VAL's object's bytes into ARG's */
#define MEM_VFREE	6	/* sleeps only for vmalloc memory in argument ARG
				 * (kernel-vmem.rules: kvfree) */
#define MEM_VMALLOC_IF	7	/* returns vmalloc memory only where its gfp
				 * argument ARG allows blocking (kvmalloc_node) */
#define MEM_LINEAR	8	/* returns memory that is never vmalloc memory
				 * (the slab and page allocators) */
#define MEM_ZALLOC	9	/* returns zeroed memory where its gfp argument
				 * ARG has bit VAL set (__GFP_ZERO) */
#define MEM_VTEST	10	/* a test true only where argument ARG points
				 * to vmalloc memory (is_vmalloc_addr) */
/// The mem-* rule of kind @kind naming @name (and argument @arg, from 1,
/// unless MEM_NEW, MEM_GET or a kind from MEM_VFREE on), or NULL.
const struct mem_rule *rules_mem(const struct rules *rules, const char *name, int kind,
				 int arg);

/// The link-unit rule whose prefix begins @path (at its start or after a
/// '/'), the longest; NULL when none does.
const struct link_unit *rules_link_unit(const struct rules *rules, const char *path);

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

/// What the callbacks of entry rule @er run in, that a test of the
/// context may rule out (ctx-entry rules): CTX_SERVED's bit, or 0.
unsigned rules_entry_ctx(const struct rules *rules, const struct entry_rule *er);

#define CTX_DISPATCH 2

/// Does a ctx-dispatch rule name function @name?
int rules_ctx_dispatch(const struct rules *rules, const char *name);

/// The field ("struct T.F") a callback registered by entry rule @er is
/// stored into, as its ctx-entry rule names it, or NULL.
const char *rules_entry_fill(const struct rules *rules, const struct entry_rule *er);

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

/// The version of the kernel being checked, "6.12": $SLEEPCHECK_KERNEL_VERSION,
/// else the release the database being reported was checked against
/// (rules_set_db_kernel()), else the tree in the current directory
/// (rules_tree_kernel_version()).  NULL when unknown; then the rules
/// files guarded by `version` are left out.
const char *rules_kernel_version(void);

/// The kernel of the tree in the current directory (kbuild runs the
/// checker from the top of the kernel tree, also under M=):
/// include/config/kernel.release, else the Makefile's VERSION and
/// PATCHLEVEL; NULL when it is none.
const char *rules_tree_kernel_version(void);

/// The same for the tree at directory @dir, into @buf.  @return: 0, or -1
/// (@buf "") when @dir is no kernel tree.
int rules_kernel_release_in(const char *dir, char *buf, size_t size);

/// The release the database a command reads was checked against
/// (db_kernel()), for rules_kernel_version(); rules loaded before it
/// are loaded again for it (cmd.h cmd_rules_for_db()).
void rules_set_db_kernel(const char *release);

/// A new rule, a copy of @from (or zeroed), owned by @rules: freed by
/// rules_free(), so it may outlive whatever made it.
struct rule *rules_derive(const struct rules *rules, const struct rule *from);

/// Field contracts (`contract atomic-ok-field STRUCT FIELD`) made concrete:
/// adds `contract atomic-ok F` for every function F that @set binds to
/// that field, with the field contract's provenance.  Returns how many.
struct fact_set;
int rules_bind_field_contracts(struct rules *rules, const struct fact_set *set);

/// The assertion rule of @kind named @name, or NULL.
const struct assert_rule *rules_assert(const struct rules *rules, const char *name,
				       enum assert_kind kind);

/* what the probe declares for assertion rule I that says nothing in the
 * file: a variable named RULES_NOASSERT and I */
#define RULES_NOASSERT "__sleepcheck_noassert_"

/// The kinds test rule @a rules out where it says "not atomic", in a
/// file whose probe gave @noassert (NULL: every configuration holds).
unsigned rules_test_off(const struct rules *rules, const struct assert_rule *a,
			const unsigned char *noassert);

/// The assertion rule whose probe variable (RULES_NOASSERT<I>) is named
/// @name, or -1 for any other name.
int rules_noassert_index(const struct rules *rules, const char *name);

/// C text that, read after a file with its macros, declares a variable
/// RULES_NOASSERT<I> for each `assert ... if CONFIG_X` rule I whose
/// configuration macro a kernel build of that file lacks; NULL when no
/// rule has a condition.  The caller frees it.
char *rules_assert_probe(const struct rules *rules);

void rules_free(struct rules *rules);

#endif
