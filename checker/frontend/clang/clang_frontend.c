/*
 * clang_frontend.c - one file through the libclang front end: parse,
 * evaluate the gfp blocking mask with the file's own macros, bind
 * functions stored by static initializers, and collect each function
 * defined in the file (clang_ir.c) into a fact_file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_frontend.h"

static void bind_init(struct cunit *u, struct cdecl *obj, struct cn *init, int depth);

static void bind_value(struct cunit *u, struct cdecl *obj, const char *via,
		       struct cn *val, int depth)
{
	struct cn *v = cn_strip(val);
	struct fact_binding *b;

	if (!v)
		return;
	if (v->kind == CN_INITLIST) {
		bind_init(u, obj, v, depth + 1);
		return;
	}
	while (v && v->kind == CN_UNOP && v->nkids == 1 &&
	       clang_op(u->tu, v) == OP_ADDR)
		v = cn_strip(v->kids[0]);
	if (!via || !v || v->kind != CN_REF || !v->decl || v->decl->kind != CD_FUNC)
		return;
	b = fact_file_add_binding(u->facts, via, v->decl->name);
	b->func_static = v->decl->is_static;
	b->object = sc_strdup(obj->name);
	b->object_static = obj->is_static;
	b->line = v->line;
	b->col = v->col;
}

static void bind_init(struct cunit *u, struct cdecl *obj, struct cn *init, int depth)
{
	int i, next = 0, nf = 0;
	char via[600];

	if (!init || init->kind != CN_INITLIST || depth > 16)
		return;
	while (init->fields && init->fields[nf])
		nf++;
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i];

		if (e && e->kind == CN_DESIG) {
			const char *dot = strrchr(e->name, '.');
			int k;

			/* positional members after a designator follow it */
			for (k = 0; dot && init->name && k < nf; k++)
				if (!strcmp(init->fields[k], dot + 1) &&
				    !strncmp(e->name, init->name, (size_t)(dot - e->name)))
					next = k + 1;
			if (e->nkids)
				bind_value(u, obj, e->name, e->kids[e->nkids - 1], depth);
			continue;
		}
		if (!init->name) {	/* an array: its elements, [i] = too */
			if (e && e->kind == CN_OTHER && e->nkids &&
			    e->kids[e->nkids - 1]->kind == CN_INITLIST)
				e = e->kids[e->nkids - 1];
			bind_value(u, obj, NULL, e, depth);
			continue;
		}
		if (next < nf) {
			snprintf(via, sizeof(via), "%s.%s", init->name, init->fields[next++]);
			bind_value(u, obj, via, e, depth);
		}
	}
}

void clang_bind_initializer(struct cunit *u, struct cdecl *d, struct cn *init)
{
	bind_init(u, d, cn_strip(init), 0);
}

static void on_function(void *arg, struct cdecl *d)
{
	struct cunit *u = arg;

	clang_fstores_body(u, d, clang_body(u->tu, d));
	/* expanded where they are called, as sparse does */
	if (d->is_inline && d->is_static)
		return;
	clang_collect_function(u, d, clang_body(u->tu, d));
}

/* a static function of a header: what it leaves released counts at the
 * file's calls (sparse_frontend.c header_static()) */
static void on_header_function(void *arg, struct cdecl *d)
{
	struct cunit *u = arg;

	clang_collect_exits(u, d, clang_body(u->tu, d));
}

static void on_var(void *arg, struct cdecl *d, struct cn *init, const char *record)
{
	(void)record;
	clang_bind_initializer(arg, d, init);
	clang_fstores_init(arg, init);
}

int clang_check_file(const char *file, const char *const *args, int nargs,
		     const struct rules *rules, struct fact_file *facts)
{
	const char *flags = rules->gfp_blocking;
	struct cunit u;
	char *probe = NULL, *aprobe = rules_assert_probe(rules);
	int len;

	if (flags) {
		len = snprintf(NULL, 0, "#ifdef %s\nstatic const unsigned long long "
			       "__sleepcheck_gfp_probe = (unsigned long long)(%s);\n"
			       "#endif\n%s", flags, flags, aprobe ? aprobe : "");
		probe = sc_malloc(len + 1);
		snprintf(probe, len + 1, "#ifdef %s\nstatic const unsigned long long "
			 "__sleepcheck_gfp_probe = (unsigned long long)(%s);\n#endif\n%s",
			 flags, flags, aprobe ? aprobe : "");
		free(aprobe);
	} else {
		probe = aprobe;
	}
	memset(&u, 0, sizeof(u));
	u.rules = rules;
	u.facts = facts;
	u.tu = clang_tu_parse(file, facts->path, args, nargs, rules, probe);
	free(probe);
	if (!u.tu)
		return 2;
	facts->unit = fact_unit_from_args(args, nargs);
	clang_tu_record_tags(u.tu, facts);
	u.have_mask = clang_tu_probe(u.tu, rules, &u.gfp_blocking_mask, &u.noassert);
	clang_param_constants(&u);
	clang_tu_walk_headers(u.tu, on_header_function, &u);
	clang_tu_walk(u.tu, on_function, on_var, &u);
	ir_unit_finish(&u.irs);
	fact_file_prune_tags(facts);
	if (getenv("SLEEPCHECK_IR_STATS"))
		ir_stats_flush(stderr, facts->path);
	clang_tu_free(u.tu);
	free(u.rets);
	free(u.noassert);
	pconst_free(&u.pconst);
	return 0;
}
