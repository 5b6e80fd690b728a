/*
 * report_sarif.c - `report --format=sarif`: SARIF 2.1.0, one run.  The
 * driver describes the rule; each result has its location, the place
 * the atomic context began as a related location, the chain as one
 * codeFlow/threadFlow in execution order, a partial fingerprint, its
 * baseline state and, when hidden, its suppression.  Paths under the
 * source root (--srcroot, else the current directory) are relative to
 * the SRCROOT base id, so the file works in any checkout.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report.h"

#ifndef SLEEPCHECK_VERSION
#define SLEEPCHECK_VERSION "0.1"
#endif

static void uri_chars(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("/-._~", c))
			fputc(c, out);
		else
			fprintf(out, "%%%02X", c);
	}
}

static void artifact(FILE *out, const char *path, const char *root)
{
	size_t n = strlen(root);

	fputs("{\"uri\": \"", out);
	if (path[0] != '/') {
		uri_chars(out, path);
		fputs("\", \"uriBaseId\": \"SRCROOT\"}", out);
	} else if (!strncmp(path, root, n) && path[n] == '/') {
		uri_chars(out, path + n + 1);
		fputs("\", \"uriBaseId\": \"SRCROOT\"}", out);
	} else {
		fputs("file://", out);
		uri_chars(out, path);
		fputs("\"}", out);
	}
}

static void location(FILE *out, const char *path, int line, int col,
		     const char *root, const char *msg)
{
	fputs("{\"physicalLocation\": {\"artifactLocation\": ", out);
	artifact(out, path, root);
	fprintf(out, ", \"region\": {\"startLine\": %d, \"startColumn\": %d}}",
		line > 0 ? line : 1, col > 0 ? col : 1);
	if (msg) {
		fputs(", \"message\": {\"text\": ", out);
		json_string(out, msg);
		fputc('}', out);
	}
	fputc('}', out);
}

static void step_text(const struct chain_step *s, char *buf, size_t size)
{
	const char *gfp = gfp_class_name(s->gfp);

	snprintf(buf, size, "'%s' calls '%s'%s%s%s%s%s%s", s->func->name,
		 s->target ? s->target : s->call->callee ? s->call->callee : "?",
		 s->bind ? " via " : "", s->bind ? s->bind->via : "",
		 gfp ? ", gfp " : "", gfp ? gfp : "",
		 rule_sleep_text(s->rule),
		 fcx(s->call)->inl && !s->bind ? " (inline)" : "");
}

/* one related location: its id, place and message */
static void related(FILE *out, int *id, const char *path, int line, int col,
		    const char *root, const char *text)
{
	fputs(*id > 1 ? ",\n         " : ",\n       \"relatedLocations\": [", out);
	fprintf(out, "{\"id\": %d, \"physicalLocation\": {\"artifactLocation\": ",
		(*id)++);
	artifact(out, path, root);
	fprintf(out, ", \"region\": {\"startLine\": %d, \"startColumn\": %d}}, "
		"\"message\": {\"text\": ", line > 0 ? line : 1, col > 0 ? col : 1);
	json_string(out, text);
	fputs("}}", out);
}

/*
 * The result's location is where the fix goes (the blamed call); the
 * related locations say why it is atomic: where the atomic context
 * began, or for a callback the call through its field in atomic context
 * (the dispatch site) and its lock, and the binding or registration.
 */
