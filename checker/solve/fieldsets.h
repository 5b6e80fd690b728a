/*
 * fieldsets.h - the bits each integer struct field may hold, from every
 * store the program makes to it (facts.h fact_fstore), for the solver's
 * field atoms (facts.h ATOM_FIELD): `p->flags & MASK` can hold nowhere
 * when no store anywhere may set a bit of MASK in that field.
 */
#ifndef SLEEPCHECK_FIELDSETS_H
#define SLEEPCHECK_FIELDSETS_H

#include "callgraph.h"

struct fs_field;
struct fs_ptr;

struct fieldsets {
	struct fs_field *f;	/* sorted by name */
	int n;
	int nunknown;		/* fields any store of which is not known */
	int nguarded;		/* stores of bits made only where a field
				 * test held ("(struct T.F&C)" records) */
	int ndropped;		/* ... dropped: no kept store sets a bit of C */
	int ntainted;		/* struct types written other than field by
				 * field (sparse_wholesale.c, fieldsets.c) */
	int ngeneric;		/* generic twins "~struct X.F" some field
				 * "struct T.M.F" copies from */
	struct fs_ptr *p;	/* pointer fields' stores ("=" records),
				 * sorted by field */
	int np;
	unsigned long long gfp_blocking;	/* the gfp bits that allow
				 * blocking, as the files say ("gfp-blocking"
				 * records), 0 when they do not or differ */
	const char **fresh;	/* struct types ("struct T") some file makes
				 * from an allocator's fresh memory (a "*ret:"
				 * record of a mem-new rule) and none writes
				 * wholesale: a field of one no file stores to
				 * holds no bit; sorted */
	int nfresh;
	struct fs_ptr *fn;	/* function-pointer fields' lists and stores
				 * ("^" records), sorted by field */
	int nfn;
	const char **nullable;	/* struct types some object of which may
				 * have a function pointer NULL or not known
				 * (made bare, from memory, zeroed, written
				 * wholesale; or held in such a struct);
				 * sorted */
	int nnullable;
	const char **whole;	/* struct types whose objects may be written
				 * other than field by field (tainted, or
				 * copied whole from another object; or held
				 * in such a struct); sorted */
	int nwhole;
	const char **own;	/* struct types whose own records say their
				 * objects may be written other than field by
				 * field, or copied whole from another object
				 * (not only a struct holding them), but for
				 * copies into the members of fs.copyto;
				 * sorted */
	int nown;
	const char **copyto;	/* member paths "struct S.M" a struct
				 * assignment copies a T into ("*copy:");
				 * sorted */
	int ncopyto;
};

/// Joins the stores of every file of @g's set: constants' bits, copies
/// from other fields to a fixpoint; an address passed to a call through
/// a pointer with a target, a copy from a field no file stores to, or
/// anything else makes a field's bits unknown.
void fs_build(struct fieldsets *fs, const struct callgraph *g);

/// May field @field ("struct T.F") hold a bit of @mask somewhere?  1 yes
/// (a store may set one), 0 no store anywhere may, -1 not known (no
/// store to it in the database, or one not known).  A field no file of
/// the database stores to is decided only when a file of the database
/// makes its struct from fresh memory (fieldsets.fresh): that file's
/// zero (or nothing) is its store; otherwise its stores may be in files
/// not checked.
int fs_may_set(const struct fieldsets *fs, const char *field, unsigned long long mask);

/// May the gfp_t field @field hold flags that allow blocking: 1 yes,
/// 0 no store anywhere may set such a bit, -1 not known (fs_may_set()
/// with the files' gfp-blocking bits).
int fs_gfp_blocks(const struct fieldsets *fs, const char *field);

/// Calls @fn(@arg, "struct T.M") for each struct member whose address a
/// store of the program puts into pointer field @field ("struct X.P", a
/// pointer to a struct with gfp flags), NULL stores left out; returns
/// the number of calls, or -1 when some store is not such an address
/// (or none is known, or X's bytes are written wholesale) or @fn
/// returned 0.
int fs_ptr_targets(const struct fieldsets *fs, const char *field,
		   int (*fn)(void *arg, const char *member), void *arg);

/// Builds only the pointer fields' stores ("=" records) of @fs and the
/// struct types written wholesale, which need no call graph: for
/// fs_ptr_objects() while cg_build() runs.  fs_free() frees it.
void fs_build_ptrs(struct fieldsets *fs, const struct fact_set *set,
		   const struct rules *rules);

/// Calls @fn(@arg, NAME, is_static, file) for each struct variable whose
/// address a store of the program puts into pointer field @field
/// ("struct X.P", or a path "struct T.M.P" with @plain its "struct X.P":
/// the stores through plain X pointers count too), a pointer to a struct
/// with function pointers; a static one is of @file.  NULL stores left
/// out.  Returns the number of calls, or -1 when some store is not such
/// an address (or none is known, or the struct is written wholesale) or
/// @fn returned 0.  @fsv is the struct fieldsets (callgraph.h
/// cg_ptr_objects).
int fs_ptr_objects(void *fsv, const char *field, const char *plain,
		   int (*fn)(void *arg, const char *name, int is_static,
			     const struct fact_file *file), void *arg);

/// Is function-pointer field @field ("struct T.F") set to a function in
/// every object of T the program makes: 1 (the NULL branch of a test of
/// it is dead), 0 some list or store gives it NULL or a value not a
/// function, -1 not known (no list or store of it seen, or an object of
/// T, or of a struct holding T, made or written other than by lists and
/// stores: fieldsets.nullable).
int fs_fn_nonnull(const struct fieldsets *fs, const char *field);

/// Does some list or store give function-pointer field @field ("struct
/// T.F") a value that is neither a function nor NULL, or take its
/// address ("^?")?  1 or 0.
int fs_fn_other(const struct fieldsets *fs, const char *field);

/// May an object of struct type @type ("struct T") get its members other
/// than by stores into them (fs.whole: written wholesale, copied whole
/// from another object)?  1 or 0.
int fs_struct_whole(const struct fieldsets *fs, const char *type);

/// May an object of struct type @type ("struct T") get its members other
/// than by stores into them by @type's own records (fs.own): written
/// wholesale as a T, made from other bytes or another struct, or copied
/// whole from another T into a place not recorded, wherever it is (a T
/// held in another struct too); a struct holding T written wholesale is
/// not counted, nor a copy into a member path (fs_path_copied()).  1 or
/// 0.
int fs_struct_own_whole(const struct fieldsets *fs, const char *type);

/// Is member path @path ("struct S.M") the destination of a struct
/// assignment ("*copy:struct S.M")?  1 or 0.
int fs_path_copied(const struct fieldsets *fs, const char *path);

/// Does an initializer copy an object of struct type @type ("struct T"
/// holding a function pointer), or of a struct holding a T by value,
/// from another object (a "^copy" record: `{ .cc = plain }`, `struct
/// counter c = plain;`, which no "*copy" record says)?  1 or 0.
int fs_init_copied(const struct fieldsets *fs, const char *type);

/// Is every store into function-pointer field @field ("struct T.F") a
/// function or NULL, and its address never taken: no "^?" record of it
/// (sparse_fnptrs.c), so that every function it may hold is a binding?
/// 1 or 0.
int fs_fn_stores_bound(const struct fieldsets *fs, const char *field);

void fs_free(struct fieldsets *fs);

#endif
