/*
 * facts.h - the fact model shared by every front end, the database and
 * the solver.
 *
 * A front end turns one translation unit into a struct fact_file: the
 * functions it defines and, for each, the calls it makes with the atomic
 * state at the call and the gfp class of each argument.  The database
 * stores fact_files and loads them back; the solver reads a list of
 * fact_files and never knows which front end wrote them.  Nothing here
 * names a kernel function: sleep sources and atomic primitives are
 * applied by the solver from rules/.
 */
#ifndef SLEEPCHECK_FACTS_H
#define SLEEPCHECK_FACTS_H

#include <stddef.h>

/* kinds of atomic context; the order is the order of their names */
enum atomic_kind {
	AK_SPIN,	/* spinlock or rwlock held */
	AK_IRQ,		/* local interrupts disabled */
	AK_PREEMPT,	/* preemption disabled */
	AK_BH,		/* bottom halves disabled */
	AK_RCU,		/* RCU read-side critical section */
	AK_NR
};

#define AK_MAX_DEPTH 15

/*
 * Besides the kinds, what a test of the context may say is off
 * (fact_call_x.ctxoff, rules/kernel-context.rules): CTX_SERVED, "a
 * softirq is being served" (SOFTIRQ_OFFSET in preempt_count(), which
 * __do_softirq() adds around the handlers and local_bh_enable() does not
 * take away).  No lock takes it and no depth counts it: the solver asks
 * for it only of a callback an entry rule says runs there (a ctx-entry
 * rule), whose sleep on the side where `in_serving_softirq()` said
 * false is no sleep in that callback's context.
 */
#define CTX_SERVED	AK_NR
#define CTX_NR		(AK_NR + 1)

/*
 * gfp classes of a call argument, one character each in fact_call.args:
 *   '-'  not a gfp argument
 *   'B'  a constant whose flags allow blocking
 *   'N'  a constant whose flags do not allow blocking
 *   'U'  a gfp value the front end could not classify
 *   'S'  a value that does not allow blocking where bottom halves are
 *        disabled (in_softirq()) and does elsewhere: what a function a
 *        gfp-softirq rule names returns (gfp_any())
 *   'a'..'z'  the caller's own parameter 0..25, passed through
 */
#define GFP_NOT		'-'
#define GFP_BLOCK	'B'
#define GFP_NOBLOCK	'N'
#define GFP_UNKNOWN	'U'
#define GFP_SOFTIRQ	'S'
/* not a class of an argument: a step of a chain (report.h chain_step.gfp)
 * whose callee sleeps only if bottom halves are enabled where it is
 * called, where GFP_SOFTIRQ reaches it */
#define GFP_NOTE_BH	'H'
#define GFP_PARAM(n)	((char)('a' + (n)))
#define GFP_IS_PARAM(c)	((c) >= 'a' && (c) <= 'z')
#define GFP_PARAM_NR(c)	((c) - 'a')
#define GFP_MAX_PARAMS	26

/* how a flag atom (fact_func.atoms) tests its parameter, a bit each: it
 * compares it with a value (else it masks it), it reads the integer the
 * pointer parameter points to (else the parameter itself) */
#define ATOM_EQ		1
#define ATOM_DEREF	2
/* ... or, with ATOM_FIELD, masks integer field fact_atom.sfield ("struct
 * T.F") of whatever object the function reads it from (param -1): a
 * condition the stores of the whole program decide (fstores below) */
#define ATOM_FIELD	4
/* (an ATOM_FIELD atom whose mask is all ones tests function-pointer
 * field sfield against NULL, `if (p->ops->f)`: its guard bit is set
 * where the pointer is not NULL; the program's objects decide it, the
 * "^" fstores below) */
/* ... with a field (fact_atom.field): tested only where no call has run
 * yet, so the member is as the caller left it whatever the function
 * does after (analysis/fresh.c); text "K.F^&MASK" */
#define ATOM_ENTRY	8
/* ... or the parameter is one of a set of values from 0 to 63, the set
 * a bit each in the atom's value (bit V: V is in it): `k == A || k == B`,
 * or the cases of a switch that share one body (analyze.c set_atom());
 * the guard's atom says it is in the set (gblk) or not (gnblk); text
 * "K:SET" */
#define ATOM_IN		16
/* the largest value a set atom (ATOM_IN) holds */
#define ATOM_IN_MAX	63
/* ... or tested only after the calls at fact_atom.before's places (at
 * most ATOM_BEFORE_MAX; analysis/fresh.c): the member is as the caller
 * left it unless one of those calls may store it; text
 * "K.F~L:C~L:C&MASK" */
#define ATOM_BEFORE	32
#define ATOM_BEFORE_MAX	8
/* ... with ATOM_EQ and a field: pointer member F compared with the
 * address of a global object (`iter->temp == static_temp_buf`), the
 * value fact_addr_value() of it; text "K.F=&V" */
#define ATOM_ADDR	64
/* ... or pointer parameter K points to vmalloc memory: a test a mem-vtest
 * rule names (`if (is_vmalloc_addr(cpu_addr))`, rules/kernel-vmem.rules);
 * no flag atom (fact_func_atom() leaves it out): its set side is the
 * solver's VC_VMEM condition, its clear side says nothing; value 0, text
 * "K?0" */
#define ATOM_VMEM	128

/* the longest field name a flag atom on a field (fact_atom.field) keeps */
#define ATOM_FIELD_MAX	32

