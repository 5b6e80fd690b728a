/*
 * clang_ast.h - the libclang front end's own tree of a translation unit.
 *
 * clang_ast.c turns libclang cursors into these nodes once, so that the
 * lowering (clang_lower.c) and the facts (clang_ir.c) work on plain C
 * structures: statements and expressions with their operator, position,
 * and the declaration they refer to.  Only the files that read cursors
 * themselves (clang_ast.c, clang_context.c, clang_assert.c,
 * clang_loads.c) include clang-c headers; the searches
 * they share are in clang_cursor.h.
 */
#ifndef SLEEPCHECK_CLANG_AST_H
#define SLEEPCHECK_CLANG_AST_H

#include "facts.h"
#include "rules.h"

enum cn_kind {
	CN_OTHER,	/* evaluate the children in order */
	CN_COMPOUND, CN_IF, CN_WHILE, CN_DO, CN_FOR, CN_SWITCH, CN_CASE,
	CN_DEFAULT, CN_BREAK, CN_CONTINUE, CN_RETURN, CN_GOTO, CN_LABEL,
	CN_DECL,	/* a local variable; kids[0] its initializer, if any */
	CN_CALL,	/* kids[0] the callee, then the arguments */
	CN_REF,		/* a declared name */
	CN_MEMBER,	/* kids[0] the base; field "struct T.f" */
	CN_BINOP, CN_ASSIGN, CN_UNOP,
	CN_COND,	/* c ? a : b; two kids: GNU c ?: b */
	CN_CAST,	/* parentheses, casts: kids[0] */
	CN_INITLIST,
	CN_DESIG,	/* .a.b = value: fields[] then kids[0]; decl the
			 * last designator's field, fdecls[0] the first's */
	CN_STMTEXPR,	/* ({ ... }): kids[0] the compound */
	CN_NOEVAL,	/* sizeof and the like: nothing runs */
	CN_ASM,		/* an asm statement (asm goto: which labels, libclang
			 * does not say) */
	CN_ADDRLABEL,	/* &&label: name */
};

enum cn_op {
	OP_NONE, OP_ASSIGN_PLAIN, OP_BOR, OP_BAND, OP_LOR, OP_LAND, OP_EQ,
	OP_NE, OP_LT, OP_GT, OP_LE, OP_GE, OP_LNOT, OP_BNOT, OP_ADDR,
	OP_DEREF, OP_NEG, OP_INC, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
	OP_SHL, OP_SHR, OP_XOR, OP_OTHER,
	OP_ADD_ASSIGN,	/* += and -= (CN_ASSIGN) */
};

enum cd_kind { CD_OTHER, CD_FUNC, CD_VAR, CD_PARAM, CD_FIELD, CD_ENUM };

struct cn;

/* a declaration a node refers to; one per declared entity in the unit */
struct cdecl {
	char *name;
	enum cd_kind kind;
	int is_static;
	int is_global;		/* CD_VAR at file scope */
	int is_object;		/* CD_VAR of struct, union or array type */
	int static_init;	/* CD_VAR static in a function, with an
				 * initializer (not in the tree: it does
				 * not run there) */
	int is_inline;		/* CD_FUNC declared inline */
	int is_noreturn;	/* CD_FUNC of a noreturn type: a call to it
				 * ends its block, as in sparse */
	int is_cleanup;		/* CD_FUNC named in a variable's cleanup
				 * attribute: the `if` at the top of its
				 * expansions is taken (clang_lower.c) */
	int param;		/* CD_PARAM: its number from 0 */
	int line, col;
	struct cn *body;	/* CD_FUNC: converted on first use */
	int body_state;		/* 0 not tried, 1 converted, 2 none */
	void *cursor;		/* private to clang_ast.c */
	struct cdecl *hash_next;
	unsigned hash;
};

