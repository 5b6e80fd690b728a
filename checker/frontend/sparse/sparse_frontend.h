/*
 * sparse_frontend.h - the libsparse front end: turns a translation unit
 * parsed by sparse into a struct fact_file.
 */
#ifndef SLEEPCHECK_SPARSE_FRONTEND_H
#define SLEEPCHECK_SPARSE_FRONTEND_H

#include "lib.h"

#include "facts.h"
#include "analyze.h"
#include "flow.h"
#include "rules.h"

/* expression->op of the markers that sparse_inline.c adds */
#define SC_MARKER_OP 0x53430001

struct symbol;
struct entrypoint;

/* answers remembered by pointer (sparse_memo.c): open addressing */
struct sc_memo {
	struct {
		const void *key;
		union { int val; const void *ptr; };
	} *v;
	unsigned n, cap;
};

/// The answer remembered for @key: 1 and *@val, or 0.
int sc_memo_get(const struct sc_memo *m, const void *key, int *val);
/// Remembers @val for @key (not NULL).
void sc_memo_put(struct sc_memo *m, const void *key, int val);
/// The same with a pointer for an answer.
int sc_memo_getp(const struct sc_memo *m, const void *key, const void **ptr);
void sc_memo_putp(struct sc_memo *m, const void *key, const void *ptr);
/// Forgets every answer.
void sc_memo_clear(struct sc_memo *m);

/* call sites of one function: inline expansions and direct calls */
struct sc_site {
	unsigned line, col;
	struct ident *inl;	/* inline function expanded here, or NULL */
	struct ident *lockinl;	/* an inline expanded here, at any depth,
				 * that takes a lock sleeping on PREEMPT_RT
				 * (flow.h inline_sleeps_on_rt()), or NULL */
	int direct;		/* a direct call is at the same place too */
	char *via;		/* indirect call: "struct type.field" */
	char *objfield;		/* ... whose object was loaded from this field */
	char *objpath;		/* ... that field as "struct T.M.P" when its
				 * object is member M of a struct T */
	int objops;		/* ... a pointer to the struct declaring the
				 * called field itself */
};

/* a store of an object's address into a struct field, in one function */
struct sc_store {
	char *field;		/* "struct type.field" */
	struct symbol *obj;
	unsigned line, col;
};


/* what the front end knows about the file being checked */
struct sc_unit {
	const struct rules *rules;
	struct fact_file *facts;
	int stream;			/* sparse stream of the main file */
	int have_mask;			/* gfp_blocking_mask is valid */
	unsigned long long gfp_blocking_mask;
	unsigned char *noassert;	/* per assertion rule: says nothing in
					 * this file's configuration, or NULL */
	struct sc_site *sites;	/* of the function being collected */
	int nsites, sites_cap;
	struct sc_store *stores;	/* of the function being collected */
	int nstores, stores_cap;
	int asm_goto;			/* it has an asm goto statement, inline
					 * expansions included (sparse_inline.c) */
	unsigned gfp_params;		/* its gfp parameters, one bit each */
	struct pconst_table pconst;	/* sparse_params.c */
	struct ir_unit irs;		/* the functions analyzed at the end */
	/* gfp class returned by the functions of this file collected so far */
	struct sc_ret {
		struct symbol *fn;
		char cls;
	} *rets;
	int nrets, rets_cap;
	/* functions of this file that only take or drop a reference to
	 * their parameter or a member of it (sparse_refs.c) */
	struct sc_refwrap {
		const struct ident *name;	/* interned: one per name */
		int arg, put;	/* as in struct ref_rule */
		long off;	/* the object: argument ARG plus OFF bytes */
	} *refwraps;
	int nrefwraps, refwraps_cap;
};

struct expression;

/// Reads the calls of every function of @list (expanded, not yet
/// linearized) for constant arguments (sparse_params.c).
void sc_param_constants(struct sc_unit *unit, struct symbol_list *list);

/// Starts the body of @fn with `param = constant;` for each parameter
/// every call of the file passes the same constant, if @fn is static and
/// its address never taken (sparse_params.c).
void sc_param_assign(struct sc_unit *unit, struct symbol *fn);

/// Is @sym (a type or a symbol) of the rules' gfp type? (sparse_ir.c)
int sc_is_gfp_type(const struct rules *rules, struct symbol *sym);

/// The gfp class (facts.h) of value @p (sparse_ir.c).
char sc_gfp_class(struct sc_unit *unit, struct pseudo *p);

/// The gfp values in struct fields at @call in @fn (facts.h vals), or
/// NULL; the caller frees it (sparse_fields.c).
char *sc_field_vals(struct sc_unit *unit, struct symbol *fn,
		    struct entrypoint *ep, struct instruction *call);

