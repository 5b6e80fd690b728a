/*
 * summary.c - what a module check needs of the kernel's functions
 * (`sleepcheck summary`, cmd/summary.c), written from a whole tree's facts as rules
 * (rules/README), and `--summary=FILE` / $SLEEPCHECK_SUMMARY, which reads
 * such a file back for a check or a report.
 *
 * Written: for each function of vmlinux that a module can call (not
 * static, not in a module or a separate image) and that no rule of
 * rules/ already decides, `sleep NAME` when it may sleep whatever its
 * arguments, `sleep-if-gfp NAME N` when it may sleep only if its gfp
 * argument N allows blocking (two such arguments: `sleep`), `nosleep NAME`
 * when it never sleeps but a module check without its body would think
 * it does (a doc-sleep rule, or the gfp convention: it takes a gfp_t, as
 * far as the facts show: some call passes it one, or it passes a gfp
 * parameter on or tests one); the fields vmlinux calls through with atomic state held as
 * `entry-field atomic STRUCT FIELD`; and `contract no-interrupt` /
 * `contract irqs-on` for the functions that reach, by direct calls, one
 * so contracted, unless it may sleep always (a call to it in interrupt
 * context or with IRQs off is a finding anyway).  Each rule has a comment line above it with its reason
 * (the sleep source and the chain's length, the function's file:line).
 * A function that sleeps only under a condition on a field or a flag
 * (vcond.h), or only through a wide pointer call, gets no rule: counted
 * in the header.  The header names the kernel release, the config and
 * the schema.
 *
 * Read: the file is parsed by rules.c into rules->summary, which
 * callgraph.c consults only for a callee with no body in the database,
 * before a doc-sleep rule and the gfp convention; a rule of rules/ naming
 * the function wins over it.  A summary of another kernel release than
 * the one checked is a warning.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blame.h"
#include "callgraph.h"
#include "summary.h"

#define SUMMARY_MAGIC "# sleepcheck summary"
#define SUMMARY_FORMAT 1

/* ---- reading ---- */

const char *summary_path(const char *opt)
{
	const char *env = getenv("SLEEPCHECK_SUMMARY");

	if (opt)
		return *opt ? opt : NULL;
	return env && *env ? env : NULL;
}

/* "# release: R" among the header's comment lines into @buf */
static int read_header(const char *path, char *release, size_t size)
{
	FILE *f = fopen(path, "r");
	char line[512];
	int n = 0;

	release[0] = '\0';
	if (!f) {
		fprintf(stderr, "sleepcheck: error: cannot open summary '%s'\n", path);
		return -1;
	}
	while (fgets(line, sizeof(line), f) && line[0] == '#' && n < 32) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!n++ && strncmp(line, SUMMARY_MAGIC, strlen(SUMMARY_MAGIC))) {
			fprintf(stderr, "%s:1:1: error: not a sleepcheck summary (the "
				"first line is not '" SUMMARY_MAGIC " ...')\n", path);
			fclose(f);
			return -1;
		}
		if (!strncmp(line, "# release: ", 11))
			snprintf(release, size, "%.*s", (int)size - 1, line + 11);
	}
	fclose(f);
	if (!n) {
		fprintf(stderr, "%s:1:1: error: not a sleepcheck summary (the first "
			"line is not '" SUMMARY_MAGIC " ...')\n", path);
		return -1;
	}
	return 0;
}

static int misplaced(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d:1: error: %s has no place in a summary (sleep, "
		"sleep-if-gfp, nosleep, entry-field, contract)\n", file, line, what);
	return -1;
}

int summary_load(struct rules *rules, const char *path)
{
	static int warned;
	struct rules *s;
	char release[256];
	const char *kv;
	int i;

	if (read_header(path, release, sizeof(release)))
		return -1;
	s = sc_calloc(1, sizeof(*s));
	if (rules_load_file(s, path))
		goto bad;
	for (i = 0; i < s->n; i++) {
		s->v[i].summary = 1;
		if (s->v[i].kind != RULE_SLEEP && s->v[i].kind != RULE_SLEEP_IF_GFP &&
		    s->v[i].kind != RULE_NOSLEEP) {
			misplaced(path, s->v[i].line, "this rule");
			goto bad;
		}
	}
	if (s->nprefix) {
		misplaced(path, s->prefix[0].line, "a prefix rule");
		goto bad;
	}
	if (s->nunits || s->nallows || s->nboots || s->gfp_type || s->gfp_blocking) {
		misplaced(path, s->nunits ? s->units[0].line :
			  s->nallows ? s->allows[0].line : 1,
			  "a link-unit, allow, boot or gfp rule");
		goto bad;
	}
	for (i = 0; i < s->nentries; i++)
		s->entries[i].summary = 1;
	for (i = 0; i < s->ncontracts; i++)
		s->contracts[i].summary = 1;
	kv = rules_kernel_version();
	if (release[0] && kv && strcmp(release, kv) && !warned++)
		fprintf(stderr, "sleepcheck: warning: summary '%s' is of kernel %s, the "
			"kernel checked is %s: its rules may not fit\n", path, release, kv);
	if (rules->summary) {
		rules_free(rules->summary);
		free(rules->summary);
	}
	rules->summary = s;
	return 0;
bad:
	rules_free(s);
	free(s);
	return -1;
}

