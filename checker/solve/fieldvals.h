/*
 * fieldvals.h - gfp values carried in struct fields, as the solver reads
 * them from a call's `vals` (facts.h): which field of which parameter a
 * gfp argument was read from, which class a field of an object passed by
 * address holds, which pointer parameter is passed on unchanged; and of
 * a function's rets.  They read the records facts/fact_vals.c made of
 * the text (no text is read here); the solver (solver.c) decides what
 * they imply.
 */
#ifndef SLEEPCHECK_FIELDVALS_H
#define SLEEPCHECK_FIELDVALS_H

#include <stddef.h>

#include "facts.h"

/* longest field name kept; longer ones are not matched */
#define FV_FIELD_MAX 64

/// "J=K.F": argument @j is the gfp value in field F of parameter K.
/// Returns K and copies F into @field, or returns -1.
int fv_arg_field(const struct fact_vals *vals, int j, char *field, size_t size);

/// "J.F=C": argument @j points to an object whose field @field holds
/// class C.  Returns C, or 0 when the call says nothing about it.
char fv_obj_class(const struct fact_vals *vals, int j, const char *field);

/// "J=*K": argument @j is the caller's parameter K.  Returns K, or -1.
int fv_arg_param(const struct fact_vals *vals, int j);

/// Is argument @j the caller's pointer parameter itself passed before
/// any call ran in the caller (J=*K^, analysis/fresh.c)?
int fv_arg_param_fresh(const struct fact_vals *vals, int j);
/// The calls argument @j (a J=*K) is passed after (J=*K~L:C, none past
/// ATOM_BEFORE_MAX): their places into @a's bline, bcol and nbefore;
/// 0 when none is listed.
int fv_arg_param_after(const struct fact_vals *vals, int j, struct fact_atom *a);

/// "J=$struct T.F": integer argument @j is what integer field "struct
/// T.F" of some object holds (a load of it, zero-extended or truncated):
/// copies the field into @field and returns 1, or returns 0.
int fv_arg_sfield(const struct fact_vals *vals, int j, char *field, size_t size);

/// J=&NAME or J=&NAME/s: argument @j is the address of global (or
/// static, *@is_static) struct object NAME, copied into @name; 1 if so.
int fv_arg_addr(const struct fact_vals *vals, int j, char *name, size_t size, int *is_static);

/// "J=>struct T.P": argument @j is the pointer read from pointer field P
/// of a struct T, copied into @name ("struct T.P"); 1 if so.
int fv_arg_ptrfield(const struct fact_vals *vals, int j, char *name, size_t size);

/// "J=^L:C": argument @j is what the call at L:C returned.  Returns 1
/// and sets *@line, *@col, or returns 0.
int fv_arg_call(const struct fact_vals *vals, int j, int *line, int *col);

/// "J=%^L:C": argument @j, a pointer to other than a struct, is what the
/// call at L:C returned, or one of several such calls' results (each its
/// entry).  From record *@i on (0 first): returns 1, sets *@line, *@col
/// and moves *@i past it; 0 when there is no more.
int fv_arg_pcall(const struct fact_vals *vals, int j, int *i, int *line, int *col);

/// "J=#V", "J=K", "J=K|V", "J=K&V", "J=K?", "J=K!": argument @j is the
/// constant *@v, the caller's integer parameter *@k, that with the bits
/// of *@v set or with only the bits of *@v kept, or a value that is zero
/// where parameter *@k is zero (or is not); "J=|V", "J=&V": a value not
/// known but for the bits of *@v surely set (or none but them set);
/// "J=!0": not zero (the address of a local object);
/// with @deref, "J*=..." says the same of the integer argument @j points
/// to (the address of a local variable).
enum fv_int fv_arg_int(const struct fact_vals *vals, int j, int deref, int *k, long long *v);

/// Calls @fn for each entry of a function's rets (facts.h) that is about
/// field @field ("F=C": @cls is C) or a call ("^L:C": @cls is 0, @line
/// and @col set); stops when @fn returns nonzero and returns that.
int fv_rets_each(const struct fact_vals *rets, const char *field,
		 int (*fn)(void *arg, char cls, int line, int col), void *arg);

/// "J=@G" (G/s when static): argument @j is the pointer held in global
/// pointer variable G: G, *@is_static; or NULL.
const char *fv_arg_global(const struct fact_vals *vals, int j, int *is_static);

/// "*K.F=C" of a function's rets: the class it stores in field @field of
/// the object it stores through its parameter @k, or 0.
char fv_rets_out(const struct fact_vals *rets, int k, const char *field);

/// Calls @fn for each "@G=WHAT" entry of a function's rets (its record,
/// VAL_RET_GSTORE); stops when @fn returns nonzero and returns that.
int fv_rets_globals(const struct fact_vals *rets,
		    int (*fn)(void *arg, const struct fact_val *store), void *arg);

/// The @n-th "@G" of a function's rets (it returns the pointer held in
/// global G): G and *@is_static, or NULL past the last.
const char *fv_rets_global_at(const struct fact_vals *rets, int n, int *is_static);

/// "J=%": argument @j of a put is a reference the caller took before it
/// (rules/kernel-refcount.rules): 1 if so.
int fv_arg_paired(const struct fact_vals *vals, int j);

/// A global store's (fv_rets_globals()) WHAT "^L:C" (*@j = -1) or
/// "^L:C*J": 1 and the call's position; 0 for anything else ("?").
int fv_store_call(const struct fact_val *store, int *line, int *col, int *j);

/// An integer value's record (VAL_INT, VAL_INT_DEREF, the VAL_MORE of
/// VAL_MEMBER_SET) as fv_arg_int() says it: its form, *@k and *@v.
enum fv_int fv_value(const struct fact_val *r, int *k, long long *v);

#endif