/// J=&struct T.F into @entry (empty when not): argument @j, value @p of
/// a call in @fn whose parameter is of @param_type, is the address of
/// member F of struct T reached through a pointer (sparse_memaddr.c).
void sc_member_addr(struct symbol *fn, struct pseudo *p,
		    struct symbol *param_type, int j, char *entry, size_t size);

/// The member of struct @st at byte @off whose type is the struct @want,
/// searched through members that are structs, *@holder the named struct
/// that holds it; NULL if none (sparse_memaddr.c).
struct symbol *sc_member_at(struct symbol *st, long off, struct symbol *want,
			    struct symbol **holder, int depth);

/// Is parameter @k (from 0) of function @fn of an integer type?
/// (sparse_fields.c)
int sc_param_is_integer(struct symbol *fn, int k);

/// The parameter (from 0) whose being zero or NULL makes @p zero (`k ?
/// x : 0`, inline nlmsg_report(nlh)), or with *@nonzero set whose being
/// non-zero does (`k ? 0 : x`); -1 if none (sparse_zero.c).
int sc_zero_with_param(struct pseudo *p, int *nonzero);

/// The integer parameter (from 0) that a two-way branch @br of @ep on
/// @base (taken where it is non-zero when @sense, else where zero)
/// decides on its non-zero edge: @base is zero wherever the parameter is
/// non-zero (*@nonzero set) or zero, its phi sources set after that edge
/// left out; -1 if none (sparse_zeroedge.c).
int sc_zero_edge(struct entrypoint *ep, struct instruction *br, struct pseudo *base,
		 int sense, int *nonzero);

struct ir_func;
struct instruction;

/// The IRF_SIB formula of `@x == @v` when @x is an integer member loaded
/// through a pointer in function @fn, V from 0 to 2^31; -1 otherwise
/// (sparse_sibling.c).
int sc_sib_atom(struct ir_func *ir, struct symbol *fn, struct pseudo *x, long long v);

/// The key (ir_event.sibptr) of the pointer value whose member @via
/// ("struct T.F") indirect call @call loads its function from, or NULL.
const void *sc_sib_call(struct ir_func *ir, struct symbol *fn, struct instruction *call,
			const char *via);

/// The parameter (from 0) of @fn whose pointee's own member @via ("struct
/// T.F", T the struct the parameter points to) indirect call @call loads
/// its function from (`ops->do_action(s)`), or -1 (sparse_sibling.c).
int sc_param_call(struct symbol *fn, struct instruction *call, const char *via);

/// The argument (from 0) of indirect call @call through `r->ops->f` that
/// is r itself, the object whose member the ops struct was loaded from,
/// with nothing that may store run between that load and the call
/// (facts.h fact_ptr_source_receiver()); -1 when none is.
int sc_receiver_arg(struct instruction *call);

/// @v as integer member @member holds it: truncated to its width,
/// sign-extended if it is signed, 0 or 1 for a bool.
long long sc_member_value(struct symbol *member, long long v);

/// Is block @b reachable from the entry of @ep without passing @s?  (If
/// not, @s dominates @b.)  sparse_dom.c.
int sc_reach_around(struct entrypoint *ep, struct basic_block *s,
		    struct basic_block *b);
/// Is @b reachable from the entry without the edge @d -> @t (@d NULL:
/// without passing @t)?  1 yes, 0 no, -1 the walk was too long to say.
int sc_reach_without(struct entrypoint *ep, struct basic_block *d,
		     struct basic_block *t, struct basic_block *b);

/// Does instruction @a run before @b on every path to @b? (sparse_dom.c)
int sc_dominates(struct entrypoint *ep, struct instruction *a, struct instruction *b);

/// Is argument @j of @put, a call of a `ref-put` rule's function, the
/// object a `ref-get` call took a reference to before it on every path,
/// with no other put of it in between, or one that another put of it
/// follows on every path from @put? (sparse_refs.c)
int sc_ref_paired(struct sc_unit *unit, struct entrypoint *ep,
		  struct instruction *put, int j);

/// Finds the functions of @list (evaluated, not yet expanded) whose body
/// is one call of a `ref-get` or `ref-put` function, or of such a
/// function found before, on a parameter or the address of a member of
/// what it points to (`hub_put(hub)`: `kref_put(&hub->kref, ...)`), into
/// unit->refwraps (sparse_refs.c).
void sc_ref_wrappers(struct sc_unit *unit, struct symbol_list *list);

