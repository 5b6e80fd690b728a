/*
 * clang_frontend.h - the libclang front end: turns a translation unit
 * parsed by libclang into a struct fact_file, the same facts the sparse
 * front end writes (facts.h).
 */
#ifndef SLEEPCHECK_CLANG_FRONTEND_H
#define SLEEPCHECK_CLANG_FRONTEND_H

#include "clang_cfg.h"
#include "analyze.h"
#include "flow.h"

/* what the front end knows about the file being checked */
struct cunit {
	struct ctu *tu;
	const struct rules *rules;
	struct fact_file *facts;
	int have_mask;
	unsigned long long gfp_blocking_mask;
	unsigned char *noassert;	/* per assertion rule: says nothing in
					 * this file's configuration, or NULL */
	/* gfp class returned by the functions of this file collected so far */
	struct cret {
		const char *name;
		char cls;
	} *rets;
	int nrets, rets_cap;
	struct pconst_table pconst;	/* clang_params.c */
	struct ir_unit irs;		/* the functions analyzed at the end */
};

/// Reads every call of the file for constant arguments (clang_params.c).
void clang_param_constants(struct cunit *u);

/// The constant every call passes as parameter @k (from 0) of static
/// function @fn, whose address is never taken: 1 and *@v, or 0.
int clang_param_const(struct cunit *u, struct cdecl *fn, int k, long long *v);

/// Records the stores function @fn's @body (inline callees' bodies too)
/// makes into integer struct fields in the file's facts, and which of
/// its parameters every use converts to a struct pointer (clang_fstores.c).
void clang_fstores_body(struct cunit *u, struct cdecl *fn, struct cn *body);

/// The same for a file-scope variable's initializer @init.
void clang_fstores_init(struct cunit *u, struct cn *init);

/// The record of file-scope table @d's initializer @init (fact_fstore
/// "table G"; clang_tables.c).
void clang_table_record(struct cunit *u, struct cdecl *d, struct cn *init);
/// The same for the initializer of a header's static variable, made in
/// the file too: only its pointers to structs with function pointers
/// (its "^" lists are clang_fn_header_var()'s).
void clang_fstores_header_init(struct cunit *u, struct cn *init);

/// Records conversion @n (a CN_CAST) between struct T * and another type
/// as "*WHY" fstores of T (clang_wholesale.c; @dest as sparse's
/// sc_whole_convert(); @in_inline: in an inline callee's body, whose
/// parameters sparse makes variables).  1 when a side is a pointer to a
/// tagged struct (else @dest is the operand's).
int clang_whole_convert(struct cunit *u, struct cn *n, const char *dest, int in_inline);

/// Function-pointer members of tagged structs (clang_fnptrs.c, as
/// sparse_fnptrs.c): the "^" records of initializer list @init's struct
/// and "*bare" of the structs it leaves out; "*bare" of what variable
/// @var (@has_init: with an initializer kept; @local: in a function)
/// makes without a list; the "^" record of a store of @rhs into member
/// @lhs; "^?" of `&p->f` @n, and 1 (else 0).
void clang_fn_list(struct cunit *u, struct cn *init);
/// "^copy" records for value @v of an initializer when it copies a
/// struct holding a function pointer (sparse_fnptrs.c sc_fn_copy()).
void clang_fn_copy(struct cunit *u, struct cn *v);
void clang_fn_var(struct cunit *u, struct cdecl *var, int has_init, int local);
void clang_fn_store(struct cunit *u, struct cn *lhs, struct cn *rhs);
/// The same of a static variable a header defines, with its lists.
void clang_fn_header_var(struct cunit *u, struct cdecl *var, struct cn *init);
int clang_fn_escape(struct cunit *u, struct cn *n);

/// The struct holding @field, tested: *uapi, *fw, *packed, *endian.
void clang_whole_field(struct cunit *u, struct cdecl *field);
/// Marks the conversions of a pointer's round trip through an asm in
/// block @n, which clang_whole_convert() does not record
/// (sparse_wholesale.c sc_whole_roundtrip()).
void clang_whole_roundtrip(struct cunit *u, struct cn *n);
/// Code that never runs begins (1) or ends (-1): clang_whole_convert()
/// records nothing there (sparse_wholesale.c sc_whole_dead()).
void clang_whole_dead(int delta);

