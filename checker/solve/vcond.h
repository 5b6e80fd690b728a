/*
 * vcond.h - a function's conditions beyond its gfp parameters, for the
 * solver: "the gfp flags in field F of pointer parameter K allow
 * blocking" and "integer parameter K has a bit of MASK set" (or none).
 * The solver makes them as chains need them (a callee's condition seen
 * from its caller, a guard of a call); each function has at most
 * VC_MAX, and what would need more is counted by the caller.
 */
#ifndef SLEEPCHECK_VCOND_H
#define SLEEPCHECK_VCOND_H

#include <stddef.h>

#define VC_MAX 6

enum vc_kind { VC_FIELD, VC_FLAG };

struct vcond {
	enum vc_kind kind;
	int param;
	char *field;			/* VC_FIELD */
	unsigned long long mask;	/* VC_FLAG */
	int set;			/* VC_FLAG: 1 a bit of mask set, 0 none */
};

struct vconds {
	struct vcond *v;		/* VC_MAX entries once one is made */
	int n;
};

/// The index of (@param, @field) in @t, made if @create; -1 when not
/// there and not made (@t full or !@create).
int vc_field(struct vconds *t, int param, const char *field, int create);

/// The index of (@param & @mask, @set) in @t, made if @create; -1 as above.
int vc_flag(struct vconds *t, int param, unsigned long long mask, int set,
	    int create);

void vc_free(struct vconds *t);

/// "argument 2 is zero", "argument 2 has a bit of 0x1 set": what a flag
/// condition (integer parameter @param, from 0, & @mask, @set) says, in
/// @buf; the notes of a guard and `explain` use it.
const char *vc_flag_text(int param, unsigned long long mask, int set,
			 char *buf, size_t size);

#endif
