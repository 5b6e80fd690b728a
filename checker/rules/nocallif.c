/*
 * nocallif.c - `nocall-if CALLER CALLEE ARG MASK` rules made guards of
 * the calls they name.
 *
 * Such a rule says CALLER's direct calls of CALLEE are not made when
 * CALLER's integer argument ARG has a bit of MASK set: a fact of the
 * kernel the code does not show where a checker could see it
 * (affine_move_task() called with SCA_MIGRATE_ENABLE runs for the
 * current task, on its CPU, and returns before it waits: the comment at
 * Linux 6.1 kernel/sched/core.c:2256).  The call then gets the guard a
 * test `if (!(flags & MASK))` around it would have given it: the clear
 * side of CALLER's flag atom on argument ARG and MASK (facts.h
 * fact_atom), the atom the front end recorded if CALLER tests that bit
 * itself, else one added.  From there on it is the solver's flag
 * condition like any other: a caller passing a constant with the bit set
 * never reaches CALLEE through CALLER, one passing its own parameter on
 * makes the condition its own.  The facts are changed in memory after
 * they are loaded (and packed), never in the database.
 */
#include <string.h>

#include "nocallif.h"

/* guard bits GFP_MAX_PARAMS.. hold a function's flag atoms, up to bit 31
 * (analysis/ir.h IR_MAX_ATOMS) */
#define NI_MAX_ATOMS	(32 - GFP_MAX_PARAMS)

/* the index of @fn's atom "argument @param (from 0) & @mask", made when
 * missing and there is a bit for it; -1 when there is none */
static int flag_atom(struct fact_func *fn, int param, unsigned long long mask)
{
	unsigned long long v;
	int i, p, how;

	for (i = 0; i < fn->natoms; i++)
		if (fact_func_atom(fn, i, &p, &v, &how) && p == param &&
		    !how && v == mask && !fact_func_atom_field(fn, i)[0])
			return i;
	if (fn->natoms >= NI_MAX_ATOMS)
		return -1;
	fact_func_add_atom(fn, param, 0, mask);
	return fn->natoms - 1;
}

/* guards @fn's calls that rule @ni names; 1 when @fn has no bit left */
static int guard_func(struct nocall_if *ni, struct fact_func *fn)
{
	int k, at = -2;

	ni->seen = 1;
	for (k = 0; k < fn->ncalls; k++) {
		struct fact_call *c = &fn->calls[k];

		if (!c->callee || strcmp(c->callee, ni->callee))
			continue;
		if (at == -2 && (at = flag_atom(fn, ni->arg - 1, ni->mask)) < 0)
			return 1;
		fact_call_x(c)->gnblk |= 1u << (GFP_MAX_PARAMS + at);
		ni->hits++;
	}
	return 0;
}

int rules_guard_calls(struct rules *rules, struct fact_set *set, FILE *err)
{
	int i, j, r, nbad = 0;

	if (!rules->nnocallifs)
		return 0;
	for (i = 0; i < set->nfiles; i++) {
		struct fact_file *f = &set->files[i];

		for (j = 0; j < f->nfuncs; j++) {
			struct fact_func *fn = &f->funcs[j];

			for (r = 0; r < rules->nnocallifs; r++) {
				struct nocall_if *ni = &rules->nocallifs[r];

				if (strcmp(ni->caller, fn->name) || !guard_func(ni, fn))
					continue;
				fprintf(err, "%s:%d:1: error: 'nocall-if %s %s': '%s' "
					"at %s:%d:%d tests %d flags already, no guard bit "
					"is left\n", rule_file_display(ni->file), ni->line,
					ni->caller, ni->callee, fn->name, f->path,
					fn->line, fn->col, NI_MAX_ATOMS);
				nbad++;
			}
		}
	}
	return nbad;
}