/// A use of @ref (a CN_REF): *extern for an extern table of a struct.
void clang_whole_ref(struct cunit *u, struct cn *ref);

/// The number (from 1) of the parameter conversion @n (a CN_CAST) converts
/// to a pointer to a tagged struct of another type, or 0.
int clang_whole_kept(struct cunit *u, struct cn *n);

/// "*keep:N" (":s" when static) of "fn NAME": every use of parameter @n
/// (from 1) of function @fn converts it to a struct pointer.
void clang_whole_keep(struct cunit *u, struct cdecl *fn, int n);

/// Records function @d and its calls from its @body: lowers it to the
/// IR and runs the analysis on it (clang_ir.c).
void clang_collect_function(struct cunit *u, struct cdecl *d, struct cn *body);

/// Lowers @d, a static function defined in a header, for what it leaves
/// released at the file's calls only: it has no facts (clang_ir.c).
void clang_collect_exits(struct cunit *u, struct cdecl *d, struct cn *body);

/*
 * What clang_ir.c knows of the values of the function it lowers, for
 * clang_fields.c: its CFG and unit, whether a block is reachable (and
 * on every path to another), the
 * reaching definitions of a variable (clang_ir.c reaching()), whether
 * its address is taken, the gfp class of a value.
 */
struct fx;
struct cfg *clang_fx_cfg(struct fx *x);
struct cunit *clang_fx_unit(struct fx *x);
int clang_fx_live(struct fx *x, int block);
/* is block @b on every path from the entry to block @to? */
int clang_fx_dominates(struct fx *x, int b, int to);
int clang_fx_reaching(struct fx *x, struct cn *n, struct cenv *env, int ev,
		      int *out, int max, int *entry);
int clang_fx_address_taken(struct fx *x, struct cdecl *v);
char clang_fx_class(struct fx *x, struct cn *n, struct cenv *env, int ev);
/// The constant value of @n at event @ev, as branches see it: 1 and *@v.
int clang_fx_const(struct fx *x, struct cn *n, struct cenv *env, int ev, long long *v);
/// The inline expansion of @call made in @env, or NULL.
struct cenv *clang_fx_expansion(struct fx *x, struct cn *call, struct cenv *env);
struct cdecl *clang_fx_fn(struct fx *x);
unsigned clang_fx_gfp_params(struct fx *x);
/// The IR being built: its blocks are the CFG's, its branches made
/// before the function's rets are written.
const struct ir_func *clang_fx_ir(struct fx *x);

/// J=&struct T.F into @entry (empty when not): argument @j of @call is
/// the address of member F of struct T reached through a pointer
/// (clang_memaddr.c).
void clang_member_addr(struct ctu *tu, struct cn *call, struct cenv *env, int j,
		       char *entry, size_t size);

/// The gfp values in struct fields at call event @e (facts.h vals), or
/// NULL; the caller frees it (clang_fields.c).
char *clang_field_vals(struct fx *x, struct cev *e);

/// The gfp fields of the object the function returns (facts.h
/// fact_func.rets), or NULL; the caller frees it (clang_fields.c).
char *clang_field_rets(struct fx *x);

/// The returns of the function, when it returns a pointer to other than a
/// struct, into @ir (ir_pointer_return(); sparse_fields.c
/// sc_pointer_rets()) (clang_fields.c).
void clang_pointer_rets(struct fx *x, struct ir_func *ir);

/// The parameter whose being zero makes @n zero (or with *@nonzero, whose
/// being non-zero does), -1 if none (clang_fields.c, sparse_zero.c).
int clang_zero_with_param(struct fx *x, struct cn *n, struct cenv *env, int ev,
			  int *nonzero);