struct cn {
	enum cn_kind kind;
	enum cn_op op;
	int line, col;		/* expansion position */
	struct cdecl *decl;	/* REF, DECL, MEMBER (the field) */
	char *name;		/* LABEL, GOTO: label; MEMBER: "struct T.f";
				 * DESIG: "struct T.f" of the last designator;
				 * INITLIST of a record: "struct T" */
	char **fields;		/* INITLIST of a record: its field names in
				 * order, NULL-terminated */
	struct cdecl **fdecls;	/* ... and their declarations; DESIG: the
				 * first designator's field, then NULL */
	struct cn **kids;
	int nkids;
	unsigned char *arg_gfp;	/* CALL: 1 for each gfp_t argument */
	int scope;		/* COMPOUND: a block, {...} (not the
				 * declarations of one statement) */
	struct cn *cleanup;	/* DECL of a variable with a cleanup
				 * attribute: the call fn(&var) its scope's
				 * end makes (clang_lower.c) */
	int warn;		/* CALL: the marker a warning macro
				 * (assert-warn) became: its value is
				 * non-zero when the warning fires */
	struct cn *lock;	/* CALL: the marker an assert-held became:
				 * its lock's expression, not an argument
				 * (nothing of it runs), read for the
				 * pointer it is made from (clang_ir.c) */
	int roundtrip;		/* CAST: one of a pointer's round trip
				 * through an asm (clang_wholesale.c) */
	int val_state;		/* 0 not evaluated, 1 constant, 2 not */
	long long val;
	void *cursor;		/* private to clang_ast.c */
};

struct ctu;

/// Parses @file with compiler @args (clang's own, after filtering) into a
/// unit; prints "display:line:col: error: ..." (its first error, the
/// file named @display) and returns NULL if clang finds an error.
/// @probe is appended C text whose variable __sleepcheck_gfp_probe
/// clang_tu_probe() evaluates.
struct ctu *clang_tu_parse(const char *file, const char *display,
			   const char *const *args, int nargs,
			   const struct rules *rules, const char *probe);
void clang_tu_free(struct ctu *t);

/// Field names made from now on record in @facts where their structs
/// are defined.
struct fact_file;
void clang_tu_record_tags(struct ctu *t, struct fact_file *facts);

/// The gfp blocking mask evaluated in the unit: 1 and *mask, or 0; and
/// in *@noassert the assertion rules the probe (rules_assert_probe())
/// says nothing of in this file's configuration, one flag per rule, or
/// NULL for none.  One walk of the unit's declarations.
int clang_tu_probe(struct ctu *t, const struct rules *rules,
		   unsigned long long *mask, unsigned char **noassert);

/// Calls @fn for each function defined in the main file, in order, and
/// @var for each file-scope variable there, with its initializer (NULL
/// if none).
void clang_tu_walk(struct ctu *t, void (*fn)(void *arg, struct cdecl *d),
		   void (*var)(void *arg, struct cdecl *d, struct cn *init,
			       const char *record), void *arg);

/// Calls @fn for each static function defined, not inline, outside the
/// main file (in a header it includes), in order.
void clang_tu_walk_headers(struct ctu *t, void (*fn)(void *arg, struct cdecl *d),
			   void *arg);

/// Calls @var for each static variable defined outside the main file,
/// with its initializer (NULL if none).
void clang_tu_walk_header_vars(struct ctu *t,
			       void (*var)(void *arg, struct cdecl *d, struct cn *init,
					   const char *record), void *arg);

/// The body of function @d, converted (NULL if the unit has none).
struct cn *clang_body(struct ctu *t, struct cdecl *d);

/// The operator of a BINOP, ASSIGN or UNOP node (read on first use).
enum cn_op clang_op(struct ctu *t, struct cn *n);

/// Evaluates @n as an integer constant expression: 1 and *v, or 0.
int clang_const(struct ctu *t, struct cn *n, long long *v);