/// @p with the extensions and copies that keep its value taken off
/// (OP_ZEXT, OP_SEXT, OP_COPY; OP_TRUNC too when @trunc), at most
/// LIM_WALK of them (sparse_types.c).
struct pseudo *sc_strip_ext(struct pseudo *p, int trunc);

/// The value test @p is on, without `!= 0` / `== 0` and widenings, and
/// without truncations unless @how has SC_KEEP_TRUNC (the bits a load
/// key tests), through pointer-to-integer casts with SC_THROUGH_PTRTU;
/// *@sense 0 where @p is true when that value is zero (sparse_types.c).
#define SC_KEEP_TRUNC		1u
#define SC_THROUGH_PTRTU	2u
struct pseudo *sc_test_base(struct pseudo *p, int *sense, unsigned how);

/// The number (from 1) of @fn's parameter @sym, or 0.
int sc_param_index(struct symbol *fn, struct symbol *sym);

/// The function named by a value (f, &f, casts, through typeof()), or NULL.
struct symbol *sc_function_value(struct expression *e);

/// The type of parameter @k (from 0) of function @fn, or NULL.
struct symbol *sc_param_type(struct symbol *fn, int k);

/// The name of @ident, as show_ident() gives it: one of four buffers
/// used in turn (sparse_types.c).
const char *sc_ident(const struct ident *ident);

/// The arguments of a "%.*s" that prints @ident as show_ident() does,
/// without its sprintf() into a buffer of its own.
#define SC_IDENT_ARGS(ident) \
	(ident) ? (int)(ident)->len : 9, (ident) ? (ident)->name : "<noident>"

/// Appends @n bytes of @s to @buf (@size bytes, more than 0) at *@len,
/// as snprintf() would: *@len counts every byte, the text is cut at
/// @size - 1 and always terminated (sparse_types.c).
void sc_cat(char *buf, size_t size, size_t *len, const char *s, size_t n);

/// rules_lookup() and rules_contract() of @ident's name, asked once per
/// identifier (the rules do not change while a file is checked;
/// sparse_types.c).
const struct rule *sc_rule_of(const struct rules *rules, const struct ident *ident);
const struct contract *sc_contract_of(const struct rules *rules,
				      const struct ident *ident);

/// sc_cat() of @v as "%lld", of @v as "%llx" ("%#llx" with @alt: "0",
/// or "0x" and the digits), of @p as glibc's "%p" ("0x" and the digits,
/// or "(nil)"): the keys and entries made at every instruction.
/// @t without its SYM_NODE wrappers (a declaration's, a typedef's): the
/// type itself, or NULL.
struct symbol *sc_strip_node(struct symbol *t);
/// @e without its casts and parentheses.
struct expression *sc_strip_casts(struct expression *e);
void sc_cat_ll(char *buf, size_t size, size_t *len, long long v);
void sc_cat_hex(char *buf, size_t size, size_t *len, unsigned long long v, int alt);
void sc_cat_ptr(char *buf, size_t size, size_t *len, const void *p);

/// Is @ident the name @name (no copy, no formatting)?
int sc_ident_is(const struct ident *ident, const char *name);

/// Is @t (a type, through typedefs) an integer type?  A pointer type?
int sc_is_integer(struct symbol *t);
int sc_is_pointer(struct symbol *t);

/// Does parameter @k (from 0) of @fn point to an integer?
int sc_param_points_to_integer(struct symbol *fn, int k);

/// The returns of @fn, when it returns a pointer to other than a struct,
/// into @ir (ir_pointer_return(): the calls each may be the result of;
/// the analysis writes the rets %^L:C of those on some path)
/// (sparse_fields.c).
void sc_pointer_rets(struct symbol *fn, struct entrypoint *ep, struct ir_func *ir);

/// The gfp fields of the object @fn returns (facts.h fact_func.rets),
/// or NULL; the caller frees it (sparse_fields.c).  @ir: @fn lowered,
/// its branches made.
char *sc_field_rets(struct sc_unit *unit, struct symbol *fn,
		    struct entrypoint *ep, const struct ir_func *ir);

/// J=@G into @entry: argument @j, value @p, is the pointer held in a
/// global pointer variable G (sparse_globals.c); 0 if not.
int sc_global_read(struct pseudo *p, int j, char *entry, size_t size);

/// The @G=... entries of fact_func.rets for the stores of @ep into global
/// pointers, through @add into @buf (sparse_globals.c).
void sc_global_stores(struct entrypoint *ep,
		      void (*add)(char *, size_t, const char *), char *buf, size_t size);

/// The *K.F=C entries of fact_func.rets of @fn (sparse_globals.c).
void sc_out_fields(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		   void (*add)(char *, size_t, const char *), char *buf, size_t size);

