/*
 * ir.h - the function IR both front ends lower into, and the one
 * analysis (analyze.c) reads.
 *
 * A front end turns one function of its library's view (sparse's
 * linearized blocks, clang_lower.c's CFG) into a struct ir_func: blocks
 * in the order the analysis visits them, each with its events in order
 * and its out-edges.  What is a property of values (which gfp class an
 * argument has, whether a branch condition is constant, which value a
 * branch tests, which trylock's result it is) is decided while
 * lowering, where the values are; what is a property of paths (atomic
 * state, gfp guards of blocks, splits on values tested twice, trylocks
 * acting on their success edge, the objects of an indirect call under
 * the guards of the blocks that set them, the class a function returns)
 * is computed by the analysis, once, for both front ends.
 *
 * This file owns the data types and the builder (ir.c); it includes no
 * front end's library headers.
 */
#ifndef SLEEPCHECK_IR_H
#define SLEEPCHECK_IR_H

#include <stdio.h>

#include "facts.h"

enum ir_ev_kind {
	IR_CALL,	/* a call that is a fact when its block runs */
	IR_ACQUIRE,	/* enters atomic kinds (a rules/ primitive) */
	IR_RELEASE,	/* leaves them */
	IR_TRYLOCK,	/* a trylock: enters them on its success edge */
	IR_RET,		/* the function returns a gfp value of class cls */
	IR_BIND,	/* a function stored in a field: a fact_binding */
	IR_TEST,	/* a test of the context (rules/kernel-context.rules)
			 * evaluated: the atomic state of @kinds here is the
			 * one an IRF_CTX edge says is zero */
	IR_PAGEFAULT,	/* pagefault_disable() (@held 1) or
			 * pagefault_enable() (@held -1): rules pagefault-off,
			 * pagefault-on */
};

/*
 * A candidate object of an indirect call's pointer, with the guard
 * under which the pointer comes from it:
 *   block >= 0: the guard of that block (skipped when no path reaches it);
 *   cond >= 0:  the guard of the call's block, plus what formula @cond
 *               being @truth implies (`c ? &a : &b`);
 *   neither:    no guard.
 */
struct ir_obj {
	const char *name;
	int is_static;
	int block;
	int cond, truth;
};

#define IR_ANN_ALL	1	/* ir_event.annotated */
#define IR_ANN_PART	2

