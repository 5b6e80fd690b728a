/*
 * report_json.c - `report --format=json`: one object per finding with
 * its atomic site, sleeping site, full chain (how each step was
 * resolved), gfp condition, rule provenance and fingerprint.  The schema
 * is schema/report.schema.json.  Also the JSON string writer that the
 * SARIF writer shares.
 */
#include <stdio.h>
#include <string.h>

#include "report.h"

/*
 * The length of the well-formed UTF-8 sequence at @p (RFC 3629: no
 * overlong forms, no surrogates, at most U+10FFFF), or 0.
 */
static int utf8_len(const unsigned char *p)
{
	unsigned c = p[0];
	int n, k;
	unsigned cp;

	if (c >= 0xc2 && c <= 0xdf)
		n = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, cp = c & 0x07;
	else
		return 0;
	for (k = 1; k < n; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[k] & 0x3f);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return n;
}

/* @s as a JSON string: UTF-8 kept, control characters escaped, a byte
 * that is not part of well-formed UTF-8 written as U+FFFD */
void json_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	int n;

	fputc('"', out);
	while (*p) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\u%04x", *p);
		else if (*p < 0x80)
			fputc(*p, out);
		else if ((n = utf8_len(p)) > 0) {
			fwrite(p, 1, n, out);
			p += n;
			continue;
		} else
			fputs("\\ufffd", out);
		p++;
	}
	fputc('"', out);
}

const char *gfp_class_name(char cls)
{
	switch (cls) {
	case GFP_BLOCK:
		return "blocking";
	case GFP_NOBLOCK:
		return "non-blocking";
	case GFP_UNKNOWN:
		return "unknown";
	case GFP_SOFTIRQ:
		return "blocking unless bottom halves are disabled";
	case GFP_NOTE_BH:
		return "bottom halves enabled";
	case 0:
	case GFP_NOT:
		return NULL;
	default:
		return "caller's parameter";
	}
}

const char *step_resolution(const struct chain_step *s)
{
	if (s->bind)
		return "pointer";
	if (fcx(s->call)->inl)
		return "inline";
	return "direct";
}

static void pos(FILE *out, const char *file, int line, int col)
{
	fputs("\"file\": ", out);
	json_string(out, file);
	fprintf(out, ", \"line\": %d, \"column\": %d", line, col);
}

static void kinds(FILE *out, const signed char *depth)
{
	int k, first = 1;

	fputc('[', out);
	for (k = 0; k < AK_NR; k++) {
		if (depth[k] <= 0)
			continue;
		fprintf(out, "%s\"%s\"", first ? "" : ", ", atomic_kind_names[k]);
		first = 0;
	}
	fputc(']', out);
}

static void print_step(FILE *out, const struct chain_step *s)
{
	const char *gfp = gfp_class_name(s->gfp);
	char guard[320];

	fputs("{\"function\": ", out);
	json_string(out, s->func->name);
	fputs(", \"calls\": ", out);
	json_string(out, s->target ? s->target : s->call->callee);
	fputs(", ", out);
	pos(out, s->file->path, s->call->line, s->call->col);
	fprintf(out, ", \"resolved\": \"%s\"", step_resolution(s));
	if (fcx(s->call)->inl) {
		fputs(", \"inline\": ", out);
		json_string(out, fcx(s->call)->inl);
	}
	if (s->bind) {
		fputs(", \"via\": ", out);
		json_string(out, s->bind->via);
		fputs(", \"binding\": {", out);
		pos(out, s->bind_file->path, s->bind->line, s->bind->col);
		fputc('}', out);
	}
	if (gfp)
		fprintf(out, ", \"gfp\": \"%s\"", gfp);
	if (guard_condition(s, guard, sizeof(guard)))
		fprintf(out, ", \"guard\": \"%s\"", guard);
	fputc('}', out);
}

