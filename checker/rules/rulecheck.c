/*
 * rulecheck.c - rules checked against the code they describe.
 *
 * A rule that names an argument by its number (`sleep-if-gfp NAME 4`,
 * `contract irqs-off-ok NAME 4`) is wrong for a kernel whose NAME takes
 * its gfp_t elsewhere: the wrong argument is then tested and a call with
 * GFP_ATOMIC is reported (Linux 6.1's idr_alloc() takes gfp fifth, and a
 * rule once said fourth).  The front ends mark which arguments of each
 * call are gfp_t (facts.h: args), so every call to a function named by
 * such a rule shows where its gfp really is.  A rule whose argument is
 * not a gfp_t at a call that passes one elsewhere is an error at the
 * rule's line, naming that call; one error per rule.  The contract
 * checked is the one the solver applies (rules_contract_kind()).  A
 * `contract atomic-ok-if NAME ARG MASK` names an integer flags argument:
 * a call that passes fewer arguments, or gfp flags there, is an error
 * the same way.
 *
 * A `releases KINDS NAME` rule says NAME returns with KINDS of its caller
 * released: where the database has NAME's body (not a static function of
 * that name), some call in it must run below NAME's entry depth in each
 * of KINDS (a release's own call records the depth after it: fs_pin.c's
 * `rcu_read_unlock()` in pin_kill() is at rcu -1).  A body that never
 * goes below contradicts the rule (a renamed function, another kind, a
 * kernel where the callee keeps the lock): an error at the rule's line,
 * naming the body.  That some path releases is all the facts can show;
 * that every path does is the rule's claim, as an annotation's is.
 *
 * A `premapped NAME ARG OBJ` rule says NAME's argument ARG may be the
 * address of global object OBJ: where the database has NAME's body, some
 * call must pass &OBJ as NAME's argument ARG, or as an argument K of a
 * function whose body passes its parameter K on as NAME's argument ARG
 * (acpi_hw_register_write() -> acpi_hw_write_multiple() -> acpi_hw_write()).
 * None is an error at the rule's line: the argument number, the object's
 * name or the functions have changed, and the rule no longer says what
 * the code does.  That OBJ is mapped at boot is the rule's claim.
 *
 * A `nocall-if CALLER CALLEE ARG MASK` rule names CALLER's integer
 * flags argument ARG: a call of CALLER (static or not) that passes fewer
 * arguments, or gfp flags there, is an error as for `contract
 * atomic-ok-if`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rulecheck.h"

/* does call @c contradict "argument @arg (0-based) is the gfp"? */
static int contradicts(const struct fact_call *c, int arg)
{
	int at = fact_call_gfp_arg(c);

	if (at < 0 || ((size_t)arg < strlen(c->args) && c->args[arg] != GFP_NOT))
		return 0;
	return 1;
}

/* does call @c contradict "argument @arg (0-based) is integer flags"? */
static int not_flags(const struct fact_call *c, int arg)
{
	return (size_t)arg >= strlen(c->args) || c->args[arg] != GFP_NOT;
}

static void flags_error(FILE *err, const struct contract *ct,
			const struct fact_file *f, const struct fact_call *c)
{
	size_t n = strlen(c->args);

	if ((size_t)ct->arg > n)
		fprintf(err, "%s:%d:1: error: '%s' has no argument %d: the call at "
			"%s:%d:%d passes %zu\n", ct->file, ct->line, ct->name,
			ct->arg, f->path, c->line, c->col, n);
	else
		fprintf(err, "%s:%d:1: error: argument %d of '%s' is not integer "
			"flags: the call at %s:%d:%d passes gfp flags there\n",
			ct->file, ct->line, ct->arg, ct->name, f->path, c->line, c->col);
}

static void nocall_if_error(FILE *err, const struct nocall_if *ni,
			    const struct fact_file *f, const struct fact_call *c)
{
	size_t n = strlen(c->args);

	if ((size_t)ni->arg > n)
		fprintf(err, "%s:%d:1: error: '%s' has no argument %d: the call at "
			"%s:%d:%d passes %zu\n", rule_file_display(ni->file), ni->line, ni->caller,
			ni->arg, f->path, c->line, c->col, n);
	else
		fprintf(err, "%s:%d:1: error: argument %d of '%s' is not integer "
			"flags: the call at %s:%d:%d passes gfp flags there\n",
			rule_file_display(ni->file), ni->line, ni->arg, ni->caller,
			f->path, c->line,
			c->col);
}

