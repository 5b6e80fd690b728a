/*
 * rules.c - parser and lookup table for rules/ *.rules.
 *
 * A rules file is a list of lines "DIRECTIVE ARGS..." with '#' comments.
 * The parser never stops silently: the first bad line ends the load with
 * "file:line:col: error: ..." and the caller exits with status 2.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "facts.h"
#include "rules.h"

#ifndef RULES_INSTALL_DIR
#define RULES_INSTALL_DIR "/usr/local/share/sleepcheck/rules"
#endif

#define MAX_WORDS 8

struct word {
	const char *s;
	size_t len;
	int col;
};

static unsigned hash_name(const char *s)
{
	unsigned h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* the bit of @name's first two bytes in pre_rules and pre_contracts */
static unsigned name_pre(const char *name)
{
	unsigned char a = (unsigned char)name[0];

	return (unsigned)a << 8 | (a ? (unsigned char)name[1] : 0);
}

static void pre_set(unsigned long long *pre, const char *name)
{
	unsigned b = name_pre(name);

	pre[b / 64] |= 1ull << (b % 64);
}

static int pre_has(const unsigned long long *pre, const char *name)
{
	unsigned b = name_pre(name);

	return pre[b / 64] >> (b % 64) & 1;
}

static void rehash(struct rules *r)
{
	int i, size = r->hash_size ? r->hash_size * 2 : 2048;

	free(r->hash);
	r->hash = sc_malloc(size * sizeof(int));
	for (i = 0; i < size; i++)
		r->hash[i] = -1;
	r->hash_size = size;
	for (i = 0; i < r->n; i++) {
		unsigned h = hash_name(r->v[i].name) & (size - 1);

		while (r->hash[h] >= 0)
			h = (h + 1) & (size - 1);
		r->hash[h] = i;
		pre_set(r->pre_rules, r->v[i].name);
	}
}

const struct rule *rules_lookup(const struct rules *r, const char *name)
{
	unsigned h;

	if (!name)
		return NULL;
	if (r->rt_view)
		for (h = 0; h < (unsigned)r->nrtsleep; h++)
			if (!strcmp(r->rtsleep[h].name, name))
				return &r->rtsleep[h];
	if (!r->hash_size)
		return NULL;
	if (!pre_has(r->pre_rules, name))
		goto prefix;
	h = hash_name(name) & (r->hash_size - 1);
	while (r->hash[h] >= 0) {
		if (!strcmp(r->v[r->hash[h]].name, name))
			return &r->v[r->hash[h]];
		h = (h + 1) & (r->hash_size - 1);
	}
prefix:
	for (h = 0; h < (unsigned)r->nprefix; h++)
		if (name[0] == r->prefix[h].name[0] &&	/* a prefix is not "" */
		    !strncmp(name, r->prefix[h].name, strlen(r->prefix[h].name)))
			return &r->prefix[h];
	return NULL;
}

static void perr(const char *file, int line, int col, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d:%d: error: ", file, line, col);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int valid_ident(const struct word *w)
{
	size_t i;

	for (i = 0; i < w->len; i++) {
		char c = w->s[i];

		if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (i && c >= '0' && c <= '9')))
			return 0;
	}
	return w->len > 0;
}

/* `nosleep PREFIX*`: every function whose name starts with PREFIX */
static int add_prefix_rule(struct rules *r, const struct word *w,
			   const char *file, int line)
{
	struct word stem = *w;
	struct rule *nr;

	stem.len--;
	if (!valid_ident(&stem)) {
		perr(file, line, w->col, "'%.*s' is not a function name or a "
		     "prefix ending in '*'", (int)w->len, w->s);
		return -1;
	}
	if (r->nprefix == r->prefix_cap) {
		r->prefix_cap = r->prefix_cap ? 2 * r->prefix_cap : 4;
		r->prefix = sc_realloc(r->prefix, r->prefix_cap * sizeof(*r->prefix));
	}
	nr = &r->prefix[r->nprefix++];
	memset(nr, 0, sizeof(*nr));
	nr->name = sc_malloc(stem.len + 1);
	memcpy(nr->name, stem.s, stem.len);
	nr->name[stem.len] = '\0';
	nr->kind = RULE_NOSLEEP;
	nr->arg = -1;
	nr->file = sc_strdup(file);
	nr->line = line;
	return 0;
}

/* "served" (CTX_SERVED): what a test of the context may say is off, a
 * kind of ctx-test and ctx-entry rules only (parse_ctx_kinds()) */
static int served_kind(const char *p, size_t len)
{
	return len == 6 && !memcmp(p, "served", 6);
}

static int parse_kinds(const struct word *w, unsigned *mask, const char *file,
		       int line)
{
	const char *p = w->s, *end = w->s + w->len;

	*mask = 0;
	while (p < end) {
		const char *comma = memchr(p, ',', end - p);
		size_t len = (comma ? comma : end) - p;
		int k = atomic_kind_lookup(p, len);

		if (k < 0 && served_kind(p, len)) {
			perr(file, line, w->col + (int)(p - w->s),
			     "'served' is a kind of ctx-test and ctx-entry "
			     "rules only");
			return -1;
		}
		if (k < 0) {
			perr(file, line, w->col + (int)(p - w->s),
			     "unknown atomic kind '%.*s' (known: spin, irq, "
			     "preempt, bh, rcu)", (int)len, p);
			return -1;
		}
		*mask |= 1u << k;
		p += len + (comma ? 1 : 0);
	}
	return 0;
}

/* the kinds of a ctx-test or ctx-entry rule: parse_kinds()'s, and
 * "served" */
static int parse_ctx_kinds(const struct word *w, unsigned *mask,
			   const char *file, int line)
{
	const char *p = w->s, *end = w->s + w->len;
	struct word one;
	unsigned m;

	*mask = 0;
	while (p < end) {
		const char *comma = memchr(p, ',', end - p);
		size_t len = (comma ? comma : end) - p;

		if (served_kind(p, len)) {
			*mask |= 1u << CTX_SERVED;
		} else {
			one = *w;
			one.s = p;
			one.len = len;
			one.col = w->col + (int)(p - w->s);
			if (parse_kinds(&one, &m, file, line))
				return -1;
			*mask |= m;
		}
		p += len + (comma ? 1 : 0);
	}
	return 0;
}

static int add_rule(struct rules *r, const struct word *name, enum rule_kind kind,
		    unsigned kinds, int arg, const char *file, int line)
{
	char buf[256];
	const struct rule *old;
	struct rule *nr;
	int replaced = 0;

	if (!valid_ident(name) || name->len >= sizeof(buf)) {
		perr(file, line, name->col, "'%.*s' is not a function name",
		     (int)name->len, name->s);
		return -1;
	}
	memcpy(buf, name->s, name->len);
	buf[name->len] = '\0';
	old = rules_lookup(r, buf);
	/* a documented sleep yields to a hand-written rule, in any order */
	if (old && kind == RULE_DOC_SLEEP && old->kind != RULE_DOC_SLEEP)
		return 0;
	if (old && old->kind == RULE_DOC_SLEEP && kind != RULE_DOC_SLEEP) {
		/* replaced in place: its name is hashed already */
		nr = &r->v[old - r->v];
		free(nr->file);
		replaced = 1;
		goto fill;
	}
	if (old) {
		perr(file, line, name->col, "second rule for '%s' (first at %s:%d)",
		     buf, old->file, old->line);
		return -1;
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		r->v = sc_realloc(r->v, r->cap * sizeof(*r->v));
	}
	nr = &r->v[r->n++];
	memset(nr, 0, sizeof(*nr));	/* rt and any field added later */
	nr->name = sc_strdup(buf);
fill:
	nr->kind = kind;
	nr->kinds = kinds;
	nr->arg = arg;
	nr->convention = 0;
	nr->summary = 0;
	nr->rt = 0;
	nr->fault = 0;
	nr->unlocks = 0;
	nr->file = sc_strdup(file);
	nr->line = line;
	free(nr->source);
	nr->source = kind == RULE_DOC_SLEEP && r->last_comment ?
		     sc_strdup(r->last_comment) : NULL;
	if (replaced)
		return 0;
	if (2 * r->n > r->hash_size)
		rehash(r);
	else {
		unsigned h = hash_name(nr->name) & (r->hash_size - 1);

		while (r->hash[h] >= 0)
			h = (h + 1) & (r->hash_size - 1);
		r->hash[h] = r->n - 1;
		pre_set(r->pre_rules, nr->name);
	}
	return 0;
}

/* inlined at each directive's test, so that strlen() of the literal is
 * a constant */
static inline __attribute__((always_inline)) int word_is(const struct word *w,
							 const char *s)
{
	return strlen(s) == w->len && !memcmp(w->s, s, w->len);
}

static char *word_dup(const struct word *w)
{
	char *s = sc_malloc(w->len + 1);

	memcpy(s, w->s, w->len);
	s[w->len] = '\0';
	return s;
}

/* the atomic context of an entry rule: 0, or -1 after the error line */
static int check_entry_kind(const struct word *w, const char *file, int line)
{
	static const char *const kinds[] = {
		"hardirq", "softirq", "timer", "tasklet", "atomic"
	};
	size_t k;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (word_is(w, kinds[k]))
			return 0;
	perr(file, line, w->col, "unknown entry kind '%.*s' (known: hardirq, softirq, "
	     "timer, tasklet, atomic)", (int)w->len, w->s);
	return -1;
}

/* an entry rule of context @kind for @name (owned), argument @arg or 0 */
static void add_entry(struct rules *r, const struct word *kind, char *name, int arg,
		      const char *file, int line)
{
	struct entry_rule *e;

	if (r->nentries == r->entries_cap) {
		r->entries_cap = r->entries_cap ? 2 * r->entries_cap : 16;
		r->entries = sc_realloc(r->entries, r->entries_cap * sizeof(*r->entries));
	}
	e = &r->entries[r->nentries++];
	e->kind = word_dup(kind);
	e->name = name;
	e->arg = arg;
	e->file = sc_strdup(file);
	e->line = line;
	e->summary = 0;
}

