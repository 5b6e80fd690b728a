/*
 * baseline.c - fingerprints, baselines and suppressions (baseline.h).
 *
 * A fingerprint is FNV-1a over the rule, the function holding the atomic
 * context, each step's (function, callee) and the sleep source, plus an
 * ordinal among findings with the same hash, in file order.  Positions
 * and paths are not part of it.  A baseline file is "# sleepcheck
 * baseline 1" then "FINGERPRINT  summary" lines, sorted.
 */
#define _GNU_SOURCE	/* memmem() */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "baseline.h"
#include "fmt.h"

static unsigned long long fnv(unsigned long long h, const char *s)
{
	while (s && *s) {
		h ^= (unsigned char)*s++;
		h *= 0x100000001b3ull;
	}
	h ^= 0xff;	/* separator */
	h *= 0x100000001b3ull;
	return h;
}

/* the name a step reaches: its pointer target, or its callee */
static const char *step_target(const struct chain_step *s)
{
	if (s->target)
		return s->target;
	return s->call->callee ? s->call->callee : "";
}

static const unsigned long long *sort_hashes;

static int cmp_hash(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	if (sort_hashes[x] != sort_hashes[y])
		return sort_hashes[x] < sort_hashes[y] ? -1 : 1;
	return x - y;
}

/* "%016llx:%d" of @h and @ord into @buf (printf's engine was most of
 * the fingerprints' time) */
static void fingerprint_text(char *buf, size_t size, unsigned long long h,
			     int ord)
{
	char hex[17];
	int k;

	for (k = 15; k >= 0; k--, h >>= 4)
		hex[k] = "0123456789abcdef"[h & 0xf];
	hex[16] = '\0';
	fmt_buf(buf, size, "%s:%d", hex, ord);
}

void findings_fingerprint(struct findings *f)
{
	unsigned long long *h = sc_calloc(f->n ? f->n : 1, sizeof(*h));
	int *by = sc_malloc((f->n ? f->n : 1) * sizeof(*by));
	int i, j;

	for (i = 0; i < f->n; i++) {
		const struct finding *fd = &f->v[i];

		h[i] = fnv(0xcbf29ce484222325ull, "sleep-in-atomic");
		if (fd->rt)
			h[i] = fnv(h[i], "rt-wait-context");
		if (fd->entry)
			h[i] = fnv(h[i], fd->entry->kind);
		if (fd->contract) {
			char kind[64];

			snprintf(kind, sizeof(kind), "contract %s",
				 contract_kind_name(fd->contract->kind));
			h[i] = fnv(h[i], kind);
		}
		for (j = 0; j < fd->nsteps; j++) {
			h[i] = fnv(h[i], fd->steps[j].func->name);
			h[i] = fnv(h[i], step_target(&fd->steps[j]));
		}
	}
	/* ord: how many findings before this one have its hash; by a sort
	 * of (hash, index), not a scan of every earlier one */
	for (i = 0; i < f->n; i++)
		by[i] = i;
	sort_hashes = h;
	if (f->n)
		qsort(by, f->n, sizeof(*by), cmp_hash);
	for (i = 0, j = 0; i < f->n; i++) {
		if (i && h[by[i]] != h[by[i - 1]])
			j = i;
		fingerprint_text(f->v[by[i]].fingerprint,
				 sizeof(f->v[by[i]].fingerprint), h[by[i]], i - j);
	}
	free(by);
	free(h);
}