static void print_finding(FILE *out, const struct finding *fd, int error)
{
	const struct chain_step *s0 = &fd->steps[0], *last = &fd->steps[fd->nsteps - 1];
	const struct fact_call *c0 = s0->call;
	char msg[512];
	int i;

	finding_message(fd, 1, msg, sizeof(msg));
	fprintf(out, "    {\"rule\": \"%s\", \"level\": ", finding_class(fd));
	fputs(error ? "\"error\"" : "\"warning\"", out);
	fputs(", \"message\": ", out);
	json_string(out, msg);
	fputs(",\n     \"fingerprint\": ", out);
	json_string(out, fd->fingerprint);
	fprintf(out, ", \"baselined\": %s", fd->baselined ? "true" : "false");
	if (fd->suppressed) {
		fputs(", \"suppressed\": ", out);
		json_string(out, fd->suppressed);
	}
	fputs(",\n     \"atomic\": {\"function\": ", out);
	json_string(out, s0->func->name);
	fputs(", \"kinds\": ", out);
	if (fd->entry) {
		fprintf(out, "[\"%s\"], \"begins\": {", fd->entry->kind);
		pos(out, fd->entry_path, fd->entry_line, fd->entry_col);
		fputs(", \"primitive\": ", out);
		json_string(out, fd->entry_with);
		fputs(", \"registered_by\": ", out);
		if (fd->entry_by)
			json_string(out, fd->entry_by);
		else
			fputs("null", out);
		fputc('}', out);
	} else if (fd->contract && (fd->contract->kind == CONTRACT_IRQS_OFF_OK ||
				    fd->contract->kind == CONTRACT_ATOMIC_OK)) {
		fputs("[\"irq\"]", out);	/* the context the contract allows */
	} else if (fd->contract && fd->contract->kind == CONTRACT_ATOMIC_OK_IF) {
		fputs("[\"atomic\"]", out);
	} else {
		kinds(out, c0->depth);
	}
	if (fcx(c0)->aline > 0 && !fd->entry) {
		fputs(", \"begins\": {", out);
		pos(out, s0->file->path, fcx(c0)->aline, fcx(c0)->acol);
		fputs(", \"primitive\": ", out);
		json_string(out, fcx(c0)->awhat);
		fputc('}', out);
	}
	fputs(", \"call\": {", out);
	pos(out, s0->file->path, c0->line, c0->col);
	fputs("}},\n     \"sleep\": {\"function\": ", out);
	json_string(out, last->func->name);
	fputs(", \"calls\": ", out);
	json_string(out, last->call->callee);
	fputs(", ", out);
	pos(out, last->file->path, last->call->line, last->call->col);
	if (last->rule && last->rule->convention) {
		fputs(", \"convention\": \"gfp\"", out);
	} else if (last->rule) {
		fputs(", \"rule\": {", out);
		pos(out, rule_file_display(last->rule->file), last->rule->line, 1);
		fputc('}', out);
	}
	fputc('}', out);
	if (fd->contract) {
		fputs(",\n     \"contract\": {\"function\": ", out);
		json_string(out, fd->contract->name);
		fprintf(out, ", \"kind\": \"%s\", \"rule\": {",
			contract_kind_name(fd->contract->kind));
		pos(out, rule_file_display(fd->contract->file), fd->contract->line, 1);
		fputc('}', out);
		if (fd->contract->source) {
			fputs(", \"documented\": ", out);
			json_string(out, fd->contract->source);
		}
		if (fd->nrelied) {
			fprintf(out, ", \"relied_on\": {\"calls\": %d, \"first\": "
				"{\"function\": ", fd->nrelied);
			json_string(out, fd->relied.func->name);
			fputs(", ", out);
			pos(out, fd->relied.file->path, fd->relied.call->line,
			    fd->relied.call->col);
			fputs("}}", out);
		}
		fputc('}', out);
	}
	if (fd->disp_call) {
		fputs(",\n     \"dispatch\": {\"function\": ", out);
		json_string(out, fd->disp_func->name);
		fputs(", \"via\": ", out);
		json_string(out, fcx(fd->disp_call)->via);
		fputs(", ", out);
		pos(out, fd->disp_file->path, fd->disp_call->line, fd->disp_call->col);
		fputs(", \"kinds\": ", out);
		kinds(out, fd->disp_call->depth);
		fputc('}', out);
	}
	if (fd->indirect) {
		fputs(",\n     \"indirect\": {\"function\": ", out);
		json_string(out, fd->indirect_func->name);
		fputs(", \"via\": ", out);
		json_string(out, fcx(fd->indirect_call)->via);
		fputs(", ", out);
		pos(out, fd->indirect_file->path, fd->indirect_call->line,
		    fd->indirect_call->col);
		fprintf(out, ", \"candidates\": %d}", fd->indirect);
	}
	if (fd->nalso) {
		fputs(",\n     \"also\": [", out);
		for (i = 0; i < fd->nalso; i++) {
			fputs(i ? ", {\"function\": " : "{\"function\": ", out);
			json_string(out, fd->also[i].func->name);
			fputs(", ", out);
			pos(out, fd->also[i].file->path, fd->also[i].call->line,
			    fd->also[i].call->col);
			fputc('}', out);
		}
		fputc(']', out);
	}
	if (fd->gfp_call) {
		fputs(",\n     \"gfp_origin\": {\"function\": ", out);
		json_string(out, fd->gfp_func->name);
		fputs(", ", out);
		pos(out, fd->gfp_file->path, fd->gfp_call->line, fd->gfp_call->col);
		fprintf(out, ", \"argument\": %d}", fd->gfp_param + 1);
	}
	fputs(",\n     \"chain\": [\n", out);
	for (i = 0; i < fd->nsteps; i++) {
		fputs("       ", out);
		print_step(out, &fd->steps[i]);
		fputs(i + 1 < fd->nsteps ? ",\n" : "\n", out);
	}
	fputs("     ]", out);
	/* the other sleeps of the same atomic call (group.c), whole */
	if (fd->nsame) {
		fputs(",\n     \"same_call\": [\n", out);
		for (i = 0; i < fd->nsame; i++) {
			print_finding(out, &fd->same[i], error);
			fputs(i + 1 < fd->nsame ? ",\n" : "\n", out);
		}
		fputs("     ]", out);
	}
	fputc('}', out);
}

void report_json(FILE *out, const struct findings *f, const struct report_opts *o)
{
	int i, first = 1, nnew = 0, nbase = 0, nsup = 0;

	fputs("{\"tool\": \"sleepcheck\", \"format\": 1,\n  \"findings\": [\n", out);
	for (i = 0; i < f->n; i++) {
		const struct finding *fd = &f->v[i];

		if (fd->suppressed)
			nsup++;
		else if (fd->baselined)
			nbase++;
		else
			nnew++;
		if (!report_shows(fd, o))
			continue;
		if (!first)
			fputs(",\n", out);
		print_finding(out, fd, o->error);
		first = 0;
	}
	fprintf(out, "%s  ],\n  \"summary\": {\"new\": %d, \"baselined\": %d, "
		"\"suppressed\": %d, \"indirect_calls\": %d, \"unresolved\": %d}\n}\n",
		first ? "" : "\n", nnew, nbase, nsup, f->nindirect, f->nunresolved);
}
