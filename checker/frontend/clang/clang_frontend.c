/*
 * clang_frontend.c - one file through the libclang front end: parse,
 * evaluate the gfp blocking mask with the file's own macros, bind
 * functions stored by static initializers (with the values of the other
 * integer fields of their element: fact_binding.sibs, a field left out
 * 0), and collect each function defined in the file (clang_ir.c) into a
 * fact_file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_limits.h"
#include "clang_context.h"
#include "clang_frontend.h"

static void bind_init(struct cunit *u, struct cdecl *obj, struct cn *init, int depth);

/* returns 1 when it bound a function to @via */
static int bind_value(struct cunit *u, struct cdecl *obj, const char *via,
		      struct cn *val, int depth)
{
	struct cn *v = cn_strip(val);
	struct fact_binding *b;

	if (!v)
		return 0;
	if (v->kind == CN_INITLIST) {
		bind_init(u, obj, v, depth + 1);
		return 0;
	}
	while (v && v->kind == CN_UNOP && v->nkids == 1 &&
	       clang_op(u->tu, v) == OP_ADDR)
		v = cn_strip(v->kids[0]);
	if (!via || !v || v->kind != CN_REF || !v->decl || v->decl->kind != CD_FUNC)
		return 0;
	b = fact_file_add_binding(u->facts, via, v->decl->name);
	b->func_static = v->decl->is_static;
	b->object = sc_strdup(obj->name);
	b->object_static = obj->is_static;
	b->line = v->line;
	b->col = v->col;
	return 1;
}

/* the values of the integer fields of record element @init whose field
 * k is initialized by @vals[k] (NULL: left out, 0), as sparse_pointers.c
 * sc_bind_sibs() writes them; NULL when none is known */
static char *element_sibs(struct cunit *u, struct cn *init, struct cn **vals, int nf)
{
	char buf[FACT_MAX_SIBS * 48], entry[160];
	int k, n = 0, bits, sign;

	buf[0] = '\0';
	for (k = 0; k < nf; k++) {
		long long v = 0;

		if (!init->fields[k][0] || !init->fdecls ||
		    !clang_field_int_type(u->tu, init->fdecls[k], &bits, &sign))
			continue;
		if (vals[k] && !clang_const(u->tu, cn_strip(vals[k]), &v))
			continue;	/* not a constant: not known */
		if (n == FACT_MAX_SIBS)
			break;
		snprintf(entry, sizeof(entry), "%s%s=%lld", n ? "," : "", init->fields[k],
			 fact_int_as(v, bits, sign));
		if (strlen(buf) + strlen(entry) >= sizeof(buf))
			break;
		strcat(buf, entry);
		n++;
	}
	return n ? sc_strdup(buf) : NULL;
}

static void bind_init(struct cunit *u, struct cdecl *obj, struct cn *init, int depth)
{
	int i, next = 0, nf = 0, first = u->facts->nbinds, *bound = NULL, nbound = 0;
	struct cn **vals;
	char via[600];

	if (!init || init->kind != CN_INITLIST || depth > 16)
		return;
	while (init->fields && init->fields[nf])
		nf++;
	vals = sc_calloc(nf ? nf : 1, sizeof(*vals));
	for (i = 0; i < init->nkids; i++) {
		struct cn *e = init->kids[i];

		if (e && e->kind == CN_DESIG) {
			const char *dot = strrchr(e->name, '.');
			int k, at = -1, here;

			/* a field of this record, or of an anonymous struct
			 * or union in it (named by this record) */
			here = dot && init->name && strlen(init->name) == (size_t)(dot - e->name) &&
			       !strncmp(e->name, init->name, (size_t)(dot - e->name));
			/* positional members after a designator follow it */
			for (k = 0; here && k < nf; k++)
				if (!strcmp(init->fields[k], dot + 1))
					at = k;
			if (at >= 0)
				next = at + 1;
			if (at >= 0 && e->nkids)
				vals[at] = e->kids[e->nkids - 1];
			if (e->nkids && bind_value(u, obj, e->name, e->kids[e->nkids - 1], depth) &&
			    here) {
				bound = sc_realloc(bound, (nbound + 1) * sizeof(*bound));
				bound[nbound++] = u->facts->nbinds - 1;
			}
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
			vals[next] = e;
			snprintf(via, sizeof(via), "%s.%s", init->name, init->fields[next++]);
			if (bind_value(u, obj, via, e, depth)) {
				bound = sc_realloc(bound, (nbound + 1) * sizeof(*bound));
				bound[nbound++] = u->facts->nbinds - 1;
			}
		}
	}
	/* the functions bound directly in this element: its other fields */
	for (i = 0; i < nbound; i++)
		if (bound[i] >= first)
			u->facts->binds[bound[i]].sibs = element_sibs(u, init, vals, nf);
	free(bound);
	free(vals);
}

void clang_bind_initializer(struct cunit *u, struct cdecl *d, struct cn *init)
{
	bind_init(u, d, cn_strip(init), 0);
}

static void on_function(void *arg, struct cdecl *d)
{
	struct cunit *u = arg;

	/* a static inline function's stores are walked where it is
	 * called, with its arguments, as sparse expands it */
	if (!(d->is_inline && d->is_static))
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
	clang_fn_var(arg, d, init != NULL, 0);
	if (!init)
		return;
	clang_bind_initializer(arg, d, init);
	clang_table_record(arg, d, init);
	clang_fstores_init(arg, init);
}

static void on_header_var(void *arg, struct cdecl *d, struct cn *init, const char *record)
{
	(void)record;
	clang_fn_header_var(arg, d, init);
	if (init)
		clang_fstores_header_init(arg, init);
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
	if (u.have_mask) {
		char what[32];

		/* as sparse_fstores.c sc_gfp_blocking_fact() */
		snprintf(what, sizeof(what), "|%#llx", u.gfp_blocking_mask);
		fact_file_add_fstore(facts, "gfp-blocking", what);
	}
	clang_param_constants(&u);
	clang_tu_walk_headers(u.tu, on_header_function, &u);
	clang_tu_walk_header_vars(u.tu, on_header_var, &u);
	clang_tu_walk(u.tu, on_function, on_var, &u);
	ir_unit_finish(&u.irs);
	fact_file_prune_tags(facts);
	if (getenv("SLEEPCHECK_IR_STATS"))
		ir_stats_flush(stderr, facts->path);
	clang_tu_free(u.tu);
	clang_contexts_reset();
	free(u.rets);
	free(u.noassert);
	pconst_free(&u.pconst);
	return 0;
}