/* is there a function @name that is not static in @g? */
static int has_body(const struct callgraph *g, const char *name)
{
	int lo = 0, hi = g->nf - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2, k;
		int d = strcmp(g->f[g->byname[mid]].fn->name, name);

		if (d == 0) {
			for (k = mid; k >= 0 && !strcmp(g->f[g->byname[k]].fn->name, name); k--)
				if (!g->f[g->byname[k]].fn->is_static)
					return 1;
			for (k = mid + 1; k < g->nf && !strcmp(g->f[g->byname[k]].fn->name,
							     name); k++)
				if (!g->f[g->byname[k]].fn->is_static)
					return 1;
			return 0;
		}
		if (d > 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return 0;
}

const struct contract *cg_contract(const struct callgraph *g, const char *name,
				   enum contract_kind kind)
{
	const struct contract *c;

	if (!name)
		return NULL;
	c = rules_contract_kind(g->rules, name, kind);
	if (c || !g->rules->summary)
		return c;
	c = rules_contract_kind(g->rules->summary, name, kind);
	return c && !has_body(g, name) ? c : NULL;
}

int cg_any_contract(const struct callgraph *g, enum contract_kind kind)
{
	const struct rules *r;
	int i;

	for (r = g->rules; r; r = r == g->rules ? g->rules->summary : NULL)
		for (i = 0; i < r->ncontracts; i++)
			if (r->contracts[i].kind == kind)
				return 1;
	return 0;
}

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void summary_vias(struct callgraph *g)
{
	int i, n = 0;

	g->vias = sc_malloc((g->nc + 1) * sizeof(*g->vias));
	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];

		if (!gc->c->callee && fcx(gc->c)->via &&
		    g->units[cg_unit_of(g, g->f[gc->func].file)].kind == CG_VMLINUX)
			g->vias[n++] = fcx(gc->c)->via;
	}
	qsort(g->vias, n, sizeof(*g->vias), cmp_strp);
	g->nvias = n;
}

const struct entry_rule *cg_entry_field(const struct callgraph *g, const char *via)
{
	const struct entry_rule *er = rules_entry(g->rules, via, 0);

	if (er || !via || !g->rules->summary)
		return er;
	er = rules_entry(g->rules->summary, via, 0);
	if (er && g->nvias && bsearch(&via, g->vias, g->nvias, sizeof(*g->vias), cmp_strp))
		return NULL;	/* the dispatcher is in the database */
	return er;
}

/* ---- writing ---- */

struct writer {
	const struct rules *rules;
	const struct fact_set *set;
	FILE *out;		/* the rules, below the header */
	const char **gfpcalled;	/* names some call passes a gfp_t, sorted */
	int ngfpcalled;
	int nfuncs;		/* vmlinux functions visible to modules */
	int nsleep, ngfp, ngfp2, nnosleep, nfields, nnoint, nirqson;
	int nruled;		/* left to the rules of rules/ */
	int nother;		/* sleep only on a field or flag condition */
	int nindirect;		/* sleep only through a wide pointer call */
	int nfield_odd;		/* atomic fields entry-field cannot name */
	int include_indirect;
};

static int visible(const struct solved *sv, int f)
{
	const struct cg_func *cf = &sv->g->f[f];

	return !cf->fn->is_static &&
	       sv->g->units[cg_unit_of(sv->g, cf->file)].kind == CG_VMLINUX;
}

/* the sleep source of a chain: its last call, and the rule it meets */
static void source_text(const struct finding *ch, char *buf, size_t size)
{
	const struct chain_step *s = &ch->steps[ch->nsteps - 1];
	const struct rule *r = s->rule;
	const char *callee = s->call->callee ? s->call->callee : "?";

	if (r && r->convention)
		snprintf(buf, size, "%s (gfp convention: no body)", callee);
	else if (r && r->file)
		snprintf(buf, size, "%s (%s:%d)", callee, rule_file_display(r->file),
			 r->line);
	else
		snprintf(buf, size, "%s", callee);
}