static void related_locations(FILE *out, const struct finding *fd, const char *root)
{
	const struct chain_step *s0 = &fd->steps[0];
	const struct fact_call *c0 = s0->call, *d = fd->disp_call;
	char text[1024];
	int id = 1;

	if (d) {
		snprintf(text, sizeof(text), "'%s' calls '%s' through %s here, in "
			 "atomic context", fd->disp_func->name, s0->func->name, fcx(d)->via);
		related(out, &id, fd->disp_file->path, d->line, d->col, root, text);
		if (atomic_active(d->depth) && fcx(d)->aline > 0) {
			atomic_origin_text(d, fd->disp_func->name, text, sizeof(text));
			related(out, &id, fd->disp_file->path, fcx(d)->aline, fcx(d)->acol, root,
				text);
		}
	}
	if (fd->entry) {
		snprintf(text, sizeof(text), "'%s' %s '%s' here", s0->func->name,
			 fd->entry_stored ? "is stored in" : "is registered with",
			 fd->entry_with ? fd->entry_with : "?");
		related(out, &id, fd->entry_path, fd->entry_line, fd->entry_col, root,
			text);
	} else if (fcx(c0)->aline > 0) {
		atomic_origin_text(c0, s0->func->name, text, sizeof(text));
		related(out, &id, s0->file->path, fcx(c0)->aline, fcx(c0)->acol, root, text);
	}
	if (fd->indirect) {
		snprintf(text, sizeof(text), "'%s' calls through %s, which has %d "
			 "candidate targets", fd->indirect_func->name,
			 fcx(fd->indirect_call)->via, fd->indirect);
		related(out, &id, fd->indirect_file->path, fd->indirect_call->line,
			fd->indirect_call->col, root, text);
	}
	if (id > 1)
		fputc(']', out);
}

static void result(FILE *out, const struct finding *fd, const char *root,
		   const struct report_opts *o, int baseline_used)
{
	const struct chain_step *s0 = &fd->steps[0];
	const struct fact_call *c0 = s0->call;
	const char *cls = finding_class(fd);
	char msg[512], text[1024];
	int i;

	finding_message(fd, 1, msg, sizeof(msg));
	fprintf(out, "      {\"ruleId\": \"%s\", \"ruleIndex\": %d, "
		"\"level\": \"%s\",\n       \"message\": {\"text\": ", cls,
		!strcmp(cls, "contract") ? 1 : !strcmp(cls, "sleep-in-atomic") ? 0 :
		!strcmp(cls, "rt-wait-context") ? 3 : 2,
		o->error ? "error" : "warning");
	json_string(out, msg);
	fputs("},\n       \"locations\": [", out);
	location(out, s0->file->path, c0->line, c0->col, root, NULL);
	fputc(']', out);
	related_locations(out, fd, root);
	fputs(",\n       \"codeFlows\": [{\"threadFlows\": [{\"locations\": [\n", out);
	for (i = 0; i < fd->nsteps; i++) {
		const struct chain_step *s = &fd->steps[i];

		step_text(s, text, sizeof(text));
		fputs("         {\"location\": ", out);
		location(out, s->file->path, s->call->line, s->call->col, root, text);
		fprintf(out, ", \"nestingLevel\": %d, \"executionOrder\": %d}%s\n",
			i, i + 1, i + 1 < fd->nsteps ? "," : "");
	}
	fputs("       ]}]}],\n       \"partialFingerprints\": {\"sleepcheckChain/v1\": ", out);
	json_string(out, fd->fingerprint);
	fputc('}', out);
	if (baseline_used)
		fprintf(out, ",\n       \"baselineState\": \"%s\"",
			fd->baselined ? "unchanged" : "new");
	if (fd->suppressed) {
		fputs(",\n       \"suppressions\": [{\"kind\": \"external\", "
		      "\"justification\": ", out);
		json_string(out, fd->suppressed);
		fputs("}]", out);
	}
	fputs("}", out);
}