/// Is @n the integer literal 0 itself, through the conversions libclang
/// implies only (not `(0)`, not NULL's `((void *)0)`): the `{ 0 }` that
/// libsparse's parse.c drops (match_token_zero()), `{ NULL }` it keeps?
int clang_literal_zero(struct ctu *t, struct cn *n);

/// Does function @d return the gfp type of the rules?
int clang_returns_gfp(struct ctu *t, struct cdecl *d);

/// The gfp parameters of function @d, one bit each (first parameter: bit 0).
unsigned clang_gfp_params(struct ctu *t, struct cdecl *d);

/*
 * Types, for the gfp values carried in struct fields (clang_fields.c).
 */

/// Is parameter @k (from 0) of function @fn a pointer to a struct?
int clang_param_struct_ptr(struct ctu *t, struct cdecl *fn, int k);
/// Is @d a variable or parameter of struct type (not a union, nor an
/// array)?
int clang_decl_struct(struct cdecl *d);
/// Is @var a variable of struct type (not a union, nor an array)?
int clang_var_struct(struct cdecl *var);
/// Is the value of expression @n, as it is (its conversions not
/// stripped), a pointer to the struct type of variable @var?  (Not for
/// `&var.m`, a member at offset 0, nor a `void *`.)
int clang_points_to_var_struct(struct cn *n, struct cdecl *var);

/// Is @field a named gfp_t member of a named struct (not a union)?
int clang_field_gfp(struct ctu *t, struct cdecl *field);

/// Is the value of expression @n a pointer?
int clang_is_pointer(struct cn *n);
/// Does @n's value point to a const-qualified object; does parameter @k
/// (from 0) of @fn?
int clang_points_const(struct cn *n);
int clang_param_points_const(struct cdecl *fn, int k);

/// Is @n a cast to a pointer other than void *, written or converting
/// from another pointer type (sparse's OP_PTRCAST)?
int clang_pointer_cast(struct cn *n);

/// Is @field a named integer member (no bitfield) of a struct or union,
/// of a struct only with @no_union (and no anonymous union on the way
/// to the named struct that holds it)?  *@bits its width (1 for bool).
int clang_field_int(struct cdecl *field, int no_union, int *bits);
/// Is @field (a CD_FIELD) declared volatile (through typedefs)?  A read of
/// it is a value of its own (sparse's volatile load).
int clang_field_volatile(struct cdecl *field);

/// Is @d a file-scope array of a tagged struct whose members all have
/// names, none an array or a union (sparse_tables.c plain_struct())?  1
/// and its length *@n and "struct T" in @tag.
int clang_table_type(struct ctu *t, struct cdecl *d, long *n, char *tag, size_t size);

/// The declaration of field @k (from 0, as in init->fields) of the
/// record initializer list @init initializes, or NULL.
struct cdecl *clang_init_field(struct ctu *t, struct cn *init, int k);

/// Is @field the member at offset 0 of a named struct or union?
int clang_field_at0(struct cdecl *field);
/* does member access @n (`e->data.ext.len`), or a member access it is
 * made of, name a member of a union?  (A store through another member of
 * the union writes it: no atom, as sparse's member paths stop at unions.) */
int clang_member_in_union(struct cn *n);

/// "struct T" of the struct type of @n's value into @name; 0 when it is
/// not a named struct.
int clang_struct_name(struct ctu *t, struct cn *n, char *name, size_t size);
/// Is the value of @n a pointer to a struct with a gfp_t member of its
/// own (sparse_fields.c sc_gfp_pointee())?
int clang_gfp_pointee(struct ctu *t, struct cn *n);

/// The named gfp_t members of struct variable or parameter @var, in
/// order, into @names (at most @max); *@first is the index among them
/// of the struct's first member (at offset 0), or -1 if that is not one.
int clang_gfp_fields(struct ctu *t, struct cdecl *var, const char **names, int max,
		     int *first);

/*
 * Integer values, for flag atoms (clang_fields.c, clang_ir.c).  An
 * integer type is one sparse's is_integer() takes: bool, characters,
 * integers and enums, but not the gfp type nor a __bitwise typedef
 * (restricted, not an integer, for sparse).
 */