static int called_with_gfp(const struct writer *w, const char *name)
{
	return w->ngfpcalled && bsearch(&name, w->gfpcalled, w->ngfpcalled,
					sizeof(*w->gfpcalled), cmp_strp);
}

/* does @fn take a gfp_t? (it passes a gfp parameter on, or tests one) */
static int takes_gfp(const struct fact_func *fn)
{
	int i;
	const char *p;

	for (i = 0; i < fn->ncalls; i++) {
		const struct fact_call_x *x = fcx(&fn->calls[i]);

		if (fn->calls[i].rtlock)
			continue;	/* a lock taken (rtwait.c), not a call */
		if ((x->gblk | x->gnblk) & ((1u << GFP_MAX_PARAMS) - 1))
			return 1;
		for (p = fn->calls[i].args; p && *p; p++)
			if (GFP_IS_PARAM(*p))
				return 1;
	}
	return 0;
}

/* one function name: the definitions byname[a..b) of it */
static void write_func(struct writer *w, const struct solved *sv, int a, int b)
{
	const struct callgraph *g = sv->g;
	const struct func_sleep *best = NULL;
	const struct cg_func *bf = NULL;
	const struct rule *r;
	unsigned gfp = 0;
	int k, always = 0, other = 0, ndefs = 0, skipped = 0, j, n;
	char src[512];

	for (k = a; k < b; k++) {
		int f = g->byname[k];
		const struct func_sleep *fs = &sv->f[f];

		if (!visible(sv, f))
			continue;
		ndefs++;
		if (fs->cond >= 0 && !fs->sure && !w->include_indirect) {
			w->nindirect++;
			skipped = 1;
			continue;
		}
		always |= fs->cond == 0;
		gfp |= fs->gfp;
		other |= fs->nother > 0;
		if (fs->cond >= 0 && (!best || (fs->cond == 0 && best->cond != 0))) {
			best = fs;
			bf = &g->f[f];
		}
	}
	if (!ndefs)
		return;
	w->nfuncs++;
	bf = bf ? bf : &g->f[g->byname[a]];
	r = rules_lookup(w->rules, bf->fn->name);
	if (r && r->kind != RULE_DOC_SLEEP) {
		w->nruled++;
		return;
	}
	if (best) {
		source_text(&best->chain, src, sizeof(src));
		for (j = 0, n = 0; j < 32; j++)
			n += !!(gfp & (1u << j));
		fprintf(w->out, "# %s:%d: '%s'%s", bf->file->path, bf->fn->line,
			bf->fn->name, ndefs > 1 ? " (one of its definitions)" : "");
		if (always) {
			fprintf(w->out, " reaches %s in %d call%s\nsleep %s\n", src,
				best->chain.nsteps, best->chain.nsteps == 1 ? "" : "s",
				bf->fn->name);
			w->nsleep++;
		} else if (n > 1) {
			fprintf(w->out, " reaches %s in %d call%s if one of its gfp "
				"arguments (%d) allows blocking: written as always\n"
				"sleep %s\n", src, best->chain.nsteps,
				best->chain.nsteps == 1 ? "" : "s", n, bf->fn->name);
			w->ngfp2++;
		} else {
			for (j = 0; !(gfp & (1u << j)); j++)
				;
			fprintf(w->out, " reaches %s in %d call%s if its gfp argument "
				"%d allows blocking\nsleep-if-gfp %s %d\n", src,
				best->chain.nsteps, best->chain.nsteps == 1 ? "" : "s",
				j + 1, bf->fn->name, j + 1);
			w->ngfp++;
		}
		return;
	}
	if (other) {
		w->nother++;
		return;
	}
	if (skipped)
		return;
	/* never sleeps: say so where a check without its body would not */
	if (r || called_with_gfp(w, bf->fn->name) || takes_gfp(bf->fn)) {
		fprintf(w->out, "# %s:%d: '%s' reaches no sleep source (%s)\nnosleep %s\n",
			bf->file->path, bf->fn->line, bf->fn->name,
			r ? "its doc-sleep rule is not followed" :
			"the gfp convention is not followed", bf->fn->name);
		w->nnosleep++;
	}
}

struct fieldhit {
	const char *via;
	int call;
};