struct ir_event {
	enum ir_ev_kind kind;
	int block;
	int line, col;
	/* ACQUIRE, RELEASE, TRYLOCK; TEST: the kinds it may rule out */
	unsigned kinds;
	const char *what;	/* ACQUIRE, TRYLOCK: the primitive's name */
	int annotated;		/* ACQUIRE, RELEASE: a call of a function
				 * annotated __acquires()/__releases()
				 * (lockctx.c): its body says what it
				 * takes, so nothing of it counts as raw;
				 * IR_ANN_ALL when its annotations say all
				 * it changes, IR_ANN_PART when another
				 * names a lock of unknown kind */
	int held;		/* TRYLOCK: entered at the call already
				 * (acquire-if-zero rules); the edge where
				 * its result is non-zero leaves it again;
				 * PAGEFAULT: 1 disables, -1 enables */
	int asserted;		/* ACQUIRE: an assertion that @kinds are held
				 * (rules/kernel-assert.rules), not a lock
				 * taken: flow.h astate_assert() */
	const void *lock;	/* ACQUIRE: the lock's address as a key, one
				 * for every acquire of one lock: a parameter
				 * the function never assigns, a variable's
				 * address, or a value made once (lockdef),
				 * plus members; else NULL (analyze.c
				 * relock_sites()) */
	int lockdef;		/* ... the block that value is made in (the
				 * key holds only if no cycle passes through
				 * it), or -1: none */
	const void *base;	/* ACQUIRE, RELEASE, TRYLOCK: the pointer value
				 * the lock's address is made from (`p` of
				 * `&p->lock`: one key for one value, as
				 * ir_vdef.val names it), or NULL.  Taking,
				 * trying or dropping that lock reads it, so
				 * the value is not NULL from there on */
	/* CALL */
	const char *callee;	/* NULL: through a pointer */
	int callee_static;
	const char *via;	/* "struct type.field", or NULL */
	const char *bind_obj;	/* BIND: the struct member it stores into,
				 * "struct T.F" (`p->nb.notifier_call = f`:
				 * p's nb), or NULL */
	int bind_fresh;		/* BIND with no bind_obj: the pointer is a
				 * variable every assignment of which is an
				 * allocator's value (fact_binding.fresh) */
	int obj0, nobj;		/* candidate objects: ir_func.objs[obj0..] */
	int fnarg0, nfnarg;	/* functions passed as arguments (facts.h):
				 * ir_func.fnargs[fnarg0..] */
	const char *args;	/* gfp classes of the arguments, or NULL */
	int sel;		/* CALL: 0, or 1 + a formula that chooses a gfp
				 * argument (`kmalloc(n, (r->flags & F) ?
				 * GFP_KERNEL : GFP_ATOMIC)`): @args are the
				 * classes where it is true, @args2 where it is
				 * false; the call is a fact for each, under the
				 * guard plus what the formula's value implies */
	const char *args2;
	int fault;		/* CALL: a sleep-fault rule's callee: no fact
				 * where pagefault_disable() holds on every
				 * path (analysis/analyze.c record()) */
	const char *vals;	/* gfp values in struct fields (facts.h), or NULL */
	const char *inl;	/* inline function written at the call (CALL,
				 * and lock events: spin_lock() over
				 * _raw_spin_lock()), or NULL; BIND: the
				 * innermost inline whose body stores it */
	const void *rkey[2];	/* CALL: the key (struct ir_cond) a branch
				 * testing its result has, or NULL */
	const void *sibptr;	/* CALL through field F of a pointer: that
				 * pointer value's key, as its sibling atoms
				 * (struct ir_sib) have it, or NULL */
	/* CALL: argument @varg (from 0) is the address of the local
	 * variable whose tests are keyed @vkey (ir_cond.var: a local in
	 * memory whose address goes only to direct calls, each of which
	 * may write it), or @vkey NULL: none.  The analysis records the
	 * call once per value the variable's definitions give it there
	 * (`compact_unlock_should_abort(lock, flags, &locked, cc)`) */
	int varg;
	const void *vkey;
	int mk0, nmk;		/* CALL: members its pointer arguments
				 * point to that hold a value branches test
				 * (struct ir_mkey): ir_func.mkeys[mk0..] */
	int ak0, nak;		/* CALL: integer arguments that are a value
				 * branches test (struct ir_akey):
				 * ir_func.akeys[ak0..] */
	/* RET */
	char cls;
	/* BIND: via, callee (the function), callee_static */
};

/*
 * What a branch condition being true or false implies about the
 * function's gfp parameters (guards, facts.h gblk/gnblk): a formula
 * the front end builds from the value tested.
 */
enum ir_fkind {
	IRF_GFP,	/* param & mask: false -> param forbids blocking;
			 * true and exact -> it allows blocking */
	IRF_BLOCKING,	/* a rules/ test (implies-blocking): true -> every
			 * gfp parameter allows blocking */
	IRF_NOT,	/* !a */
	IRF_AND,	/* a && b */
	IRF_OR,		/* a || b */
	IRF_SEL,	/* a ? b : c, with b or c a constant */
	IRF_DEFS,	/* a flag set on some paths: true only through one of
			 * the definitions defs[a..a+b) */
	IRF_FLAG,	/* param & mask != 0 for an integer parameter: the
			 * function's flag atom ir_func.atoms[param - IR_ATOM0],
			 * guard bit param; a, when not -1, another formula
			 * of the same value, true and false with this one
			 * (ir_same_flags()) */
	IRF_CTX,	/* a test of the context says "not atomic": true ->
			 * the atomic kinds in param (a mask) are off where
			 * the test ran (its IR_TEST event) */
	IRF_SIB,	/* field G of a pointer value equals a constant:
			 * sibling atom ir_func.sibs[param] (true) or not
			 * (false) */
};