static int load_file(struct rules *r, const char *path);

static void chash_put(struct rules *r, int i)
{
	unsigned h = hash_name(r->contracts[i].name) & (r->chash_size - 1);

	while (r->chash[h] >= 0)
		h = (h + 1) & (r->chash_size - 1);
	r->chash[h] = i;
	pre_set(r->pre_contracts, r->contracts[i].name);
}

/* a new contract of @kind on @name (owned), hashed by its name */
static struct contract *add_contract(struct rules *r, char *name,
				     enum contract_kind kind, int arg,
				     const char *file, int line, const char *source)
{
	struct contract *c;
	int i;

	if (r->ncontracts == r->contracts_cap) {
		r->contracts_cap = r->contracts_cap ? 2 * r->contracts_cap : 8;
		r->contracts = sc_realloc(r->contracts,
					  r->contracts_cap * sizeof(*r->contracts));
	}
	c = &r->contracts[r->ncontracts++];
	memset(c, 0, sizeof(*c));
	c->name = name;
	c->kind = kind;
	c->arg = arg;
	c->file = sc_strdup(file);
	c->line = line;
	c->source = source ? sc_strdup(source) : NULL;
	if (2 * r->ncontracts > r->chash_size) {
		free(r->chash);
		r->chash_size = r->chash_size ? 2 * r->chash_size : 1024;
		r->chash = sc_malloc(r->chash_size * sizeof(int));
		for (i = 0; i < r->chash_size; i++)
			r->chash[i] = -1;
		for (i = 0; i < r->ncontracts; i++)
			chash_put(r, i);
	} else
		chash_put(r, r->ncontracts - 1);
	return c;
}

/* `version V...` matches when the checked kernel is one of them: 6.1
 * matches 6.1, 6.1.192 and 6.1.0-57-amd64, not 6.12 */
static int version_matches(const struct word *w, int n)
{
	const char *k = rules_kernel_version();
	int i;

	for (i = 1; k && i < n; i++) {
		char next;

		if (strlen(k) < w[i].len || strncmp(k, w[i].s, w[i].len))
			continue;
		next = k[w[i].len];
		if (!next || next == '.' || next == '-' || next == '+')
			return 1;
	}
	return 0;
}

/* "struct S.F" from the words S and F at @w, or NULL after an error */
static char *field_name(const struct word *w, const char *file, int line)
{
	char *name;
	int k;

	for (k = 0; k < 2; k++)
		if (!valid_ident(&w[k])) {
			perr(file, line, w[k].col, "'%.*s' is not a struct or "
			     "field name", (int)w[k].len, w[k].s);
			return NULL;
		}
	name = sc_malloc(w[0].len + w[1].len + 9);
	sprintf(name, "struct %.*s.%.*s", (int)w[0].len, w[0].s,
		(int)w[1].len, w[1].s);
	return name;
}

/* kernel-memory.rules: mem-new NAME, mem-get NAME, mem-keep NAME ARG,
 * mem-zero NAME ARG VAL, mem-copy NAME ARG VAL; kernel-vmem.rules:
 * mem-vfree NAME ARG, mem-vmalloc-if NAME ARG, mem-linear NAME,
 * mem-vtest NAME ARG; mem-zalloc NAME ARG BIT (kernel-memory.rules) */
static int parse_mem(struct rules *r, const struct word *w, int n, const char *file,
		     int line)
{
	int kind = word_is(&w[0], "mem-new") ? MEM_NEW :
		   word_is(&w[0], "mem-get") ? MEM_GET :
		   word_is(&w[0], "mem-keep") ? MEM_KEEP :
		   word_is(&w[0], "mem-zero") ? MEM_ZERO :
		   word_is(&w[0], "mem-vfree") ? MEM_VFREE :
		   word_is(&w[0], "mem-vmalloc-if") ? MEM_VMALLOC_IF :
		   word_is(&w[0], "mem-linear") ? MEM_LINEAR :
		   word_is(&w[0], "mem-vtest") ? MEM_VTEST :
		   word_is(&w[0], "mem-zalloc") ? MEM_ZALLOC : MEM_COPY;
	int want = kind == MEM_NEW || kind == MEM_GET || kind == MEM_LINEAR ? 2 :
		   kind == MEM_KEEP || kind == MEM_VFREE || kind == MEM_VMALLOC_IF ||
		   kind == MEM_VTEST ? 3 : 4, k;
	long num[2] = { 0, 0 };
	char *end;

	if (n != want) {
		perr(file, line, w[0].col, "wrong number of words for '%.*s'",
		     (int)w[0].len, w[0].s);
		return -1;
	}
	if (!valid_ident(&w[1])) {
		perr(file, line, w[1].col, "'%.*s' is not a function name",
		     (int)w[1].len, w[1].s);
		return -1;
	}
	for (k = 2; k < n; k++) {
		num[k - 2] = strtol(w[k].s, &end, 10);
		if (end != w[k].s + w[k].len || num[k - 2] < 1 || num[k - 2] > 32) {
			perr(file, line, w[k].col, "argument number must be 1..32");
			return -1;
		}
	}
	if (r->nmems == r->mems_cap) {
		r->mems_cap = r->mems_cap ? 2 * r->mems_cap : 16;
		r->mems = sc_realloc(r->mems, r->mems_cap * sizeof(*r->mems));
	}
	r->mems[r->nmems].name = word_dup(&w[1]);
	r->mems[r->nmems].kind = kind;
	r->mems[r->nmems].arg = (int)num[0];
	r->mems[r->nmems++].val = (int)num[1];
	return 0;
}

/*
 * The test rule of @name (assert-test or assert-test-not), or NULL; a
 * test of the other sense than @kind is an error.  assert-test(-not)
 * and ctx-test(-not) lines of one test make one rule, whichever file
 * comes first, so that each test has one marker (sparse_assert.c).
 */
static int find_test(struct rules *r, const struct word *name, enum assert_kind kind,
		     const char *file, int line, struct assert_rule **found)
{
	int i;

	*found = NULL;
	for (i = 0; i < r->nasserts; i++) {
		struct assert_rule *a = &r->asserts[i];

		if ((a->kind != ASSERT_TEST && a->kind != ASSERT_TEST_NOT) ||
		    !word_is(name, a->name))
			continue;
		if (a->kind != kind) {
			perr(file, line, name->col, "'%s' is a test of the other sense "
			     "at %s:%d", a->name, a->file, a->line);
			return -1;
		}
		*found = a;
	}
	return 0;
}

/*
 * kernel-assert.rules:
 *   assert KINDS MACRO          assert-held MACRO          assert-warn MACRO
 *   assert-test KINDS TEST      assert-test-not KINDS TEST
 *   lock-type TYPE KINDS [raw]
 * kernel-context.rules:
 *   ctx-test KINDS TEST         ctx-test-not KINDS TEST
 */
static int parse_assert(struct rules *r, const struct word *w, int n,
			const char *file, int line)
{
	struct assert_rule a;
	const struct word *name;

	memset(&a, 0, sizeof(a));
	if (word_is(&w[0], "assert-held") || word_is(&w[0], "assert-warn")) {
		if (n != 2)
			goto arity;
		a.kind = word_is(&w[0], "assert-held") ? ASSERT_HELD : ASSERT_WARN;
		name = &w[1];
	} else if (word_is(&w[0], "lock-type")) {
		if (n != 3 && !(n == 4 && word_is(&w[3], "raw")))
			goto arity;
		if (parse_kinds(&w[2], &a.kinds, file, line))
			return -1;
		a.kind = ASSERT_LOCK_TYPE;
		a.raw = n == 4;
		name = &w[1];
	} else {
		/* assert KINDS MACRO if CONFIG_X, ctx-test KINDS TEST if ... */
		if (n == 5 && (word_is(&w[0], "assert") || word_is(&w[0], "ctx-test") ||
			       word_is(&w[0], "ctx-test-not")) && word_is(&w[3], "if")) {
			if (!valid_ident(&w[4])) {
				perr(file, line, w[4].col, "'%.*s' is not a "
				     "configuration macro", (int)w[4].len, w[4].s);
				return -1;
			}
			a.config = word_dup(&w[4]);
		} else if (n != 3) {
			goto arity;
		}
		if ((word_is(&w[0], "ctx-test") || word_is(&w[0], "ctx-test-not") ?
		     parse_ctx_kinds : parse_kinds)(&w[1], &a.kinds, file, line)) {
			free(a.config);
			return -1;
		}
		a.kind = word_is(&w[0], "assert") ? ASSERT_MACRO :
			 word_is(&w[0], "assert-test") || word_is(&w[0], "ctx-test") ?
			 ASSERT_TEST : ASSERT_TEST_NOT;
		name = &w[2];
		if (word_is(&w[0], "ctx-test") || word_is(&w[0], "ctx-test-not")) {
			if (a.config)
				a.off_cfg = a.kinds;
			else
				a.off = a.kinds;
			a.kinds = 0;
		}
	}
	if (a.kind == ASSERT_TEST || a.kind == ASSERT_TEST_NOT) {
		struct assert_rule *t;

		if (find_test(r, name, a.kind, file, line, &t))
			return -1;
		if (t) {
			if (a.config && t->config && strcmp(a.config, t->config)) {
				perr(file, line, w[4].col, "'%s' already depends on "
				     "'%s'", t->name, t->config);
				free(a.config);
				return -1;
			}
			t->kinds |= a.kinds;
			t->off |= a.off;
			t->off_cfg |= a.off_cfg;
			if (a.config && !t->config)
				t->config = a.config;
			else
				free(a.config);
			return 0;
		}
	}
	if (!valid_ident(name)) {
		perr(file, line, name->col, "'%.*s' is not an identifier",
		     (int)name->len, name->s);
		free(a.config);
		return -1;
	}
	a.name = word_dup(name);
	a.file = sc_strdup(file);
	a.line = line;
	if (r->nasserts == r->asserts_cap) {
		r->asserts_cap = r->asserts_cap ? 2 * r->asserts_cap : 32;
		r->asserts = sc_realloc(r->asserts, r->asserts_cap * sizeof(*r->asserts));
	}
	r->asserts[r->nasserts++] = a;
	return 0;
arity:
	perr(file, line, w[0].col, "wrong number of words for '%.*s'",
	     (int)w[0].len, w[0].s);
	return -1;
}

