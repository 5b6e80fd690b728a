/*
 * report.c - the text report: gcc-style diagnostics, one warning per
 * finding followed by its notes (where the atomic context began, where
 * a blocking gfp came from, and each call of the chain in order down to
 * the sleep source).
 */
#include <stdio.h>

#include "report.h"

static const char *gfp_text(char cls)
{
	switch (cls) {
	case GFP_BLOCK:
		return " with GFP flags that allow blocking";
	case GFP_UNKNOWN:
		return " with GFP flags not known to forbid blocking";
	case 0:
	case GFP_NOT:
	case GFP_NOBLOCK:
		return "";
	default:
		return " passing on its caller's GFP flags";
	}
}

/* " through inline 'kmalloc'" when the call was written as an inline */
static const char *inline_text(const struct fact_call *c, char *buf, size_t size)
{
	if (!c->inl)
		return "";
	snprintf(buf, size, " through inline '%s'", c->inl);
	return buf;
}

static void print_finding(FILE *out, const struct finding *fd)
{
	const struct chain_step *s0 = &fd->steps[0];
	const struct fact_call *c0 = s0->call;
	char atomic[160], inl[160];
	int i;

	atomic_describe(c0->depth, atomic, sizeof(atomic));
	fprintf(out, "%s:%d:%d: warning: call to '%s' may sleep with %s "
		"[-Wsleep-in-atomic]\n", s0->file->path, c0->line, c0->col,
		c0->inl ? c0->inl : c0->callee ? c0->callee : "?", atomic);
	if (c0->aline > 0)
		fprintf(out, "%s:%d:%d: note: atomic context begins here, at "
			"'%s' in '%s'\n", s0->file->path, c0->aline, c0->acol,
			c0->awhat ? c0->awhat : "?", s0->func->name);
	if (fd->gfp_call)
		fprintf(out, "%s:%d:%d: note: '%s' passes GFP flags that allow "
			"blocking to '%s' (argument %d)\n", fd->gfp_file->path,
			fd->gfp_call->line, fd->gfp_call->col, fd->gfp_func->name,
			fd->gfp_call->callee ? fd->gfp_call->callee : "?",
			fd->gfp_param + 1);
	for (i = 0; i < fd->nsteps; i++) {
		const struct chain_step *s = &fd->steps[i];

		if (s->rule)
			fprintf(out, "%s:%d:%d: note: '%s' calls '%s'%s%s, which "
				"may sleep\n", s->file->path, s->call->line,
				s->call->col, s->func->name, s->call->callee,
				inline_text(s->call, inl, sizeof(inl)),
				gfp_text(s->gfp));
		else
			fprintf(out, "%s:%d:%d: note: '%s' calls '%s'%s%s\n",
				s->file->path, s->call->line, s->call->col,
				s->func->name, s->call->callee ? s->call->callee : "?",
				inline_text(s->call, inl, sizeof(inl)),
				gfp_text(s->gfp));
	}
}

void report_text(FILE *out, const struct findings *f)
{
	int i;

	for (i = 0; i < f->n; i++)
		print_finding(out, &f->v[i]);
}