/* one object an indirect call's function pointer is known to come from
 * (fact_call.objs): a variable whose function-pointer field it reads,
 * on the paths where guard bits blk and nblk hold (as fact_call.gblk,
 * gnblk); or, its name beginning with '=', the pointer member the
 * struct holding the function pointer was loaded from
 * (fact_ptr_source()): the objects the program stores there; or "#K":
 * the member of what parameter K points to (fact_obj_param()) */
struct fact_obj {
	char *name;
	int is_static;
	unsigned blk, nblk;
};

/// The parameter (from 0) of fact_obj @o named "#K": the call is through
/// member F of the call's via ("struct T.F") of what the caller's pointer
/// parameter K points to, a T (`ops->do_action(s)`): the objects its
/// callers pass decide (solve/fnparam.c); -1 for any other object.  Such
/// an object is a call's only one.
static inline int fact_obj_param(const struct fact_obj *o)
{
	int k = 0;
	const char *s;

	if (o->name[0] != '#' || !o->name[1])
		return -1;
	for (s = o->name + 1; *s >= '0' && *s <= '9' && k < 1000; s++)
		k = k * 10 + (*s - '0');
	return *s ? -1 : k;
}

/// The name of a fact_obj for a call through `p->ops->f` (malloc'ed):
/// "=struct X.P" for the pointer member P of a struct X that `ops` is,
/// "=struct T.M.P=struct X.P" when that X is member M of a struct T
/// (@path "struct T.M.P", or NULL); "~J" after it when the call's
/// argument J (@rcv, from 0; -1 none) is p itself, the object the ops
/// struct was loaded from (`p->ops->f(p)`, the receiver): nothing that
/// may store ran between that load and the call (solve/receiver.c).
char *fact_ptr_source(const char *path, const char *field, int rcv);
/// The two parts of such a name: 1, the field into @field (the path if
/// there is one) and the plain "struct X.P" into @plain (empty when
/// there is no path), without the receiver; 0 when @name is no such
/// name.
int fact_ptr_source_parse(const char *name, char *field, char *plain, size_t size);
/// The receiver J of such a name ("~J"), or -1.
int fact_ptr_source_receiver(const char *name);

/* a function passed as an argument of a call (fact_call.fnargs) */
struct fact_fnarg {
	int arg;		/* the argument's number, from 1 */
	char *name;		/* or "#P": the caller's parameter P (from
				 * 1), a function pointer every use of which
				 * in the caller is as an argument of a call
				 * that is not expanded inline, each such
				 * call recording it so (fact_fnarg_param()) */
	int is_static;
};

/// The parameter (from 1) of the caller fnarg @a passes on ("#P"), or 0
/// when @a names a function.
static inline int fact_fnarg_param(const struct fact_fnarg *a)
{
	int p = 0;
	const char *s;

	if (a->name[0] != '#')
		return 0;
	for (s = a->name + 1; *s >= '0' && *s <= '9' && p < 1000; s++)
		p = p * 10 + (*s - '0');
	return *s ? 0 : p;
}

/* a flag atom of a function (fact_func.atoms): guard bit GFP_MAX_PARAMS +
 * its index says the call runs only if integer parameter @param has a bit
 * of @value set (gblk) or none (gnblk) (a pointer parameter, @value all
 * ones: it is not NULL, or is); with ATOM_EQ in @how, only if it
 * equals @value (gblk) or not (gnblk); with ATOM_DEREF, the same of the
 * integer the pointer parameter points to; with @field not empty, the
 * same of integer member @field of the struct pointer parameter @param
 * points to, as the function found it on entry (`miter->__flags &
 * SG_MITER_ATOMIC`); with ATOM_FIELD in @how, the program-wide field
 * atom of integer field @sfield ("struct T.F") of any object, @param -1
 * and @field empty (fact_func_add_field_atom()).  @param is also -1 for
 * an atom the database held in a form not understood (it keeps its
 * place). */
struct fact_atom {
	int param;
	int how;
	unsigned long long value;
	char field[ATOM_FIELD_MAX];
	char *sfield;		/* ATOM_FIELD: "struct T.F", else NULL */
	int nbefore;		/* ATOM_BEFORE: the calls' places */
	int bline[ATOM_BEFORE_MAX], bcol[ATOM_BEFORE_MAX];
};