/// The integer parameter a two-way branch of block @b on @base (taken
/// where it is non-zero when @sense) decides on its non-zero edge
/// (clang_zeroedge.c, sparse_zeroedge.c); -1 if none.
int clang_zero_edge(struct fx *x, int b, struct cn *base, int sense, int *nonzero);
/// Is block @b of @g reachable from its entry without passing block @s?
/// (clang_zeroedge.c)
int clang_reach_around(struct cfg *g, int s, int b);
/// Is block @b of @g reachable from its entry without the edge from block
/// @d to its successor number @k (@d < 0: without passing block @k)?
/// @live: nor by a block's dead successor.  (clang_zeroedge.c)
int clang_reach_without(struct cfg *g, int d, int k, int b, int live);
/// Is argument @j of call event @put, of a `ref-put` rule's function, the
/// object a `ref-get` call took a reference to before it on every path,
/// with no other put of it in the function, or one that another put of
/// it follows on every path from @put? (clang_refs.c)
int clang_ref_paired(struct fx *x, struct cev *put, int j);
/// Appends @entry to the comma-separated list in @buf unless it is there
/// (clang_fields.c).
void clang_list_add(char *buf, size_t size, const char *entry);
/// J=@G into @entry: argument @j, @n at event @ev, is the pointer held
/// in global pointer G (clang_globals.c); 0 if not.
int clang_global_read(struct fx *x, struct cn *n, struct cenv *env, int ev, int j,
		      char *entry, size_t size);
/// The @G=... and *K.F=C entries of fact_func.rets into @buf
/// (clang_globals.c).
void clang_global_stores(struct fx *x, char *buf, size_t size);
void clang_out_fields(struct fx *x, char *buf, size_t size);
/*
 * What clang_fields.c knows of values, for clang_objints.c (which does
 * not call it, so that the two do not use each other): the function's
 * struct pointer a value is on entry, the local struct
 * variable whose address it is, and the entry of an integer value.
 */
struct clang_valops {
	/// The parameter @n at @ev in @env is on entry, or -1.
	int (*entry_param)(struct fx *x, struct cn *n, struct cenv *env, int ev);
	/// The local variable whose address @n is: 1, *@var and its
	/// expansion *@venv; 0 if none.
	int (*object)(struct fx *x, struct cn *n, struct cenv *env, int ev,
		      struct cdecl **var, struct cenv **venv);
	/// "J" @star "=V" for integer value @a of @bits bits into @buf
	/// (sparse_fields.c integer_value()).
	void (*intval)(struct fx *x, struct cn *a, struct cenv *env, int ev,
		       int bits, int j, const char *star, char *buf, size_t size);
	/// Are @a (at @aev of @aenv) and @b (at @bev of @benv) one value,
	/// through variables' definitions and inline parameters?
	int (*same_value)(struct fx *x, struct cn *a, struct cenv *aenv, int aev,
			  struct cn *b, struct cenv *benv, int bev);
	/// object(), or a function's static variable whose address @n is
	int (*fobject)(struct fx *x, struct cn *n, struct cenv *env, int ev,
		       struct cdecl **var, struct cenv **venv);
	/// Local variable *@n (not an object) followed one step, as
	/// sparse's SSA form has it: to the one plain assignment that
	/// reaches @ev, or from an inline's parameter to its argument (1,
	/// *@n, *@env, *@ev moved); 0 otherwise.
	int (*step)(struct fx *x, struct cn **n, struct cenv **env, int *ev);
	/// The event of the call that made pointer @n (at @ev of @env) when
	/// it returns zeroed memory (a mem-zalloc rule's allocator, its gfp
	/// argument with the rule's bit set), else -1.
	int (*zalloc)(struct fx *x, struct cn *n, struct cenv *env, int ev);
};
extern const struct clang_valops clang_fields_valops;

/// The value fact_addr_value() gives the address @n is, of a file-scope
/// object (`&obj`, an array), or 0 (clang_objints.c, as sparse_objints.c
/// sc_global_addr()).
unsigned long long clang_global_addr(struct fx *x, struct cn *n);
/// `@n == @gv` where @n reads pointer member @field of what a struct
/// pointer parameter points to, no write of the member through it
/// reaching the test (event @ev), and @gv a file-scope object's address
/// (its value into *@value): the parameter (from 0), or -1
/// (clang_objints.c, as sparse_objints.c sc_addr_atom()).
int clang_addr_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
		    struct cn *gv, struct cenv *env, int ev, char *field, size_t size,
		    unsigned long long *value);
/// Called by clang_member_holds() for each integer member @path of what
/// the call's argument @j (from 0) points to that holds there the value
/// @rhs, stored at event @ev of @env.
typedef void clang_holds_fn(void *ctx, int j, const char *path, struct cn *rhs,
			    struct cenv *env, int ev);