/// Is argument @j (from 0) of @call passed as an integer type (the
/// callee's parameter type; a variadic one's as promoted)?  *@bits its
/// width, 1 for bool.
int clang_arg_integer(struct ctu *t, struct cn *call, int j, int *bits);

/// Is @field (a member of a named struct) of the struct type that
/// parameter @j of @call's callee points to? (clang_memaddr.c)
int clang_arg_points_to_field(struct ctu *t, struct cn *call, int j,
			       struct cdecl *field);

/// Is parameter @k (from 0) of function @fn of an integer type?
int clang_param_integer(struct ctu *t, struct cdecl *fn, int k);

/// Is parameter @k of @fn a pointer (of any type)?
int clang_param_pointer(struct ctu *t, struct cdecl *fn, int k);

/// Is parameter @k of @fn a pointer to a function?
int clang_param_fn_pointer(struct ctu *t, struct cdecl *fn, int k);

/// Does parameter @k of @fn point to an integer (not gfp flags)?
int clang_param_int_pointer(struct ctu *t, struct cdecl *fn, int k);

/// Is @field a named integer member (not gfp flags, not a bitfield) of a
/// named struct (not a union)?
int clang_field_integer(struct ctu *t, struct cdecl *field);
/// Is @field a named pointer member (not to a function) of a named
/// struct (not a union)?
int clang_field_pointer(struct ctu *t, struct cdecl *field);
/// Does the struct parameter @k of @fn points to (struct variable @var)
/// have a named integer member, not a bitfield?
int clang_param_int_members(struct ctu *t, struct cdecl *fn, int k);
int clang_var_int_members(struct ctu *t, struct cdecl *var);
/// 1 when parameter @k of @fn points to a tagged struct, its tag
/// ("blk_mq_hw_ctx") into @tag, and (@name not NULL) that struct has an
/// integer member @name, not a bitfield; else 0.
int clang_param_tag_int_member(struct ctu *t, struct cdecl *fn, int k, char *tag,
			       size_t size, const char *name);
/// The name of the member of the struct parameter @k of @fn points to
/// (of struct variable @var) that a write of @field is in: @field's own
/// when it is one of its members (2), else its first member's (a member
/// of a struct at offset 0 in it: 1), into @name; 0 when there is none.
int clang_param_member_name(struct ctu *t, struct cdecl *fn, int k,
			    struct cdecl *field, char *name, size_t size);
/// Member @field of the struct parameter @k of @fn points to is an
/// anonymous struct or union (`union { struct list_head d_lru; ... };`
/// in struct dentry): the names of the members in it (of anonymous ones
/// in it too), each with a ',' after it, into @names: 1, else 0.
int clang_param_anon_members(struct cdecl *fn, int k, struct cdecl *field,
			     char *names, size_t size);
int clang_var_member_name(struct cdecl *var, struct cdecl *field, char *name,
			  size_t size);
/// The member of struct variable @var's struct that sparse names for a
/// store of its member @field (sparse_objints.c member_holding(): the
/// first named member whose bytes hold the store's first, a bitfield's
/// storage unit), into @name: 2 when it is @field, 1 another, 0 when the
/// store is in no named member or past it, or @field is not a member of
/// @var's struct itself.
int clang_var_store_member(struct cdecl *var, struct cdecl *field, char *name,
			   size_t size);
/// Is the first member of struct variable @var's struct all of it, so
/// that libsparse's zero over the object before its initializer is that
/// member's store (sparse_objints.c zero_fill())?  1 and its name into
/// @name, *@integer 1 when it is an integer (not a bitfield) as wide as
/// the struct; 0 when not.
int clang_var_zero_member(struct ctu *t, struct cdecl *var, char *name,
			  size_t size, int *integer);