/*
 * One kind of store a file makes into integer field @field ("struct
 * T.F") of any object (fact_file.fstores), @what:
 *   "|V"   a constant, or `|=`/`^=` of one: the bits of V (hex) may be
 *          set; "|0" a store that sets no bit (`&= ~X`, `= 0`); "|0z"
 *          the 0 of an initializer list (each integer member of the
 *          struct it makes: the ones it leaves out hold 0; fieldsets.c
 *          counts it only for a struct defined in the program);
 *   "<struct T2.F2"  a copy of what field T2.F2 holds (also `|=` of it,
 *          `= a->x | C`: a copy and a constant, two entries);
 *   "&L:C" the field's address passed to the call through a pointer at
 *          line L, column C: what the call's targets store there, not
 *          known (unknown when the call has a target);
 *   "?"    anything else (a computed value, its address taken).
 * A @what with "@" before it is a store that cannot reach a T inside
 * another struct (through the member path below, or an initializer of
 * the object itself); one without may, through a plain T pointer.  A
 * store into member F of a struct X that is member M of a struct T
 * (`g->tree.flags`, or `&g->tree` passed to an inline function that
 * stores `t->flags`) is also recorded for @field "struct T.M.F", with
 * "<~struct X.F": what stores without "@" may put into any X's F.
 * For a pointer member P pointing to a struct with a gfp_t member,
 * @field "struct T.P" and @what "=&struct T2.M" (the address of member
 * M of a struct T2), "=0" (NULL) or "=?" (anything else).  For one
 * pointing to a tagged struct that declares a function pointer (and no
 * gfp_t member), "=&NAME" (":s" after it: static) the address of a
 * struct variable of file scope, "=0" or "=?", each with "@" after the
 * "=" when the store cannot reach a T inside another struct (the
 * object's own initializer, a store also recorded by its path "struct
 * T2.M.P"); fieldsets.c fs_ptr_objects().  @field
 * "gfp-blocking", @what "|BITS": the gfp bits that allow blocking in
 * the file's configuration (fieldsets.c).
 * For a function-pointer member F declared directly in a tagged struct T
 * (sparse_fnptrs.c), @field "struct T.F" and @what "^fn" (a list of T
 * or a store gives F a function), "^0" (a list leaves F out or gives it
 * 0, a store of NULL) or "^?" (anything else, its address taken).
 * And for a struct type, @field "struct T" (no member): "*WHY", its bytes
 * may be written other than field by field (sparse_wholesale.c lists the
 * WHYs; fieldsets.c decides which count; "*copy" a struct assignment of
 * a T, "*copy:struct S.M" one into member M of a tagged struct S), "^list"
 * a list of T, or of a struct or array holding T by value, is made (T
 * holding a function pointer: sparse_fnptrs.c), or "*bare": an object of T made
 * without a list of its own (a variable with no initializer, a static
 * local, an array, a member a list leaves out, a struct in a union:
 * sparse_fnptrs.c; only types holding a function pointer), which writes
 * nothing but leaves its function pointers NULL; @field "fn NAME": "*keep:N",
 * every use of the file's function NAME's parameter N converts it to a
 * struct pointer (":s" after it: NAME is static).
 * Static and local initializers count as stores.  Sorted, each once.
 * A store of bits ("|V", "@|V", V not 0) a function makes only after
 * `if (A || !TEST) return ...;` in a block of its own body, TEST a field
 * test `p->g & C` or a call of a static function of the file whose every
 * return is 0 or that one test, is recorded as "(struct T2.G&C)" before
 * its @what: fieldsets.c drops it when no kept store sets a bit of C.
 */
struct fact_fstore {
	char *field;
	char *what;
};

/* what fv_arg_int() (solve/fieldvals.h) finds an integer value to be,
 * and the form of an integer value in a record (the c of VAL_INT,
 * VAL_INT_DEREF and the VAL_MORE of VAL_MEMBER_SET) */
enum fv_int { FV_NONE, FV_CONST, FV_PARAM, FV_PARAM_OR, FV_PARAM_AND,
	      FV_PARAM_ZERO, FV_PARAM_NONZERO, FV_OR, FV_AND, FV_NONZERO,
	      FV_ADDR };
/* (FV_ADDR: a pointer, the address of one global object, v its
 * fact_addr_value(); text "&&V") */

/* the kinds of entries of fact_call.vals and fact_func.rets (their text
 * below, at the two fields) */
enum fact_val_kind {
	VAL_RAW,		/* an entry not understood: @name its text */
	VAL_MORE,		/* the second record of the entry before it */
	/* vals: @j the argument J */
	VAL_PARAM_FIELD,	/* J=K.F: @k K, @name F */
	VAL_OBJ_CLASS,		/* J.F=C: @name F, @c C */
	VAL_PARAM,		/* J=*K: @k K; J=*K^: @c 1 */
	VAL_ADDR,		/* J=&NAME: @name, @c 1 when static */
	VAL_PTRFIELD,		/* J=>struct T.P: @name */
	VAL_CALL,		/* J=^L:C: @line, @col */
	VAL_GLOBAL,		/* J=@G: @name G, @c 1 when static */
	VAL_INT,		/* J=V: @c the form (enum fv_int), @k, @v */
	VAL_INT_DEREF,		/* J*=V: the same */
	VAL_SFIELD,		/* J=$struct T.F: @name */
	VAL_LOCAL,		/* J=~L:C/M: @line, @col, @k M; J=~L:C/M^:
				 * @c 1 */
	VAL_MEMBER_SET,		/* J.F:=V (rets: K.F:=V, @j K): @name F;
				 * the VAL_MORE after it holds V as VAL_INT
				 * does, FV_NONE for "?" (or a value not
				 * understood, @name its text) */
	VAL_PAIRED,		/* J=% */
	VAL_MEMBER_KNOWN,	/* J.F==V: @name F (a path); the VAL_MORE
				 * after it holds V as VAL_INT does */
	VAL_TABLE,		/* J=[G:K]$struct T.F, J=[G:#I]$struct T.F:
				 * @name G, @c 1 when static; the VAL_MORE
				 * after it: @name the field, @k K (or
				 * FACT_VAL_NONE and @line I) */
	VAL_CALL_FIELD,		/* J=^L:C$struct T.F: @line, @col; the
				 * VAL_MORE after it: @name the field */
	VAL_MEMBER_AFTER,	/* J.P~L:C/M, J.*~L:C: @line, @col, @k M
				 * (FACT_VAL_NONE for none); the VAL_MORE
				 * after it: @name P ("*" for none) */
	/* rets */
	VAL_RET_CLASS,		/* F=C: @name F, @c C */
	VAL_RET_CALL,		/* ^L:C: @line, @col */
	VAL_RET_GLOBAL,		/* @G: @name G, @c 1 when static */
	VAL_RET_OUT,		/* *K.F=C: @j K, @name F, @c C */
	VAL_RET_GSTORE,		/* @G=WHAT: @name G, @c 1 when static; the
				 * VAL_MORE after it: @c 1 and @line, @col
				 * for ^L:C, @k J for ^L:C*J (else
				 * FACT_VAL_NONE); @c 0 for "?" (or what
				 * is not understood, @name its text) */
	VAL_RET_MEMBER_MAY,	/* K.F!: @j K, @name F */
	VAL_RET_ANY_USE,	/* K!: @j K */
	VAL_RET_ELEM,		/* &[G:K], &[G:#I]: @name G, @c 1 when
				 * static, @k K (or FACT_VAL_NONE and
				 * @line I) */
	VAL_RET_CTX,		/* ~M: it returns 0 on every path where a
				 * test of the context (kernel-context.rules)
				 * did not say the kinds of mask M (a bit
				 * each, 1 << AK_*) are off: i915's
				 * stop_timeout() `if (in_atomic() ||
				 * irqs_disabled()) return 0;`; @c M */
	VAL_RET_MEMBER_UNLESS,	/* K.F!^&&V: @j K, @name F; the VAL_MORE
				 * after it holds V as VAL_INT does
				 * (FV_ADDR) */
	/* vals, again */
	VAL_PARAM_AFTER,	/* J=*K~L:C: @k K, @line, @col (beside
				 * J=*K) */
	VAL_PCALL,		/* J=%^L:C: @line, @col */
	VAL_RET_PCALL,		/* rets %^L:C: @line, @col */
};

