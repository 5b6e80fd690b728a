/*
 * kdocmine.c - `sleepcheck rules-from-doc --kernel-doc TREE [PATH...]`
 * (docmine.h): turns what the kernel's own kernel-doc comments say of a function's
 * context into rules, each with its provenance (file:line and the
 * statement quoted).  The sibling of docmine.c, which reads the DMA-API
 * .rst documents.
 *
 * This file owns the reading: the walk over TREE's .c and .h files (in
 * name order, so the output is stable), the kernel-doc blocks (a comment
 * opened with "/" "**", its first line "name() - ..."), their "Context:"
 * sections, the prototype after each block (static? inline? a macro? a
 * gfp_t parameter?), and the list of dmaengine provider operations of a
 * `fields` document.  What a statement means is data (rules/kdoc-patterns:
 * phrases to kinds); what it becomes is decided in classify() and
 * verdict(), conservatively: a condition never becomes an unconditional
 * sleep, conflicting statements are skipped, and every skip is counted by
 * its reason in the header of the output (and with --stats on stderr).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "facts.h"
#include "docmine.h"
#include "rules.h"

enum kkind { K_SLEEP, K_SLEEP_IF, K_CONDITION, K_GFP, K_ATOMIC_OK, K_NO_INTERRUPT,
	     K_NEUTRAL, K_NR };

static const char *const kkind_names[K_NR] = {
	[K_SLEEP] = "sleep", [K_SLEEP_IF] = "sleep-if", [K_CONDITION] = "condition",
	[K_GFP] = "gfp", [K_ATOMIC_OK] = "atomic-ok", [K_NO_INTERRUPT] = "no-interrupt",
	[K_NEUTRAL] = "neutral",
};

/* what a statement became: a rule, or why not */
enum verdict { V_SLEEP, V_SLEEP_GFP, V_ATOMIC_OK, V_ATOMIC_OK_GFP, V_NO_INTERRUPT,
	       V_FIELD,
	       V_NRULES,
	       S_NO_PHRASE = V_NRULES, S_CONDITIONAL, S_COND_NO_GFP, S_CONFLICT,
	       S_STATIC, S_INLINE, S_MACRO, S_NOT_FUNCTION, S_NAME_MISMATCH,
	       S_DUPLICATE, S_SAME_NAME_CONFLICT, S_FIELD_SLEEP, S_NOT_FIELD, V_NR };

static const char *const verdict_names[V_NR] = {
	[V_SLEEP] = "doc-sleep", [V_SLEEP_GFP] = "doc-sleep gfp",
	[V_ATOMIC_OK] = "contract atomic-ok",
	[V_ATOMIC_OK_GFP] = "contract irqs-off-ok (any context, with a gfp_t)",
	[V_NO_INTERRUPT] = "contract no-interrupt",
	[V_FIELD] = "contract atomic-ok-field",
	[S_NO_PHRASE] = "no context phrase",
	[S_CONDITIONAL] = "conditional (not on gfp)",
	[S_COND_NO_GFP] = "conditional on gfp, but no gfp_t parameter",
	[S_CONFLICT] = "conflicting phrases",
	[S_STATIC] = "static function (rules name global functions)",
	[S_INLINE] = "static inline (its body is expanded where it is called)",
	[S_MACRO] = "a macro",
	[S_NOT_FUNCTION] = "no function prototype after the comment",
	[S_NAME_MISMATCH] = "comment and prototype name different functions",
	[S_DUPLICATE] = "documented again with the same meaning",
	[S_SAME_NAME_CONFLICT] = "documented elsewhere with another meaning",
	[S_FIELD_SLEEP] = "operation that may sleep (no rule kind for fields)",
	[S_NOT_FIELD] = "not a function-pointer field of the struct",
};

struct kpat {
	enum kkind kind;
	int whole, body;
	char *phrase;
	size_t len;
};

struct kfields {
	char strct[128], header[512], doc[512];
};

/* `unlocks KINDS "phrase"`: a statement holding the phrase says the
 * function sleeps with the lock it expects held released, of KINDS */
struct kunlock {
	char kinds[32];
	char *phrase;
};

struct kstmt {
	char *name;		/* function, or "STRUCT FIELD" */
	char *file;		/* relative to the tree */
	int line;
	char *text;
	enum verdict v;
	int gfp_arg;		/* 1-based gfp_t parameter, or 0 */
};