/// The named members of struct variable @var's struct that end past
/// byte @from (sparse's member_holding() bytes), their names into @names
/// (@size bytes), each ended by '\0', "" after the last: how many, or
/// -1 when not known.
int clang_var_members_from(struct cdecl *var, long long from, char *names,
			   size_t size);
/// How many parameters function @fn declares (0 for none, or `(void)`).
int clang_fn_nparams(struct cdecl *fn);
/// Is variable @var an integer (not gfp flags)?
int clang_var_integer(struct ctu *t, struct cdecl *var);

/// The width in bits of the type of expression @n (1 for bool, 0 for a
/// pointer).
int clang_int_bits(struct ctu *t, struct cn *n);

/// Is @field an integer member (clang_param_integer()'s integers), not a
/// bitfield, of any struct or union?  *@bits its width (1 for bool),
/// *@is_signed its sign.
int clang_field_int_type(struct ctu *t, struct cdecl *field, int *bits, int *is_signed);

/// Is the value of expression @n of a signed integer type (or an enum)?
int clang_signed_int(struct cn *n);

/// Is @n a cast from an integer to an integer type that sparse makes an
/// extension, truncation or copy (not a test of a value for bool)?
int clang_plain_int_cast(struct cn *n);

/// Is the value of expression @n a pointer to a struct?
int clang_struct_ptr(struct cn *n);
/// Does @fn return a pointer to other than a struct (`void *`, `u8 *`, a
/// union's)?
int clang_ret_pointer(struct cdecl *fn);

/// The named gfp_t members of the struct function @fn returns a pointer
/// to, in order, into @names (at most @max); -1 when it returns no
/// pointer to a struct.
int clang_ret_gfp_fields(struct ctu *t, struct cdecl *fn, const char **names, int max);

/// The named gfp_t members of the struct parameter @k of @fn points to a
/// pointer to (`struct T **`), in order, into @names; 0 when it is no
/// such parameter, -1 when @fn has no parameter @k.
int clang_param_out_gfp_fields(struct ctu *t, struct cdecl *fn, int k,
			       const char **names, int max);

/// Is function @fn declared pure or const (sparse's MOD_PURE)?
int clang_fn_pure(struct cdecl *fn);

/// The width of the unsigned (or bool) value cast @n zero-extends to a
/// wider integer type, or 0.
int clang_zext_bits(struct cn *n);

/// Is @n a cast that changes the type of its operand (not parentheses,
/// nor reading an lvalue)?
int clang_cast_converts(struct cn *n);

/* the two sides of a conversion (clang_conv()) */
struct cconv {
	char to[256], from[256];	/* "struct T" of a pointer to a tagged
					 * struct (or an array of one), else "" */
	char tk, fk;	/* 'v' void *, 's' pointer to a struct or union, 'b'
			 * another pointer, 'i' integer, 'f' function, 'o' other */
	int tconst;	/* the type converted to points to const */
	int first;	/* one struct holds the other at its start (its first
			 * member's, recursively): the kernel's `(struct
			 * inet_sock *)sk`, not a write */
};

/// Is CN_CAST @n (written or implied) a conversion between types that
/// differ other than in qualifiers, not between pointers to one struct?
/// 1 and *@c, else 0 (clang_wholesale.c).
int clang_conv(struct ctu *t, struct cn *n, struct cconv *c);

/// The tagged struct ("struct T" into @name) that @n, under all its casts,
/// points to: 1, or 0.
int clang_pointee_struct(struct ctu *t, struct cn *n, char *name, size_t size);

/// Is @field a named member of a named struct itself, not of an anonymous
/// struct or union inside it?
int clang_struct_member(struct cdecl *field);

/// Calls @fn(@arg, "struct T", inner) for each tagged struct the struct
/// conversion @n's side (@from: its operand's) points to holds by value,
/// through unions and arrays, at most 4 deep; once a struct for the same
/// @fn and @arg (whose calls must then make nothing new).
void clang_conv_nested(struct ctu *t, struct cn *n, int from,
		       void (*fn)(void *arg, const char *outer, const char *inner), void *arg);