/* fact_val.k of no parameter */
#define FACT_VAL_NONE 255

/*
 * One entry of a call's vals or a function's rets (sixteen bytes: a
 * whole-kernel database holds a few hundred thousand); an entry that
 * needs more (a name and a value, a name and a position) is two, the
 * second VAL_MORE.  Made from the text by fact_vals_parse() and
 * fact_rets_parse() alone (fact_vals.c), so nothing else reads the text.
 */
struct fact_val {
	unsigned char kind;	/* enum fact_val_kind */
	unsigned char j;	/* the argument J (rets: the parameter K) */
	unsigned char k;	/* a parameter K, the M of J=~L:C/M */
	unsigned char c;	/* a gfp class, a value's form, static */
	int line;
	union {
		long long v;		/* an integer value */
		int col;
		const char *name;	/* in the list's block */
	};
};

/* a list of them, one block with the names they point to (malloc'ed,
 * or in the fact set's pool for loaded facts) */
struct fact_vals {
	int n;
	struct fact_val v[];
};

/*
 * The rarely set part of a call (fact_call.x): what only calls on a path
 * guarded by gfp flags, calls through pointers, calls passing functions,
 * calls under an inline function written at the call site and calls in
 * atomic sections have (in the x86_64 defconfig kernel: 6%, 5%, 1%, 21%
 * and 10% of the calls).  Most calls have none of it: a million-function
 * database holds five million calls, and a call record with all of this
 * in it was most of a report's memory.  Read it with fcx() (all zero
 * when the call has none), write it with fact_call_x().
 */
struct fact_call_x {
	unsigned gblk, gnblk;	/* guard: the call runs only if these gfp
				 * parameters allow (gblk) or forbid (gnblk)
				 * blocking; one bit per parameter; bits 26
				 * and up: flag atoms (fact_func.atoms) */
	char *via;		/* indirect calls: "struct type.field", else NULL */
	struct fact_obj *objs;	/* indirect calls: the objects the pointer is
				 * known to come from (each once) */
	int nobjs;
	struct fact_fnarg *fnargs;	/* functions passed as arguments */
	int nfnargs;
	char *inl;		/* inline function written at the call site, or NULL */
	int aline, acol;	/* where the outermost atomic section began */
	char *awhat;		/* the primitive that began it */
	int aassert;		/* it began at an assertion (awhat names it) */
	signed char assumed[AK_NR];	/* what assertions on the way said
					 * the caller holds (counted in depth[]
					 * as if taken here): the depth relative
					 * to the function's entry, which a
					 * caller composes with its own, is
					 * depth - assumed */
	signed char raw[AK_NR];	/* the part of depth[] that stays atomic on
					 * PREEMPT_RT (a raw spinlock, interrupts
					 * or preemption disabled explicitly),
					 * relative to the function's entry */
	int raline, racol;	/* where the outermost raw section began */
	char *rawhat;		/* the primitive that began it */
	unsigned char ctxoff;	/* atomic kinds, a bit each (and
				 * CTX_SERVED), that a test of
				 * the context said were off on every path
				 * to the call (rules/kernel-context.rules:
				 * `if (!in_atomic()) msleep(1);`): their
				 * depth[] counts from zero, not from the
				 * function's entry, so the caller's state
				 * of them does not reach the call */
	char *sib;		/* indirect calls: what every path to the call
				 * says of sibling fields of the pointer whose
				 * field it calls through (the via's struct),
				 * or NULL: comma-separated "G=V" (field G
				 * holds constant V) and "G!=V" (it does not):
				 * `switch (nc->type) { case X: nc->call(); }`
				 * is "type=X" (fact_sib_excludes()) */
};

/* fcx() of a call without a rare part: all zero */
extern const struct fact_call_x fact_call_x_none;