/// Writes an integer value (sparse_fields.c integer_value()): "J" @star
/// "=V" for value @p, through the list adder of its file.
typedef void sc_intval_fn(struct sc_unit *unit, struct symbol *fn,
			  struct pseudo *p, int j, const char *star, char *buf,
			  size_t size);
typedef void sc_add_fn(char *buf, size_t size, const char *entry);
/// The value fact_addr_value() gives the address @v is, of a file-scope
/// object (a static one of the unit's), or 0 when @v is no such address
/// (sparse_objints.c).
unsigned long long sc_global_addr(struct sc_unit *unit, struct pseudo *v);
/// `@x == @g` where @x reads pointer member @field of what a struct
/// pointer parameter points to, no store of the member through it
/// reaching the read, and @g the address of a global object (its value
/// into *@value): the parameter (from 0), or -1 (sparse_objints.c).
int sc_addr_atom(struct sc_unit *unit, struct entrypoint *ep, struct symbol *fn,
		 struct pseudo *x, struct pseudo *g, char *field, size_t size,
		 unsigned long long *value);
/// The integer parameter (from 0) whose integer member @field (of
/// @size bytes) value @x reads as the function found it on entry, or -1
/// (sparse_objints.c).
int sc_member_atom(struct entrypoint *ep, struct symbol *fn, struct pseudo *x,
		   char *field, size_t size);
/// The struct pointer parameter (from 0) whose pointer member @field
/// (declared directly in its struct, not a function pointer) value @x
/// reads as the function found it on entry, or -1 (sparse_objints.c).
int sc_member_ptr_atom(struct symbol *fn, struct pseudo *x, char *field, size_t size);
/// The struct pointer parameter (from 0) whose integer member @field
/// has bits *@gmask set exactly when @x, read from the member of what
/// its pointer member points to, has a bit of @mask set, as a
/// member-bits rule of @rules says (`test_bit(QUEUE_FLAG_HAS_SRCU,
/// &hctx->queue->queue_flags)`), or -1 (sparse_objints.c).
int sc_chain_atom(const struct rules *rules, struct symbol *fn, struct pseudo *x,
		  unsigned long long mask, char *field, size_t size,
		  unsigned long long *gmask);
/// The K.F:=V, K.F! and K! entries of fact_func.rets of @fn: what it
/// leaves in members of what its pointer parameters point to, and what
/// it may store there, K.F!^&&V where only if F was not &&V (@ir: @fn
/// lowered, unless.h) (sparse_objints.c).
void sc_object_rets(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		    const struct ir_func *ir, sc_intval_fn *intval, sc_add_fn *add,
		    char *buf, size_t size);
/// The J=~L:C/M and J.F:=V entries of a call passing @arg, the address
/// of a local struct or of a function's static one (J=~L:C/M^ at its
/// first call), as argument @j (sparse_objints.c).
void sc_object_vals(struct sc_unit *unit, struct symbol *fn, struct entrypoint *ep,
		    struct pseudo *arg, int j, sc_intval_fn *intval, sc_add_fn *add,
		    char *buf, size_t size);
/// The J.F==V entries of call @call passing pointer @arg (to a struct of
/// @type, a pointer type) as argument @j: the integer members the
/// function stored through it right before the call, and the pointer
/// members of its struct it stored NULL in (J.F==#0), with no call, asm
/// or integer store through another pointer in between; for @arg the
/// address of a member of what a pointer points to (`&p->sub`), the
/// stores through p into sub's bytes (sparse_objints.c).
void sc_member_known(struct sc_unit *unit, struct symbol *fn, struct instruction *call,
		     struct pseudo *arg, struct symbol *type, int j,
		     sc_intval_fn *intval, sc_add_fn *add, char *buf, size_t size);
/// The value of branch condition @cond into *@v when it reads a member
/// of a local struct object that only the function's own constant
/// stores can have written yet (sparse_localmember.c): 1, else 0.
int sc_local_member_cond(struct pseudo *cond, long long *v);
/// Called by sc_member_holds() for each integer member @path of what the
/// call's argument @j (from 0) points to that holds the value @v there.
typedef void sc_holds_fn(void *ctx, int j, const char *path, struct pseudo *v);
/// The integer members of the structs @call's pointer arguments point to
/// that hold, at the call, the value a store through the same pointer
/// value put there: the store dominates the call, and no path from it to
/// the call has a call, an asm with operands, a store through that
/// pointer overlapping the member or an integer store through another
/// pointer (sparse_objints.c).
void sc_member_holds(struct entrypoint *ep, struct instruction *call,
		     sc_holds_fn *found, void *ctx);