/// The integer members of the structs call event @call's pointer
/// arguments point to that hold, at the call, the value a store through
/// the same pointer value put there: the store dominates the call, no
/// path from it to the call has a call, an asm with operands, a store
/// through that pointer overlapping the member or an integer store
/// through another pointer, and the function writes the member in no
/// other way (clang_objints.c, sparse_objints.c sc_member_holds()).
void clang_member_holds(struct fx *x, const struct clang_valops *ops, int call,
			clang_holds_fn *found, void *ctx);
/// marks[b] |= @bit for each live block reachable from block @from's
/// successors (@fwd), or that reaches its predecessors (clang_objints.c).
void clang_mark_blocks(struct fx *x, int from, int fwd, int bit, unsigned char *marks);
/// The integer parameter (from 0) that integer member @field of what it
/// points to (its name into @field) is read from by @n, as on entry, or
/// -1 (clang_objints.c, sparse_objints.c sc_member_atom()).
int clang_member_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
		      struct cenv *env, int ev, char *field, size_t size);
/// The struct pointer parameter (from 0) that pointer member @field
/// (declared directly in its struct, not to a function) is read from by
/// @n, as on entry, or -1 (clang_objints.c, sparse_objints.c
/// sc_member_ptr_atom()).
int clang_member_ptr_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
			  struct cenv *env, int ev, char *field, size_t size);
/// The struct pointer parameter (from 0) whose integer member G (into
/// @field) has bit *@gmask set exactly when member @n, read through
/// pointer member P of what it points to (`hctx->queue->queue_flags`),
/// has bit @mask set, as a member-bits rule says; neither P nor G
/// written through it in the function; or -1 (clang_objints.c,
/// sparse_objints.c sc_chain_atom()).
int clang_chain_atom(struct fx *x, const struct clang_valops *ops, struct cn *n,
		     struct cenv *env, int ev, unsigned long long mask, char *field,
		     size_t size, unsigned long long *gmask);
/// The K.F:=V, K.F! and K! entries of fact_func.rets (clang_objints.c).
void clang_object_rets(struct fx *x, const struct clang_valops *ops, char *buf,
		       size_t size);
/// The J=~L:C/M and J.F:=V entries of argument @j, the address of local
/// struct @var of expansion @venv (clang_objints.c).
void clang_object_vals(struct fx *x, const struct clang_valops *ops, int j,
		       struct cdecl *var, struct cenv *venv, char *buf, size_t size);
/// The member access in branch condition @cond (of block @b, in @env at
/// @ev) of a local struct object that only the function's own constant
/// stores can have written yet, its one value into *@v; NULL if none
/// (clang_objints.c, sparse_localmember.c).
struct cn *clang_local_member(struct fx *x, const struct clang_valops *ops, struct cn *cond,
			      struct cenv *env, int b, int ev, long long *v);
/// The J.F==V entries of argument @j of call @call, a pointer to a
/// struct: the integer members stored through it right before the call,
/// and the pointer members of its struct NULL was stored in (J.F==#0),
/// through p for `&p->sub` (clang_objints.c, sparse_objints.c
/// sc_member_known()).
void clang_member_known(struct fx *x, const struct clang_valops *ops, struct cev *call,
			int j, char *buf, size_t size);
/// The integer parameter (from 0) of the function that @n is at event
/// @ev, through integer extensions and truncations, or -1 (clang_fields.c).
int clang_int_param(struct fx *x, struct cn *n, struct cenv *env, int ev);

/// @v as a value of @n's type: truncated to its width (sparse keeps
/// constants so), 0 if it has none (clang_fields.c).
long long clang_fx_width(struct fx *x, struct cn *n, long long v);

/// Bindings from the static initializer @init of variable @d.
void clang_bind_initializer(struct cunit *u, struct cdecl *d, struct cn *init);

/// Parses @file with clang arguments @args and fills @facts (whose path
/// the caller set; errors name the file by it).  @return: 0, or 2 after
/// a one-line error.
int clang_check_file(const char *file, const char *const *args, int nargs,
		     const struct rules *rules, struct fact_file *facts);

#endif