unsigned rules_test_off(const struct rules *r, const struct assert_rule *a,
			const unsigned char *noassert)
{
	if (a->config && noassert && noassert[a - r->asserts])
		return a->off;
	return a->off | a->off_cfg;
}

int rules_noassert_index(const struct rules *r, const char *name)
{
	size_t plen = strlen(RULES_NOASSERT);
	char *end;
	long i;

	if (!name || strncmp(name, RULES_NOASSERT, plen))
		return -1;
	i = strtol(name + plen, &end, 10);
	return *end || end == name + plen || i < 0 || i >= r->nasserts ? -1 : (int)i;
}

char *rules_assert_probe(const struct rules *r)
{
	static const char fmt[] = "#if defined(IS_ENABLED) && !defined(%s)\n"
				  "static const int " RULES_NOASSERT "%d = 1;\n#endif\n";
	char *text = NULL;
	size_t len = 0;
	int i, n;

	for (i = 0; i < r->nasserts; i++) {
		if (!r->asserts[i].config)
			continue;
		n = snprintf(NULL, 0, fmt, r->asserts[i].config, i);
		text = sc_realloc(text, len + (size_t)n + 1);
		snprintf(text + len, (size_t)n + 1, fmt, r->asserts[i].config, i);
		len += (size_t)n;
	}
	return text;
}

const struct assert_rule *rules_assert(const struct rules *r, const char *name,
				       enum assert_kind kind)
{
	int i;

	for (i = 0; name && i < r->nasserts; i++)
		if (r->asserts[i].kind == kind && !strcmp(r->asserts[i].name, name))
			return &r->asserts[i];
	return NULL;
}

/*
 * `object-init KIND NAME OBJ-ARG TYPE-ARG`: NAME sets the type (a struct
 * of function pointers) of the object passed as OBJ-ARG to the one passed
 * as TYPE-ARG (kobject_init(kobj, ktype)); `object-put KIND NAME OBJ-ARG
 * T.FIELD`: NAME may call field T.FIELD of the type set on the object
 * passed as OBJ-ARG (kobject_put(kobj): ktype->release).  Kept with the
 * notifier rules (notifier.c binds both alike: a type on an object as a
 * block on a head).
 */
/* a mask of a member-bits rule: one bit, as C writes it (0x4) */
static int mb_mask(const struct word *w, unsigned long long *m)
{
	char buf[32], *end;

	if (w->len == 0 || w->len >= sizeof(buf))
		return -1;
	memcpy(buf, w->s, w->len);
	buf[w->len] = '\0';
	*m = strtoull(buf, &end, 0);
	return *end || !*m || (*m & (*m - 1)) ? -1 : 0;
}

/* `member-bits STRUCT PATH MASK MEMBER MASK2` (rules.h struct member_bits) */
static int parse_member_bits(struct rules *r, const struct word *w, int n,
			     const char *file, int line)
{
	struct member_bits *mb;
	unsigned long long pm, mm;
	const char *arrow;

	if (n != 6) {
		perr(file, line, w[0].col, "'member-bits' takes STRUCT PATH MASK MEMBER MASK");
		return -1;
	}
	arrow = memchr(w[2].s, '-', w[2].len);
	if (!valid_ident(&w[1]) || !valid_ident(&w[4]) || !arrow ||
	    arrow + 2 >= w[2].s + w[2].len || arrow[1] != '>' || arrow == w[2].s) {
		perr(file, line, w[1].col,
		     "'member-bits' takes a struct tag, POINTER->MEMBER and a member");
		return -1;
	}
	if (mb_mask(&w[3], &pm) || mb_mask(&w[5], &mm)) {
		perr(file, line, w[3].col, "a 'member-bits' mask is one bit");
		return -1;
	}
	if (r->nmbits == r->mbits_cap) {
		r->mbits_cap = r->mbits_cap ? 2 * r->mbits_cap : 4;
		r->mbits = sc_realloc(r->mbits, r->mbits_cap * sizeof(*r->mbits));
	}
	mb = &r->mbits[r->nmbits++];
	mb->tag = word_dup(&w[1]);
	mb->path = word_dup(&w[2]);
	mb->member = word_dup(&w[4]);
	mb->path_mask = pm;
	mb->member_mask = mm;
	mb->file = sc_strdup(file);
	mb->line = line;
	return 0;
}

/* `bitop NAME set|clear|test` (rules.h struct bitop_rule) */
static int parse_bitop(struct rules *r, const struct word *w, int n,
		       const char *file, int line)
{
	enum bitop_kind kind;

	if (n != 3 || !valid_ident(&w[1])) {
		perr(file, line, w[0].col, "'bitop' takes a function name and set, clear or test");
		return -1;
	}
	if (word_is(&w[2], "set"))
		kind = BITOP_SET;
	else if (word_is(&w[2], "clear"))
		kind = BITOP_CLEAR;
	else if (word_is(&w[2], "test"))
		kind = BITOP_TEST;
	else {
		perr(file, line, w[2].col, "a 'bitop' is set, clear or test");
		return -1;
	}
	if (r->nbitops == r->bitops_cap) {
		r->bitops_cap = r->bitops_cap ? 2 * r->bitops_cap : 16;
		r->bitops = sc_realloc(r->bitops, r->bitops_cap * sizeof(*r->bitops));
	}
	r->bitops[r->nbitops].name = word_dup(&w[1]);
	r->bitops[r->nbitops].kind = kind;
	r->bitops[r->nbitops].file = sc_strdup(file);
	r->bitops[r->nbitops++].line = line;
	return 0;
}

/* `premapped NAME ARG OBJ` (rules.h struct premapped) */
static int parse_premapped(struct rules *r, const struct word *w, int n,
			   const char *file, int line)
{
	const struct premapped *same;
	struct premapped *pm;
	char *name, *end;
	long arg;

	if (n != 4) {
		perr(file, line, w[0].col, "'premapped' takes NAME ARG OBJECT");
		return -1;
	}
	if (!valid_ident(&w[1]) || !valid_ident(&w[3])) {
		perr(file, line, w[1].col, "'premapped' takes a function and a "
		     "global object's name");
		return -1;
	}
	arg = strtol(w[2].s, &end, 10);
	if (end != w[2].s + w[2].len || arg < 1 || arg > 32) {
		perr(file, line, w[2].col, "argument number must be 1..32");
		return -1;
	}
	name = word_dup(&w[1]);
	same = rules_premapped(r, name);
	if (same && same->arg != arg) {
		perr(file, line, w[2].col, "'%s' is premapped in argument %d at "
		     "%s:%d", name, same->arg, same->file, same->line);
		free(name);
		return -1;
	}
	if (r->npremaps == r->premaps_cap) {
		r->premaps_cap = r->premaps_cap ? 2 * r->premaps_cap : 8;
		r->premaps = sc_realloc(r->premaps, r->premaps_cap * sizeof(*r->premaps));
	}
	pm = &r->premaps[r->npremaps++];
	pm->name = name;
	pm->obj = word_dup(&w[3]);
	pm->arg = (int)arg;
	pm->file = sc_strdup(file);
	pm->line = line;
	return 0;
}

static int parse_object_rule(struct rules *r, const struct word *w, int n,
			     const char *file, int line)
{
	int init = word_is(&w[0], "object-init"), i;
	struct notifier_rule *nr;
	long a[2] = { 0, 0 };
	const char *dot;
	char *end;

	if (n != 5) {
		perr(file, line, w[0].col, "expected 'object-init KIND NAME OBJ-ARG "
		     "TYPE-ARG' or 'object-put KIND NAME OBJ-ARG STRUCT.FIELD'");
		return -1;
	}
	for (i = 1; i < 3; i++)
		if (!valid_ident(&w[i])) {
			perr(file, line, w[i].col, "'%.*s' is not a name",
			     (int)w[i].len, w[i].s);
			return -1;
		}
	for (i = 0; i < (init ? 2 : 1); i++) {
		a[i] = strtol(w[3 + i].s, &end, 10);
		if (end != w[3 + i].s + w[3 + i].len || a[i] < 1 ||
		    a[i] > GFP_MAX_PARAMS) {
			perr(file, line, w[3 + i].col, "argument number must be "
			     "1..%d", GFP_MAX_PARAMS);
			return -1;
		}
	}
	dot = init ? NULL : memchr(w[4].s, '.', w[4].len);
	if (!init && (!dot || dot == w[4].s || dot + 1 == w[4].s + w[4].len)) {
		perr(file, line, w[4].col, "expected STRUCT.FIELD, the field "
		     "of the type the put calls");
		return -1;
	}
	if (r->nnotifiers == r->notifiers_cap) {
		r->notifiers_cap = r->notifiers_cap ? 2 * r->notifiers_cap : 8;
		r->notifiers = sc_realloc(r->notifiers, r->notifiers_cap *
					  sizeof(*r->notifiers));
	}
	nr = &r->notifiers[r->nnotifiers++];
	memset(nr, 0, sizeof(*nr));
	nr->kind = word_dup(&w[1]);
	nr->name = word_dup(&w[2]);
	nr->head = (int)a[0] - 1;
	nr->block = init ? (int)a[1] - 1 : -1;
	if (!init) {
		nr->field = sc_malloc(w[4].len + 8);
		snprintf(nr->field, w[4].len + 8, "struct %.*s", (int)w[4].len, w[4].s);
	}
	nr->file = sc_strdup(file);
	nr->line = line;
	return 0;
}

