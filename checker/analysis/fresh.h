/*
 * fresh.h - where in a function no call has run yet (fresh.c): the
 * members of what a pointer parameter points to are there as the caller
 * left them, whatever the function does to them after (stores them,
 * passes the pointer on, lets it escape), so a test of one, or a call
 * given the pointer, sees the value the caller stored.
 */
#ifndef SLEEPCHECK_FRESH_H
#define SLEEPCHECK_FRESH_H

#include "ir.h"

struct fresh {
	unsigned char *called;	/* per block: a call may run before it begins */
	unsigned atoms;		/* guard bits of the member atoms tested only
				 * where no call has run */
};

/// Computes @fr for @ir (fresh_free() after).
void fresh_compute(const struct ir_func *ir, struct fresh *fr);

void fresh_free(struct fresh *fr);

/// Has no call run on any path from the entry of @ir to event @ev?
int fresh_event(const struct ir_func *ir, const struct fresh *fr, int ev);

#endif