struct kminer {
	struct kpat *pat;
	int npat;
	struct kfields fields[8];
	int nfields;
	struct kunlock *unl;
	int nunl;
	struct kstmt *st;
	int nst, stcap;
	const char *tree;
	int nblocks;		/* kernel-doc blocks about functions */
	int nfiles;
};

static void kerr(const char *file, int line, const char *msg, const char *arg)
{
	fprintf(stderr, "%s:%d:1: error: %s%s%s\n", file, line, msg,
		arg ? arg : "", arg ? "'" : "");
}

static int load_kpatterns(struct kminer *m, const char *path)
{
	FILE *in = fopen(path, "r");
	char line[1024];
	int lineno = 0, cap = 0;

	if (!in) {
		fprintf(stderr, "sleepcheck: error: cannot open patterns '%s': %s\n",
			path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), in)) {
		char kind[32], scope[32];
		char *q, *e;
		int k, n;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || !line[strspn(line, " \t")])
			continue;
		if (!strncmp(line, "fields", 6) && isspace((unsigned char)line[6])) {
			struct kfields *f = &m->fields[m->nfields];

			if (m->nfields == 8 || sscanf(line + 6, "%127s %511s %511s%n",
						      f->strct, f->header, f->doc, &n) != 3 ||
			    line[6 + n + strspn(line + 6 + n, " \t")]) {
				kerr(path, lineno, "expected 'fields STRUCT HEADER DOC'", NULL);
				goto bad;
			}
			m->nfields++;
			continue;
		}
		q = strchr(line, '"');
		e = q ? strchr(q + 1, '"') : NULL;
		if (!strncmp(line, "unlocks", 7) && isspace((unsigned char)line[7])) {
			struct kunlock *u;

			if (!q || !e || e == q + 1 || e[1 + strspn(e + 1, " \t")] ||
			    sscanf(line + 7, "%31s", kind) != 1 || kind[0] == '"') {
				kerr(path, lineno, "expected 'unlocks KINDS \"phrase\"'", NULL);
				goto bad;
			}
			m->unl = sc_realloc(m->unl, (m->nunl + 1) * sizeof(*m->unl));
			u = &m->unl[m->nunl++];
			snprintf(u->kinds, sizeof(u->kinds), "%s", kind);
			*e = '\0';
			u->phrase = sc_strdup(q + 1);
			continue;
		}
		scope[0] = '\0';
		if (!q || !e || e == q + 1 || e[1 + strspn(e + 1, " \t")] ||
		    sscanf(line, "%31s %31s", kind, scope) < 1) {
			kerr(path, lineno, "expected KIND [whole|body] \"phrase\"", NULL);
			goto bad;
		}
		for (k = 0; k < K_NR; k++)
			if (!strcmp(kind, kkind_names[k]))
				break;
		if (k == K_NR) {
			fprintf(stderr, "%s:%d:1: error: unknown pattern kind '%s'\n",
				path, lineno, kind);
			goto bad;
		}
		if (scope[0] == '"')
			scope[0] = '\0';
		if (scope[0] && strcmp(scope, "whole") && strcmp(scope, "body")) {
			fprintf(stderr, "%s:%d:1: error: unknown pattern scope '%s' "
				"(whole, body)\n", path, lineno, scope);
			goto bad;
		}
		if (m->npat == cap) {
			cap = cap ? 2 * cap : 64;
			m->pat = sc_realloc(m->pat, cap * sizeof(*m->pat));
		}
		*e = '\0';
		m->pat[m->npat].kind = (enum kkind)k;
		m->pat[m->npat].whole = !strcmp(scope, "whole");
		m->pat[m->npat].body = !strcmp(scope, "body");
		m->pat[m->npat].phrase = sc_strdup(q + 1);
		m->pat[m->npat].len = strlen(q + 1);
		m->npat++;
	}
	fclose(in);
	return 0;
bad:
	fclose(in);
	return -1;
}