/// "struct type.field" of an evaluated member access, or NULL; the
/// caller frees it (sparse_pointers.c).
char *sc_member_access(struct expression *e);
/// "struct S.M" of an evaluated access of member M declared directly in
/// tagged struct S (not inside an anonymous struct or union of it), as a
/// binding's object names it, or NULL; the caller frees it.
char *sc_member_direct(struct expression *e);

/// The pointer member at byte @offset of struct @st, through struct
/// members but no union: "struct T.P" named by the innermost named struct
/// holding it, or NULL; malloc'ed (sparse_pointers.c).
char *sc_ptr_field_at(struct symbol *st, long offset);
/// "struct T.P" of `&p->P` for a pointer member P, or NULL; malloc'ed.
char *sc_ptr_member_address(struct expression *e);
/// "struct T.M" of `&p->M` for a struct member M (named by the struct
/// directly around it, as J=&struct T.F: sc_member_at()), or NULL;
/// malloc'ed (sparse_ptrfields.c).
char *sc_struct_member_address(struct expression *e);
/// The struct an address points into (a struct pointer, or a struct
/// variable or member sparse made a byte pointer), or NULL.
struct symbol *sc_address_struct(struct expression *a);
/// Does a pointer of type @t point to a struct with a gfp_t member of
/// its own (sparse_fields.c)?
int sc_gfp_pointee(struct sc_unit *unit, struct symbol *t);
/// The struct that address @addr, @offset bytes on (*@offset grows by
/// the constants added on the way), points into: a parameter's, a
/// variable's, a load's, a call's or a cast's struct; NULL if none
/// (sparse_memaddr.c).
struct symbol *sc_load_base(struct symbol *fn, struct pseudo *addr, long *offset);
/// The struct a pointer of type @t points to, or NULL (sparse_memaddr.c).
struct symbol *sc_pointee_struct(struct symbol *t);
/// The pointer field a load at byte @offset from @addr reads ("struct
/// T.P", malloc'ed), or NULL (as sc_loaded_field(); sparse_ptrfields.c).
char *sc_loaded_ptr_field(struct symbol *fn, struct pseudo *addr, long offset);

/// "struct T.M.F" of a store target `*(base + offset)` whose base is a
/// pointer to (or a variable of) struct T and whose member F sits
/// directly in T's struct member M (`g->tree.flags`; through an inline
/// function's pointer parameter when @arg_init gives its argument), or
/// NULL; malloc'ed (sparse_pointers.c).
char *sc_member_path(struct expression *e, struct expression *(*arg_init)(struct symbol *));

/// "struct T.f" of `&p->f` (sparse's evaluated `p + offset` typed as a
/// pointer to member f), or NULL; malloc'ed.
char *sc_member_address(struct expression *e);

/// "struct T.f" of member @member of struct (or union) @st, named by the
/// innermost named struct that holds it; malloc'ed.
char *sc_member_name(struct symbol *st, struct symbol *member);

/// The integer field a load at byte @offset, @size bits wide, from
/// address @addr reads ("struct T.F", malloc'ed), or NULL: the base's
/// struct from its type (a parameter's, a variable's, a load's, a call's
/// or a cast's), no union on the way, no bitfield (sparse_fstores.c).
char *sc_loaded_field(struct symbol *fn, struct pseudo *addr, long offset, int size);

/// Is member (or type) @m of an integer type, enums and __bitwise types
/// such as gfp_t included, no bitfield?
int sc_int_member(struct symbol *m);

/// Is the struct of @field ("struct T.F") declared with tag T (not an
/// untagged struct sparse names by its typedef)?
int sc_tagged(const char *field);

/// The integer member (no bitfield), @size bits wide, at byte @offset of
/// struct @st, through struct members but no union: "struct T.F" named
/// by the innermost named struct holding it (malloc'ed), or NULL.
char *sc_field_at(struct symbol *st, long offset, int size);

/// Records "struct T" "*copy": an assignment of type struct T copies
/// one T into another (fieldsets.c: a plain T's values may then be in a
/// T inside another struct; sparse_wholesale.c); "*copy:struct S.M" when
/// its destination is member M of a struct S (@dest, sc_member_direct()).
void sc_whole_copy(struct sc_unit *unit, struct symbol *type, const char *dest);

/// Records the gfp bits that allow blocking in this file's configuration
/// as fact_fstore "gfp-blocking" "|BITS", for the gfp fields the solver
/// decides from the stores (fieldsets.c; sparse_fstores.c).
void sc_gfp_blocking_fact(struct sc_unit *unit);