/* flag atoms use guard bits IR_ATOM0.. above the gfp parameters' */
#define IR_ATOM0	GFP_MAX_PARAMS
#define IR_MAX_ATOMS	(32 - IR_ATOM0)
/* at most this many of them field atoms (ir_field_atom()), so that the
 * tests of parameters keep their bits */
#define IR_MAX_FIELD_ATOMS	4
/* ... and at most this many on pointer parameters (ir_ptr_atom()), and
 * as many on pointer members of what they point to (ir_ptr_member_atom()):
 * `if (!p)` is common, and rarely decided by a caller */
#define IR_MAX_PTR_ATOMS	2

/* a flag atom: bits @mask of integer parameter @param tested, or, with
 * ATOM_EQ in @eq, the parameter compared with the constant @mask (`p ==
 * 3`, a switch's case); with ATOM_DEREF, of the integer pointer
 * parameter @param points to (`if (!*timeo)`) */
struct ir_atom {
	int param;
	unsigned long long mask;
	int eq;			/* ATOM_EQ | ATOM_DEREF, or ATOM_FIELD,
				 * or ATOM_VMEM (facts.h) */
	char field[ATOM_FIELD_MAX];	/* or of this member of the struct
					 * pointer parameter @param points
					 * to, as on entry; "" for none */
	const char *sfield;	/* ATOM_FIELD: "struct T.F" of any object
				 * (param -1, field ""), else NULL */
	int ptr;		/* made by ir_ptr_atom(): a pointer parameter
				 * tested against NULL (1), or by
				 * ir_ptr_member_atom(): a pointer member of
				 * what it points to (2) (not a fact) */
	int once;		/* ATOM_FIELD of one volatile read: no other
				 * test shares it (ir_field_atom_once()) */
};

/*
 * A sibling atom: integer field @field ("struct T.G") read through the
 * pointer value @ptr (a key: equal for one value, as the front end
 * names it with ir_key()) equals the constant @value.  A call through
 * field F of the same pointer value (ir_event.sibptr) made where the
 * guard says the atom holds, or does not, records "G=V" or "G!=V"
 * (facts.h fact_call_x.sib) when T is F's struct.
 */
#define IR_MAX_SIBS	32
struct ir_sib {
	const void *ptr;
	const char *field;	/* owned by the IR (ir_str()) */
	long long value;
};

/*
 * A member a call's pointer argument points to holds a value that
 * branches test (ir_event.mk0, nmk): at the call, integer member @field
 * (a path: "base.flags") of what argument @arg (from 0) points to holds
 * the value V that the function stored there last, on every path, with
 * nothing between that may change it, and the branches whose key is
 * @key test `V & @mask` (all ones: V itself).  A run of the analysis
 * that fixes that key's value (analyze.c split_conditions()) knows the
 * member's bits of @mask there: `if (flags & F) rcu_read_lock(); ...
 * nd->flags = flags; f(nd);` passes f() a member with F set exactly
 * where the lock is held (namei.c path_init()).
 */
#define IR_MAX_MKEYS	4	/* per call */
struct ir_mkey {
	int arg;
	const char *field;	/* owned by the IR (ir_str()) */
	const void *key[2];
	unsigned long long mask;
};

/*
 * An integer argument of a call is the value that the branches keyed
 * @key test (ir_event.ak0, nak): where the call runs only past the edge
 * on which that value is zero, the argument is 0 (analyze.c
 * zero_args(): `if (!mark) release(pages, mark);`, or `release(pages,
 * should_dirty)` in the else of `if (should_dirty)`; not that of
 * `if (dio->is_async && should_dirty)`, fs/direct-io.c:498).
 */
#define IR_MAX_AKEYS	4	/* per call */
struct ir_akey {
	int arg;
	const void *key[2];
};

/* SEL: which arm is a constant */
#define IRF_B_ZERO	1
#define IRF_B_NONZERO	2
#define IRF_C_ZERO	4
#define IRF_C_NONZERO	8