/* the nocall-if rules call @c contradicts, each reported once (@bad:
 * per rules->nocallifs) */
static int check_nocall_if(const struct rules *rules, const struct fact_file *f,
			   const struct fact_call *c, char *bad, FILE *err)
{
	int i, nbad = 0;

	for (i = 0; i < rules->nnocallifs; i++) {
		const struct nocall_if *ni = &rules->nocallifs[i];

		if (bad[i] || strcmp(ni->caller, c->callee) || !not_flags(c, ni->arg - 1))
			continue;
		bad[i] = 1;
		nocall_if_error(err, ni, f, c);
		nbad++;
	}
	return nbad;
}

static void error(FILE *err, const char *rfile, int rline, const char *name,
		  int arg, const struct fact_file *f, const struct fact_call *c)
{
	fprintf(err, "%s:%d:1: error: argument %d of '%s' is not a gfp_t: the "
		"call at %s:%d:%d passes gfp flags as argument %d\n", rfile, rline,
		arg + 1, name, f->path, c->line, c->col, fact_call_gfp_arg(c) + 1);
}

/* the kinds of @mask that some call of @fn runs below its entry in */
static unsigned below_entry(const struct fact_func *fn, unsigned mask)
{
	unsigned below = 0;
	int k, i;

	for (k = 0; k < fn->ncalls; k++)
		for (i = 0; i < AK_NR; i++)
			if ((mask & (1u << i)) && fn->calls[k].depth[i] < 0)
				below |= 1u << i;
	return below;
}

static int check_releases(const struct rules *rules, const struct fact_set *set,
			  FILE *err)
{
	int nbad = 0, r, i, j, k;

	for (r = 0; r < rules->nreleases; r++) {
		const struct releases_rule *rr = &rules->releases[r];

		for (i = 0; i < set->nfiles; i++) {
			const struct fact_file *f = &set->files[i];

			for (j = 0; j < f->nfuncs; j++) {
				const struct fact_func *fn = &f->funcs[j];
				unsigned miss;

				if (fn->is_static || strcmp(fn->name, rr->name))
					continue;
				miss = rr->kinds & ~below_entry(fn, rr->kinds);
				if (!miss)
					continue;
				for (k = 0; !(miss & (1u << k)); k++)
					;
				fprintf(err, "%s:%d:1: error: '%s' is said to release "
					"its caller's %s, but its body in %s never "
					"runs below its entry in %s\n", rr->file,
					rr->line, rr->name, atomic_kind_names[k],
					f->path, atomic_kind_names[k]);
				nbad++;
				goto next;
			}
		}
next:
		;
	}
	return nbad;
}

/* does call @c pass the address of global object @obj as argument @j? */
static int passes_obj(const struct fact_call *c, int j, const char *obj)
{
	int i;

	for (i = 0; c->vals && i < c->vals->n; i++)
		if (c->vals->v[i].kind == VAL_ADDR && c->vals->v[i].j == j &&
		    !c->vals->v[i].c && !strcmp(c->vals->v[i].name, obj))
			return 1;
	return 0;
}

/* does the body of @fn call @name passing its parameter @k on as
 * argument @j? */
static int passes_param(const struct fact_func *fn, int k, const char *name, int j)
{
	int i, m;

	for (i = 0; i < fn->ncalls; i++) {
		const struct fact_call *c = &fn->calls[i];

		if (!c->callee || c->callee_static || strcmp(c->callee, name) || !c->vals)
			continue;
		for (m = 0; m < c->vals->n; m++)
			if (c->vals->v[m].kind == VAL_PARAM && c->vals->v[m].j == j &&
			    c->vals->v[m].k == k)
				return 1;
	}
	return 0;
}

/* the body of the function call @c in file @f calls, or NULL */
static const struct fact_func *callee_body(const struct fact_set *set,
					   const struct fact_file *f,
					   const struct fact_call *c)
{
	int i, j;

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *g = &set->files[i];

		if (c->callee_static && g != f)
			continue;
		for (j = 0; j < g->nfuncs; j++)
			if (!g->funcs[j].is_static == !c->callee_static &&
			    !strcmp(g->funcs[j].name, c->callee))
				return &g->funcs[j];
	}
	return NULL;
}