/// "[G:K]$struct T.F", "[G:#I]$struct T.F" or "^L:C$struct T.F" into
/// @buf: what integer load @load reads, a member of an element of a
/// global table or of what a call returned; 0 when neither
/// (sparse_tables.c).
int sc_table_load(struct symbol *fn, struct instruction *load, char *buf, size_t size);

/// "&[G:K]" (or "&[G:#I]") into @buf when @p is the address of an
/// element of a global table; 0 when not.
int sc_table_addr(struct pseudo *p, char *buf, size_t size);

/// The constant initializer value @e folds to (its operators and casts
/// folded as the stores' are, sparse_fstores.c): 1 and *@v, or 0.
int sc_fold(struct expression *e, long long *v);

/// The records of the initializers of the global tables of @list that
/// @file defines (fact_fstore "table G"; sparse_tables.c).
void sc_tables_globals(struct sc_unit *unit, struct symbol_list *list, const char *file);

/// Records the stores function @fn's body (expanded) makes into integer
/// struct fields in the file's facts (fact_fstore; sparse_fstores.c).
void sc_fstores_body(struct sc_unit *unit, struct symbol *fn);

/// The same for the initializers of the variables of @list that @file
/// defines (evaluated).
void sc_fstores_globals(struct sc_unit *unit, struct symbol_list *list,
			const char *file);

/// Where a converted value goes: @kind "arg", "field", "var", "mptr"
/// (container_of()'s, not recorded), or NULL (as a NULL sc_dest); for
/// "arg", argument @n (from 1) of @args, those of a call of @fn (NULL:
/// through a pointer), whose text "arg:NAME:N:zM[:sK]" @text makes
/// only when a conversion is recorded (sparse_fstores.c's).
struct sc_dest {
	const char *kind;
	struct ident *fn;
	int n;
	struct expression_list *args;
	void (*text)(const struct sc_dest *d, char *buf, size_t size);
};

/// Records the conversion @e (a cast, explicit or implied) in function
/// @fn (NULL: an initializer) when one side is a pointer to a tagged
/// struct: "*WHY" fstores of the struct (sparse_wholesale.c); @dest says
/// where the value goes (NULL: nowhere known).  Returns 1 when a side is
/// a pointer to a struct (else @dest is its operand's).
int sc_whole_convert(struct sc_unit *unit, struct symbol *fn, struct expression *e,
		     const struct sc_dest *dest);

/// The struct of @field ("struct T.F"), tested: *uapi, *fw, *packed,
/// *endian when its definition says so.
void sc_whole_field(struct sc_unit *unit, const char *field);
void sc_whole_type(struct sc_unit *unit, struct symbol *st);
/// A new file's facts: every struct is to be tested again.
void sc_whole_begin(void);

/* marks the conversions of a pointer's round trip through an asm in block
 * @s, which sc_whole_convert() does not record (sparse_wholesale.c) */
void sc_whole_roundtrip(struct statement *s);
/* code that never runs begins (1) or ends (-1): sc_whole_convert()
 * records nothing there */
void sc_whole_dead(int delta);

/// Is @e a member's value (`p->f`), a variable's (sparse_wholesale.c)?
int sc_whole_member(struct expression *e);
int sc_whole_var(struct expression *e);

/// @sym used: *extern for an extern array of a struct, of no size.
void sc_whole_symbol(struct sc_unit *unit, struct symbol *sym);

/// The tagged struct ("struct T" into @name) that @e, under all its
/// casts, points to: 1, or 0.
int sc_whole_struct_ptr(struct expression *e, char *name, size_t size);

/// The number (from 1) of @fn's parameter that conversion @e converts to
/// a pointer to a tagged struct of another type, or 0.
int sc_whole_kept(struct symbol *fn, struct expression *e);

/// Records that every use of parameter @n (from 1) of function @fn
/// converts it to a struct pointer: "*keep:N" (":s" when static) of
/// "fn NAME" (sparse_wholesale.c).
void sc_whole_keep(struct sc_unit *unit, struct symbol *fn, int n);

/// Records "*WHY" @what of tagged struct @st, and "*in:" of the named
/// structs it holds by value (sparse_wholesale.c).
void sc_whole_taint(struct sc_unit *unit, struct symbol *st, const char *what);