struct ir_formula {
	enum ir_fkind kind;
	int a, b, c;		/* operands: formula numbers, -1 for none */
	int param, exact;	/* GFP */
	unsigned flags;		/* SEL */
};

/* one definition of a DEFS flag: the block it runs in, its value if
 * constant (-1 if not, else 0 or 1), and what its value implies */
struct ir_fdef {
	int block;
	int konst;
	int f;
};

/*
 * One definition of a tested variable (ir_cond.var): the block at whose
 * end the variable holds its value (sparse: the phi source's block;
 * libclang: the assignment's), that value if constant (0 or 1 for
 * non-zero, -1 not known), and for a pointer the key of its value
 * (ir_event.base's), made in block @valdef (-1: on entry, a parameter)
 * by event @valev of it (-1: by no event, or SSA says it comes first);
 * @val NULL: none.
 */
struct ir_vdef {
	int block;
	int konst;
	const void *val;
	int valdef, valev;
	int rcall;		/* 1 + the call event whose result it is
				 * (`locked = compact_lock_irqsave(...)`):
				 * a callee of the file that returns one
				 * constant gives it (exits.h rvals); 0:
				 * none */
	int acall;		/* 1 + the call event given the variable's
				 * address that it is (a value not known,
				 * but the one the callee of the file leaves
				 * there whatever was there: exits.h
				 * dleaves); 0: none */
};

/*
 * A two-way branch.  konst: the condition is this constant (0 or 1),
 * or -1.  f: its formula, or -1.  key: the identity of the value
 * tested (two branches on one value have equal keys), sense 0 when the
 * branch is taken on the value being zero; NULL: no value to split on.
 * try_ev: the trylock event whose result the branch tests, or -1,
 * try_sense 0 when taken on failure.
 */
struct ir_cond {
	int konst;
	int f;
	const void *key[2];
	int pair;		/* key is of a comparison of two values
				 * (x != y): split on after the others */
	int sense;
	int try_ev, try_sense;
	/* another branch on that trylock's result lies on every path from
	 * the trylock to this one (analyze.c trylock_dups()): the trylock
	 * acted on its edge there, not again here (libsparse's two tests of
	 * spin_trylock()'s result, __cond_lock()'s and the caller's) */
	int try_dup;
	/* the value tested is a local variable (not its address taken)
	 * whose every definition reaching the test is known: its value
	 * there is the last of them run (ir_func.vdefs[vdef0..+nvdefs),
	 * non-zero on the true edge when @sense); @var names the variable,
	 * one key for every test of it.  nvdefs 0: not known */
	const void *var;
	int vdef0, nvdefs;
	/* or the value tested is this pointer (ptr.val; ptr.block unused),
	 * non-zero on the true edge when @sense: read through a lock on
	 * every path from where it is made to the test, it is not NULL
	 * there (analyze.c null_edges()) */
	struct ir_vdef ptr;
	/* the branch compares the variable (var, vdefs) with the pointer
	 * @ptr (`lruvec != locked`, a pair: equal where the comparison's
	 * value is zero); ptr is then no value tested, and ptr.konst 1
	 * when it is a variable's address, never NULL (a definition's
	 * konst is 1 for one too: `locked = lruvec` where lruvec is
	 * &contig_page_data.__lruvec) */
	int cmp;
	/* the condition is `a && b` or `a || b` of truth values and b (or
	 * a) tests trylock event @optry_ev's result, true where its
	 * success is @optry_sense (sparse's if-converted `inode &&
	 * !spin_trylock(&inode->i_lock)`, libclang's `&&` of the inline's
	 * `?:`; -1 none): on the edge @opside (1 for &&, 0 for ||; -1 none)
	 * that operand's value is known.  ir_analyze() keys it as the
	 * trylock's own branch (@opkey, the value a run assumes for it
	 * where the operand is true @opsense), so the front ends agree */
	int optry_ev, optry_sense, opside;
	const void *opkey[2];
	int opsense;
};