/* is premapped rule @pm's object passed as its function's argument? */
static int premap_seen(const struct fact_set *set, const struct premapped *pm)
{
	int i, j, k, a;

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *f = &set->files[i];

		for (j = 0; j < f->nfuncs; j++)
			for (k = 0; k < f->funcs[j].ncalls; k++) {
				const struct fact_call *c = &f->funcs[j].calls[k];
				const struct fact_func *body;

				if (!c->callee || !c->vals)
					continue;
				if (!c->callee_static && !strcmp(c->callee, pm->name) &&
				    passes_obj(c, pm->arg - 1, pm->obj))
					return 1;
				for (a = 0; a < 32; a++)
					if (passes_obj(c, a, pm->obj) &&
					    (body = callee_body(set, f, c)) &&
					    passes_param(body, a, pm->name, pm->arg - 1))
						return 1;
			}
	}
	return 0;
}

/* the body of non-static function @name in @set, or NULL */
static const struct fact_file *body_file(const struct fact_set *set, const char *name)
{
	int i, j;

	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfuncs; j++)
			if (!set->files[i].funcs[j].is_static &&
			    !strcmp(set->files[i].funcs[j].name, name))
				return &set->files[i];
	return NULL;
}

static int check_premapped(const struct rules *rules, const struct fact_set *set,
			   FILE *err)
{
	int nbad = 0, r;

	for (r = 0; r < rules->npremaps; r++) {
		const struct premapped *pm = &rules->premaps[r];

		if (!body_file(set, pm->name) || premap_seen(set, pm))
			continue;
		fprintf(err, "%s:%d:1: error: no call passes '&%s' as argument %d "
			"of '%s', nor to a function passing it on there\n", pm->file,
			pm->line, pm->obj, pm->arg, pm->name);
		nbad++;
	}
	return nbad;
}

int rules_check_calls(const struct rules *rules, const struct fact_set *set,
		      FILE *err)
{
	char *bad_rule = sc_calloc(rules->n + 1, 1);
	char *bad_contract = sc_calloc(rules->ncontracts + 1, 1);
	char *bad_nocall_if = sc_calloc(rules->nnocallifs + 1, 1);
	int nbad = 0, i, j, k;

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *f = &set->files[i];

		for (j = 0; j < f->nfuncs; j++) {
			for (k = 0; k < f->funcs[j].ncalls; k++) {
				const struct fact_call *c = &f->funcs[j].calls[k];
				const struct contract *ct;
				const struct rule *r;

				if (!c->callee || !c->args)
					continue;
				if (rules->nnocallifs)
					nbad += check_nocall_if(rules, f, c,
								bad_nocall_if, err);
				if (c->callee_static)
					continue;
				r = rules_lookup(rules, c->callee);
				if (r && r->kind == RULE_SLEEP_IF_GFP && r->arg >= 0 &&
				    !bad_rule[r - rules->v] && contradicts(c, r->arg)) {
					bad_rule[r - rules->v] = 1;
					error(err, r->file, r->line, r->name, r->arg, f, c);
					nbad++;
				}
				ct = rules_contract_kind(rules, c->callee,
							 CONTRACT_IRQS_OFF_OK);
				if (ct && !bad_contract[ct - rules->contracts] &&
				    contradicts(c, ct->arg - 1)) {
					bad_contract[ct - rules->contracts] = 1;
					error(err, ct->file, ct->line, ct->name, ct->arg - 1, f, c);
					nbad++;
				}
				ct = rules_contract_kind(rules, c->callee,
							 CONTRACT_ATOMIC_OK_IF);
				if (ct && !bad_contract[ct - rules->contracts] &&
				    not_flags(c, ct->arg - 1)) {
					bad_contract[ct - rules->contracts] = 1;
					flags_error(err, ct, f, c);
					nbad++;
				}
			}
		}
	}
	free(bad_rule);
	free(bad_contract);
	free(bad_nocall_if);
	return nbad + check_releases(rules, set, err) +
	       check_premapped(rules, set, err);
}