struct fact_call {
	char *callee;		/* function called; NULL if not known */
	char *args;		/* one gfp class per argument, see above */
	const struct fact_vals *vals;	/* what is known of its arguments'
					 * values (gfp values carried in struct
					 * fields, integer values), or NULL:
					 * records (struct fact_val) of the
					 * entries below; a front end writes
					 * them as text, comma-separated (J an
					 * argument, K a parameter of the
					 * caller, both from 0; VAL_* the
					 * record's kind):
				 *   J=K.F  argument J is the gfp value read from
				 *          field F of the caller's parameter K,
				 *          or the pointer read from its pointer
				 *          member F (a callee's test of it
				 *          against NULL is a test of that
				 *          member) (VAL_PARAM_FIELD)
				 *   J.F=C  argument J points to an object whose
				 *          gfp field F holds class C (above)
				 *          (VAL_OBJ_CLASS)
				 *   J=*K   argument J is the caller's pointer
				 *          parameter K itself (VAL_PARAM, @c 0)
				 *   J=*K^  ... passed where no call has run
				 *          yet in the caller (analysis/fresh.c):
				 *          only the caller's own stores change
				 *          what K points to before it (VAL_PARAM,
				 *          @c 1)
				 *   J=*K~L:C  ... passed where the call
				 *          at L:C may have run before it, one
				 *          entry a call, and no call the entries
				 *          of J do not list (at most
				 *          ATOM_BEFORE_MAX; analysis/fresh.c):
				 *          the caller's own stores and what
				 *          those calls store change what K
				 *          points to before it (VAL_PARAM_AFTER,
				 *          fieldints.c fi_may_store_after())
				 *   J=&NAME  argument J is the address of the
				 *          global struct object NAME (or of its
				 *          member at offset 0); J=&NAME/s: a
				 *          static one (of the file, or of a
				 *          function) (VAL_ADDR)
				 *   J=&struct T.F  argument J is the address
				 *          of member F (a struct) of a struct T
				 *          reached through a pointer
				 *          (`&net->netdev_chain`) (VAL_ADDR)
				 *   J=>struct T.P  argument J is the pointer
				 *          read from pointer member P of a struct
				 *          T, when it points to a struct with a
				 *          gfp_t member (`ring->trb_address_map`):
				 *          its objects are the struct members the
				 *          program stores there (fact_fstore "=")
				 *          (VAL_PTRFIELD)
				 *   J=^L:C argument J is the pointer the call at
				 *          line L, column C of the caller
				 *          returned (its fields: fact_func.rets)
				 *          (VAL_CALL)
				 *   J=@G   argument J is the pointer held in
				 *          global (or per-CPU) pointer variable G
				 *          ("G/s": a static one); its objects are
				 *          the ones functions store there (rets)
				 *          (VAL_GLOBAL)
				 * and integer values, for flag atoms (VAL_INT,
				 * the form in enum fv_int):
				 *   J=#V   argument J is the constant V
				 *   J=K    argument J is integer parameter K
				 *   J=K|V  ... with the bits of constant V set
				 *   J=K&V  ... with only the bits of V kept
				 *   J=|V, J=&V  a value not known but for the
				 *          bits of V surely set (or none but
				 *          those of V set)
				 *   J=K?   argument J is zero wherever the
				 *          caller's parameter K (an integer or
				 *          pointer) is zero: `K ? x : 0`
				 *   J=K!   ... zero wherever K is non-zero
				 *   J=$struct T.F  argument J is what
				 *          integer field F of a struct T holds,
				 *          read through any pointer, passed on
				 *          zero-extended or truncated: the
				 *          program's stores decide (fieldsets.c)
				 *          (VAL_SFIELD)
				 *   J=[G:K]$struct T.F  argument J is
				 *          integer member F of element K (the
				 *          caller's integer parameter; [G:#I]:
				 *          constant I) of global array G of
				 *          struct T ("G/s": static): the
				 *          table's initializer decides
				 *          (solve/tables.c) (VAL_TABLE)
				 *   J=^L:C$struct T.F  ... of what the call
				 *          at L:C returned (VAL_CALL_FIELD)
				 *   J*=... the integer argument J points to
				 *          (a local variable's address) holds
				 *          one of the integer values above
				 *          (VAL_INT_DEREF)
				 * (J=#0 is also written for a NULL pointer,
				 * J=!0 for the address of a local struct:
				 * never NULL)
				 * and for a local struct whose address
				 * goes only into calls (as a pointer to
				 * its own struct type) and member
				 * accesses (fieldints.c):
				 *   J=~L:C/M  the call at L:C is given it
				 *          as argument M (one entry per
				 *          such call, this one included)
				 *          (VAL_LOCAL)
				 *   J=~L:C/M^  ... of a function's static
				 *          object, the call at L:C running
				 *          before every other call given it
				 *          and every store of its members:
				 *          the zero it held first (or what
				 *          the function's last run left) is
				 *          there at that call, and after it
				 *          in a member the call does not
				 *          leave a value in (a static object
				 *          without such a call has J.*:=#0)
				 *   J.F:=V  the function stores integer
				 *          value V (as J=V's) in its member
				 *          F, J.F:=? one not known
				 *          (VAL_MEMBER_SET, then VAL_MORE);
				 *          J.*:=#0 an initializer made it:
				 *          every member was 0 first
				 * and for the object argument J points to:
				 *   J.F==V  its integer member F (a path:
				 *          "base.flags") holds V (as J=V's) at
				 *          the call: the caller's last store
				 *          through that pointer, nothing in
				 *          between (VAL_MEMBER_KNOWN, then
				 *          VAL_MORE); also its bits where the
				 *          function splits on the value it
				 *          stored there (`|M`, `&~M`, `!0`:
				 *          analysis/analyze.c mkey_vals());
				 *          J.*==#0 the object is fresh zeroed
				 *          memory (a mem-zalloc rule's) that
				 *          holds 0 in every member not named
				 *          by another J.F==V, J.F==? a member
				 *          stored since with a value not known
				 *   J.P~L:C/M  ... unless the call at L:C,
				 *          made between that store and this call
				 *          and given the object (or its outer
				 *          object, P then "sub.F") as its
				 *          argument M, may store member P of it
				 *          (P "*": the member asked);
				 *          J.*~L:C: the call there, given nothing
				 *          of the object, has no body known
				 *          (VAL_MEMBER_AFTER, then VAL_MORE with
				 *          P; solve/fieldints.c fi_known())
				 * and J=%: the call is a put (ref-put rule)
				 * of a reference the caller took before it
				 * (ref-get), never the last (VAL_PAIRED)
				 * and for a pointer to other than a struct
				 * (`void *`, `u8 *`), for solve/vmem.c alone:
				 *   J=%^L:C  argument J is the pointer the
				 *          call at L:C returned, or one of
				 *          them when there are several such
				 *          entries for J (a phi of calls'
				 *          results, NULL left out) (VAL_PCALL) */
	struct fact_call_x *x;	/* the rare part, NULL when it is all zero
				 * (above); malloc'ed, owned by the call */
	int line, col;
	signed char depth[AK_NR];	/* atomic nesting at the call, relative
					 * to the function's entry: below 0
					 * when it released its caller's */
	unsigned char callee_static;	/* callee is a static function of this file */
	unsigned char rtlock;		/* not a call: a spinlock_t, rwlock_t or
				 * local_lock_t acquired here (callee: the
				 * inline written, else the primitive), a
				 * sleeping lock on PREEMPT_RT; only the
				 * -Wrt-wait-context view (rt_view()) sees it */
};