/* a function name at @name and its argument number, 1..@max, at @num */
static int func_arg(const struct word *name, const struct word *num, long max,
		    long *arg, const char *file, int line)
{
	char *end;

	if (!valid_ident(name)) {
		perr(file, line, name->col, "'%.*s' is not a function name",
		     (int)name->len, name->s);
		return -1;
	}
	*arg = strtol(num->s, &end, 10);
	if (end != num->s + num->len || *arg < 1 || *arg > max) {
		perr(file, line, num->col, "argument number must be 1..%ld", max);
		return -1;
	}
	return 0;
}

/* a non-zero mask at @w */
static int parse_mask(const struct word *w, unsigned long long *mask,
		      const char *file, int line)
{
	char *end;

	*mask = strtoull(w->s, &end, 0);
	if (end != w->s + w->len || !*mask) {
		perr(file, line, w->col, "'%.*s' is not a non-zero mask",
		     (int)w->len, w->s);
		return -1;
	}
	return 0;
}

/*
 * `contract atomic-ok-if NAME ARG MASK`: NAME may be called in atomic
 * context when its integer argument ARG has a bit of MASK set ("may be
 * called in atomic context if the RPM_ASYNC flag is set").
 */
static int contract_if_line(struct rules *r, const struct word *w, int n,
			    const char *file, int line)
{
	struct contract *c;
	unsigned long long mask;
	long arg;

	if (n != 5) {
		perr(file, line, w[0].col, "expected 'contract atomic-ok-if NAME ARG MASK'");
		return -1;
	}
	if (func_arg(&w[2], &w[3], GFP_MAX_PARAMS, &arg, file, line) ||
	    parse_mask(&w[4], &mask, file, line))
		return -1;
	c = add_contract(r, word_dup(&w[2]), CONTRACT_ATOMIC_OK_IF, (int)arg, file,
			 line, r->last_comment);
	c->mask = mask;
	return 0;
}

/*
 * `notifier-block KIND NAME BLOCK-ARG REGISTRAR`: NAME calls the one
 * notifier block passed as BLOCK-ARG, and that block is always one
 * REGISTRAR registers (call_fib_notifier(), given the block that
 * register_fib_notifier() dumps to and registers): a call of NAME
 * reaches the blocks registered on REGISTRAR's head, as a chain call on
 * that head would.
 */
static int parse_notifier_block(struct rules *r, const struct word *w, int n,
				const char *file, int line)
{
	struct notifier_rule *nr;
	char *end;
	long a;

	if (n != 5) {
		perr(file, line, w[0].col, "expected 'notifier-block KIND NAME "
		     "BLOCK-ARG REGISTRAR'");
		return -1;
	}
	if (!word_is(&w[1], "atomic") && !word_is(&w[1], "blocking") &&
	    !word_is(&w[1], "raw") && !word_is(&w[1], "srcu")) {
		perr(file, line, w[1].col, "notifier chain kind must be "
		     "atomic, blocking, raw or srcu");
		return -1;
	}
	if (!valid_ident(&w[2]) || !valid_ident(&w[4])) {
		perr(file, line, w[valid_ident(&w[2]) ? 4 : 2].col,
		     "'notifier-block' takes a function name and a registration "
		     "function's name");
		return -1;
	}
	a = strtol(w[3].s, &end, 10);
	if (end != w[3].s + w[3].len || a < 1 || a > GFP_MAX_PARAMS) {
		perr(file, line, w[3].col, "argument number must be 1..%d",
		     GFP_MAX_PARAMS);
		return -1;
	}
	if (r->nnotifiers == r->notifiers_cap) {
		r->notifiers_cap = r->notifiers_cap ? 2 * r->notifiers_cap : 8;
		r->notifiers = sc_realloc(r->notifiers, r->notifiers_cap *
					  sizeof(*r->notifiers));
	}
	nr = &r->notifiers[r->nnotifiers++];
	memset(nr, 0, sizeof(*nr));
	nr->kind = word_dup(&w[1]);
	nr->name = word_dup(&w[2]);
	nr->head = -1;
	nr->block = -1;
	nr->blockarg = (int)a - 1;
	nr->registrar = word_dup(&w[4]);
	nr->file = sc_strdup(file);
	nr->line = line;
	return 0;
}

/*
 * `nocall-if CALLER CALLEE ARG MASK`: CALLER's direct calls of CALLEE
 * are not made when CALLER's integer argument ARG has a bit of MASK set
 * (rules_guard_calls() makes that a guard of each such call).
 */
static int parse_nocall_if(struct rules *r, const struct word *w, int n,
			   const char *file, int line)
{
	struct nocall_if *ni;
	unsigned long long mask;
	long arg;

	if (n != 5 || !valid_ident(&w[2])) {
		perr(file, line, w[0].col, "expected 'nocall-if CALLER CALLEE ARG MASK'");
		return -1;
	}
	if (func_arg(&w[1], &w[3], GFP_MAX_PARAMS, &arg, file, line) ||
	    parse_mask(&w[4], &mask, file, line))
		return -1;
	if (r->nnocallifs == r->nocallifs_cap) {
		r->nocallifs_cap = r->nocallifs_cap ? 2 * r->nocallifs_cap : 4;
		r->nocallifs = sc_realloc(r->nocallifs,
					  r->nocallifs_cap * sizeof(*r->nocallifs));
	}
	ni = &r->nocallifs[r->nnocallifs++];
	memset(ni, 0, sizeof(*ni));
	ni->caller = word_dup(&w[1]);
	ni->callee = word_dup(&w[2]);
	ni->arg = (int)arg;
	ni->mask = mask;
	ni->file = sc_strdup(file);
	ni->line = line;
	return 0;
}

