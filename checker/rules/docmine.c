/*
 * docmine.c - `sleepcheck rules-from-doc [--patterns=FILE] DOC...`
 * (docmine.h): turns
 * API documentation (the kernel's reStructuredText, e.g. Linux 6.1
 * Documentation/core-api/dma-api.rst, or the older DMA-API.txt layout)
 * into rules, each with its provenance: the document, the line and the
 * sentence quoted.
 *
 * The reader knows three things about such documents: a part starts at a
 * heading (a line underlined with '-' or '='); prototypes sit in
 * indented blocks (after "::" or a tab), one "name(" each; prose
 * paragraphs follow the prototypes they are about.  What a paragraph
 * means is data: rules/doc-patterns maps phrases to contract kinds.
 * `rules-from-doc --kernel-doc TREE` goes to kdocmine.c instead.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "docmine.h"
#include "rules.h"

#ifndef RULES_INSTALL_DIR
#define RULES_INSTALL_DIR "/usr/local/share/sleepcheck/rules"
#endif

enum pkind { P_IRQS_ON, P_IRQS_OFF_OK, P_SLEEPS, P_GFP_BLOCKS, P_WRAPS, P_ATOMIC_OK,
	     P_NO_INTERRUPT };

struct pattern {
	enum pkind kind;
	char *phrase;
};

struct proto {
	char name[128];
	int gfp_arg;		/* 1-based position of a gfp_t parameter, or 0 */
	int part;
};

struct miner {
	struct pattern pat[32];
	int npat;
	struct proto protos[512];
	int nprotos;
	int group_first;	/* prototypes of the current group start here */
	int proto_open;		/* the last prototype goes on to the next line */
	int proto_arg;		/* its parameter being read, from 1 */
	int part;
	FILE *out;
	const char *doc;
	int nrules;
	/* "Wraps other()": resolved when the whole document is read */
	struct { char wrapper[128], wrapped[128], sentence[512]; int line; } wraps[64];
	int nwraps;
	/* emitted (kind, name) pairs, to copy them to wrappers */
	struct { enum pkind kind; char name[128]; int arg; } done[512];
	int ndone;
};

static const char *const kind_names[] = {
	[P_IRQS_ON] = "irqs-on", [P_IRQS_OFF_OK] = "irqs-off-ok",
	[P_SLEEPS] = "sleeps", [P_GFP_BLOCKS] = "gfp-blocks", [P_WRAPS] = "wraps",
	[P_ATOMIC_OK] = "atomic-ok", [P_NO_INTERRUPT] = "no-interrupt",
};

static int load_patterns(struct miner *m, const char *path)
{
	FILE *in = fopen(path, "r");
	char line[512];
	int lineno = 0;

	if (!in) {
		fprintf(stderr, "sleepcheck: error: cannot open patterns '%s': %s\n",
			path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), in)) {
		char kind[32], *q, *e;
		size_t k;

		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		q = strchr(line, '"');
		e = q ? strchr(q + 1, '"') : NULL;
		if (sscanf(line, "%31s", kind) != 1 || !q || !e || e == q + 1) {
			fprintf(stderr, "%s:%d:1: error: expected KIND \"phrase\"\n",
				path, lineno);
			fclose(in);
			return -1;
		}
		for (k = 0; k < sizeof(kind_names) / sizeof(kind_names[0]); k++)
			if (!strcmp(kind, kind_names[k]))
				break;
		if (k == sizeof(kind_names) / sizeof(kind_names[0]) || m->npat == 32) {
			fprintf(stderr, "%s:%d:1: error: unknown pattern kind '%s'\n",
				path, lineno, kind);
			fclose(in);
			return -1;
		}
		*e = '\0';
		m->pat[m->npat].kind = (enum pkind)k;
		m->pat[m->npat].phrase = sc_strdup(q + 1);
		m->npat++;
	}
	fclose(in);
	return 0;
}

static int contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return 1;
	return 0;
}

/* reads parameters of the last prototype from @p: commas, gfp_t, ')' */
static void scan_params(struct miner *m, const char *p)
{
	struct proto *pr = &m->protos[m->nprotos - 1];
	char before = ' ';	/* the character before *p */

	for (; *p; before = *p++) {
		if (*p == ')') {
			m->proto_open = 0;
			return;
		}
		if (*p == ',')
			m->proto_arg++;
		if (!strncmp(p, "gfp_t", 5))
			pr->gfp_arg = m->proto_arg;
		/* a call in an example: an argument named gfp */
		if (!strncmp(p, "gfp", 3) && !isalnum((unsigned char)p[3]) && p[3] != '_' &&
		    (before == '(' || before == ' ' || before == ',' || before == '\t'))
			pr->gfp_arg = m->proto_arg;
	}
	m->proto_open = 1;
}