/// The rare part of @c, all zero when it has none.
static inline const struct fact_call_x *fcx(const struct fact_call *c)
{
	return c->x ? c->x : &fact_call_x_none;
}

/// The vals entry (J=#V, J=|V, J=&V) of argument @j (@star "*": what it
/// points to) when it is one of some constants whose bits @all set and
/// @any may set, written into @buf of @size bytes.
void fact_choice_entry(char *buf, size_t size, int j, const char *star,
		       long long all, long long any);

/// The value that stands for the address of global object @name (an
/// ATOM_ADDR atom's, an FV_ADDR's): a hash of the name, and of @unit (a
/// name of the translation unit, NULL for none) for a static object,
/// whose name is the unit's own; never 0, below 2^62.  Two objects'
/// values are taken as different addresses.
unsigned long long fact_addr_value(const char *name, const char *unit);

/// Sorts the entries of the comma-separated list @list in place (the
/// order in which both front ends write a list they find in different
/// orders).
void fact_list_sort(char *list);

/// Calls @add(@buf, @size, entry) for each entry of the comma-separated
/// @list, in order.
void fact_list_append(char *buf, size_t size, const char *list,
		      void (*add)(char *buf, size_t size, const char *entry));

/// The rare part of @c for writing: made (all zero) when it has none.
struct fact_call_x *fact_call_x(struct fact_call *c);

/* a function stored in a function-pointer field */
struct fact_binding {
	char *via;		/* "struct type.field" */
	char *func;
	int func_static;
	char *object;		/* the initialized variable; for an assignment
				 * into a struct member (`p->nb.f = fn`) that
				 * member, "struct T.F"; or NULL */
	char *binder;		/* the inline function whose body made the
				 * store (`init_task_work(&w, fn)`), the
				 * innermost one, or NULL */
	int object_static;
	int fresh;		/* an assignment with no object, through a
				 * pointer whose one value there is what an
				 * allocator (a mem-new rule) returned in the
				 * function: into a T of its own, never into
				 * a member of another struct nor a global
				 * object (fnparam.c) */
	int line, col;
	char *sibs;		/* a static initializer's: the constant values
				 * of the other integer fields of the element
				 * that holds the function, "G=V,...", a field
				 * omitted there 0; a field whose value is not
				 * a constant is not listed; NULL for an
				 * assignment (fact_sib_excludes()) */
};

