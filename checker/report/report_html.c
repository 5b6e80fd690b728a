/*
 * report_html.c - `report --format=html`: one self-contained page (no
 * script, no network): a list of findings, each with its chain drawn as
 * an inline SVG graph (atomic site, each call, the sleep source) and a
 * table of the steps with the source line of each, read from the files
 * when they can be opened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static void html(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		default: fputc(*s, out);
		}
	}
}

/* line @line of @path, without its newline, into @buf; "" if unreadable */
static void source_line(const char *path, int line, char *buf, size_t size)
{
	FILE *in = fopen(path, "r");
	int n = 1;

	buf[0] = '\0';
	if (!in)
		return;
	while (fgets(buf, (int)size, in)) {
		size_t len = strlen(buf);
		int whole = len && buf[len - 1] == '\n';

		if (n == line) {
			if (whole)
				buf[len - 1] = '\0';
			fclose(in);
			return;
		}
		if (whole)
			n++;
	}
	buf[0] = '\0';
	fclose(in);
}

static void svg_box(FILE *out, int y, const char *title, const char *sub, int red)
{
	fprintf(out, "<rect x=\"10\" y=\"%d\" width=\"520\" height=\"40\" rx=\"6\" "
		"fill=\"%s\" stroke=\"%s\"/>", y, red ? "#fde8e8" : "#eef3fb",
		red ? "#c0392b" : "#4a6fa5");
	fprintf(out, "<text x=\"20\" y=\"%d\" font-family=\"monospace\" "
		"font-size=\"13\">", y + 17);
	html(out, title);
	fprintf(out, "</text><text x=\"20\" y=\"%d\" font-family=\"monospace\" "
		"font-size=\"11\" fill=\"#555\">", y + 33);
	html(out, sub);
	fputs("</text>", out);
}

static void svg_chain(FILE *out, const struct finding *fd)
{
	const struct fact_call *c0 = fd->steps[0].call;
	int boxes = fd->nsteps + 2, i, y = 10;
	char sub[512];

	fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"540\" "
		"height=\"%d\" role=\"img\">", boxes * 60);
	fputs("<defs><marker id=\"a\" markerWidth=\"8\" markerHeight=\"8\" refX=\"4\" "
	      "refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\"/></marker></defs>",
	      out);
	if (fd->disp_call) {	/* a callback: the call through its field */
		snprintf(sub, sizeof(sub), "%s:%d", fd->disp_file->path,
			 fd->disp_call->line);
		svg_box(out, y, fd->disp_func->name, sub, 1);
	} else {
		snprintf(sub, sizeof(sub), "%s:%d", fd->steps[0].file->path, fcx(c0)->aline);
		svg_box(out, y, fcx(c0)->awhat ? fcx(c0)->awhat : "atomic context", sub, 1);
	}
	for (i = 0; i < fd->nsteps; i++) {
		const struct chain_step *s = &fd->steps[i];

		fprintf(out, "<line x1=\"270\" y1=\"%d\" x2=\"270\" y2=\"%d\" "
			"stroke=\"#333\" marker-end=\"url(#a)\"/>", y + 40, y + 58);
		y += 60;
		snprintf(sub, sizeof(sub), "%s:%d  %s", s->file->path, s->call->line,
			 step_resolution(s));
		svg_box(out, y, s->func->name, sub, 0);
	}
	fprintf(out, "<line x1=\"270\" y1=\"%d\" x2=\"270\" y2=\"%d\" stroke=\"#333\" "
		"marker-end=\"url(#a)\"/>", y + 40, y + 58);
	y += 60;
	svg_box(out, y, fd->steps[fd->nsteps - 1].call->callee, "may sleep", 1);
	fputs("</svg>", out);
}

void report_html(FILE *out, const struct findings *f, const struct report_opts *o)
{
	char msg[512], src[4096];
	int i, j, n = 0;

	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	      "<title>sleepcheck report</title><style>"
	      "body{font-family:sans-serif;margin:2em;max-width:70em}"
	      "section{border-top:1px solid #ccc;padding:1em 0}"
	      "table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;"
	      "vertical-align:top}code,pre{font-family:monospace}"
	      "pre{margin:0;background:#f6f6f6}.w{color:#c0392b}</style></head><body>\n"
	      "<h1>sleepcheck report</h1>\n", out);
	for (i = 0; i < f->n; i++)
		if (report_shows(&f->v[i], o))
			n++;
	fprintf(out, "<p id=\"summary\">%d finding%s</p>\n", n, n == 1 ? "" : "s");
	for (i = 0, n = 0; i < f->n; i++) {
		const struct finding *fd = &f->v[i];
		const struct chain_step *s0 = &fd->steps[0];

		if (!report_shows(fd, o))
			continue;
		finding_message(fd, 1, msg, sizeof(msg));
		fprintf(out, "<section class=\"finding\" id=\"f%d\"><h2 class=\"w\">", n++);
		html(out, s0->file->path);
		fprintf(out, ":%d:%d: ", s0->call->line, s0->call->col);
		html(out, msg);
		fputs("</h2>\n<p>fingerprint <code>", out);
		html(out, fd->fingerprint);
		fputs("</code></p>\n", out);
		svg_chain(out, fd);
		fputs("\n<table><tr><th>step</th><th>where</th><th>call</th>"
		      "<th>source</th></tr>\n", out);
		for (j = 0; j < fd->nsteps; j++) {
			const struct chain_step *s = &fd->steps[j];

			fprintf(out, "<tr class=\"step\"><td>%d</td><td><code>", j + 1);
			html(out, s->file->path);
			fprintf(out, ":%d</code></td><td><code>", s->call->line);
			html(out, s->func->name);
			fputs(" &rarr; ", out);
			html(out, s->target ? s->target : s->call->callee);
			fprintf(out, "</code> (%s)</td><td><pre>", step_resolution(s));
			source_line(s->file->path, s->call->line, src, sizeof(src));
			html(out, src);
			fputs("</pre></td></tr>\n", out);
		}
		fputs("</table></section>\n", out);
	}
	fputs("</body></html>\n", out);
}