void report_sarif(FILE *out, const struct findings *f, const struct report_opts *o)
{
	char root[PATH_MAX];
	int i, first = 1, baseline_used = 0;

	if (o->srcroot && realpath(o->srcroot, root))
		;
	else if (!getcwd(root, sizeof(root)))
		strcpy(root, "/");
	for (i = 0; i < f->n; i++)
		if (f->v[i].baselined)
			baseline_used = 1;
	fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	      "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
	      "    \"tool\": {\"driver\": {\"name\": \"sleepcheck\", "
	      "\"version\": \"" SLEEPCHECK_VERSION "\",\n"
	      "      \"rules\": [{\"id\": \"sleep-in-atomic\", \"name\": \"SleepInAtomic\",\n"
	      "        \"shortDescription\": {\"text\": \"A call made in atomic context "
	      "may sleep.\"},\n"
	      "        \"fullDescription\": {\"text\": \"A call made with a spinlock "
	      "held, interrupts, preemption or bottom halves disabled, or inside an "
	      "RCU read-side section reaches a function that may sleep.\"},\n"
	      "        \"help\": {\"text\": \"Move the call out of the atomic section, "
	      "pass a gfp that cannot block (GFP_ATOMIC, GFP_NOWAIT), or serve the "
	      "request from memory reserved in advance. The code flow shows every "
	      "call from the atomic section down to the sleeping one.\"},\n"
	      "        \"defaultConfiguration\": {\"level\": \"warning\"}},\n"
	      "       {\"id\": \"contract\", \"name\": \"BrokenApiContract\",\n"
	      "        \"shortDescription\": {\"text\": \"A documented calling "
	      "contract is broken.\"},\n"
	      "        \"fullDescription\": {\"text\": \"A function documented as "
	      "callable with IRQs disabled or in interrupt context may sleep, one "
	      "documented as IRQs-enabled only is called with IRQs disabled, or one "
	      "documented as not callable in interrupt context is reached from an "
	      "IRQ handler, timer or tasklet; contracts are mined from the API "
	      "documentation (sleepcheck rules-from-doc).\"},\n"
	      "        \"help\": {\"text\": \"Follow the documented contract quoted "
	      "in the rule's provenance: keep such calls out of IRQs-off sections, or "
	      "make the implementation serve non-blocking requests without "
	      "sleeping.\"},\n"
	      "        \"defaultConfiguration\": {\"level\": \"warning\"}},\n"
	      "       {\"id\": \"sleep-in-atomic-indirect\", \"name\": "
	      "\"SleepInAtomicIndirect\",\n"
	      "        \"shortDescription\": {\"text\": \"A call made in atomic "
	      "context may sleep through a pointer with many candidates.\"},\n"
	      "        \"fullDescription\": {\"text\": \"As sleep-in-atomic, but "
	      "the chain needs a call through a function pointer whose many "
	      "candidate targets could not be narrowed to the objects it really "
	      "comes from.\"},\n"
	      "        \"help\": {\"text\": \"Check that the pointer can reach the "
	      "function of the chain; if it can, fix as for sleep-in-atomic.\"},\n"
	      "        \"defaultConfiguration\": {\"level\": \"warning\"}},\n"
	      "       {\"id\": \"rt-wait-context\", \"name\": \"RtWaitContext\",\n"
	      "        \"shortDescription\": {\"text\": \"A call made in raw atomic "
	      "context may sleep on PREEMPT_RT.\"},\n"
	      "        \"fullDescription\": {\"text\": \"With a raw_spinlock_t held, "
	      "interrupts disabled by local_irq_disable()/local_irq_save() or "
	      "preemption disabled, a call reaches a spinlock_t, rwlock_t or "
	      "local_lock_t acquire or a slab or page allocation: sleeping locks on "
	      "PREEMPT_RT (-Wrt-wait-context).\"},\n"
	      "        \"help\": {\"text\": \"Take a raw_spinlock_t instead, move "
	      "the allocation or the lock out of the raw section, or make the "
	      "section non-raw (spin_lock_irqsave() of a spinlock_t instead of "
	      "local_irq_save()).\"},\n"
	      "        \"defaultConfiguration\": {\"level\": \"warning\"}}]}},\n"
	      "    \"originalUriBaseIds\": {\"SRCROOT\": {\"uri\": \"file://", out);
	uri_chars(out, root);
	fputs(strcmp(root, "/") ? "/\"}},\n" : "\"}},\n", out);
	fputs("    \"columnKind\": \"unicodeCodePoints\",\n    \"results\": [\n", out);
	for (i = 0; i < f->n; i++) {
		if (!report_shows(&f->v[i], o) && !f->v[i].suppressed)
			continue;
		if (!first)
			fputs(",\n", out);
		result(out, &f->v[i], root, o, baseline_used);
		first = 0;
	}
	fputs(first ? "    ]\n  }]\n}\n" : "\n    ]\n  }]\n}\n", out);
}