/* (pointers first: no padding, a million of them in a large database) */
struct fact_func {
	char *name;
	const struct fact_vals *rets;	/* the objects it hands out, or
					 * NULL: records (struct fact_val) of
					 * the entries below, comma-separated
					 * in the text
				 *   F=C    it stores class C (above) in field F
				 *          of the pointer it returns
				 *          (VAL_RET_CLASS)
				 *   ^L:C   it returns the pointer the call at
				 *          line L, column C returns
				 *          (VAL_RET_CALL)
				 *   &[G:K] it returns the address of element
				 *          K (its integer parameter; [G:#I]: I)
				 *          of global array G, or NULL
				 *          (VAL_RET_ELEM)
				 *   @G     it returns the pointer held in global
				 *          pointer G ("G/s": static)
				 *          (VAL_RET_GLOBAL)
				 *   *K.F=C it stores class C in field F of an
				 *          object whose pointer it stores through
				 *          its `struct T **` parameter K
				 *          (VAL_RET_OUT)
				 *   @G=^L:C, @G=^L:C*J, @G=?  it sets global
				 *          pointer G to what the call at L:C
				 *          returned, to what that call stored
				 *          through its argument J, or to
				 *          something else (VAL_RET_GSTORE, then
				 *          VAL_MORE)
				 * and of the objects its struct pointer
				 * parameters point to (fieldints.c):
				 *   K.F:=V it leaves integer value V (as
				 *          vals J=V's, in its own terms) in
				 *          member F of what parameter K
				 *          points to: its last store there
				 *          (VAL_MEMBER_SET, then VAL_MORE)
				 *   K.F!   it may store member F otherwise
				 *          (VAL_RET_MEMBER_MAY)
				 *   K.F!^&&V  it may store pointer member F
				 *          only where F did not hold address V
				 *          (fact_addr_value()) when it was
				 *          called (analysis/unless.h)
				 *          (VAL_RET_MEMBER_UNLESS, then
				 *          VAL_MORE)
				 *   K!     it uses K in a way not understood:
				 *          any member may change
				 *          (VAL_RET_ANY_USE)
				 * and, of a function returning a pointer to
				 * other than a struct, for solve/vmem.c alone:
				 *   %^L:C  it returns the pointer the call at
				 *          L:C returned: one entry a call,
				 *          written only when every value it
				 *          returns is such a call's or NULL
				 *          (VAL_RET_PCALL) */
	struct fact_atom *atoms;	/* its flag atoms, for guard bits 26,
					 * 27, ... (fact_call.gblk/gnblk) */
	struct fact_call *calls;
	int natoms;
	int ncalls, calls_cap;
	int is_static;
	int line, col;
};

/*
 * Where a struct or union named in this file's field names ("struct T",
 * the part of a via before its '.', or of a field an initializer's zero
 * is stored to, "|0z") is defined: "path:line" of its tag in
 * the definition, or NULL when this file saw two definitions of the tag.
 * Two files' "struct T.f" are one field unless both know where their T is
 * defined and the places differ (two drivers' private struct adapter).
 */
struct fact_tag {
	char *tag;
	char *def;
};

struct fact_file {
	char *path;
	char *unit;		/* link unit from the command line: "NAME.ko"
				 * for a module (-DMODULE, -DKBUILD_MODNAME),
				 * NULL for vmlinux or not known; link-unit
				 * rules name the separate images (callgraph.c) */
	struct fact_tag *tags;	/* sorted by tag */
	int ntags, tags_cap;
	struct fact_func *funcs;
	int nfuncs, funcs_cap;
	struct fact_binding *binds;
	int nbinds, binds_cap;
	struct fact_fstore *fstores;	/* stores into integer fields, sorted
					 * by field and what, each once */
	int nfstores, fstores_cap;
	int pooled;		/* its functions' and calls' strings are in
				 * its set's pool (db_load()), not freed one
				 * by one */
	struct fact_call *callblock;	/* or NULL: its functions' calls are
					 * in this one array (a pack's,
					 * unpack_file()), not one each */
};

struct strpool;

struct fact_set {
	struct fact_file *files;
	int nfiles, files_cap;
	struct strpool *pool;	/* db_load()'s pooled strings, or NULL */
};

extern const char *const atomic_kind_names[AK_NR];

/// Returns the kind named @name, or -1.
int atomic_kind_lookup(const char *name, size_t len);

/// Returns 1 if any atomic kind is held (above 0) in @depth.  (Inline:
/// asked of each of a program's calls.)
static inline int atomic_active(const signed char depth[AK_NR])
{
	int k;

	for (k = 0; k < AK_NR; k++)
		if (depth[k] > 0)
			return 1;
	return 0;
}

/// Writes "spinlock held, irqs disabled" style text for @depth into @buf.
void atomic_describe(const signed char depth[AK_NR], char *buf, size_t size);

/// Adds object @name to @c's objects (fact_call.objs) unless it is there
/// under the same guard; at most @max (0: no limit).  @return: 1 if added.
int fact_call_add_obj(struct fact_call *c, const char *name, int is_static,
		      unsigned blk, unsigned nblk, int max);

/// Adds function @name passed as argument @arg (from 1) to @c.
void fact_call_add_fnarg(struct fact_call *c, int arg, const char *name, int is_static);

/// Adds a flag atom to @fn; returns it.
struct fact_atom *fact_func_add_atom(struct fact_func *fn, int param, int how,
				     unsigned long long value);

/// Adds a field atom (ATOM_FIELD) of @field & @mask to @fn; returns it.
struct fact_atom *fact_func_add_field_atom(struct fact_func *fn, const char *field,
					   unsigned long long mask);

/// Records that @file stores @what (fact_fstore) into @field; a second
/// "|V" of one field ORs into the first.  Returns 1 when the entry is new.
int fact_file_add_fstore(struct fact_file *file, const char *field, const char *what);
/// Is fstore @what a store of bits ("|V", "@|V", V not 0) that a front
/// end records with the field test guarding it ("(struct T.F&MASK)"
/// before it: made only where that test held)?
int fact_fstore_guardable(const char *what);

/// Flag atom @i of @fn (from 0): 1 and its parameter, value and how, or
/// 0 when it has none that is understood (or it is an ATOM_VMEM atom).
int fact_func_atom(const struct fact_func *fn, int i, int *param,
		   unsigned long long *value, int *how);

/// The member flag atom @i of @fn tests (fact_atom.field), "" for an atom
/// of the parameter itself or one not understood.
const char *fact_func_atom_field(const struct fact_func *fn, int i);