static int is_word(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* @phrase in @text at word boundaries, from @from; its offset or -1 */
static long find_word(const char *text, const char *phrase, size_t len, size_t from)
{
	size_t tl = strlen(text), i;

	for (i = from; i + len <= tl; i++) {
		if (strncasecmp(text + i, phrase, len))
			continue;
		if (i && is_word(text[i - 1]) && is_word(phrase[0]))
			continue;
		if (is_word(text[i + len]) && is_word(phrase[len - 1]))
			continue;
		return (long)i;
	}
	return -1;
}

static int cmp_len(const void *a, const void *b)
{
	const struct kpat *x = *(struct kpat *const *)a, *y = *(struct kpat *const *)b;

	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* the kinds @text says, as a bit mask; longer phrases hide shorter ones */
static unsigned classify(const struct kminer *m, const char *text)
{
	char *mask = sc_strdup(text), whole[512];
	struct kpat **order = sc_malloc((m->npat + 1) * sizeof(*order));
	unsigned kinds = 0;
	size_t wl;
	int i;

	/* the whole statement, its final period and blanks aside */
	snprintf(whole, sizeof(whole), "%s", text + strspn(text, " -\t"));
	wl = strlen(whole);
	while (wl && (whole[wl - 1] == '.' || whole[wl - 1] == ' ' || whole[wl - 1] == '!'))
		whole[--wl] = '\0';
	for (i = 0; i < m->npat; i++)
		order[i] = &m->pat[i];
	qsort(order, m->npat, sizeof(*order), cmp_len);
	for (i = 0; i < m->npat; i++) {
		const struct kpat *p = order[i];
		long at;

		if (p->whole) {
			if (!strcasecmp(whole, p->phrase))
				kinds |= 1u << p->kind;
			continue;
		}
		for (at = find_word(mask, p->phrase, p->len, 0); at >= 0;
		     at = find_word(mask, p->phrase, p->len, at + p->len)) {
			kinds |= 1u << p->kind;
			memset(mask + at, '#', p->len);
		}
	}
	free(order);
	free(mask);
	return kinds;
}

#define HAS(k, kind) ((k) & (1u << (kind)))
#define SAYS(k) ((k) & ((1u << K_SLEEP) | (1u << K_SLEEP_IF) | (1u << K_ATOMIC_OK) | \
			(1u << K_NO_INTERRUPT)))

/*
 * What a statement becomes for a function (@gfp: it has a gfp_t
 * parameter), sentence by sentence: a sentence that says something of
 * the context under a condition makes the whole statement conditional
 * (on the gfp flags when every such sentence names them); a condition in
 * a sentence that says nothing of the context ("May sleep.  If you need
 * to lock two folios, ...") does not.
 */
static enum verdict verdict(const struct kminer *m, const char *text, int gfp)
{
	char *copy = sc_strdup(text), *sent = copy, *p;
	unsigned k = 0, s;
	int cond = 0, cond_gfp = 1, sleep, atomic, noint;

	for (p = copy;; p++) {
		if (*p && !((*p == '.' || *p == ';') && (p[1] == ' ' || !p[1])))
			continue;
		{
			char end = *p;

			*p = '\0';
			s = classify(m, sent);
			/* "May release and reacquire xa_lock if @gfp flags
			 * permit": a condition on the flags says enough */
			if ((SAYS(s) || HAS(s, K_GFP)) &&
			    (HAS(s, K_SLEEP_IF) || HAS(s, K_CONDITION))) {
				cond = 1;
				cond_gfp &= !!HAS(s, K_GFP);
			}
			if (SAYS(s))
				k |= s;
			if (!end)
				break;
			sent = p + 1;
		}
	}
	free(copy);
	sleep = HAS(k, K_SLEEP);
	atomic = HAS(k, K_ATOMIC_OK);
	noint = HAS(k, K_NO_INTERRUPT);
	if (cond) {
		if (!cond_gfp)
			return S_CONDITIONAL;
		return gfp ? V_SLEEP_GFP : S_COND_NO_GFP;
	}
	if ((sleep && atomic) || (atomic && noint))
		return S_CONFLICT;
	if (sleep)
		return V_SLEEP;
	if (atomic)
		return V_ATOMIC_OK;
	if (noint)
		return V_NO_INTERRUPT;
	return S_NO_PHRASE;
}

static void add_stmt(struct kminer *m, const char *name, const char *file, int line,
		     const char *text, enum verdict v, int gfp_arg)
{
	struct kstmt *s;
	char *t;

	if (m->nst == m->stcap) {
		m->stcap = m->stcap ? 2 * m->stcap : 256;
		m->st = sc_realloc(m->st, m->stcap * sizeof(*m->st));
	}
	s = &m->st[m->nst++];
	s->name = sc_strdup(name);
	s->file = sc_strdup(file);
	s->line = line;
	/* one line in the rules file: quotes and tabs become plain */
	s->text = t = sc_strdup(text);
	for (; *t; t++)
		if (*t == '"')
			*t = '\'';
		else if (*t == '\t')
			*t = ' ';
	if (strlen(s->text) > 300)
		strcpy(s->text + 296, " ...");
	s->v = v;
	s->gfp_arg = gfp_arg;
}

