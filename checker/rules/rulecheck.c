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

int rules_check_calls(const struct rules *rules, const struct fact_set *set,
		      FILE *err)
{
	char *bad_rule = sc_calloc(rules->n + 1, 1);
	char *bad_contract = sc_calloc(rules->ncontracts + 1, 1);
	int nbad = 0, i, j, k;

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *f = &set->files[i];

		for (j = 0; j < f->nfuncs; j++) {
			for (k = 0; k < f->funcs[j].ncalls; k++) {
				const struct fact_call *c = &f->funcs[j].calls[k];
				const struct contract *ct;
				const struct rule *r;

				if (!c->callee || c->callee_static || !c->args)
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
	return nbad + check_releases(rules, set, err);
}