/* a line of a code block: "name(" starts a prototype, or one continues */
static void read_proto(struct miner *m, const char *line)
{
	const char *paren = strchr(line, '('), *p;
	struct proto *pr;

	if (!paren) {
		if (m->proto_open && m->nprotos)
			scan_params(m, line);
		return;
	}
	if (m->nprotos == 512)
		return;
	for (p = paren; p > line && (isalnum((unsigned char)p[-1]) || p[-1] == '_'); p--)
		;
	if (p == paren || (size_t)(paren - p) >= sizeof(pr->name))
		return;
	pr = &m->protos[m->nprotos++];
	memcpy(pr->name, p, paren - p);
	pr->name[paren - p] = '\0';
	pr->part = m->part;
	pr->gfp_arg = 0;
	m->proto_arg = 1;
	scan_params(m, paren + 1);
}

static void emit(struct miner *m, enum pkind kind, const struct proto *pr,
		 int line, const char *sentence)
{
	int i;

	for (i = 0; i < m->ndone; i++)
		if (m->done[i].kind == kind && !strcmp(m->done[i].name, pr->name))
			return;
	if (kind == P_IRQS_OFF_OK && pr->gfp_arg <= 0)
		return;
	if (kind == P_GFP_BLOCKS && pr->gfp_arg <= 0)
		return;
	fprintf(m->out, "\n# %s:%d: \"%s\"\n", m->doc, line, sentence);
	switch (kind) {
	case P_IRQS_ON:
		fprintf(m->out, "contract irqs-on %s\n", pr->name);
		break;
	case P_IRQS_OFF_OK:
		fprintf(m->out, "contract irqs-off-ok %s %d\n", pr->name, pr->gfp_arg);
		break;
	case P_SLEEPS:
		fprintf(m->out, "sleep %s\n", pr->name);
		break;
	case P_GFP_BLOCKS:
		fprintf(m->out, "sleep-if-gfp %s %d\n", pr->name, pr->gfp_arg);
		break;
	case P_ATOMIC_OK:
		fprintf(m->out, "contract atomic-ok %s\n", pr->name);
		break;
	case P_NO_INTERRUPT:
		fprintf(m->out, "contract no-interrupt %s\n", pr->name);
		break;
	default:
		return;
	}
	m->nrules++;
	if (m->ndone < 512) {
		m->done[m->ndone].kind = kind;
		snprintf(m->done[m->ndone].name, sizeof(m->done[0].name), "%s", pr->name);
		m->done[m->ndone].arg = pr->gfp_arg;
		m->ndone++;
	}
}

/* the sentence of @para that holds @phrase, into @buf */
static void sentence(const char *para, const char *phrase, char *buf, size_t size)
{
	const char *at = strcasestr(para, phrase), *s = para, *e, *p;

	if (!at)
		at = para;
	for (p = para; p < at; p++)
		if (p[0] == '.' && p[1] == ' ')
			s = p + 1;
	while (*s == ' ')
		s++;
	for (e = at; *e && !(e[0] == '.' && (e[1] == ' ' || !e[1])); e++)
		;
	if (*e)
		e++;
	snprintf(buf, size, "%.*s", (int)(e - s), s);
}

static void apply(struct miner *m, const char *para, int line)
{
	char said[512];

	int i, j;

	for (i = 0; i < m->npat; i++) {
		const struct pattern *p = &m->pat[i];

		if (!contains_ci(para, p->phrase))
			continue;
		sentence(para, p->phrase, said, sizeof(said));
		if (p->kind == P_IRQS_OFF_OK) {
			/* the sibling allocation calls: this part's *alloc* functions */
			for (j = 0; j < m->nprotos; j++)
				if (m->protos[j].part == m->part &&
				    strstr(m->protos[j].name, "alloc"))
					emit(m, p->kind, &m->protos[j], line, said);
			continue;
		}
		if (p->kind == P_WRAPS) {
			/* "Wraps other()": the group gets other's rules, later */
			const char *w = strcasestr(para, p->phrase);
			char name[128];

			if (!w || sscanf(w + strlen(p->phrase), " %127[A-Za-z0-9_]", name) != 1)
				continue;
			for (j = m->group_first; j < m->nprotos && m->nwraps < 64; j++) {
				snprintf(m->wraps[m->nwraps].wrapper, 128, "%s", m->protos[j].name);
				snprintf(m->wraps[m->nwraps].wrapped, 128, "%s", name);
				snprintf(m->wraps[m->nwraps].sentence, 512, "%s", said);
				m->wraps[m->nwraps].line = line;
				m->nwraps++;
			}
			continue;
		}
		for (j = m->group_first; j < m->nprotos; j++)
			emit(m, p->kind, &m->protos[j], line, said);
	}
}