static int cmp_fieldhit(const void *a, const void *b)
{
	const struct fieldhit *x = a, *y = b;
	int d = strcmp(x->via, y->via);

	return d ? d : x->call - y->call;
}

/* fields vmlinux calls through with atomic state held (blame.c's dispatch
 * calls), not narrowed to known objects: a module's function stored there
 * runs in atomic context */
static void write_fields(struct writer *w, const struct solved *sv)
{
	const struct callgraph *g = sv->g;
	struct fieldhit *h = sc_malloc((g->nc + 1) * sizeof(*h));
	int i, n = 0;

	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const char *via = fcx(gc->c)->via;

		if (gc->c->callee || !via || gc->narrowed ||
		    g->units[cg_unit_of(g, g->f[gc->func].file)].kind != CG_VMLINUX ||
		    rules_sleep_field(w->rules, via) || rules_entry(w->rules, via, 0))
			continue;
		if (!gc->atomic && !sv->bl->entry[gc->func])
			continue;
		h[n].via = via;
		h[n++].call = i;
	}
	qsort(h, n, sizeof(*h), cmp_fieldhit);
	for (i = 0; i < n; i++) {
		const struct cg_call *gc = &g->c[h[i].call];
		const char *dot = strrchr(h[i].via, '.'), *p;
		char atomic[160];
		int ok = dot && !strncmp(h[i].via, "struct ", 7);

		if (i && !strcmp(h[i].via, h[i - 1].via))
			continue;
		for (p = h[i].via + 7; ok && p < dot; p++)
			ok = *p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			     (*p >= '0' && *p <= '9');
		if (!ok) {
			w->nfield_odd++;
			continue;
		}
		if (gc->atomic)
			atomic_describe(gc->c->depth, atomic, sizeof(atomic));
		else
			snprintf(atomic, sizeof(atomic), "at the top of an atomic entry point");
		fprintf(w->out, "# %s:%d:%d: '%s' calls through '%s' with %s\n"
			"entry-field atomic %.*s %s\n", g->f[gc->func].file->path,
			gc->c->line, gc->c->col, g->f[gc->func].fn->name, h[i].via,
			atomic, (int)(dot - h[i].via - 7), h[i].via + 7, dot + 1);
		w->nfields++;
	}
	free(h);
}

/*
 * Contracts of the rules (no-interrupt, irqs-on) carried up direct calls:
 * a function that calls one so contracted, directly or through other
 * direct calls (for irqs-on, each made with IRQs on), gets the contract
 * too, so a module's call to it is checked as a call to the contracted
 * function would be.  Breadth-first: the chain in the comment is a
 * shortest one.
 */
static void write_contracts(struct writer *w, const struct solved *sv,
			    enum contract_kind kind)
{
	const struct callgraph *g = sv->g;
	int *from = sc_malloc((g->nf + 1) * sizeof(int));	/* call + 1 */
	int *len = sc_calloc(g->nf + 1, sizeof(int));
	int *queue = sc_malloc((g->nf + 1) * sizeof(int));
	const struct contract **why = sc_calloc(g->nf + 1, sizeof(*why));
	int head = 0, tail = 0, i, k;

	for (i = 0; i < g->nf; i++)
		from[i] = 0;
	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const struct contract *c = gc->c->callee && !gc->c->callee_static ?
			rules_contract_kind(w->rules, gc->c->callee, kind) : NULL;

		if (!c || from[gc->func] ||
		    (kind == CONTRACT_IRQS_ON && gc->c->depth[AK_IRQ] > 0))
			continue;
		from[gc->func] = i + 1;
		len[gc->func] = 1;
		why[gc->func] = c;
		queue[tail++] = gc->func;
	}
	while (head < tail) {
		int f = queue[head++];

		for (k = g->rfirst[f]; k < g->rfirst[f + 1]; k++) {
			const struct cg_slot *s = &g->s[g->rslots[k]];
			const struct cg_call *gc = &g->c[s->call];

			if (s->bind_ix >= 0 || !gc->c->callee || from[gc->func] ||
			    (kind == CONTRACT_IRQS_ON && gc->c->depth[AK_IRQ] > 0))
				continue;
			from[gc->func] = s->call + 1;
			len[gc->func] = len[f] + 1;
			why[gc->func] = why[f];
			queue[tail++] = gc->func;
		}
	}
	for (i = 0; i < g->nf; i++) {
		int f = g->byname[i];
		const struct cg_func *cf = &g->f[f];
		const struct cg_call *gc;

		/* a function that may sleep always is a finding in atomic
		 * context already: the contract would add nothing */
		if (!from[f] || !visible(sv, f) || sv->f[f].cond == 0 ||
		    (i && !strcmp(g->f[g->byname[i - 1]].fn->name, cf->fn->name) &&
		     from[g->byname[i - 1]] && visible(sv, g->byname[i - 1])) ||
		    rules_contract_kind(w->rules, cf->fn->name, kind))
			continue;
		gc = &g->c[from[f] - 1];
		fprintf(w->out, "# %s:%d: '%s' reaches '%s' in %d direct call%s, first "
			"'%s' (%s:%d)\ncontract %s %s\n", cf->file->path, cf->fn->line,
			cf->fn->name, why[f]->name, len[f], len[f] == 1 ? "" : "s",
			gc->c->callee, rule_file_display(why[f]->file), why[f]->line,
			contract_kind_name(kind), cf->fn->name);
		if (kind == CONTRACT_NO_INTERRUPT)
			w->nnoint++;
		else
			w->nirqson++;
	}
	free(from);
	free(len);
	free(queue);
	free(why);
}