void finding_summary(const struct finding *fd, char *buf, size_t size)
{
	size_t used = 0;
	int j, n;

	n = snprintf(buf, size, "%s", fd->steps[0].func->name);
	used = n > 0 ? (size_t)n : 0;
	for (j = 0; j < fd->nsteps && used < size; j++) {
		n = snprintf(buf + used, size - used, " -> %s",
			     step_target(&fd->steps[j]));
		if (n < 0)
			return;
		used += n;
	}
	if (used < size)
		snprintf(buf + used, size - used, " (%s)", fd->steps[0].file->path);
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int baseline_write(const struct findings *f, const char *path)
{
	char **lines = sc_calloc(f->n ? f->n : 1, sizeof(char *));
	char summary[2048];
	FILE *out;
	int i, ret = 0;

	for (i = 0; i < f->n; i++) {
		finding_summary(&f->v[i], summary, sizeof(summary));
		lines[i] = sc_malloc(strlen(summary) + 32);
		sprintf(lines[i], "%s  %s", f->v[i].fingerprint, summary);
	}
	if (f->n)
		qsort(lines, f->n, sizeof(char *), cmp_line);
	out = fopen(path, "w");
	if (!out) {
		fprintf(stderr, "sleepcheck: error: cannot write baseline '%s': %s\n",
			path, strerror(errno));
		ret = -1;
	} else {
		fprintf(out, "# sleepcheck baseline 1: fingerprint, then what it is\n");
		for (i = 0; i < f->n; i++)
			fprintf(out, "%s\n", lines[i]);
		if (fclose(out)) {
			fprintf(stderr, "sleepcheck: error: cannot write baseline "
				"'%s': %s\n", path, strerror(errno));
			ret = -1;
		}
	}
	for (i = 0; i < f->n; i++)
		free(lines[i]);
	free(lines);
	return ret;
}

int baseline_apply(struct findings *f, const char *path)
{
	FILE *in = fopen(path, "r");
	char *line = NULL, fp[64];
	size_t cap = 0;
	int lineno = 0, i, ret = 0;

	if (!in) {
		fprintf(stderr, "sleepcheck: error: cannot read baseline '%s': %s\n",
			path, strerror(errno));
		return -1;
	}
	while (getline(&line, &cap, in) >= 0) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (sscanf(line, "%63s", fp) != 1 || !strchr(fp, ':') ||
		    strspn(fp, "0123456789abcdef:") != strlen(fp)) {
			fprintf(stderr, "%s:%d:1: error: not a baseline line "
				"(expected a fingerprint)\n", path, lineno);
			ret = -1;
			break;
		}
		for (i = 0; i < f->n; i++)
			if (!strcmp(f->v[i].fingerprint, fp))
				f->v[i].baselined = 1;
	}
	free(line);
	fclose(in);
	return ret;
}

static int chain_has(const struct finding *fd, const char *name)
{
	int j;

	for (j = 0; j < fd->nsteps; j++)
		if (!strcmp(step_target(&fd->steps[j]), name))
			return 1;
	return 0;
}

/*
 * The reason in a `/ * sleepcheck: allow "reason" * /` or `// ...` comment
 * on this line; "" when the marker has no reason; NULL when there is no
 * marker in a comment.
 */
static char *comment_reason(const char *text)
{
	const char *p = strstr(text, "sleepcheck: allow"), *q, *e, *c1, *c2;
	char *r;

	if (!p)
		return NULL;
	c1 = strstr(text, "/*");
	c2 = strstr(text, "//");
	if (!(c1 && c1 < p) && !(c2 && c2 < p))
		return NULL;
	q = strchr(p, '"');
	e = q ? strchr(q + 1, '"') : NULL;
	if (!q || !e || e == q + 1)
		return sc_strdup("");	/* marked, but without a reason */
	r = sc_malloc(e - q);
	memcpy(r, q + 1, e - q - 1);
	r[e - q - 1] = '\0';
	return r;
}

struct marked {
	const char *path;
	int line;
	char *reason;
	int used;
};

static const char marker[] = "sleepcheck: allow";

/* a buffer read_whole() reads into, kept from file to file */
struct readbuf {
	char *b;
	size_t cap;		/* bytes, the NUL after them not counted */
};

/* the whole of file @path in @rb, NUL-terminated, in *@len bytes; NULL
 * when it cannot be read.  One read() into a buffer of its size: a whole
 * kernel's files are read for their comments, with no stdio between, and
 * into one buffer (not a new one for each file, whose pages are faulted
 * in again: a large file's is a fresh mapping) */
static char *read_whole(struct readbuf *rb, const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	size_t want, n = 0;
	struct stat st;
	ssize_t got;

	if (fd < 0)
		return NULL;
	want = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ?
	       (size_t)st.st_size + 1 : 1 << 16;
	if (rb->cap < want) {
		free(rb->b);
		rb->b = sc_malloc(want + 1);
		rb->cap = want;
	}
	while ((got = read(fd, rb->b + n, rb->cap - n)) > 0) {
		n += got;
		if (n == rb->cap) {
			rb->cap *= 2;
			rb->b = sc_realloc(rb->b, rb->cap + 1);
		}
	}
	close(fd);
	rb->b[n] = '\0';
	*len = n;
	return rb->b;
}

