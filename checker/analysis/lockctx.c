/*
 * lockctx.c - the lock annotations of the kernel (__acquires(x),
 * __releases(x), __must_hold(x)) as IR events, for both front ends.
 *
 * Under __CHECKER__ the kernel writes them as sparse context attributes,
 * context(x, in, out); without it the macros are empty.  The sparse
 * front end reads the attributes (sparse_context.c), the libclang one
 * the macros' tokens where a function is declared (clang_context.c);
 * each finds the type of x in its own way.  This file owns what follows
 * from them, so that both give the same IR: which lock types are atomic
 * (a spinlock, raw spinlock or rwlock: spin; the RCU pseudo-lock: rcu;
 * anything else, such as a mutex, is not atomic), the events a call of
 * an annotated function implies after the call (its own sleeps count
 * as made with the caller's state: a function that drops the lock
 * before it sleeps shows that in its own body), whether a call's
 * annotations say all it changes (a lock whose kind is not known, or a
 * conditional acquire, among them: then a callee of the file with a
 * body is known by its body alone, analyze.c), and the assertion a
 * function's own __must_hold makes at its entry.
 */
#include <string.h>

#include "ir.h"
#include "lockctx.h"

int lockctx_macro(const char *name, int *in, int *out)
{
	static const struct { const char *name; int in, out; } m[] = {
		{ "__must_hold", 1, 1 },
		{ "__acquires", 0, 1 },
		{ "__cond_acquires", 0, -1 },
		{ "__releases", 1, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		if (!strcmp(name, m[i].name)) {
			*in = m[i].in;
			*out = m[i].out;
			return 1;
		}
	return 0;
}

int lockctx_struct_kind(const char *tag, const char *raw_lock_tag)
{
	if (tag)
		return !strcmp(tag, "spinlock") || !strcmp(tag, "raw_spinlock") ?
		       AK_SPIN : -1;
	/* rwlock_t: an unnamed struct around arch_rwlock_t raw_lock */
	return raw_lock_tag && !strcmp(raw_lock_tag, "qrwlock") ? AK_SPIN : -1;
}

int lockctx_pseudo_kind(const char *name)
{
	return name && (!strcmp(name, "RCU") || !strcmp(name, "rcu")) ?
	       AK_RCU : LOCKCTX_UNKNOWN;
}

int lockctx_partial(int in, int out, int kind)
{
	if (in == out || kind == -1)	/* __must_hold, a mutex */
		return 0;
	return kind == LOCKCTX_UNKNOWN || in < 0 || out < 0;
}

int lockctx_call(struct ir_func *ir, int b, int in, int out, int kind, int partial,
		 const char *what, const void *base, int line, int col)
{
	int d = out - in, n = 0;

	/* __cond_acquires: out -1, nothing known after the call */
	if (in < 0 || out < 0 || kind < 0)
		return 0;
	for (; d; d += d > 0 ? -1 : 1, n++) {
		struct ir_event *e = ir_event(ir, b, d > 0 ? IR_ACQUIRE : IR_RELEASE,
					      line, col);

		e->kinds = 1u << kind;
		e->what = ir_str(ir, what);
		e->annotated = partial ? IR_ANN_PART : IR_ANN_ALL;
		e->base = base;
	}
	if (n)
		ir->locks = 1;
	return n;
}

int lockctx_releases(struct ir_func *ir, int b, unsigned kinds, const char *what,
		     int line, int col)
{
	int k, n = 0;

	for (k = 0; k < AK_NR; k++)
		if (kinds & (1u << k))
			n += lockctx_call(ir, b, 1, 0, k, 0, what, NULL, line, col);
	return n;
}

int lockctx_must_hold(struct ir_func *ir, int b, int in, int out, int kind,
		      int line, int col)
{
	struct ir_event *e;

	/* __must_hold(x): context(x, 1, 1) */
	if (in < 1 || out < 1 || kind < 0)
		return 0;
	e = ir_event(ir, b, IR_ACQUIRE, line, col);
	e->kinds = 1u << kind;
	e->asserted = 1;
	e->what = "__must_hold";
	ir->locks = 1;
	return 1;
}