/* appends @s to the statement @buf, blanks squeezed */
static void append(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);

	s += strspn(s, " \t");
	if (!*s)
		return;
	if (n && n + 1 < size)
		buf[n++] = ' ';
	for (; *s && n + 1 < size; s++) {
		if ((*s == ' ' || *s == '\t') && n && buf[n - 1] == ' ')
			continue;
		buf[n++] = *s == '\t' ? ' ' : *s;
	}
	while (n && buf[n - 1] == ' ')
		n--;
	buf[n] = '\0';
}

/* the text of a comment line: " * foo" -> "foo" */
static const char *ctext(const char *line)
{
	line += strspn(line, " \t");
	if (*line == '*' && line[1] != '/')
		line++;
	if (*line == ' ' || *line == '\t')
		line++;
	return line;
}

/* "Return:", "Note:", "@gfp:": a kernel-doc section starts on this line */
static int section_start(const char *t)
{
	const char *p = t;

	if (*p == '@')
		return 1;
	while (isalpha((unsigned char)*p) || (*p == ' ' && p > t && p - t < 20))
		p++;
	return p > t && *p == ':' && (p[1] == ' ' || !p[1] || p[1] == '\t');
}

struct proto {
	char name[128];
	int is_macro, is_static, is_inline, found;
	int has_gfp;		/* 1-based place of a gfp_t parameter, or 0 */
};

/* the 1-based place of the gfp_t parameter in "(a, gfp_t gfp, ...)" */
static int gfp_param(const char *paren)
{
	const char *p;
	int depth = 0, arg = 1;

	for (p = paren; *p; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return 0;
		else if (*p == ',' && depth == 1)
			arg++;
		else if (depth == 1 && !strncmp(p, "gfp_t", 5) && !is_word(p[5]) &&
			 (p == paren || !is_word(p[-1])))
			return arg;
	}
	return 0;
}

/* reads the prototype in @p (lines joined, up to '{' or ';') */
static void parse_proto(const char *p, struct proto *pr)
{
	const char *paren, *n;

	memset(pr, 0, sizeof(*pr));
	p += strspn(p, " \t");
	if (!strncmp(p, "#define", 7)) {
		pr->is_macro = 1;
		sscanf(p + 7, " %127[A-Za-z0-9_]", pr->name);
		pr->found = 1;
		return;
	}
	paren = strchr(p, '(');
	if (!paren || (strchr(p, '{') && strchr(p, '{') < paren) || *p == '#')
		return;
	for (n = paren; n > p && isspace((unsigned char)n[-1]); n--)
		;
	paren = n;
	while (n > p && is_word(n[-1]))
		n--;
	if (n == paren || (size_t)(paren - n) >= sizeof(pr->name))
		return;
	memcpy(pr->name, n, paren - n);
	pr->name[paren - n] = '\0';
	pr->found = 1;
	pr->is_static = find_word(p, "static", 6, 0) >= 0 &&
			find_word(p, "static", 6, 0) < n - p;
	pr->is_inline = pr->is_static && (strstr(p, "inline") != NULL);
	pr->has_gfp = gfp_param(paren);
}

/* the name a kernel-doc block's first line gives, or "" if not a function */
static void doc_name(const char *first, char *name, size_t size)
{
	const char *p = first, *e;

	name[0] = '\0';
	if (!strncmp(p, "struct ", 7) || !strncmp(p, "union ", 6) ||
	    !strncmp(p, "enum ", 5) || !strncmp(p, "typedef ", 8) ||
	    !strncmp(p, "DOC:", 4) || !strncmp(p, "define ", 7) ||
	    !strncmp(p, "macro ", 6))
		return;
	if (!strncmp(p, "function ", 9))
		p += 9;
	for (e = p; is_word(*e); e++)
		;
	if (e == p || (size_t)(e - p) >= size)
		return;
	snprintf(name, size, "%.*s", (int)(e - p), p);
}

struct block {
	char first[256];	/* the first line's text */
	char ctx[2048];		/* the Context: statement */
	int ctx_line;
	char body[8192];	/* the rest, for body phrases */
	int body_line;
	int in_ctx, in_param;
};