/// Function-pointer members of tagged structs (sparse_fnptrs.c): is
/// member (or type) @m a pointer to a function?
int sc_fn_member(struct symbol *m);
/// A new file: forget what types hold.
void sc_fn_begin(void);
/// Initializer list @init (evaluated): "^" records of its struct's
/// function-pointer members, "*bare" of structs it leaves out.
void sc_fn_list(struct sc_unit *unit, struct expression *init);
/// "^copy" records for value @v of an initializer (a list's entry, a
/// local's initializer) when it copies a struct holding a function
/// pointer (sparse_fnptrs.c).
void sc_fn_copy(struct sc_unit *unit, struct expression *v);
/// Variable @sym defined (@local: in a function): "*bare" of the structs
/// it makes without a list of their own.
void sc_fn_var(struct sc_unit *unit, struct symbol *sym, int local);
/// The same for a static variable a header defines, and its lists.
void sc_fn_header_var(struct sc_unit *unit, struct symbol *sym);
/// An assignment of @rhs (NULL: not `=`) to @lhs: its "^" record if
/// @lhs is a function-pointer member.
void sc_fn_store(struct sc_unit *unit, struct expression *lhs, struct expression *rhs);
/// `&p->f` of a function-pointer member: "^?", and 1; else 0.
int sc_fn_escape(struct sc_unit *unit, struct expression *e);
/// Does a pointer of type @t point to a tagged struct that declares a
/// function-pointer member directly (the struct of a call's via)?
int sc_fn_pointee(struct symbol *t);
/// "=&NAME" (":s" after it for a static) into @buf when @e is the address
/// of a struct variable defined at file scope, for the stores of a
/// pointer to such a struct (sparse_fstores.c); else 0.
int sc_object_value(struct expression *e, char *buf, size_t size);
/// The function-pointer member a load at byte @offset from @addr reads,
/// declared directly in a tagged struct: "struct T.F" (malloc'ed), or
/// NULL.
char *sc_fn_field(struct symbol *fn, struct pseudo *addr, long offset);

/// Field names made from now on record where their structs are defined
/// in @facts (NULL: nowhere).
void sc_pointers_begin(struct fact_file *facts);

/// The struct or array variable whose address a value is, or NULL.
struct symbol *sc_object_address(struct expression *e);

/// The sibling values (fact_binding.sibs) of the bindings
/// sc_bind_initializers() made, once the file is evaluated.
void sc_bind_sibs(struct sc_unit *unit);

/// Bindings from the static initializers of the file's symbols; call
/// before evaluation, while designators carry field names.
void sc_bind_initializers(struct sc_unit *unit, struct symbol_list *list,
			  const char *file);

/// A binding from an evaluated assignment `x->field = value`, where the
/// caller knows value is function @fn (NULL: no binding), made in the body
/// of inline function @binder (NULL: written in the function).
void sc_bind_function(struct sc_unit *unit, struct expression *assign,
		      struct symbol *fn, const char *binder);

/// Bindings through a pointer an allocator's value is kept in
/// (sparse_freshbind.c): sparse_inline.c's walk of a body reports each
/// assignment to a variable (@sym, or the one @lhs names; @plain: a `=`
/// whose value @rhs is) and each binding with no member object made in the
/// function's own code (its index and lvalue); sc_fresh_finish() marks
/// the fresh ones when the walk of @fn ends.
void sc_fresh_reset(void);
void sc_fresh_assign(const struct rules *rules, struct symbol *sym,
		     struct expression *lhs, struct expression *rhs, int plain);
void sc_fresh_bind(int bind, struct expression *lhs);
void sc_fresh_finish(struct sc_unit *unit, struct symbol *fn);

/// Gives each asm goto statement of @fn edges to its labels
/// (sparse_asmgoto.c); call after expansion, before linearizing.
void sc_asm_goto_edges(struct symbol *fn);

/// Rewrites positions inside inline expansions of @fn (sparse_inline.c).
void sc_prepare_body(struct sc_unit *unit, struct symbol *fn);

/// Records @fn and its calls, with atomic state and gfp classes, from
/// its linearized form @ep: lowers it to the IR and runs the analysis on
/// it (sparse_ir.c).  Without @facts (a static function defined in a
/// header) only what it leaves released counts, at the file's calls.
void sc_collect_function(struct sc_unit *unit, struct symbol *fn,
			 struct entrypoint *ep, int facts);

struct ir_func;
struct instruction;

/// Appends to @ir the acquires and releases that the lock annotations
/// (__acquires, __releases) of the function @insn calls directly imply
/// after the call (sparse_context.c); returns how many.
int sc_call_contexts(struct ir_func *ir, struct instruction *insn);

/// The key of pointer value @p (ir_event.base, ir_vdef.val), through
/// copies, pointer casts and constant offsets (`&p->lock` is p's), made
/// in block *@made (-1: a parameter) when @made is not NULL; NULL for a
/// value that is neither an instruction's nor a parameter.
const void *sc_value_key(struct ir_func *ir, pseudo_t p, int *made);