struct ir_edge {
	int to;
	signed char side;	/* 1 the true edge, 0 the false one, -1 neither */
	char dead;		/* never taken (a switch on a constant) */
	char warned;		/* taken only when a kernel warning fires
				 * (rules/kernel-assert.rules assert-warn):
				 * a bug path by the kernel's own statement,
				 * left out of the analysis as a dead one */
	int f;			/* a formula true when it is taken (a switch's
				 * case edge), or -1 */
};

/*
 * A pointer value dereferenced (a load or store through it, `p->f`,
 * `*p`; not `&p->f`) in a block, after the block's first @pos events:
 * a NULL pointer would have faulted there, so past it the value is not
 * NULL (analyze.c null_edges(), as smatch and other checkers assume).
 */
struct ir_deref {
	int pos;
	const void *val;	/* its key, as ir_event.base names it */
};

/*
 * A store through an integer pointer parameter (`*locked = false`), or a
 * call given that pointer (a value not known), in block order: only
 * what the function leaves there is read of them (analyze.c
 * deref_leaves()).
 */
struct ir_pstore {
	int block;
	int param;		/* from 0 */
	int val;		/* 0, 1 (non-zero), -1 not known */
};

struct ir_block {
	int *ev;		/* event numbers, in order */
	int nev, evcap;
	struct ir_deref *dr;	/* values dereferenced in it, in order */
	int ndr, drcap;
	struct ir_edge *succ;
	int nsucc, succcap;
	int branch;		/* cond is valid: a two-way branch */
	struct ir_cond cond;
	signed char retval;	/* leaving it, the function returns this
				 * constant (0 zero, 1 non-zero) with no
				 * event on the way; -1 not known.  The
				 * analysis uses them only when every path
				 * that returns has one (analyze.c) */
};

/*
 * A return of a function whose value is a pointer to other than a struct
 * (ir_func.prets): the block it returns from, and the calls whose
 * results it may be, "%^L:C" entries comma-separated ("" for NULL
 * alone), or NULL when it may be anything else.  The analysis writes the
 * rets %^L:C (facts.h) of the returns on some path, when none of them is
 * NULL (analyze.c pointer_rets()).
 */
struct ir_pret {
	int block;
	const char *what;	/* owned by the IR */
};

struct ir_func {
	int entry;
	unsigned gfp_params;	/* the gfp parameters, one bit each */
	int returns_gfp;	/* RET events say what it returns */
	const char *rets;	/* gfp fields of the object it returns
				 * (facts.h fact_func.rets), or NULL */
	struct ir_pret *prets;	/* its returns, of a pointer to other than
				 * a struct */
	int nprets, pretscap;
	struct ir_atom atoms[IR_MAX_ATOMS];
	int natoms;
	int sealed;		/* the analysis has begun: no atom evicts a
				 * pointer member atom any more (ir.c) */
	struct ir_sib sibs[IR_MAX_SIBS];
	int nsibs;
	int locks;		/* it takes, drops or tries a lock: the
				 * analysis splits on values tested twice */
	struct ir_block *bb;
	int nbb, bbcap;
	struct ir_event *ev;
	int nev, evcap;
	struct ir_formula *f;
	int nf, fcap;
	struct ir_fdef *defs;
	int ndefs, defscap;
	struct ir_obj *objs;
	int nobjs, objscap;
	struct ir_vdef *vdefs;	/* ir_cond.vdef0.. */
	int nvdefs, vdefscap;
	struct ir_mkey *mkeys;	/* ir_event.mk0.. */
	int nmkeys, mkeyscap;
	struct ir_akey *akeys;	/* ir_event.ak0.. */
	int nakeys, akeyscap;
	struct ir_pstore *pstores;	/* in the order made */
	int npstores, pstorescap;
	struct fact_fnarg *fnargs;	/* names owned by strs */
	int nfnargs, fnargscap;
	char **strs;		/* strings the IR owns */
	int nstrs, strscap;
	char **keys;		/* ir_key()'s strings */
	int nkeys, keyscap;
};

void ir_init(struct ir_func *f);
void ir_free(struct ir_func *f);

/// Adds a block; returns its number.
int ir_block(struct ir_func *f);

/// Adds an edge from block @from to @to, @side as in struct ir_edge.
void ir_edge(struct ir_func *f, int from, int to, int side);