/*
 * every `sleepcheck: allow` comment in the files of @set: each file read
 * whole and searched for the marker, a line the marker is on handed to
 * comment_reason() as a line read alone would be (not one whose marker
 * sits after a NUL byte, which ends a C string)
 */
static struct marked *scan_comments(const struct fact_set *set, int *n)
{
	struct marked *m = NULL;
	struct readbuf rb = { NULL, 0 };
	int cap = 0, i;

	*n = 0;
	for (i = 0; i < set->nfiles; i++) {
		size_t len, at = 0, counted = 0;
		char *buf = read_whole(&rb, set->files[i].path, &len), *q;
		int lineno = 1;

		while (buf && (q = memmem(buf + at, len - at, marker,
					  sizeof(marker) - 1))) {
			size_t ls = q - buf, le;
			char *line, *nl, *reason;

			while (ls > at && buf[ls - 1] != '\n')
				ls--;
			nl = memchr(q, '\n', len - (q - buf));
			le = nl ? (size_t)(nl - buf) + 1 : len;
			for (; counted < ls; counted++)
				lineno += buf[counted] == '\n';
			at = le;
			if (memchr(buf + ls, '\0', q - (buf + ls)))
				continue;
			line = sc_malloc(le - ls + 1);
			memcpy(line, buf + ls, le - ls);
			line[le - ls] = '\0';
			reason = comment_reason(line);
			free(line);
			if (!reason)
				continue;
			if (*n == cap) {
				cap = cap ? 2 * cap : 8;
				m = sc_realloc(m, cap * sizeof(*m));
			}
			m[*n].path = set->files[i].path;
			m[*n].line = lineno;
			m[*n].reason = reason;
			m[*n].used = 0;
			(*n)++;
		}
	}
	free(rb.b);
	return m;
}

int suppress_apply(struct findings *f, const struct rules *rules,
		   const struct fact_set *set, FILE *warn)
{
	struct allow *allows = rules->allows;
	struct marked *m;
	int nm, i, k, stale = 0;

	for (k = 0; k < rules->nallows; k++)
		allows[k].used = 0;
	m = scan_comments(set, &nm);
	for (i = 0; i < f->n; i++) {
		struct finding *fd = &f->v[i];
		int boot = rules_is_boot(rules, fd->steps[0].func->name);

		/* a callback a boot or suspend function calls in atomic
		 * context runs there too */
		if (!boot && fd->disp_func)
			boot = rules_is_boot(rules, fd->disp_func->name);
		if (boot == RULE_BOOT)
			fd->suppressed = "runs before the scheduler starts, where "
					 "the kernel does not check sleeping (a boot rule)";
		else if (boot == RULE_SUSPEND)
			fd->suppressed = "runs in system suspend, one CPU and tasks "
					 "frozen, where the kernel does not check "
					 "sleeping (a suspend rule)";
		for (k = 0; k < rules->nallows && !fd->suppressed; k++) {
			if (strcmp(allows[k].caller, fd->steps[0].func->name) ||
			    !chain_has(fd, allows[k].callee))
				continue;
			fd->suppressed = allows[k].reason;
			allows[k].used++;
		}
		for (k = 0; k < nm && !fd->suppressed; k++) {
			if (m[k].line != fd->steps[0].call->line ||
			    strcmp(m[k].path, fd->steps[0].file->path) || !*m[k].reason)
				continue;
			fd->suppressed = m[k].reason;
			m[k].used++;
		}
	}
	for (k = 0; k < rules->nallows; k++) {
		if (allows[k].used)
			continue;
		fprintf(warn, "%s:%d:1: warning: suppression '%s -> %s' hides "
			"nothing; remove it [-Wstale-suppression]\n", allows[k].file,
			allows[k].line, allows[k].caller, allows[k].callee);
		stale++;
	}
	for (k = 0; k < nm; k++) {
		if (!*m[k].reason)
			fprintf(warn, "%s:%d:1: warning: an allow comment needs a "
				"reason in double quotes [-Wstale-suppression]\n",
				m[k].path, m[k].line);
		else if (!m[k].used)
			fprintf(warn, "%s:%d:1: warning: suppression hides nothing; "
				"remove it [-Wstale-suppression]\n", m[k].path, m[k].line);
		else
			continue;
		stale++;
	}
	/* reasons of used comments stay referenced by the findings */
	for (k = 0; k < nm; k++)
		if (!m[k].used)
			free(m[k].reason);
	free(m);
	return stale;
}