static int parse_line(struct rules *r, char *text, const char *file, int line)
{
	struct word w[MAX_WORDS];
	int n = 0;
	char *p = text;
	unsigned kinds;

	/* remember "# doc:line: ..." comments: provenance of the next rule */
	if (text[0] == '#') {
		/* text[1] first: a lone "#" ends right there */
		char *colon = text[1] == ' ' ? strchr(text + 2, ':') : NULL, *end;

		if (colon && strtol(colon + 1, &end, 10) > 0 && *end == ':') {
			free(r->last_comment);
			r->last_comment = sc_malloc(end - (text + 2) + 1);
			memcpy(r->last_comment, text + 2, end - (text + 2));
			r->last_comment[end - (text + 2)] = '\0';
		}
		return 0;
	}
	if (!*p) {
		free(r->last_comment);
		r->last_comment = NULL;
	}
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (!*p || *p == '#')
			break;
		if (n == MAX_WORDS) {
			perr(file, line, (int)(p - text) + 1, "too many words");
			return -1;
		}
		if (*p == '"') {
			/* a quoted word: up to the closing quote */
			char *end = strchr(p + 1, '"');

			if (!end) {
				perr(file, line, (int)(p - text) + 1,
				     "missing closing quote");
				return -1;
			}
			w[n].s = p + 1;
			w[n].col = (int)(p - text) + 1;
			w[n].len = end - p - 1;
			n++;
			p = end + 1;
			continue;
		}
		w[n].s = p;
		w[n].col = (int)(p - text) + 1;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r' && *p != '#')
			p++;
		w[n].len = p - w[n].s;
		n++;
	}
	if (!n)
		return 0;
	r->file_directives++;

	if (word_is(&w[0], "version")) {
		int i;

		if (n < 2)
			goto arity;
		if (r->file_directives != 1) {
			perr(file, line, w[0].col, "'version' must come before the "
			     "rules of its file");
			return -1;
		}
		for (i = 1; i < n; i++)
			if (!w[i].len || w[i].s[0] < '0' || w[i].s[0] > '9' ||
			    strspn(w[i].s, "0123456789.") < w[i].len) {
				perr(file, line, w[i].col, "'%.*s' is not a kernel "
				     "version such as 6.12", (int)w[i].len, w[i].s);
				return -1;
			}
		r->skipping = !version_matches(w, n);
		return 0;
	}
	if (word_is(&w[0], "doc-sleep")) {
		/* doc-sleep NAME [gfp] [unlocks KINDS] */
		int gfp = n >= 3 && word_is(&w[2], "gfp"), u = 2 + gfp;
		unsigned unlocks = 0;

		if (n != u && !(n == u + 2 && word_is(&w[u], "unlocks"))) {
			perr(file, line, w[0].col, "expected 'doc-sleep NAME [gfp] "
			     "[unlocks KINDS]'");
			return -1;
		}
		if (n == u + 2 && parse_kinds(&w[u + 1], &unlocks, file, line))
			return -1;
		if (add_rule(r, &w[1], RULE_DOC_SLEEP, 0,
			     gfp ? RULE_ARG_GFP : RULE_ARG_NONE, file, line))
			return -1;
		if (unlocks) {
			char name[256];
			const struct rule *dr;

			snprintf(name, sizeof(name), "%.*s", (int)w[1].len, w[1].s);
			/* not a hand-written rule it yielded to */
			if ((dr = rules_lookup(r, name)) && dr->kind == RULE_DOC_SLEEP)
				r->v[dr - r->v].unlocks = unlocks;
		}
		return 0;
	}
	if (word_is(&w[0], "sleep")) {
		if (n != 2)
			goto arity;
		return add_rule(r, &w[1], RULE_SLEEP, 0, -1, file, line);
	}
	/* sleep-fault NAME: a sleep, only by a page fault (not where
	 * pagefault_disable() holds: the analysis leaves the call out) */
	if (word_is(&w[0], "sleep-fault")) {
		if (n != 2)
			goto arity;
		char name[256];
		const struct rule *fr;

		if (add_rule(r, &w[1], RULE_SLEEP, 0, -1, file, line))
			return -1;
		snprintf(name, sizeof(name), "%.*s", (int)w[1].len, w[1].s);
		fr = rules_lookup(r, name);
		r->v[fr - r->v].fault = 1;
		return 0;
	}
	if (word_is(&w[0], "pagefault-off") || word_is(&w[0], "pagefault-on")) {
		if (n != 2)
			goto arity;
		return add_rule(r, &w[1], word_is(&w[0], "pagefault-off") ?
				RULE_PAGEFAULT_OFF : RULE_PAGEFAULT_ON, 0, -1,
				file, line);
	}
	if (word_is(&w[0], "rt-hard-entry")) {
		struct rt_hard *h;
		char *end;
		long arg;
		unsigned long long mask;

		if (n != 4)
			goto arity;
		if (!valid_ident(&w[1])) {
			perr(file, line, w[1].col, "'rt-hard-entry' takes a function name");
			return -1;
		}
		arg = strtol(w[2].s, &end, 10);
		if (end != w[2].s + w[2].len || arg < 1 || arg > 32) {
			perr(file, line, w[2].col, "argument number must be 1..32");
			return -1;
		}
		if (parse_mask(&w[3], &mask, file, line))
			return -1;
		if (r->nrthard == r->rthard_cap) {
			r->rthard_cap = r->rthard_cap ? 2 * r->rthard_cap : 8;
			r->rthard = sc_realloc(r->rthard, r->rthard_cap * sizeof(*r->rthard));
		}
		h = &r->rthard[r->nrthard++];
		h->name = word_dup(&w[1]);
		h->arg = (int)arg;
		h->mask = mask;
		h->file = sc_strdup(file);
		h->line = line;
		return 0;
	}
	if (word_is(&w[0], "rt-sleep")) {
		struct rule *nr;

		if (n != 2)
			goto arity;
		if (!valid_ident(&w[1])) {
			perr(file, line, w[1].col, "'rt-sleep' takes a function name");
			return -1;
		}
		if (r->nrtsleep == r->rtsleep_cap) {
			r->rtsleep_cap = r->rtsleep_cap ? 2 * r->rtsleep_cap : 16;
			r->rtsleep = sc_realloc(r->rtsleep,
						r->rtsleep_cap * sizeof(*r->rtsleep));
		}
		nr = &r->rtsleep[r->nrtsleep++];
		memset(nr, 0, sizeof(*nr));
		nr->name = word_dup(&w[1]);
		nr->kind = RULE_SLEEP;
		nr->arg = -1;
		nr->rt = 1;
		nr->file = sc_strdup(file);
		nr->line = line;
		return 0;
	}
	if (word_is(&w[0], "nocall") || word_is(&w[0], "binder")) {
		int binder = word_is(&w[0], "binder");

		if (n != 3)
			goto arity;
		if (!valid_ident(&w[1]) || !valid_ident(&w[2])) {
			perr(file, line, w[1].col, "'%s' takes two function names",
			     binder ? "binder" : "nocall");
			return -1;
		}
		if (r->nnocalls == r->nocalls_cap) {
			r->nocalls_cap = r->nocalls_cap ? 2 * r->nocalls_cap : 4;
			r->nocalls = sc_realloc(r->nocalls,
						r->nocalls_cap * sizeof(*r->nocalls));
		}
		/* `binder INLINE CALLER`: kept as the pair (CALLER, INLINE) */
		r->nocalls[r->nnocalls].caller = word_dup(&w[binder ? 2 : 1]);
		r->nocalls[r->nnocalls].callee = word_dup(&w[binder ? 1 : 2]);
		r->nocalls[r->nnocalls].file = sc_strdup(file);
		r->nocalls[r->nnocalls].line = line;
		r->nocalls[r->nnocalls++].binder = binder;
		return 0;
	}
	if (word_is(&w[0], "nocall-if"))
		return parse_nocall_if(r, w, n, file, line);
	if (word_is(&w[0], "premapped"))
		return parse_premapped(r, w, n, file, line);
	if (word_is(&w[0], "member-bits"))
		return parse_member_bits(r, w, n, file, line);
	if (word_is(&w[0], "bitop"))
		return parse_bitop(r, w, n, file, line);
	if (word_is(&w[0], "object-init") || word_is(&w[0], "object-put"))
		return parse_object_rule(r, w, n, file, line);
	if (word_is(&w[0], "notifier-block"))
		return parse_notifier_block(r, w, n, file, line);
	if (word_is(&w[0], "notifier-register") || word_is(&w[0], "notifier-call")) {
		int reg = word_is(&w[0], "notifier-register"), i;
		struct notifier_rule *nr;
		long a[2] = { 0, 0 };
		char *end;

		if (n != (reg ? 5 : 4)) {
			perr(file, line, w[0].col, "expected 'notifier-register KIND "
			     "NAME HEAD-ARG BLOCK-ARG' or 'notifier-call KIND NAME "
			     "HEAD-ARG'");
			return -1;
		}
		if (!word_is(&w[1], "atomic") && !word_is(&w[1], "blocking") &&
		    !word_is(&w[1], "raw") && !word_is(&w[1], "srcu")) {
			perr(file, line, w[1].col, "notifier chain kind must be "
			     "atomic, blocking, raw or srcu");
			return -1;
		}
		if (!valid_ident(&w[2])) {
			perr(file, line, w[2].col, "'%.*s' is not a function name",
			     (int)w[2].len, w[2].s);
			return -1;
		}
		for (i = 0; i < (reg ? 2 : 1); i++) {
			a[i] = strtol(w[3 + i].s, &end, 10);
			if (end != w[3 + i].s + w[3 + i].len || a[i] < 1 ||
			    a[i] > GFP_MAX_PARAMS) {
				perr(file, line, w[3 + i].col, "argument number "
				     "must be 1..%d", GFP_MAX_PARAMS);
				return -1;
			}
		}
		if (r->nnotifiers == r->notifiers_cap) {
			r->notifiers_cap = r->notifiers_cap ? 2 * r->notifiers_cap : 8;
			r->notifiers = sc_realloc(r->notifiers, r->notifiers_cap *
						  sizeof(*r->notifiers));
		}
		nr = &r->notifiers[r->nnotifiers++];
		memset(nr, 0, sizeof(*nr));
		nr->kind = word_dup(&w[1]);
		nr->name = word_dup(&w[2]);
		nr->head = (int)a[0] - 1;
		nr->block = reg ? (int)a[1] - 1 : -1;
		nr->file = sc_strdup(file);
		nr->line = line;
		return 0;
	}
	if (word_is(&w[0], "boot") || word_is(&w[0], "suspend")) {
		int suspend = word_is(&w[0], "suspend");

		if (n != 2)
			goto arity;
		if (!valid_ident(&w[1])) {
			perr(file, line, w[1].col, suspend ? "'suspend' takes a function name" :
			     "'boot' takes a function name");
			return -1;
		}
		if (r->nboots == r->boots_cap) {
			r->boots_cap = r->boots_cap ? 2 * r->boots_cap : 4;
			r->boots = sc_realloc(r->boots, r->boots_cap * sizeof(*r->boots));
			r->boot_kinds = sc_realloc(r->boot_kinds, r->boots_cap);
		}
		r->boot_kinds[r->nboots] = suspend ? RULE_SUSPEND : RULE_BOOT;
		r->boots[r->nboots++] = word_dup(&w[1]);
		return 0;
	}
	if (word_is(&w[0], "ref-get") || word_is(&w[0], "ref-put")) {
		char *end;
		long arg;

		if (n != 3)
			goto arity;
		arg = strtol(w[2].s, &end, 10);
		if (!valid_ident(&w[1]) || end != w[2].s + w[2].len || arg < 1 || arg > 32) {
			perr(file, line, w[1].col, "'%.*s' takes a function name and an "
			     "argument number 1..32", (int)w[0].len, w[0].s);
			return -1;
		}
		if (r->nrefs == r->refs_cap) {
			r->refs_cap = r->refs_cap ? 2 * r->refs_cap : 8;
			r->refs = sc_realloc(r->refs, r->refs_cap * sizeof(*r->refs));
		}
		r->refs[r->nrefs].name = word_dup(&w[1]);
		pre_set(r->pre_refs, r->refs[r->nrefs].name);
		r->refs[r->nrefs].arg = (int)arg - 1;
		r->refs[r->nrefs++].put = word_is(&w[0], "ref-put");
		return 0;
	}
	if (word_is(&w[0], "releases")) {
		struct releases_rule *rr;
		unsigned kinds;

		if (n != 3)
			goto arity;
		if (parse_kinds(&w[1], &kinds, file, line))
			return -1;
		if (!valid_ident(&w[2])) {
			perr(file, line, w[2].col, "'%.*s' is not an identifier",
			     (int)w[2].len, w[2].s);
			return -1;
		}
		if (r->nreleases == r->releases_cap) {
			r->releases_cap = r->releases_cap ? 2 * r->releases_cap : 8;
			r->releases = sc_realloc(r->releases,
						 r->releases_cap * sizeof(*r->releases));
		}
		rr = &r->releases[r->nreleases++];
		rr->name = word_dup(&w[2]);
		rr->kinds = kinds;
		rr->file = sc_strdup(file);
		rr->line = line;
		pre_set(r->pre_releases, rr->name);
		return 0;
	}
	if (word_is(&w[0], "mem-new") || word_is(&w[0], "mem-keep") ||
	    word_is(&w[0], "mem-zero") || word_is(&w[0], "mem-get") ||
	    word_is(&w[0], "mem-copy") || word_is(&w[0], "mem-vfree") ||
	    word_is(&w[0], "mem-vmalloc-if") || word_is(&w[0], "mem-linear") ||
	    word_is(&w[0], "mem-vtest") || word_is(&w[0], "mem-zalloc"))
		return parse_mem(r, w, n, file, line);
	if (word_is(&w[0], "link-unit")) {
		struct link_unit *u;

		if (n != 3)
			goto arity;
		if (r->nunits == r->units_cap) {
			r->units_cap = r->units_cap ? 2 * r->units_cap : 8;
			r->units = sc_realloc(r->units, r->units_cap * sizeof(*r->units));
		}
		u = &r->units[r->nunits++];
		u->prefix = word_dup(&w[1]);
		u->name = word_dup(&w[2]);
		u->file = sc_strdup(file);
		u->line = line;
		return 0;
	}
	if (word_is(&w[0], "allow")) {
		struct allow *a;

		if (n != 6 || !word_is(&w[2], "->") || !word_is(&w[4], "reason")) {
			perr(file, line, w[0].col, "expected 'allow CALLER -> CALLEE "
			     "reason \"why\"'");
			return -1;
		}
		if (!valid_ident(&w[1]) || !valid_ident(&w[3])) {
			perr(file, line, w[1].col, "'allow' takes two function names");
			return -1;
		}
		if (!w[5].len) {
			perr(file, line, w[5].col, "an 'allow' needs a reason");
			return -1;
		}
		if (r->nallows == r->allows_cap) {
			r->allows_cap = r->allows_cap ? 2 * r->allows_cap : 8;
			r->allows = sc_realloc(r->allows, r->allows_cap * sizeof(*r->allows));
		}
		a = &r->allows[r->nallows++];
		memset(a, 0, sizeof(*a));
		a->caller = word_dup(&w[1]);
		a->callee = word_dup(&w[3]);
		a->reason = word_dup(&w[5]);
		a->file = sc_strdup(file);
		a->line = line;
		return 0;
	}
	if (word_is(&w[0], "contract") && n > 1 && word_is(&w[1], "atomic-ok-field")) {
		char *name;

		if (n != 4) {
			perr(file, line, w[0].col, "expected 'contract atomic-ok-field "
			     "STRUCT FIELD'");
			return -1;
		}
		if (!(name = field_name(&w[2], file, line)))
			return -1;
		add_contract(r, name, CONTRACT_ATOMIC_OK_FIELD, 0, file, line,
			     r->last_comment);
		return 0;
	}
	if (word_is(&w[0], "contract") && n > 1 && word_is(&w[1], "atomic-ok-if"))
		return contract_if_line(r, w, n, file, line);
	if (word_is(&w[0], "contract")) {
		int off;
		char *end;
		long arg = 0;

		enum contract_kind kind = CONTRACT_IRQS_ON;

		/* words past n are stale: look at w[1] only if there is one */
		off = n > 1 && word_is(&w[1], "irqs-off-ok");
		if (n > 1 && word_is(&w[1], "atomic-ok"))
			kind = CONTRACT_ATOMIC_OK;
		else if (n > 1 && word_is(&w[1], "no-interrupt"))
			kind = CONTRACT_NO_INTERRUPT;
		else if (off)
			kind = CONTRACT_IRQS_OFF_OK;
		else if (n > 1 && !word_is(&w[1], "irqs-on"))
			n = 0;
		if (n != (off ? 4 : 3)) {
			perr(file, line, w[0].col, "expected 'contract irqs-on NAME', "
			     "'contract irqs-off-ok NAME GFPARG', 'contract atomic-ok NAME', "
			     "'contract atomic-ok-if NAME ARG MASK', 'contract no-interrupt "
			     "NAME' or 'contract atomic-ok-field STRUCT FIELD'");
			return -1;
		}
		if (!valid_ident(&w[2])) {
			perr(file, line, w[2].col, "'%.*s' is not a function name",
			     (int)w[2].len, w[2].s);
			return -1;
		}
		if (off) {
			arg = strtol(w[3].s, &end, 10);
			if (end != w[3].s + w[3].len || arg < 1 || arg > GFP_MAX_PARAMS) {
				perr(file, line, w[3].col, "argument number must be 1..%d",
				     GFP_MAX_PARAMS);
				return -1;
			}
		}
		add_contract(r, word_dup(&w[2]), kind, (int)arg, file, line,
			     r->last_comment);
		return 0;
	}
	if (word_is(&w[0], "entry-field") || word_is(&w[0], "may-sleep-field")) {
		static const struct word may_sleep = { "may-sleep", 9, 1 };
		int sleeps = word_is(&w[0], "may-sleep-field");
		char *name;

		/* may-sleep-field STRUCT FIELD is entry-field without a KIND */
		if (sleeps) {
			if (n != 3)
				goto arity;
			memmove(&w[2], &w[1], 2 * sizeof(w[0]));
			w[1] = may_sleep;
		} else if (n != 4)
			goto arity;
		else if (check_entry_kind(&w[1], file, line))
			return -1;
		if (!(name = field_name(&w[2], file, line)))
			return -1;
		add_entry(r, &w[1], name, sleeps ? -1 : 0, file, line);
		return 0;
	}
	if (word_is(&w[0], "ctx-entry") || word_is(&w[0], "ctx-entry-field") ||
	    word_is(&w[0], "ctx-dispatch")) {
		/* ctx-dispatch KINDS NAME: NAME runs the callbacks
		 * (CTX_DISPATCH, rules.h) */
		int field = word_is(&w[0], "ctx-entry-field") ? 1 :
			    word_is(&w[0], "ctx-dispatch") ? CTX_DISPATCH : 0;
		struct ctx_entry *e;
		unsigned kinds;
		char *name;

		char *fill = NULL;

		/* ctx-entry KINDS NAME [STRUCT FIELD]: the field NAME's
		 * registration fills (served.c) */
		if (n != (field == 1 ? 4 : 3) && (field || n != 5))
			goto arity;
		if (parse_ctx_kinds(&w[1], &kinds, file, line))
			return -1;
		if (kinds & ~(1u << CTX_SERVED)) {
			perr(file, line, w[1].col, "a ctx-entry rule names "
			     "'served' only");
			return -1;
		}
		if (n == 5 && !(fill = field_name(&w[3], file, line)))
			return -1;
		if (field == 1) {
			if (!(name = field_name(&w[2], file, line)))
				return -1;
		} else if (!valid_ident(&w[2])) {
			perr(file, line, w[2].col, "'%.*s' is not a function "
			     "name", (int)w[2].len, w[2].s);
			return -1;
		} else {
			name = word_dup(&w[2]);
		}
		if (r->nctx_entries == r->ctx_entries_cap) {
			r->ctx_entries_cap = r->ctx_entries_cap ?
					     2 * r->ctx_entries_cap : 8;
			r->ctx_entries = sc_realloc(r->ctx_entries,
						    r->ctx_entries_cap *
						    sizeof(*r->ctx_entries));
		}
		e = &r->ctx_entries[r->nctx_entries++];
		e->name = name;
		e->field = field;
		e->kinds = kinds;
		e->fill = fill;
		e->file = sc_strdup(file);
		e->line = line;
		return 0;
	}
	if (word_is(&w[0], "entry")) {
		long arg;

		if (n != 4)
			goto arity;
		if (check_entry_kind(&w[1], file, line) ||
		    func_arg(&w[2], &w[3], 32, &arg, file, line))
			return -1;
		add_entry(r, &w[1], word_dup(&w[2]), (int)arg, file, line);
		return 0;
	}
	if (word_is(&w[0], "nosleep")) {
		if (n != 2)
			goto arity;
		if (w[1].len > 1 && w[1].s[w[1].len - 1] == '*')
			return add_prefix_rule(r, &w[1], file, line);
		return add_rule(r, &w[1], RULE_NOSLEEP, 0, -1, file, line);
	}
	if (word_is(&w[0], "implies-blocking")) {
		if (n != 2)
			goto arity;
		return add_rule(r, &w[1], RULE_IMPLIES_BLOCKING, 0, -1, file, line);
	}
	if (word_is(&w[0], "gfp-softirq")) {
		if (n != 2)
			goto arity;
		return add_rule(r, &w[1], RULE_GFP_SOFTIRQ, 0, -1, file, line);
	}
	if (word_is(&w[0], "sleep-if-gfp")) {
		char *end;
		long arg;

		if (n != 3)
			goto arity;
		if (word_is(&w[2], "gfp"))
			return add_rule(r, &w[1], RULE_SLEEP_IF_GFP, 0, RULE_ARG_GFP,
					file, line);
		arg = strtol(w[2].s, &end, 10);
		if (end != w[2].s + w[2].len || arg < 1 || arg > GFP_MAX_PARAMS) {
			perr(file, line, w[2].col, "argument number must be 1..%d "
			     "or 'gfp', not '%.*s'", GFP_MAX_PARAMS, (int)w[2].len,
			     w[2].s);
			return -1;
		}
		return add_rule(r, &w[1], RULE_SLEEP_IF_GFP, 0, (int)arg - 1,
				file, line);
	}
	if (word_is(&w[0], "acquire") || word_is(&w[0], "release") ||
	    word_is(&w[0], "trylock") || word_is(&w[0], "acquire-if-zero")) {
		enum rule_kind kind = word_is(&w[0], "acquire") ? RULE_ACQUIRE :
				      word_is(&w[0], "release") ? RULE_RELEASE :
				      word_is(&w[0], "trylock") ? RULE_TRYLOCK :
				      RULE_ACQUIRE_IF_ZERO;
		if (n != 3)
			goto arity;
		if (parse_kinds(&w[1], &kinds, file, line))
			return -1;
		return add_rule(r, &w[2], kind, kinds, -1, file, line);
	}
	if (word_is(&w[0], "assert") || word_is(&w[0], "assert-held") ||
	    word_is(&w[0], "assert-warn") || word_is(&w[0], "assert-test") ||
	    word_is(&w[0], "assert-test-not") || word_is(&w[0], "lock-type") ||
	    word_is(&w[0], "ctx-test") || word_is(&w[0], "ctx-test-not"))
		return parse_assert(r, w, n, file, line);
	if (word_is(&w[0], "gfp-type") || word_is(&w[0], "gfp-blocking-flags")) {
		char **slot = word_is(&w[0], "gfp-type") ? &r->gfp_type
							 : &r->gfp_blocking;
		if (n != 2)
			goto arity;
		if (!valid_ident(&w[1])) {
			perr(file, line, w[1].col, "'%.*s' is not an identifier",
			     (int)w[1].len, w[1].s);
			return -1;
		}
		if (*slot) {
			perr(file, line, w[0].col, "'%.*s' given twice",
			     (int)w[0].len, w[0].s);
			return -1;
		}
		*slot = word_dup(&w[1]);
		return 0;
	}
	perr(file, line, w[0].col, "unknown directive '%.*s'", (int)w[0].len,
	     w[0].s);
	return -1;