#define WH_UAPI		1	/* defined under a uapi/ directory */
#define WH_FW		2	/* include/acpi/, acpica/ */
#define WH_PACKED	4
#define WH_ENDIAN	8	/* a member of an __le or __be type */
/// The tagged struct that holds field @field ("struct T" into @name) and
/// what its definition says (WH_*); when any, @fn as clang_conv_nested().
unsigned clang_field_struct(struct ctu *t, struct cdecl *field, char *name, size_t size,
			    void (*fn)(void *arg, const char *outer, const char *inner),
			    void *arg);

/// Is @var an extern array of no size of a tagged struct (a linker
/// table)?  1, its struct's name in @name, @fn as clang_conv_nested().
int clang_extern_table(struct ctu *t, struct cdecl *var, char *name, size_t size,
		       void (*fn)(void *arg, const char *outer, const char *inner), void *arg);

/* function-pointer members of tagged structs (clang_fnptrs.c) */
/// Is @field of a pointer-to-function type?
int clang_fn_field(struct cdecl *field);
/// ... declared directly in a tagged struct T: "struct T.F" into @name.
int clang_fn_field_direct(struct ctu *t, struct cdecl *field, char *name, size_t size);
/// Is the value of @n (the type of field @field) a pointer to a tagged
/// struct declaring a function pointer directly (sparse_fnptrs.c
/// sc_fn_pointee())?
int clang_fn_pointee(struct ctu *t, struct cn *n);
int clang_fn_pointee_field(struct ctu *t, struct cdecl *field);
/// Calls @fn(@arg, "struct T.P") for each pointer member P to a struct
/// with function pointers (and no gfp_t member) declared directly in a
/// tagged struct T that the type of variable @var holds by value, at most
/// LIM_FN_DEPTH structs deep (sparse_fstores.c ops_unknown()).
void clang_ops_unknown(struct ctu *t, struct cdecl *var,
		       void (*fn)(void *arg, const char *field), void *arg);
/// Does the type of variable or field @d hold a function pointer by
/// value (at most LIM_FN_DEPTH structs deep)?
int clang_fn_holds(struct ctu *t, struct cdecl *d);
/// Is the type of @d a struct (not a union, not an array)?
int clang_fn_is_struct(struct cdecl *d);
/// Is variable @var declared extern?
int clang_fn_extern(struct cdecl *var);
/// An object of @d's type made with no list of its own: @fn(@arg,
/// "struct T", NULL) for each tagged struct it is or holds through
/// unions and untagged structs, and @fn(@arg, outer, inner) of the named
/// structs such a T holds by value (sparse_fnptrs.c bare()).
void clang_fn_bare(struct ctu *t, struct cdecl *d,
		   void (*fn)(void *arg, const char *outer, const char *inner), void *arg);
/// Is initializer list @init one of a tagged struct holding a function
/// pointer?
int clang_fn_list_struct(struct ctu *t, struct cn *init);
/// @fn(@arg, "struct T") for the tagged struct initializer list @init
/// makes (an array's element) and each one holding a function pointer
/// it holds by value, at most 4 deep (sparse_fnptrs.c list_types()).
void clang_fn_list_types(struct ctu *t, struct cn *init,
			 void (*fn)(void *arg, const char *name), void *arg);
/// The same for value @v (stripped) of an initializer that copies a
/// struct (not a list): sparse_fnptrs.c sc_fn_copy().
void clang_fn_copy_types(struct ctu *t, struct cn *v,
			 void (*fn)(void *arg, const char *name), void *arg);
/// Initializer list @init of an array: clang_fn_bare() of its element
/// type (its elements may be more than the list gives).
void clang_fn_array_list(struct ctu *t, struct cn *init,
			 void (*fn)(void *arg, const char *outer, const char *inner), void *arg);

#endif