/// Block @b's edge on @side (1 true, 0 false; -1: none) is taken only
/// when a kernel warning fires: marks it warned.
void ir_warned_edge(struct ir_func *f, int b, int side);

/// Appends an event of @kind to block @b; returns it (its number is
/// f->nev - 1 until the next event is added).
struct ir_event *ir_event(struct ir_func *f, int b, enum ir_ev_kind kind,
			  int line, int col);

/// A return from block @b of a pointer to other than a struct, which may
/// be what the calls @what lists returned ("%^L:C,...", "" for NULL
/// alone), or NULL: it may be anything else (struct ir_pret).
void ir_pointer_return(struct ir_func *f, int b, const char *what);

/// Adds function @name (@is_static) passed as argument @arg (from 1) of
/// the last event, a call.
void ir_fnarg(struct ir_func *f, int arg, const char *name, int is_static);

/// Pointer value @val (a key, as ir_event.base) is dereferenced in block
/// @b after its events so far (struct ir_deref); @val NULL: nothing.
void ir_deref(struct ir_func *f, int b, const void *val);

/// Adds a candidate object to the last event, which must be a CALL.
void ir_obj(struct ir_func *f, const char *name, int is_static, int block,
	    int cond, int truth);

/// Call event @ev passes in argument @arg a pointer to an object whose
/// integer member @field holds a value V that the branches keyed @key0,
/// @key1 test as `V & @mask` (struct ir_mkey); at most IR_MAX_MKEYS a
/// call (counted).  A call's are added one after another, the calls in
/// the order of their events.
void ir_mkey(struct ir_func *f, int ev, int arg, const char *field, const void *key0,
	     const void *key1, unsigned long long mask);

/// Has a branch of @f (not constant, not a comparison of two values) the
/// key @key0, @key1?
int ir_branch_keyed(const struct ir_func *f, const void *key0, const void *key1);

/// Block @b stores @val (0, 1 non-zero, -1 not known) through integer
/// pointer parameter @param (struct ir_pstore).
void ir_pstore(struct ir_func *f, int b, int param, int val);

/// Has a branch of @f (not constant) the variable @var (ir_cond.var)?
int ir_var_tested(const struct ir_func *f, const void *var);

/// Call event @ev passes as argument @arg (from 0) an integer value that
/// the branches keyed @key0, @key1 test (struct ir_akey); at most
/// IR_MAX_AKEYS a call (counted).  A call's are added one after another,
/// the calls in the order of their events.
void ir_akey(struct ir_func *f, int ev, int arg, const void *key0, const void *key1);

/// Adds a formula node; returns its number.
int ir_formula(struct ir_func *f, enum ir_fkind kind, int a, int b, int c);

/// The guard bit of flag atom (@param & @mask), or with ATOM_EQ in @eq
/// of (@param == @mask), with ATOM_DEREF of what @param points to; added
/// if new; -1 when the function has IR_MAX_ATOMS already (counted).
int ir_atom(struct ir_func *f, int param, unsigned long long mask, int eq);

/// The guard bit of `@param != 0` for a pointer parameter @param (`if
/// (!regs) return false;`): an atom of all its bits, as an integer
/// parameter's `if (flags)`; -1 when the function has IR_MAX_ATOMS, or
/// IR_MAX_PTR_ATOMS pointer atoms, already (counted).
int ir_ptr_atom(struct ir_func *f, int param);

/// The guard bit of "pointer parameter @param points to vmalloc memory"
/// (a mem-vtest rule's test of it, `if (is_vmalloc_addr(cpu_addr))`): an
/// ATOM_VMEM atom (facts.h); -1 when the function has IR_MAX_ATOMS
/// already (counted).
int ir_vmem_atom(struct ir_func *f, int param);