arity:
	perr(file, line, w[0].col, "wrong number of words for '%.*s'",
	     (int)w[0].len, w[0].s);
	return -1;
}

int rules_load_file(struct rules *r, const char *path)
{
	if (!r->arena)
		r->arena = sc_calloc(1, sizeof(*r->arena));
	return load_file(r, path);
}

/* the whole of @f, read at once (a getline() a line cost more than the
 * parsing), terminated; *@size its bytes */
static char *read_all(FILE *f, size_t *size)
{
	size_t cap = 1 << 16, n = 0, got;
	struct stat st;
	char *text;

	if (fstat(fileno(f), &st) == 0 && st.st_size > 0)
		cap = (size_t)st.st_size + 1;
	text = sc_malloc(cap);
	while ((got = fread(text + n, 1, cap - 1 - n, f)) > 0) {
		n += got;
		if (n == cap - 1) {
			cap *= 2;
			text = sc_realloc(text, cap);
		}
	}
	text[n] = '\0';
	*size = n;
	return text;
}

static int load_file(struct rules *r, const char *path)
{
	FILE *f = fopen(path, "r");
	char *text, *line, *nl;
	size_t size, at = 0, len;
	int lineno = 0, ret = 0;

	if (!f) {
		fprintf(stderr, "sleepcheck: error: cannot open rules '%s': %s\n",
			path, strerror(errno));
		return -1;
	}
	text = read_all(f, &size);
	/* a file whose `version` guard does not match is still parsed, into
	 * @scratch, so that its errors are found on any kernel; cleared
	 * (24 KiB) only when a file has such a guard */
	struct rules scratch;
	int scratched = 0;

	r->skipping = 0;
	r->file_directives = 0;
	free(r->last_comment);
	r->last_comment = NULL;
	/* each line as getline() gave it: up to and with its newline */
	for (; at < size; at += len) {
		struct rules *into = r->skipping ? &scratch : r;

		line = text + at;
		nl = memchr(line, '\n', size - at);
		len = nl ? (size_t)(nl - line) + 1 : size - at;
		if (into == &scratch && !scratched) {
			memset(&scratch, 0, sizeof(scratch));
			scratched = 1;
		}
		lineno++;
		if (memchr(line, '\0', len)) {
			perr(path, lineno, 1, "binary data in rules file");
			ret = -1;
			break;
		}
		if (len && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (into == &scratch)
			scratch.file_directives = r->file_directives;
		if (parse_line(into, line, path, lineno)) {
			ret = -1;
			break;
		}
		if (into == &scratch)
			r->file_directives = scratch.file_directives;
	}
	if (scratched) {
		r->nskipped += scratch.n + scratch.ncontracts + scratch.nentries +
			       scratch.nallows + scratch.nasserts;
		rules_free(&scratch);
	}
	r->skipping = 0;
	if (!ret && ferror(f)) {
		fprintf(stderr, "sleepcheck: error: cannot read rules '%s': %s\n",
			path, strerror(errno));
		ret = -1;
	}
	free(text);
	fclose(f);
	return ret;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int rules_load_dir(struct rules *r, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	int n = 0, cap = 0, i, ret = 0;

	if (!d) {
		fprintf(stderr, "sleepcheck: error: cannot open rules directory "
			"'%s': %s\n", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);

		if (len < 7 || strcmp(de->d_name + len - 6, ".rules"))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			names = sc_realloc(names, cap * sizeof(*names));
		}
		names[n] = sc_malloc(strlen(dir) + len + 2);
		sprintf(names[n], "%s/%s", dir, de->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		if (!ret && rules_load_file(r, names[i]))
			ret = -1;
		free(names[i]);
	}
	free(names);
	if (!ret && n == 0) {
		fprintf(stderr, "sleepcheck: error: no *.rules files in '%s'\n", dir);
		ret = -1;
	}
	return ret;
}

const char *contract_kind_name(enum contract_kind kind)
{
	static const char *const names[] = {
		[CONTRACT_IRQS_ON] = "irqs-on", [CONTRACT_IRQS_OFF_OK] = "irqs-off-ok",
		[CONTRACT_ATOMIC_OK] = "atomic-ok",
		[CONTRACT_NO_INTERRUPT] = "no-interrupt",
		[CONTRACT_ATOMIC_OK_FIELD] = "atomic-ok-field",
		[CONTRACT_ATOMIC_OK_IF] = "atomic-ok-if",
	};

	return names[kind];
}

/* the first contract (in load order) on @name, of @kind or any (-1) */
static const struct contract *contract_find(const struct rules *r, const char *name,
					    int kind)
{
	unsigned h;
	int best = -1;

	if (!name || !r->chash_size || !pre_has(r->pre_contracts, name))
		return NULL;
	for (h = hash_name(name) & (r->chash_size - 1); r->chash[h] >= 0;
	     h = (h + 1) & (r->chash_size - 1)) {
		const struct contract *c = &r->contracts[r->chash[h]];

		if ((kind < 0 || (int)c->kind == kind) && !strcmp(c->name, name) &&
		    (best < 0 || r->chash[h] < best))
			best = r->chash[h];
	}
	return best < 0 ? NULL : &r->contracts[best];
}

const struct contract *rules_contract_kind(const struct rules *r, const char *name,
					   enum contract_kind kind)
{
	return contract_find(r, name, (int)kind);
}

const struct contract *rules_contract(const struct rules *r, const char *name)
{
	return contract_find(r, name, -1);
}

int rules_bind_field_contracts(struct rules *r, const struct fact_set *set)
{
	int i, j, added = 0;

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *file = &set->files[i];

		for (j = 0; j < file->nbinds; j++) {
			const struct fact_binding *b = &file->binds[j];
			const struct contract *fc = contract_find(r, b->via,
								  CONTRACT_ATOMIC_OK_FIELD);
			char *source, *cfile;

			if (!fc || !b->func ||
			    contract_find(r, b->func, CONTRACT_ATOMIC_OK))
				continue;
			/* add_contract() may move @fc: copy what it needs first */
			source = fc->source ? sc_strdup(fc->source) : NULL;
			cfile = sc_strdup(fc->file);
			add_contract(r, sc_strdup(b->func), CONTRACT_ATOMIC_OK, 0,
				     cfile, fc->line, source);
			free(cfile);
			free(source);
			added++;
		}
	}
	return added;
}

const struct entry_rule *rules_entry(const struct rules *r, const char *name,
				     int arg)
{
	int i;

	for (i = 0; name && i < r->nentries; i++)
		if (r->entries[i].arg == arg && !strcmp(r->entries[i].name, name))
			return &r->entries[i];
	return NULL;
}

unsigned rules_entry_ctx(const struct rules *r, const struct entry_rule *er)
{
	unsigned kinds = 0;
	int i;

	for (i = 0; er && er->name && er->arg >= 0 && i < r->nctx_entries; i++)
		if (r->ctx_entries[i].field == !er->arg &&
		    !strcmp(r->ctx_entries[i].name, er->name))
			kinds |= r->ctx_entries[i].kinds;
	return kinds;
}

int rules_ctx_dispatch(const struct rules *r, const char *name)
{
	int i;

	for (i = 0; name && i < r->nctx_entries; i++)
		if (r->ctx_entries[i].field == CTX_DISPATCH &&
		    !strcmp(r->ctx_entries[i].name, name))
			return 1;
	return 0;
}

const char *rules_entry_fill(const struct rules *r, const struct entry_rule *er)
{
	int i;

	for (i = 0; er && er->name && er->arg > 0 && i < r->nctx_entries; i++)
		if (!r->ctx_entries[i].field && r->ctx_entries[i].fill &&
		    !strcmp(r->ctx_entries[i].name, er->name))
			return r->ctx_entries[i].fill;
	return NULL;
}

const struct entry_rule *rules_sleep_field(const struct rules *r, const char *via)
{
	return rules_entry(r, via, -1);
}

/* the first line of @path into @buf, without its newline; 0 or -1 */
static int first_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	int ok;

	if (!f)
		return -1;
	ok = fgets(buf, (int)size, f) != NULL;
	fclose(f);
	if (!ok)
		return -1;
	buf[strcspn(buf, "\r\n")] = '\0';
	return buf[0] ? 0 : -1;
}