/* a body sentence holding a `body` phrase: classified as a statement */
static int body_statement(const struct kminer *m, const char *body, char *out,
			  size_t size)
{
	int i;

	for (i = 0; i < m->npat; i++) {
		const struct kpat *p = &m->pat[i];
		long at;
		const char *s, *e;

		if (!p->body || (at = find_word(body, p->phrase, p->len, 0)) < 0)
			continue;
		for (s = body + at; s > body && !(s[-1] == ' ' && s - 1 > body &&
						  (s[-2] == '.' || s[-2] == ':'));
		     s--)
			;
		for (e = body + at; *e && !(*e == '.' && (e[1] == ' ' || !e[1])); e++)
			;
		snprintf(out, size, "%.*s%s", (int)(e - s), s, *e ? "." : "");
		return 1;
	}
	return 0;
}

static void finish_block(struct kminer *m, struct block *b, const char *proto,
			 const char *file)
{
	char name[128], stmt[2048];
	struct proto pr;
	enum verdict v;
	int line;

	doc_name(b->first, name, sizeof(name));
	if (!name[0])
		return;
	parse_proto(proto, &pr);
	m->nblocks++;
	if (b->ctx[0]) {
		snprintf(stmt, sizeof(stmt), "%s", b->ctx);
		line = b->ctx_line;
	} else if (body_statement(m, b->body, stmt, sizeof(stmt))) {
		line = b->body_line;
	} else
		return;
	if (!pr.found)
		v = S_NOT_FUNCTION;
	else if (pr.is_macro)
		v = S_MACRO;
	else if (strcmp(pr.name, name))
		v = S_NAME_MISMATCH;
	else {
		v = verdict(m, b->ctx[0] ? b->ctx + 8 : stmt, pr.has_gfp);
		/* "Any context" for a function taking a gfp_t: callable in
		 * atomic context with flags that cannot block */
		if (v == V_ATOMIC_OK && pr.has_gfp)
			v = V_ATOMIC_OK_GFP;
		if (v < V_NRULES && pr.is_inline)
			v = S_INLINE;
		else if (v < V_NRULES && pr.is_static)
			v = S_STATIC;
	}
	add_stmt(m, name, file, line, stmt, v, pr.has_gfp);
}

/* one source file: its kernel-doc blocks and the prototypes after them */
static int mine_source(struct kminer *m, const char *path, const char *rel)
{
	FILE *in = fopen(path, "r");
	char *line = NULL, proto[1024];
	size_t cap = 0;
	int lineno = 0, state = 0, plines = 0;	/* 0 code, 1 comment, 2 prototype */
	struct block *b = sc_calloc(1, sizeof(*b));

	if (!in) {
		fprintf(stderr, "sleepcheck: error: cannot open '%s': %s\n", path,
			strerror(errno));
		free(b);
		return -1;
	}
	m->nfiles++;
	while (getline(&line, &cap, in) >= 0) {
		const char *t;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (state == 2) {
			const char *s = line + strspn(line, " \t");

			if (!*s && !proto[0] && plines++ < 3)
				continue;	/* a blank line before the prototype */
			if (!strncmp(s, "/**", 3) || !*s || plines++ > 12) {
				finish_block(m, b, proto, rel);
				state = 0;
			} else {
				append(proto, sizeof(proto), s);
				if (strchr(s, '{') || strchr(s, ';') ||
				    (!strncmp(proto, "#define", 7) &&
				     s[strlen(s) - (*s ? 1 : 0)] != '\\')) {
					finish_block(m, b, proto, rel);
					state = 0;
				}
				continue;
			}
		}
		if (state == 0) {
			t = line + strspn(line, " \t");
			if (strncmp(t, "/**", 3) || t[3] == '*' || strstr(t + 3, "*/"))
				continue;
			memset(b, 0, sizeof(*b));
			state = 1;
			t += 3;
			if (*t && *t != '\n') {
				t += strspn(t, " \t");
				snprintf(b->first, sizeof(b->first), "%s", t);
			}
			continue;
		}
		/* state 1: inside the comment */
		{
			const char *end = strstr(line, "*/");

			if (end)
				*(char *)end = '\0';
			t = ctext(line);
			if (!b->first[0]) {
				if (*t)
					snprintf(b->first, sizeof(b->first), "%s", t);
			} else if (!strncasecmp(t, "context:", 8)) {
				b->in_ctx = !b->ctx[0];
				if (b->in_ctx) {
					snprintf(b->ctx, sizeof(b->ctx), "Context:");
					append(b->ctx, sizeof(b->ctx), t + 8);
					b->ctx_line = lineno;
				}
			} else if (b->in_ctx && *t && !section_start(t)) {
				append(b->ctx, sizeof(b->ctx), t);
			} else {
				/* a parameter's text ("@wait: ... safe to call from
				 * interrupt context" when UMH_NO_WAIT) is not about
				 * the function: body phrases are not looked for there */
				b->in_ctx = 0;
				if (*t == '@')
					b->in_param = 1;
				else if (!*t || section_start(t))
					b->in_param = 0;
				if (!b->in_param) {
					if (!b->body[0])
						b->body_line = lineno;
					append(b->body, sizeof(b->body), t);
				}
			}
			if (end) {
				state = 2;
				plines = 0;
				proto[0] = '\0';
			}
		}
	}
	if (state == 2)
		finish_block(m, b, proto, rel);
	free(line);
	free(b);
	fclose(in);
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* every .c and .h file under @dir (relative @rel), in name order */
static int walk(struct kminer *m, const char *dir, const char *rel)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	int n = 0, cap = 0, i, ret = 0;

	if (!d) {
		fprintf(stderr, "sleepcheck: error: cannot open '%s': %s\n", dir,
			strerror(errno));
		return -1;
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			names = sc_realloc(names, cap * sizeof(*names));
		}
		names[n++] = sc_strdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_names);
	for (i = 0; i < n; i++) {
		char *path, *r;
		struct stat st;
		size_t len = strlen(names[i]);

		if (asprintf(&path, "%s/%s", dir, names[i]) < 0 ||
		    asprintf(&r, "%s%s%s", rel, *rel ? "/" : "", names[i]) < 0) {
			fprintf(stderr, "sleepcheck: error: out of memory\n");
			exit(2);
		}
		if (!lstat(path, &st) && S_ISDIR(st.st_mode)) {
			if (walk(m, path, r))
				ret = -1;
		} else if (!lstat(path, &st) && S_ISREG(st.st_mode) && len > 2 &&
			   names[i][len - 2] == '.' &&
			   (names[i][len - 1] == 'c' || names[i][len - 1] == 'h')) {
			if (mine_source(m, path, r))
				ret = -1;
		}
		free(path);
		free(r);
		free(names[i]);
	}
	free(names);
	return ret;
}