/// The same of pointer member @field of the struct pointer parameter
/// @param points to, as on entry (`if (dentry->d_inode)`): a member atom
/// of all its bits (facts.h fact_atom.field); -1 when the function has
/// IR_MAX_ATOMS, or IR_MAX_PTR_ATOMS such member atoms, already (counted).
/// Opportunistic: while the front end lowers, an atom of another kind
/// that finds IR_MAX_ATOMS takes the last such atom's bit, and its
/// formulas say nothing any more (counted as ptr-member-evicted).
int ir_ptr_member_atom(struct ir_func *f, int param, const char *field);

/// The same of integer member @field of the struct pointer parameter
/// @param points to (facts.h fact_atom.field); -1 also when @field is
/// longer than ATOM_FIELD_MAX allows.
int ir_atom_field(struct ir_func *f, int param, const char *field,
		  unsigned long long mask, int eq);

/// One IRF_FLAG formula for two atoms of the same tested value (@f1 an
/// IRF_FLAG formula, @f2 any formula, either -1), true and false
/// together: a member atom's and a program-wide field atom's of one `p->f
/// & MASK`; a bool field's atom and `p->f != 0` of its sibling fields.
/// @f1 carries @f2 (its `a`); either alone when the other is -1.
int ir_same_flags(struct ir_func *f, int f1, int f2);

/// The IRF_SIB formula of `@field of pointer value @ptr == @value`, its
/// atom added if new; -1 when the function has IR_MAX_SIBS already
/// (counted).
int ir_sib(struct ir_func *f, const void *ptr, const char *field, long long value);

/// The guard bit of field atom (@field & @mask): integer field @field
/// ("struct T.F") of whatever object it is read from has a bit of @mask
/// set; added if new; -1 for a mask of all ones, or when the function has
/// IR_MAX_ATOMS, or IR_MAX_FIELD_ATOMS field atoms, already (counted).
int ir_field_atom(struct ir_func *f, const char *field, unsigned long long mask);
/// The same for one volatile read of the field (test_bit()'s): a guard
/// bit of its own, which no other test shares (the value may change
/// between two reads; the stores of the program decide each alike).
int ir_field_atom_once(struct ir_func *f, const char *field, unsigned long long mask);
/// The same of function-pointer field @field tested against NULL (`if
/// (p->ops->f)`): mask all ones, which ir_field_atom() never makes
/// (facts.h ATOM_FIELD).
int ir_fn_atom(struct ir_func *f, const char *field);

/// Block @b branches on a value zero wherever integer parameter @param
/// is non-zero (@nonzero) or zero, taken where the value is non-zero
/// when @sense: its non-zero edge gets the formula @param == 0 (!= 0),
/// the other edge nothing (sparse_zeroedge.c).
void ir_zero_edge(struct ir_func *f, int b, int param, int nonzero, int sense);

/// The formula of a test of the context's value (IRF_CTX: kinds @off
/// ruled out where it says "not atomic"), negated when its true value
/// says atomic (@true_atomic: an assert-test rule's test); -1 when @off
/// rules out nothing.
int ir_test_formula(struct ir_func *f, unsigned off, int true_atomic);

/// Adds a DEFS formula of the @n definitions @d; returns its number.
int ir_formula_defs(struct ir_func *f, const struct ir_fdef *d, int n);

/// Block @b's branch tests variable @var, whose definitions reaching it
/// are the @n of @d (ir_cond.var, vdef0, nvdefs).
void ir_cond_vdefs(struct ir_func *f, int b, const void *var, const struct ir_vdef *d,
		   int n);

/// A copy of @s that lives as long as @f (NULL stays NULL).
const char *ir_str(struct ir_func *f, const char *s);

/// @s interned among the IR's keys: one pointer for equal strings, so
/// that a front end can name a value by text (a field loaded through a
/// pointer) in struct ir_cond.key.
const void *ir_key(struct ir_func *f, const char *s);

/// @s, allocated with malloc, now owned by @f (NULL stays NULL).
const char *ir_take(struct ir_func *f, char *s);

/// Prints @f, the IR of function @name, for people: a lowering bug shows
/// as a difference between the two front ends' dumps
/// (SLEEPCHECK_IR_DUMP=FUNCTION, analyze.c).
void ir_dump(FILE *out, const struct ir_func *f, const char *name);

#endif