/* "6.1" from a kernel Makefile's VERSION and PATCHLEVEL lines */
static int makefile_version(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	char line[256];
	int v = -1, p = -1, lines = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f) && lines++ < 20) {
		sscanf(line, "VERSION = %d", &v);
		sscanf(line, "PATCHLEVEL = %d", &p);
	}
	fclose(f);
	if (v < 0 || p < 0)
		return -1;
	snprintf(buf, size, "%d.%d", v, p);
	return 0;
}

/* the release the database being reported was checked against */
static char db_release[128];

void rules_set_db_kernel(const char *release)
{
	snprintf(db_release, sizeof(db_release), "%s", release ? release : "");
}

int rules_kernel_release_in(const char *dir, char *buf, size_t size)
{
	char rel[4096], mk[4096];

	if ((size_t)snprintf(rel, sizeof(rel), "%s/include/config/kernel.release", dir) >= sizeof(rel) ||
	    (size_t)snprintf(mk, sizeof(mk), "%s/Makefile", dir) >= sizeof(mk))
		return -1;
	if (first_line(rel, buf, size) && makefile_version(mk, buf, size)) {
		buf[0] = '\0';
		return -1;
	}
	return 0;
}

const char *rules_tree_kernel_version(void)
{
	static char buf[128];
	static int done;

	if (!done) {
		done = 1;
		rules_kernel_release_in(".", buf, sizeof(buf));
	}
	return buf[0] ? buf : NULL;
}

const char *rules_kernel_version(void)
{
	const char *env = getenv("SLEEPCHECK_KERNEL_VERSION");

	if (env)
		return *env ? env : NULL;
	if (db_release[0])
		return db_release;
	return rules_tree_kernel_version();
}

const char *rule_file_display(const char *path)
{
	const char *last = strrchr(path, '/'), *p;

	if (!last)
		return path;
	for (p = last - 1; p > path && *p != '/'; p--)
		;
	return *p == '/' ? p + 1 : path;
}