/* the function-pointer fields of struct @strct in @header: "(*name)(" */
static int read_fields(const char *header, const char *strct, char ***out)
{
	FILE *in = fopen(header, "r");
	char line[1024], open[160];
	int inside = 0, n = 0, cap = 0;

	*out = NULL;
	if (!in)
		return -1;
	snprintf(open, sizeof(open), "struct %s {", strct);
	while (fgets(line, sizeof(line), in)) {
		const char *p = line + strspn(line, " \t"), *s;
		char name[128];

		if (!inside) {
			inside = !strncmp(line, open, strlen(open));
			continue;
		}
		if (!strncmp(line, "};", 2))
			break;
		s = strstr(p, "(*");
		if (s && sscanf(s + 2, "%127[A-Za-z0-9_])", name) == 1) {
			if (n == cap) {
				cap = cap ? 2 * cap : 32;
				*out = sc_realloc(*out, cap * sizeof(**out));
			}
			(*out)[n++] = sc_strdup(name);
		}
	}
	fclose(in);
	return n;
}

/* does the operation name @op ("device_prep_dma_*") cover @field? */
static int op_covers(const char *op, const char *field)
{
	const char *star = strchr(op, '*');

	if (!star)
		return !strcmp(op, field);
	return !strncmp(op, field, star - op);
}

/* one operation of a fields document: its sub-items are its statements */
static void field_item(struct kminer *m, const struct kfields *f, char **fields,
		       int nfields, const char *op, const char *item, int line)
{
	char name[300];
	enum verdict v;
	int i, any = 0;

	if (!SAYS(classify(m, item)))
		return;		/* not a statement about context */
	v = verdict(m, item, 0);
	if (v == V_ATOMIC_OK)
		v = V_FIELD;
	else if (v == V_SLEEP)
		v = S_FIELD_SLEEP;
	for (i = 0; i < nfields; i++) {
		if (!op_covers(op, fields[i]))
			continue;
		snprintf(name, sizeof(name), "%s %s", f->strct, fields[i]);
		add_stmt(m, name, f->doc, line, item, v, 0);
		any = 1;
	}
	if (!any) {
		snprintf(name, sizeof(name), "%s %s", f->strct, op);
		add_stmt(m, name, f->doc, line, item, S_NOT_FIELD, 0);
	}
}

