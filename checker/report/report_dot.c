/*
 * report_dot.c - `report --format=dot`: one Graphviz digraph, a cluster
 * per finding: the atomic site, each function of the chain, and the
 * sleep source, so `dot -Tsvg` draws every chain.
 */
#include <stdio.h>

#include "report.h"

static void label(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
}

void report_dot(FILE *out, const struct findings *f, const struct report_opts *o)
{
	int i, j, n = 0;

	fputs("digraph sleepcheck {\n\trankdir=TB;\n\tnode [shape=box, "
	      "fontname=\"monospace\"];\n", out);
	for (i = 0; i < f->n; i++) {
		const struct finding *fd = &f->v[i];
		const struct fact_call *c0 = fd->steps[0].call;
		char msg[512];

		if (!report_shows(fd, o))
			continue;
		finding_message(fd, 1, msg, sizeof(msg));
		fprintf(out, "\tsubgraph cluster_%d {\n\t\tlabel=\"", n);
		label(out, msg);
		fprintf(out, "\";\n\t\tf%d_atomic [shape=octagon, color=red, label=\"", n);
		if (fd->disp_call) {	/* a callback: the call through its field */
			label(out, fd->disp_func->name);
			fprintf(out, "\\n%s:%d\"];\n", fd->disp_file->path,
				fd->disp_call->line);
		} else {
			label(out, fcx(c0)->awhat ? fcx(c0)->awhat : "atomic context");
			fprintf(out, "\\n%s:%d\"];\n", fd->steps[0].file->path,
				fcx(c0)->aline);
		}
		for (j = 0; j < fd->nsteps; j++) {
			const struct chain_step *s = &fd->steps[j];

			fprintf(out, "\t\tf%d_s%d [label=\"", n, j);
			label(out, s->func->name);
			fprintf(out, "\\n%s:%d\"];\n", s->file->path, s->call->line);
		}
		fprintf(out, "\t\tf%d_sleep [shape=doubleoctagon, color=red, label=\"", n);
		label(out, fd->steps[fd->nsteps - 1].call->callee);
		fputs("\\nmay sleep\"];\n", out);
		fprintf(out, "\t\tf%d_atomic -> f%d_s0 [style=dashed, label=\"held\"];\n",
			n, n);
		for (j = 0; j + 1 < fd->nsteps; j++) {
			const struct chain_step *s = &fd->steps[j];

			fprintf(out, "\t\tf%d_s%d -> f%d_s%d [label=\"%s\"];\n", n, j, n,
				j + 1, step_resolution(s));
		}
		fprintf(out, "\t\tf%d_s%d -> f%d_sleep;\n\t}\n", n, fd->nsteps - 1, n);
		n++;
	}
	fputs("}\n", out);
}