const char *rules_default_dir(void)
{
	static char buf[PATH_MAX];
	const char *env = getenv("SLEEPCHECK_RULES");
	ssize_t len;
	char *slash;

	if (env && *env)
		return env;
	len = readlink("/proc/self/exe", buf, sizeof(buf) - 40);
	if (len > 0) {
		buf[len] = '\0';
		slash = strrchr(buf, '/');
		if (slash) {
			strcpy(slash + 1, "rules/");
			if (access(buf, R_OK | X_OK) == 0) {
				slash[6] = '\0';
				return buf;
			}
			/* installed: PREFIX/bin/sleepcheck, PREFIX/share/... */
			if ((size_t)(slash - buf) + 32 < sizeof(buf)) {
				strcpy(slash + 1, "../share/sleepcheck/rules");
				if (access(buf, R_OK | X_OK) == 0)
					return buf;
			}
		}
	}
	return RULES_INSTALL_DIR;
}

struct rule *rules_derive(const struct rules *r, const struct rule *from)
{
	struct rule_arena *a = r->arena;
	struct rule *nr = sc_calloc(1, sizeof(*nr));

	if (from)
		*nr = *from;
	if (a->n == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 64;
		a->v = sc_realloc(a->v, a->cap * sizeof(*a->v));
	}
	a->v[a->n++] = nr;
	return nr;
}

void rules_free(struct rules *r)
{
	int i;

	if (r->summary) {
		rules_free(r->summary);
		free(r->summary);
	}
	if (r->arena) {
		for (i = 0; i < r->arena->n; i++)
			free(r->arena->v[i]);
		free(r->arena->v);
		free(r->arena);
	}
	for (i = 0; i < r->n; i++) {
		free(r->v[i].name);
		free(r->v[i].file);
		free(r->v[i].source);
	}
	for (i = 0; i < r->nprefix; i++) {
		free(r->prefix[i].name);
		free(r->prefix[i].file);
	}
	free(r->prefix);
	for (i = 0; i < r->nrthard; i++) {
		free(r->rthard[i].name);
		free(r->rthard[i].file);
	}
	free(r->rthard);
	for (i = 0; i < r->nrtsleep; i++) {
		free(r->rtsleep[i].name);
		free(r->rtsleep[i].file);
	}
	free(r->rtsleep);
	for (i = 0; i < r->nboots; i++)
		free(r->boots[i]);
	free(r->boots);
	free(r->boot_kinds);
	for (i = 0; i < r->nrefs; i++)
		free(r->refs[i].name);
	free(r->refs);
	for (i = 0; i < r->nreleases; i++) {
		free(r->releases[i].name);
		free(r->releases[i].file);
	}
	free(r->releases);
	for (i = 0; i < r->nmems; i++)
		free(r->mems[i].name);
	free(r->mems);
	for (i = 0; i < r->nnotifiers; i++) {
		free(r->notifiers[i].kind);
		free(r->notifiers[i].name);
		free(r->notifiers[i].file);
		free(r->notifiers[i].field);
		free(r->notifiers[i].registrar);
	}
	free(r->notifiers);
	for (i = 0; i < r->nnocalls; i++) {
		free(r->nocalls[i].caller);
		free(r->nocalls[i].callee);
		free(r->nocalls[i].file);
	}
	free(r->nocalls);
	for (i = 0; i < r->nnocallifs; i++) {
		free(r->nocallifs[i].caller);
		free(r->nocallifs[i].callee);
		free(r->nocallifs[i].file);
	}
	free(r->nocallifs);
	for (i = 0; i < r->nmbits; i++) {
		free(r->mbits[i].tag);
		free(r->mbits[i].path);
		free(r->mbits[i].member);
		free(r->mbits[i].file);
	}
	free(r->mbits);
	for (i = 0; i < r->nbitops; i++) {
		free(r->bitops[i].name);
		free(r->bitops[i].file);
	}
	free(r->bitops);
	for (i = 0; i < r->npremaps; i++) {
		free(r->premaps[i].name);
		free(r->premaps[i].obj);
		free(r->premaps[i].file);
	}
	free(r->premaps);
	for (i = 0; i < r->nunits; i++) {
		free(r->units[i].prefix);
		free(r->units[i].name);
		free(r->units[i].file);
	}
	free(r->units);
	for (i = 0; i < r->nallows; i++) {
		free(r->allows[i].caller);
		free(r->allows[i].callee);
		free(r->allows[i].reason);
		free(r->allows[i].file);
	}
	free(r->allows);
	for (i = 0; i < r->ncontracts; i++) {
		free(r->contracts[i].name);
		free(r->contracts[i].file);
		free(r->contracts[i].source);
	}
	free(r->contracts);
	free(r->chash);
	free(r->last_comment);
	for (i = 0; i < r->nentries; i++) {
		free(r->entries[i].kind);
		free(r->entries[i].name);
		free(r->entries[i].file);
	}
	free(r->entries);
	for (i = 0; i < r->nctx_entries; i++) {
		free(r->ctx_entries[i].name);
		free(r->ctx_entries[i].fill);
		free(r->ctx_entries[i].file);
	}
	free(r->ctx_entries);
	free(r->v);
	free(r->hash);
	free(r->gfp_type);
	free(r->gfp_blocking);
	for (i = 0; i < r->nasserts; i++) {
		free(r->asserts[i].name);
		free(r->asserts[i].file);
		free(r->asserts[i].config);
	}
	free(r->asserts);
	memset(r, 0, sizeof(*r));
}

/* does @prefix begin @path, or a part of it after a '/'? */
static int path_has_prefix(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);
	const char *p = path;

	for (;;) {
		if (!strncmp(p, prefix, n))
			return 1;
		p = strchr(p, '/');
		if (!p)
			return 0;
		p++;
	}
}

const struct link_unit *rules_link_unit(const struct rules *rules, const char *path)
{
	const struct link_unit *best = NULL;
	int i;

	for (i = 0; i < rules->nunits; i++) {
		const struct link_unit *u = &rules->units[i];

		if (path_has_prefix(path, u->prefix) &&
		    (!best || strlen(u->prefix) > strlen(best->prefix)))
			best = u;
	}
	return best;
}

const struct member_bits *rules_member_bits(const struct rules *rules, const char *tag,
					    const char *path, unsigned long long mask)
{
	int i;

	for (i = 0; rules && i < rules->nmbits; i++)
		if (rules->mbits[i].path_mask == mask && !strcmp(rules->mbits[i].tag, tag) &&
		    !strcmp(rules->mbits[i].path, path))
			return &rules->mbits[i];
	return NULL;
}

enum bitop_kind rules_bitop(const struct rules *rules, const char *name)
{
	int i;

	for (i = 0; rules && name && i < rules->nbitops; i++)
		if (!strcmp(rules->bitops[i].name, name))
			return rules->bitops[i].kind;
	return BITOP_NONE;
}

const struct premapped *rules_premapped(const struct rules *rules, const char *name)
{
	int i;

	for (i = 0; rules && name && i < rules->npremaps; i++)
		if (!strcmp(rules->premaps[i].name, name))
			return &rules->premaps[i];
	return NULL;
}

int rules_premapped_obj(const struct rules *rules, const char *name, const char *obj)
{
	int i;

	for (i = 0; rules && i < rules->npremaps; i++)
		if (!strcmp(rules->premaps[i].name, name) &&
		    !strcmp(rules->premaps[i].obj, obj))
			return 1;
	return 0;
}

int rules_nocall(const struct rules *rules, const char *caller, const char *callee)
{
	int i;

	for (i = 0; i < rules->nnocalls; i++)
		if (!rules->nocalls[i].binder &&
		    !strcmp(rules->nocalls[i].caller, caller) &&
		    !strcmp(rules->nocalls[i].callee, callee))
			return i + 1;
	return 0;
}

const struct mem_rule *rules_mem(const struct rules *rules, const char *name, int kind,
				 int arg)
{
	int i;

	for (i = 0; name && i < rules->nmems; i++)
		if (rules->mems[i].kind == kind && !strcmp(rules->mems[i].name, name) &&
		    (kind == MEM_NEW || kind == MEM_GET || kind >= MEM_VFREE ||
		     rules->mems[i].arg == arg))
			return &rules->mems[i];
	return NULL;
}

int rules_binder_excludes(const struct rules *rules, const char *binder,
			  const char *caller)
{
	int i, named = 0;

	for (i = 0; i < rules->nnocalls; i++) {
		if (!rules->nocalls[i].binder || strcmp(rules->nocalls[i].callee, binder))
			continue;
		if (!strcmp(rules->nocalls[i].caller, caller))
			return 0;
		named = 1;
	}
	return named;
}

const struct ref_rule *rules_ref(const struct rules *rules, const char *name)
{
	int i;

	if (!name || !pre_has(rules->pre_refs, name))
		return NULL;	/* asked of each call with values */
	for (i = 0; i < rules->nrefs; i++)
		if (!strcmp(rules->refs[i].name, name))
			return &rules->refs[i];
	return NULL;
}

const struct releases_rule *rules_releases(const struct rules *rules,
					   const char *name)
{
	int i;

	if (!name || !pre_has(rules->pre_releases, name))
		return NULL;	/* asked of each call with no rule */
	for (i = 0; i < rules->nreleases; i++)
		if (!strcmp(rules->releases[i].name, name))
			return &rules->releases[i];
	return NULL;
}

int rules_is_boot(const struct rules *rules, const char *name)
{
	int i;

	for (i = 0; i < rules->nboots; i++)
		if (!strcmp(rules->boots[i], name))
			return rules->boot_kinds[i];
	return 0;
}

const char *rule_sleep_text(const struct rule *r)
{
	static char buf[300];

	if (!r)
		return "";
	if (r->summary) {
		snprintf(buf, sizeof(buf), ", which may sleep by the kernel's summary "
			 "(%s:%d)", rule_file_display(r->file), r->line);
		return buf;
	}
	return r->convention ? ", which may sleep by the gfp convention (its body "
			       "is not in the database)" : ", which may sleep";
}
