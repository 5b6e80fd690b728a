/*
 * vcond.h - a function's conditions beyond its gfp parameters, for the
 * solver: "the gfp flags in field F of pointer parameter K allow
 * blocking" and "integer parameter K has a bit of MASK set" (or none),
 * or "integer parameter K equals V" (or not), or the same of integer
 * member F of the struct pointer parameter K points to.
 * The solver makes them as chains need them (a callee's condition seen
 * from its caller, a guard of a call); each function has at most
 * VC_MAX, and what would need more is counted by the caller.
 */
#ifndef SLEEPCHECK_VCOND_H
#define SLEEPCHECK_VCOND_H

#include <stddef.h>

#define VC_MAX 12

/* VC_BH: "bottom halves are enabled where it is called" (a gfp value of
 * class GFP_SOFTIRQ, gfp_any(), allows blocking); VC_AND: two conditions
 * of the same table both hold (a flag decided by a switch's case and
 * another on the path inside it); VC_VMEM: "pointer parameter param may
 * point to vmalloc memory" (kvfree(), vmem.h); VC_MAPPED: "pointer parameter param may
 * be other than the objects the premapped rules of function field name"
 * (acpi_hw_read(): premap.h); VC_TARGET: "function-pointer member field
 * ("struct T.F") of what pointer parameter param points to may hold
 * the function of index mask" (a call through it reaches that target:
 * fnparam.h); VC_RTARGET: the same of member N of the ops struct that
 * pointer member P of what param points to points to, field "struct
 * X.P>struct T.N" (`p->ops->n(p)`: receiver.h); VC_IN: "integer parameter param is one of the values
 * 0..63 whose bits mask has set", or any value outside 0..63 with set
 * (what a table lookup of it decides, tables.h) */
enum vc_kind { VC_FIELD, VC_FLAG, VC_BH, VC_AND, VC_VMEM, VC_MAPPED, VC_TARGET,
	       VC_IN, VC_RTARGET };

struct vcond {
	enum vc_kind kind;
	int param;
	char *field;			/* VC_FIELD; VC_FLAG: the member of
					 * what param points to, or NULL
					 * for the parameter itself;
					 * VC_MAPPED: the premapped rules'
					 * function */
	unsigned long long mask;	/* VC_FLAG; VC_IN: the values */
	int eq;				/* VC_FLAG: ATOM_EQ: mask is a value
					 * the parameter equals (set) or not;
					 * ATOM_DEREF: of what it points to */
	int set;			/* VC_FLAG: 1 a bit of mask set, 0 none;
					 * VC_IN: values outside 0..63 too */
	int a, b;			/* VC_AND: indices in the table, a < b */
};

struct vconds {
	struct vcond *v;		/* VC_MAX entries once one is made */
	int n;
};

/// The index of (@param, @field) in @t, made if @create; -1 when not
/// there and not made (@t full or !@create).
int vc_field(struct vconds *t, int param, const char *field, int create);

/// The index of (@param & @mask, @set) in @t, or with @eq of (@param ==
/// @mask, @set), made if @create; -1 as above.  With @field not NULL nor
/// empty, of member @field of what @param points to.
int vc_flag(struct vconds *t, int param, const char *field,
	    unsigned long long mask, int eq, int set, int create);

/// The index of the VC_BH condition in @t, made if @create; -1 as above.
int vc_bh(struct vconds *t, int create);

/// The index of the VC_VMEM condition of pointer parameter @param in @t,
/// made if @create; -1 as above.
int vc_vmem(struct vconds *t, int param, int create);

/// The index of the VC_MAPPED condition of pointer parameter @param for
/// the premapped rules of function @name in @t, made if @create; -1 as
/// above.
int vc_mapped(struct vconds *t, int param, const char *name, int create);

/// The index of the VC_TARGET condition "member @via of what pointer
/// parameter @param points to holds function @fn" in @t, made if
/// @create; -1 as above.
int vc_target(struct vconds *t, int param, const char *via, int fn, int create);
/// The index of the VC_RTARGET condition "member N of the ops struct
/// member P of what pointer parameter @param points to points to holds
/// function @fn" (@key "struct X.P>struct T.N") in @t, made if @create;
/// -1 as above.
int vc_rtarget(struct vconds *t, int param, const char *key, int fn, int create);
/// The index of the VC_IN condition (integer parameter @param is one of
/// the values of @mask, or @out: outside 0..63), made if @create; -1 as
/// above.
int vc_in(struct vconds *t, int param, unsigned long long mask, int out, int create);

/// Does VC_IN condition @vc hold for value @v?
int vc_in_holds(const struct vcond *vc, long long v);

/// The index of (conditions @a and @b of @t both hold), made if @create;
/// -1 as above.
int vc_and(struct vconds *t, int a, int b, int create);

void vc_free(struct vconds *t);

/// "argument 2 is zero", "argument 2 has a bit of 0x1 set": what a flag
/// condition (integer parameter @param, from 0, & @mask, @set) says, in
/// @buf; "field 'f' of argument 2 ..." with @field (NULL or "": none);
/// the notes of a guard and `explain` use it.
const char *vc_flag_text(int param, const char *field, unsigned long long mask,
			 int eq, int set, char *buf, size_t size);

#endif