/// Is pointer value @p, through copies, pointer casts and constant
/// offsets, the address of a variable (`&contig_page_data.__lruvec`,
/// which libsparse folds out of folio_lruvec() where there is one node
/// and no memory cgroup)?  Never NULL then (ir_vdef.konst 1).
int sc_object_addr(pseudo_t p);

/* sparse_slots.c */
/// A branch's value @p (tested in block @test) loaded from a member of a local struct whose
/// address only its own loads and stores use: the stores into the member
/// that reach the load, as definitions (ir_cond.var) into @d (at most
/// @max), and the member's key in *@var.  Returns their number, 0 when
/// not known (fewer than two).  @mask 0: a pointer member; else an
/// integer local (or member) whose bits @mask the branch tests (`seq &
/// 1`), each constant stored the value of those bits.
int sc_slot_defs(struct ir_func *ir, pseudo_t p, struct basic_block *test,
		 struct ir_vdef *d, int max, const void **var, unsigned long long mask);

/// The key of the tests of the local whose address @p is, when it is a
/// whole local integer whose address only its own loads and stores and
/// direct calls' arguments use, one call at least (ir_event.vkey); else
/// NULL.
const void *sc_call_slot_key(struct ir_func *ir, pseudo_t p);

/// A branch's value @p (tested in block @test) loaded from such a local:
/// its stores, and the calls given its address (each a value not known),
/// that reach the load, as definitions into @d and their instructions
/// into @sts (at most @max), its key (sc_call_slot_key()) in *@var.
/// Returns their number, 0 when not known (fewer than two).
int sc_call_slot_defs(struct ir_func *ir, pseudo_t p, struct basic_block *test,
		      struct ir_vdef *d, struct instruction **sts, int max,
		      const void **var);

/// The function's own __must_hold(lock) annotations (context(x, 1, 1)):
/// asserted acquires at its entry, block @block, of the lock's kind.
/// @return: how many (sparse_context.c).
int sc_must_hold(struct ir_func *ir, struct symbol *fn, int block);

/// Strong definitions of the assertion macros of @rules as calls of
/// marker functions, added to sparse's pre-buffer before any file is
/// read (sparse_assert.c).
void sc_assert_predefine(const struct rules *rules);

/// The strong definition of the kernel's __cleanup(func) that keeps the
/// function (sparse_cleanup.c), added to sparse's pre-buffer.
void sc_cleanup_predefine(void);

/// @argv (@argc words) with the definition of the attribute itself
/// added after argv[0]: a -D, which sparse reads after it knows its
/// keywords (the pre-buffer is read before, and a keyword there is
/// lost).
char **sc_cleanup_argv(int argc, char **argv);

/// Gives the parsed bodies of @list, and of the inline functions the
/// file defines, the calls of their variables' cleanup functions where
/// their scopes end (sparse_cleanup.c); before evaluation.
void sc_cleanup_rewrite(struct symbol_list *list);

/// In @inlined, the expansion of a cleanup function whose body is one
/// `if` without `else`, the `if` is taken (cleanup.h's guards test the
/// lock they hold).
void sc_cleanup_fold(struct statement *inlined);

/// A call of a marker function (sc_assert_predefine()) named @name:
/// adds the asserted acquire it implies to @ir (none for a rule
/// @noassert marks), and returns 1 (it is no call fact); 0 for any
/// other call.
int sc_assert_insn(struct ir_func *ir, const struct rules *rules,
		   const unsigned char *noassert, struct instruction *insn,
		   const char *name);

/// The formula of what the value of @call, a marker of a test with
/// ctx-test rules (kernel-context.rules), says: IRF_CTX where the test
/// says "not atomic" (the kinds of this file's configuration,
/// @noassert); -1 for any other call.
int sc_test_formula(struct ir_func *ir, const struct rules *rules,
		    const unsigned char *noassert, struct instruction *call);
/// The condition `!!(c)` a warning's marker call @call is given, which
/// is its value (WARN_ON() returns it), or NULL when @call is no
/// warning's marker (sparse_assert.c).
struct pseudo *sc_warn_cond(struct instruction *call);

/// The side of a branch on @cond (1 its true edge, 0 its false one) where
/// a warning's marker fires (`if (WARN_ON(x))`, `if (!WARN_ON(x))`), or
/// -1 when @cond is no warning's value.
int sc_warn_side(pseudo_t cond);

/// The kinds of a lock that type @ptr_type (a pointer to it) points to,
/// from the lock-type rules (0: not an atomic lock); *@raw set when the
/// rule says raw.
int sc_lock_type_kinds(const struct rules *rules, struct symbol *ptr_type, int *raw);

#endif
