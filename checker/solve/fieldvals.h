/*
 * fieldvals.h - gfp values carried in struct fields, as the solver reads
 * them from a call's `vals` (facts.h): which field of which parameter a
 * gfp argument was read from, which class a field of an object passed by
 * address holds, which pointer parameter is passed on unchanged.  Pure
 * string reading; the solver (solver.c) decides what they imply.
 */
#ifndef SLEEPCHECK_FIELDVALS_H
#define SLEEPCHECK_FIELDVALS_H

#include <stddef.h>

/* longest field name kept; longer ones are not matched */
#define FV_FIELD_MAX 64

/// "J=K.F": argument @j is the gfp value in field F of parameter K.
/// Returns K and copies F into @field, or returns -1.
int fv_arg_field(const char *vals, int j, char *field, size_t size);

/// "J.F=C": argument @j points to an object whose field @field holds
/// class C.  Returns C, or 0 when the call says nothing about it.
char fv_obj_class(const char *vals, int j, const char *field);

/// "J=*K": argument @j is the caller's parameter K.  Returns K, or -1.
int fv_arg_param(const char *vals, int j);

/// Is argument @j the caller's pointer parameter itself passed before
/// any call ran in the caller (J=*K^, analysis/fresh.c)?
int fv_arg_param_fresh(const char *vals, int j);

/// "J=$struct T.F": integer argument @j is what integer field "struct
/// T.F" of some object holds (a load of it, zero-extended or truncated):
/// copies the field into @field and returns 1, or returns 0.
int fv_arg_sfield(const char *vals, int j, char *field, size_t size);

/// J=&NAME or J=&NAME/s: argument @j is the address of global (or
/// static, *@is_static) struct object NAME, copied into @name; 1 if so.
int fv_arg_addr(const char *vals, int j, char *name, size_t size, int *is_static);

/// "J=>struct T.P": argument @j is the pointer read from pointer field P
/// of a struct T, copied into @name ("struct T.P"); 1 if so.
int fv_arg_ptrfield(const char *vals, int j, char *name, size_t size);

/// "J=^L:C": argument @j is what the call at L:C returned.  Returns 1
/// and sets *@line, *@col, or returns 0.
int fv_arg_call(const char *vals, int j, int *line, int *col);

/* what fv_arg_int() found */
enum fv_int { FV_NONE, FV_CONST, FV_PARAM, FV_PARAM_OR, FV_PARAM_AND,
	      FV_PARAM_ZERO, FV_PARAM_NONZERO, FV_OR, FV_AND };

/// "J=#V", "J=K", "J=K|V", "J=K&V", "J=K?", "J=K!": argument @j is the
/// constant *@v, the caller's integer parameter *@k, that with the bits
/// of *@v set or with only the bits of *@v kept, or a value that is zero
/// where parameter *@k is zero (or is not); "J=|V", "J=&V": a value not
/// known but for the bits of *@v surely set (or none but them set);
/// with @deref, "J*=..." says the same of the integer argument @j points
/// to (the address of a local variable).
enum fv_int fv_arg_int(const char *vals, int j, int deref, int *k, long long *v);

/// Calls @fn for each entry of a function's rets (facts.h) that is about
/// field @field ("F=C": @cls is C) or a call ("^L:C": @cls is 0, @line
/// and @col set); stops when @fn returns nonzero and returns that.
int fv_rets_each(const char *rets, const char *field,
		 int (*fn)(void *arg, char cls, int line, int col), void *arg);

/// "J=@G" (G with "/s" when static): argument @j is the pointer held in
/// global pointer variable G, copied into @name; 1 if so.
int fv_arg_global(const char *vals, int j, char *name, size_t size);

/// "*K.F=C" of a function's rets: the class it stores in field @field of
/// the object it stores through its parameter @k, or 0.
char fv_rets_out(const char *rets, int k, const char *field);

/// Calls @fn for each "@G=WHAT" entry of a function's rets, with G (and
/// its "/s") and WHAT; stops when @fn returns nonzero and returns that.
int fv_rets_globals(const char *rets,
		    int (*fn)(void *arg, const char *name, size_t len,
			      const char *what, size_t wlen), void *arg);

/// The @i-th "@G" of a function's rets (it returns the pointer held in
/// global G) into @name: 1, or 0 past the last.
int fv_rets_global_at(const char *rets, int i, char *name, size_t size);

/// "J=%": argument @j of a put is a reference the caller took before it
/// (rules/kernel-refcount.rules): 1 if so.
int fv_arg_paired(const char *vals, int j);

/// A global store's WHAT "^L:C" (*@j = -1) or "^L:C*J": 1 and the call's
/// position; 0 for anything else ("?").
int fv_store_call(const char *what, size_t len, int *line, int *col, int *j);

#endif