/* "- ``device_issue_pending``" at column 0, then "  - ..." sub-items */
static int mine_fields(struct kminer *m, const struct kfields *f)
{
	char path[4096], *line = NULL, op[128] = "", item[2048] = "";
	char **fields;
	size_t cap = 0;
	int nfields, lineno = 0, item_line = 0, i;
	FILE *in;

	snprintf(path, sizeof(path), "%s/%s", m->tree, f->header);
	nfields = read_fields(path, f->strct, &fields);
	if (nfields <= 0) {
		fprintf(stderr, "sleepcheck: error: no function-pointer fields of "
			"'struct %s' in '%s'\n", f->strct, path);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/%s", m->tree, f->doc);
	in = fopen(path, "r");
	if (!in) {
		fprintf(stderr, "sleepcheck: error: cannot open '%s': %s\n", path,
			strerror(errno));
		goto out;
	}
	while (getline(&line, &cap, in) >= 0) {
		const char *t = line + strspn(line, " \t");
		int top = line[0] == '-' && line[1] == ' ';
		int sub = !top && t > line && t[0] == '-' && t[1] == ' ';
		int heading = line[0] == '=' || (line[0] == '-' && line[1] == '-');

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if ((top || sub || heading || !*t) && item[0] && op[0]) {
			field_item(m, f, fields, nfields, op, item, item_line);
			item[0] = '\0';
		}
		if (heading) {
			op[0] = '\0';
		} else if (top) {
			const char *p = line + 2;

			p += strspn(p, "`");
			snprintf(op, sizeof(op), "%.*s", (int)strspn(p,
				 "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_*"),
				 p);
			if (!strchr(op, '_'))
				op[0] = '\0';	/* prose bullets: not an operation */
		} else if (sub && op[0]) {
			snprintf(item, sizeof(item), "%s", t + 2);
			item_line = lineno;
		} else if (*t && item[0]) {
			append(item, sizeof(item), t);
		}
	}
	if (item[0] && op[0])
		field_item(m, f, fields, nfields, op, item, item_line);
	fclose(in);
out:
	free(line);
	for (i = 0; i < nfields; i++)
		free(fields[i]);
	free(fields);
	return in ? 0 : -1;
}

/* the same function documented twice: one rule if they agree, else none */
static void settle_duplicates(struct kminer *m)
{
	int i, j;

	for (i = 0; i < m->nst; i++) {
		struct kstmt *a = &m->st[i];

		if (a->v >= V_NRULES)
			continue;
		for (j = i + 1; j < m->nst; j++) {
			struct kstmt *b = &m->st[j];

			if (b->v >= V_NRULES || strcmp(a->name, b->name))
				continue;
			if (b->v == a->v) {
				b->v = S_DUPLICATE;
			} else {
				b->v = S_SAME_NAME_CONFLICT;
				a->v = S_SAME_NAME_CONFLICT;
				break;
			}
		}
	}
}

static void print_counts(FILE *out, const struct kminer *m, const char *prefix)
{
	int count[V_NR] = { 0 }, i, nrules = 0;

	for (i = 0; i < m->nst; i++)
		count[m->st[i].v]++;
	for (i = 0; i < V_NRULES; i++)
		nrules += count[i];
	fprintf(out, "%s%d files, %d kernel-doc comments on functions, %d context "
		"statements, %d rules\n", prefix, m->nfiles, m->nblocks, m->nst, nrules);
	for (i = 0; i < V_NR; i++)
		if (count[i])
			fprintf(out, "%s  %5d %s %s\n", prefix, count[i],
				i < V_NRULES ? "rule" : "skipped:", verdict_names[i]);
}

/* " unlocks KINDS" when statement @text holds an `unlocks` phrase */
static const char *unlocks_of(const struct kminer *m, const char *text, char *buf,
			      size_t size)
{
	int i;

	for (i = 0; i < m->nunl; i++)
		if (find_word(text, m->unl[i].phrase, strlen(m->unl[i].phrase), 0) >= 0) {
			snprintf(buf, size, " unlocks %s", m->unl[i].kinds);
			return buf;
		}
	return "";
}

static void emit_rules(FILE *out, const struct kminer *m)
{
	char ub[64];
	int i;

	for (i = 0; i < m->nst; i++) {
		const struct kstmt *s = &m->st[i];

		if (s->v >= V_NRULES)
			continue;
		fprintf(out, "\n# %s:%d: \"%s\"\n", s->file, s->line, s->text);
		switch (s->v) {
		case V_SLEEP:
			fprintf(out, "doc-sleep %s%s\n", s->name,
				unlocks_of(m, s->text, ub, sizeof(ub)));
			break;
		case V_SLEEP_GFP:
			fprintf(out, "doc-sleep %s gfp%s\n", s->name,
				unlocks_of(m, s->text, ub, sizeof(ub)));
			break;
		case V_ATOMIC_OK:
			fprintf(out, "contract atomic-ok %s\n", s->name);
			break;
		case V_ATOMIC_OK_GFP:
			fprintf(out, "contract irqs-off-ok %s %d\n", s->name, s->gfp_arg);
			break;
		case V_NO_INTERRUPT:
			fprintf(out, "contract no-interrupt %s\n", s->name);
			break;
		case V_FIELD:
			fprintf(out, "contract atomic-ok-field %s\n", s->name);
			break;
		default:
			break;
		}
	}
}

/* "6.1" from TREE/Makefile into @buf, or "", and "6.1.158" (with its
 * SUBLEVEL, for the header: a point release moves line numbers) into
 * @full */
static void tree_version(const char *tree, char *buf, size_t size, char *full,
			 size_t fsize)
{
	char path[4096], line[256];
	int v = -1, p = -1, s = -1, n = 0;
	FILE *in;

	buf[0] = '\0';
	full[0] = '\0';
	snprintf(path, sizeof(path), "%s/Makefile", tree);
	in = fopen(path, "r");
	if (!in)
		return;
	while (fgets(line, sizeof(line), in) && n++ < 20) {
		sscanf(line, "VERSION = %d", &v);
		sscanf(line, "PATCHLEVEL = %d", &p);
		sscanf(line, "SUBLEVEL = %d", &s);
	}
	fclose(in);
	if (v < 0 || p < 0)
		return;
	snprintf(buf, size, "%d.%d", v, p);
	if (s >= 0)
		snprintf(full, fsize, "%d.%d.%d", v, p, s);
	else
		snprintf(full, fsize, "%s", buf);
}

int kdocmine(const char *patterns, const char *tree, char **paths, int npaths,
	     int stats, int list_skipped)
{
	struct kminer m;
	char buf[4096], version[32], full[48];
	int i, ret = 0;

	memset(&m, 0, sizeof(m));
	if (!patterns) {
		snprintf(buf, sizeof(buf), "%s/kdoc-patterns", rules_default_dir());
		patterns = buf;
	}
	if (load_kpatterns(&m, patterns))
		return 2;
	m.tree = tree;
	tree_version(tree, version, sizeof(version), full, sizeof(full));
	for (i = 0; i < npaths; i++) {
		char *path;

		if (asprintf(&path, "%s/%s", tree, paths[i]) < 0)
			return 2;
		if (walk(&m, path, paths[i]))
			ret = 2;
		free(path);
	}
	if (!npaths && walk(&m, tree, ""))
		ret = 2;
	for (i = 0; !ret && i < m.nfields; i++)
		if (mine_fields(&m, &m.fields[i]))
			ret = 2;
	settle_duplicates(&m);
	printf("# Generated by `sleepcheck rules-from-doc --kernel-doc` from Linux %s:\n"
	       "# the \"Context:\" statements of its kernel-doc comments%s.\n"
	       "# Do not edit.  Each rule quotes its statement (file:line in the\n"
	       "# tree).  Statements found and what became of them:\n",
	       full[0] ? full : "(unknown version)",
	       m.nfields ? " and the\n# operations of its dmaengine provider document" : "");
	print_counts(stdout, &m, "#   ");
	if (version[0])
		printf("\nversion %s\n", version);
	emit_rules(stdout, &m);
	if (stats)
		print_counts(stderr, &m, "sleepcheck: ");
	for (i = 0; list_skipped && i < m.nst; i++)
		if (m.st[i].v >= V_NRULES)
			fprintf(stderr, "%s:%d: note: skipped '%s' (%s): \"%s\"\n",
				m.st[i].file, m.st[i].line, m.st[i].name,
				verdict_names[m.st[i].v], m.st[i].text);
	for (i = 0; i < m.nst; i++) {
		free(m.st[i].name);
		free(m.st[i].file);
		free(m.st[i].text);
	}
	free(m.st);
	for (i = 0; i < m.npat; i++)
		free(m.pat[i].phrase);
	free(m.pat);
	for (i = 0; i < m.nunl; i++)
		free(m.unl[i].phrase);
	free(m.unl);
	return ret;
}