static void write_all(const struct solved *sv, void *arg)
{
	struct writer *w = arg;
	const struct callgraph *g = sv->g;
	int i, k;

	w->gfpcalled = sc_malloc((g->nc + 1) * sizeof(*w->gfpcalled));
	for (i = 0; i < g->nc; i++)
		if (g->c[i].c->callee && !g->c[i].c->callee_static &&
		    fact_call_gfp_arg(g->c[i].c) >= 0)
			w->gfpcalled[w->ngfpcalled++] = g->c[i].c->callee;
	qsort(w->gfpcalled, w->ngfpcalled, sizeof(*w->gfpcalled), cmp_strp);
	fprintf(w->out, "\n# functions: sleep, sleep-if-gfp, nosleep\n");
	for (i = 0; i < g->nf; i = k) {
		for (k = i + 1; k < g->nf && !strcmp(g->f[g->byname[k]].fn->name,
						     g->f[g->byname[i]].fn->name); k++)
			;
		write_func(w, sv, i, k);
	}
	fprintf(w->out, "\n# fields called in atomic context\n");
	write_fields(w, sv);
	fprintf(w->out, "\n# contracts carried to their callers\n");
	write_contracts(w, sv, CONTRACT_NO_INTERRUPT);
	write_contracts(w, sv, CONTRACT_IRQS_ON);
	free(w->gfpcalled);
}

int summary_write(FILE *out, const struct fact_set *set, const struct rules *rules,
		  const struct summary_source *src, int include_indirect)
{
	char *body = NULL;
	size_t bodylen = 0;
	struct writer w;
	int i, nfuncs = 0;

	memset(&w, 0, sizeof(w));
	w.include_indirect = include_indirect;
	for (i = 0; i < set->nfiles; i++)
		nfuncs += set->files[i].nfuncs;
	w.rules = rules;
	w.set = set;
	w.out = open_memstream(&body, &bodylen);
	if (!w.out) {
		fprintf(stderr, "sleepcheck: error: out of memory\n");
		return -1;
	}
	solve_summaries(set, rules, write_all, &w);
	fclose(w.out);
	fprintf(out, SUMMARY_MAGIC " %d, database schema %d: the kernel's functions "
		"as a module check needs them\n", SUMMARY_FORMAT, src->schema);
	fprintf(out, "# release: %s\n", src->release);
	fprintf(out, "# config: %s\n", src->config);
	fprintf(out, "# from: %s (%d files, %d functions); %d functions of vmlinux "
		"visible to modules\n", src->db_path, set->nfiles, nfuncs, w.nfuncs);
	fprintf(out, "# written: %d sleep, %d sleep-if-gfp, %d sleep on one of two "
		"gfp arguments (as sleep), %d nosleep, %d entry-field, %d contract "
		"no-interrupt, %d contract irqs-on\n", w.nsleep, w.ngfp, w.ngfp2,
		w.nnosleep, w.nfields, w.nnoint, w.nirqson);
	fprintf(out, "# left out: %d named by rules/, %d that sleep only on a "
		"field or flag condition, %d definitions that sleep only through a "
		"pointer call with more than %d candidates, %d fields entry-field "
		"cannot name\n", w.nruled, w.nother, w.nindirect, CG_MAX_SURE,
		w.nfield_odd);
	fprintf(out, "# use: sleepcheck --summary=FILE (or $SLEEPCHECK_SUMMARY); "
		"a function whose body is in the database is judged by its body\n");
	fwrite(body, 1, bodylen, out);
	free(body);
	return 0;
}