/* a wrapper gets the rules of the function it wraps */
static void resolve_wraps(struct miner *m)
{
	int w, k, j, n = m->ndone;

	for (w = 0; w < m->nwraps; w++) {
		for (k = 0; k < n; k++) {
			if (strcmp(m->done[k].name, m->wraps[w].wrapped))
				continue;
			for (j = 0; j < m->nprotos; j++)
				if (!strcmp(m->protos[j].name, m->wraps[w].wrapper))
					emit(m, m->done[k].kind, &m->protos[j],
					     m->wraps[w].line, m->wraps[w].sentence);
		}
	}
	m->nwraps = 0;
}

/*
 * The older DMA-API.txt layout has no "::": a prototype is a line that
 * starts with "name(" (after a line with its return type), or an
 * indented line; its type line ("void *", "struct dma_pool *") too.
 */
static int looks_like_code(const char *line)
{
	const char *p = line;
	int words = 0;

	if (line[0] == '\t')
		return 1;
	while (isalnum((unsigned char)*p) || *p == '_')
		p++;
	if (p > line && *p == '(')
		return p[1] != ')';	/* "name() does..." is prose */
	/* a return type alone: a few words, maybe a '*', no sentence */
	for (p = line; *p; p++) {
		if (*p == '.' || *p == ',' || *p == ':' || *p == '(')
			return 0;
		if (p == line || (p[-1] == ' ' && *p != ' '))
			words++;
	}
	return words >= 1 && words <= 3 && line[0] != ' ' &&
	       (strchr(line, '*') || !strcmp(line, "void") || !strncmp(line, "struct ", 7));
}

static int mine(struct miner *m, const char *path)
{
	FILE *in = fopen(path, "r");
	char line[1024], prev[1024] = "", para[8192] = "";
	int lineno = 0, para_line = 0, in_code = 0, in_group = 0, pending_wraps = 0;

	if (!in) {
		fprintf(stderr, "sleepcheck: error: cannot open '%s': %s\n", path,
			strerror(errno));
		return -1;
	}
	m->doc = path;
	(void)pending_wraps;
	while (fgets(line, sizeof(line), in)) {
		size_t len = strlen(line);
		int blank, indented;

		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		blank = strspn(line, " \t") == len;
		indented = line[0] == '\t' || line[0] == ' ';
		/* a heading: text underlined with - or = starts a part */
		if (len > 3 && (strspn(line, "-") == len || strspn(line, "=") == len) &&
		    prev[0] && !isspace((unsigned char)prev[0])) {
			m->part++;
			para[0] = '\0';
			in_group = 0;
		} else if (!strcmp(line, "::")) {
			in_code = 1;
			if (!in_group) {
				m->group_first = m->nprotos;
				in_group = 1;
			}
		} else if ((in_code && indented && !blank) ||
			   (!blank && !para[0] && looks_like_code(line)) ||
			   (m->proto_open && !blank)) {
			if (!in_code && !in_group) {
				m->group_first = m->nprotos;
				in_group = 1;
			}
			in_code = 1;
			read_proto(m, line);
		} else if (in_code && blank) {
			/* blank lines inside a code block */
		} else if (!blank && !indented) {
			in_code = 0;
			if (!para[0])
				para_line = lineno;
			if (strlen(para) + len + 2 < sizeof(para)) {
				if (para[0])
					strcat(para, " ");
				strcat(para, line);
			}
		}
		if ((blank || in_code) && para[0]) {
			apply(m, para, para_line);
			para[0] = '\0';
			in_group = 0;
		}
		snprintf(prev, sizeof(prev), "%s", line);
	}
	if (para[0])
		apply(m, para, para_line);
	fclose(in);
	resolve_wraps(m);
	return 0;
}

int docmine(const char *patterns, char **docs, int ndocs)
{
	struct miner *m;
	char buf[4096];
	int i, ret = 0;

	m = sc_calloc(1, sizeof(*m));
	m->out = stdout;
	if (!patterns) {
		snprintf(buf, sizeof(buf), "%s/doc-patterns", rules_default_dir());
		patterns = buf;
	}
	if (load_patterns(m, patterns)) {
		free(m);
		return 2;
	}
	fprintf(m->out, "# Generated by `sleepcheck rules-from-doc`; do not edit.  Each "
		"rule\n# quotes the sentence it comes from.  Hand-written additions "
		"belong\n# in dma-api-overlay.rules.\n");
	for (i = 0; i < ndocs; i++) {
		m->nprotos = 0;
		m->group_first = 0;
		m->part = 0;
		if (mine(m, docs[i]))
			ret = 2;
	}
	for (i = 0; i < m->npat; i++)
		free(m->pat[i].phrase);
	free(m);
	return ret;
}