/*
 * The compact text of the sub-records, as the database stores them
 * (fact_text.c, the one place that writes and reads it):
 *   objs    "name/static/blk/nblk,..."
 *   fnargs  "2:handler/1,..."  (argument from 1, name, static)
 *   atoms   "K&MASK", "K=V", "K*&MASK", "K*=V", "K.F&MASK", "K.F=V",
 *           "K:SET" (ATOM_IN), "K?0" (ATOM_VMEM), "@struct T.F&MASK",
 *           comma-separated
 * Each *_text returns a malloc'ed string, or NULL when there is nothing.
 * Each *_parse fills the records from @s (NULL: none), its names copied
 * into @pool (NULL: malloc'ed); @return: 0, or -1 when some part of @s
 * did not parse (what did is kept).
 */
char *fact_objs_text(const struct fact_call *c);
char *fact_fnargs_text(const struct fact_call *c);
char *fact_atoms_text(const struct fact_func *fn);
int fact_objs_parse(struct fact_call *c, const char *s, struct strpool *pool);
int fact_fnargs_parse(struct fact_call *c, const char *s, struct strpool *pool);
int fact_atoms_parse(struct fact_func *fn, const char *s);

/*
 * A call's vals and a function's rets (fact_vals.c, the one place that
 * reads and writes their text): *_parse reads the text @s (NULL: none)
 * into one block, in @pool (NULL: malloc'ed, freed with free()); an entry
 * not understood is kept as VAL_RAW, which no reader matches, and counted
 * by fact_vals_unparsed().  With a @memo (and a @pool), a text read before
 * gives the same block again: a loader of many files makes one for the
 * load, and @s must stay where it is (in @pool) while the memo lives.
 * fact_vals_text() writes either back, the text they were read from
 * (malloc'ed; NULL for NULL).
 */
struct fact_vals_memo;
struct fact_vals_memo *fact_vals_memo_new(void);
void fact_vals_memo_free(struct fact_vals_memo *memo);
const struct fact_vals *fact_vals_parse(const char *s, struct strpool *pool,
					struct fact_vals_memo *memo);
/// fact_vals_parse() of @s (its own block) for a call made where no call
/// has run yet in the caller (analysis/fresh.c): each "J=*K" becomes
/// "J=*K^" (VAL_PARAM, @c 1).
const struct fact_vals *fact_vals_parse_fresh(const char *s);
const struct fact_vals *fact_rets_parse(const char *s, struct strpool *pool,
					struct fact_vals_memo *memo);
char *fact_vals_text(const struct fact_vals *l);
long long fact_vals_unparsed(void);

/// Do the sibling fields a call's guard @sib (fact_call_x.sib) tests
/// contradict those binding @sibs (fact_binding.sibs) holds?  1 when some
/// field G the guard says is V (or is not V) has another constant (that
/// constant) in @sibs; 0 when not, or when either is NULL.
int fact_sib_excludes(const char *sib, const char *sibs);

/// @v converted to an integer of @bits bits (1: bool), signed if
/// @is_signed, as C stores it into such a field.
long long fact_int_as(long long v, int bits, int is_signed);

/* at most this many sibling fields in a binding's sibs, and entries in a
 * call's sib (the first in the struct's order, or in the function's);
 * what is left out is not known, so it excludes nothing */
#define FACT_MAX_SIBS 16

/// The gfp class of argument @k of @c (0-based): GFP_UNKNOWN when it is
/// not a gfp argument or out of range.
char fact_call_arg_class(const struct fact_call *c, int k);

/// The first argument of @c the front end saw as a gfp_t (0-based), or -1.
int fact_call_gfp_arg(const struct fact_call *c);

struct fact_file *fact_set_add(struct fact_set *set, const char *path);
struct fact_func *fact_file_add_func(struct fact_file *file, const char *name);
struct fact_call *fact_func_add_call(struct fact_func *func, const char *callee);
struct fact_binding *fact_file_add_binding(struct fact_file *file, const char *via,
					   const char *func);
/// Records that @tag ("struct T") is defined at @def ("path:line") in
/// @file; a second, different definition makes it unknown (NULL).
void fact_file_add_tag(struct fact_file *file, const char *tag, const char *def);

/// Drops the tags no call or binding of @file names in its via: a front
/// end records every struct whose field it names, the facts keep those
/// of function-pointer fields.
void fact_file_prune_tags(struct fact_file *file);

/// Where @file's struct of field @via ("struct T.f", or the tag alone)
/// is defined, or NULL when not known.
const char *fact_file_tag_def(const struct fact_file *file, const char *via);

/// The link unit a compiler command line says: "NAME.ko" when it defines
/// MODULE (kbuild's -DMODULE for objects of modules), NAME from
/// -DKBUILD_MODNAME="NAME" (or "module.ko" without it); NULL otherwise.
/// Malloc'ed.
char *fact_unit_from_args(const char *const *args, int nargs);

/// Makes @path lexically canonical in place: "./" and "x/../" dropped,
/// "//" made "/", and the current directory's prefix removed, so that a
/// header is named alike by every file that includes it.
void fact_norm_path(char *path);

void fact_file_free(struct fact_file *file);
void fact_set_free(struct fact_set *set);

/* allocation helpers that never return NULL (they exit on ENOMEM) */
void *sc_malloc(size_t size);
void *sc_calloc(size_t n, size_t size);
void *sc_realloc(void *p, size_t size);
char *sc_strdup(const char *s);

/// The class of a value that is one of two classes.
char gfp_join(char a, char b);

/// The same, where 0 is neutral (a path that adds nothing: a loop).
char gfp_join0(char c, char x);

/// The classes of `a | b` and `a & b`; 0 stays neutral.
char gfp_or(char a, char b);
char gfp_and(char a, char b);

#endif
