/*
 * fieldsets.c - the bits each integer struct field may hold, joined
 * over the stores of every file (see fieldsets.h).
 *
 * Fields are named "struct T.F" as the front ends name them; one name is
 * one field program-wide (two structs with one tag share theirs, which
 * only adds bits).  Each field has the bits its constant stores may set
 * and the fields it is copied from; a pass over the copies, repeated
 * until nothing changes, joins them (bits only grow and a field only
 * becomes unknown, so it ends).  The address of a field passed to a call
 * through a pointer is a store of what the call's targets store there:
 * unknown when the call graph gives the call a target, nothing when it
 * has none (the call reaches nothing for the solver either).
 *
 * A struct type whose bytes may be written other than field by field
 * (a "struct T" record "*WHY", sparse_wholesale.c) makes every field of
 * it unknown, and of the named structs it holds by value ("*in:"); a
 * type's own records alone (not a holder's, nor a copy into a member
 * whose path "*copy:struct S.M" names: fs.copyto) make it one of
 * fs.own, for a member path's function pointers (fnparam.c,
 * fs_struct_own_whole(), fs_path_copied()).  A
 * conversion to or from void * writes nothing (writes are through typed
 * lvalues, the stores above), nor one from an integer parameter (a
 * callback's `unsigned long data`, "*from:ip"); an argument to a parameter pointing to
 * const does not either, nor one a function of the program converts back
 * at each use ("fn NAME" *keep:N records).  The mem-* rules
 * (kernel-memory.rules) say which other WHYs write nothing: the void *
 * an allocator (mem-new) or a private-data getter (mem-get) returns, an
 * argument a function does not write (mem-keep), fills with a zero it is
 * given (mem-zero) or copies from another of the same struct (mem-copy).
 *
 * A store of bits made only where a field test held (a "(struct T.F&C)"
 * record, facts.h) counts until the field sets say that test never
 * holds: then it is dropped and the sets are joined again without it,
 * until no further store drops (stores only drop, bits only shrink, so
 * it ends; a store whose test may hold at some point of a run is never
 * dropped, since a kept store set the bit it tests).
 *
 * A field no file stores to is not known (its stores may be in files not
 * checked), unless a file makes its struct from an allocator's fresh
 * memory (a "*ret:" record of a mem-new rule) and no record writes the
 * struct wholesale: then that creation is its one store, of nothing
 * (fieldsets.fresh).
 *
 * A pointer member to a struct with function pointers names the objects
 * its stores put there ("=&NAME" records): fs_ptr_objects() lists them
 * for the call graph, which leaves out of a call through `p->ops->f` the
 * bindings of every other object (callgraph.c resolve_indirect()); the
 * plain stores of a member of a struct inside another count for its
 * path too, and the object's own initializer only where its struct is
 * copied whole somewhere.
 *
 * A function-pointer field (the "^" records, sparse_fnptrs.c) is never
 * NULL when every list and store of it gives it a function ("^fn"), one
 * at least, and no object of its struct, nor of a struct holding it by
 * value, may be made or written otherwise (nullable()): the NULL branch
 * of `if (p->ops->f)` is dead (fs_fn_nonnull()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fieldsets.h"
#include "rules.h"

struct fs_field {
	const char *name;
	unsigned long long bits;
	unsigned char seen;		/* a file stores to it */
	unsigned char unknown;
	int *src;			/* fields copied into it */
	int nsrc, srccap;
};

/* a store into a pointer field ("=" records): what it may hold */
struct fs_ptr {
	const char *name;	/* "struct X.P" */
	const char *what;	/* "=&struct T.M", "=0" or "=?"; for a pointer
				 * to a struct with function pointers "=&NAME"
				 * (":s": static), "=0", "=?", each also with
				 * "@" after the "=" (fs_ptr_objects()) */
	const struct fact_file *file;
	int unknown;		/* its struct written wholesale */
	int copied;		/* its struct copied whole into another */
};

static int cmp_ptr(const void *a, const void *b)
{
	const struct fs_ptr *x = a, *y = b;
	int d = strcmp(x->name, y->name);

	return d ? d : strcmp(x->what, y->what);
}

/* the records of every file whose what begins with @kind ("=" pointer
 * fields' stores, "^" function-pointer fields' lists and stores), sorted
 * by field, into *@out; their number */
static int read_records(const struct fact_set *set, char kind, struct fs_ptr **out)
{
	int i, j, n = 0, cap = 0;

	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];

			if (s->what[0] != kind)
				continue;
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				*out = sc_realloc(*out, cap * sizeof(**out));
			}
			(*out)[n].name = s->field;
			(*out)[n].what = s->what;
			(*out)[n].file = &set->files[i];
			(*out)[n].copied = 0;
			(*out)[n++].unknown = 0;
		}
	if (n)
		qsort(*out, n, sizeof(**out), cmp_ptr);
	return n;
}

/* the first of @n records @r sorted by field that names @field, or @n */
static int first_record(const struct fs_ptr *r, int n, const char *field)
{
	int lo = 0, hi = n;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (strcmp(r[mid].name, field) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int fs_ptr_targets(const struct fieldsets *fs, const char *field,
		   int (*fn)(void *arg, const char *member), void *arg)
{
	int lo = first_record(fs->p, fs->np, field), n = 0;

	if (lo == fs->np || strcmp(fs->p[lo].name, field))
		return -1;
	for (; lo < fs->np && !strcmp(fs->p[lo].name, field); lo++) {
		const struct fs_ptr *x = &fs->p[lo];

		if (x->unknown || (strcmp(x->what, "=0") && strncmp(x->what, "=&struct ", 9)))
			return -1;
		if (!strcmp(x->what, "=0"))
			continue;
		if (!fn(arg, x->what + 2))
			return -1;
		n++;
	}
	return n;
}

/* the objects the records of @field name, each to @fn; @own: also those
 * marked "@"; 0, or -1 when one is not such an object */
static int ptr_records(const struct fieldsets *fs, const char *field, int own,
		       int (*fn)(void *arg, const char *name, int is_static,
				 const struct fact_file *file), void *arg, int *n)
{
	int lo = first_record(fs->p, fs->np, field);
	char name[256];

	for (; lo < fs->np && !strcmp(fs->p[lo].name, field); lo++) {
		const struct fs_ptr *x = &fs->p[lo];
		const char *w = x->what + 1;
		size_t len;

		if (x->unknown)
			return -1;
		if (*w == '@') {
			if (!own && !x->copied)
				continue;	/* in no struct around it */
			w++;
		}
		if (!strcmp(w, "0"))
			continue;
		if (w[0] != '&' || !strncmp(w, "&struct ", 8))
			return -1;
		len = strlen(++w);
		if (len > 2 && !strcmp(w + len - 2, ":s"))
			len -= 2;
		if (len >= sizeof(name))
			return -1;
		memcpy(name, w, len);
		name[len] = '\0';
		if (!fn(arg, name, w[len] == ':', x->file))
			return -1;
		(*n)++;
	}
	return 0;
}

int fs_ptr_objects(void *fsv, const char *field, const char *plain,
		   int (*fn)(void *arg, const char *name, int is_static,
			     const struct fact_file *file), void *arg)
{
	const struct fieldsets *fs = fsv;
	int lo = first_record(fs->p, fs->np, field), n = 0;

	/* no store seen: they may be in files not checked */
	if (lo == fs->np || strcmp(fs->p[lo].name, field))
		return -1;
	if (ptr_records(fs, field, 1, fn, arg, &n) < 0)
		return -1;
	/* a path "struct T.M.P": every store through a plain X too */
	if (plain && plain[0] && ptr_records(fs, plain, 0, fn, arg, &n) < 0)
		return -1;
	return n;
}

int fs_struct_whole(const struct fieldsets *fs, const char *type)
{
	return fs->nwhole &&
	       bsearch(&type, fs->whole, fs->nwhole, sizeof(*fs->whole), cmp_name) != NULL;
}

int fs_struct_own_whole(const struct fieldsets *fs, const char *type)
{
	return fs->nown &&
	       bsearch(&type, fs->own, fs->nown, sizeof(*fs->own), cmp_name) != NULL;
}

int fs_path_copied(const struct fieldsets *fs, const char *path)
{
	return fs->ncopyto &&
	       bsearch(&path, fs->copyto, fs->ncopyto, sizeof(*fs->copyto), cmp_name) != NULL;
}

/* has @name (a struct type or a field) the "^" record @what? */
static int has_fn_record(const struct fieldsets *fs, const char *name, const char *what)
{
	int lo;

	for (lo = first_record(fs->fn, fs->nfn, name);
	     lo < fs->nfn && !strcmp(fs->fn[lo].name, name); lo++)
		if (!strcmp(fs->fn[lo].what, what))
			return 1;
	return 0;
}

int fs_init_copied(const struct fieldsets *fs, const char *type)
{
	return has_fn_record(fs, type, "^copy");
}

int fs_fn_stores_bound(const struct fieldsets *fs, const char *field)
{
	return !has_fn_record(fs, field, "^?");
}

int fs_fn_nonnull(const struct fieldsets *fs, const char *field)
{
	const char *dot = field ? strchr(field, '.') : NULL;
	int lo, fn = 0;
	char name[256];
	const char *key = name;

	if (!dot || dot - field >= (long)sizeof(name))
		return -1;
	memcpy(name, field, (size_t)(dot - field));
	name[dot - field] = '\0';
	if (fs->nnullable &&
	    bsearch(&key, fs->nullable, fs->nnullable, sizeof(*fs->nullable), cmp_name))
		return -1;
	/* a function-pointer field is never NULL when each of its "^"
	 * records is "^fn" */
	for (lo = first_record(fs->fn, fs->nfn, field);
	     lo < fs->nfn && !strcmp(fs->fn[lo].name, field); lo++) {
		if (strcmp(fs->fn[lo].what, "^fn"))
			return 0;
		fn = 1;
	}
	/* no object of it seen made: it may be made in files not checked */
	return fn ? 1 : -1;
}

int fs_fn_other(const struct fieldsets *fs, const char *field)
{
	int lo;

	for (lo = first_record(fs->fn, fs->nfn, field);
	     lo < fs->nfn && !strcmp(fs->fn[lo].name, field); lo++)
		if (strcmp(fs->fn[lo].what, "^fn") && strcmp(fs->fn[lo].what, "^0"))
			return 1;
	return 0;
}

/* a field's address passed to a call through a pointer */
struct fs_esc {
	const struct fact_file *file;
	int line, col;
	int field;
	int state;			/* 0 call not found, 1 no target, 2 some */
};

static int find(const struct fieldsets *fs, const char *name)
{
	int lo = 0, hi = fs->n - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2, d = strcmp(fs->f[mid].name, name);

		if (!d)
			return mid;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static int cmp_esc(const struct fs_esc *x, const struct fact_file *file, int line,
		   int col)
{
	if (x->file != file)
		return x->file < file ? -1 : 1;
	if (x->line != line)
		return x->line - line;
	return x->col - col;
}

static int cmp_escs(const void *a, const void *b)
{
	const struct fs_esc *y = b;

	return cmp_esc(a, y->file, y->line, y->col);
}

/* the first escape at (@file, @line, @col), or -1 */
static int find_esc(const struct fs_esc *e, int n, const struct fact_file *file,
		    int line, int col)
{
	int lo = 0, hi = n;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (cmp_esc(&e[mid], file, line, col) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !cmp_esc(&e[lo], file, line, col) ? lo : -1;
}

/* a struct type some record says may be written wholesale */
struct fs_type {
	const char *name;	/* "struct T" */
	int tainted;
	int direct;		/* by its own records, not by a struct
				 * that holds it */
	int fresh;		/* made from fresh memory ("*ret:" mem-new) */
	int copied;		/* an object of it copied into another
				 * (copies()) */
	int copied_anywhere;	/* ... into one whose place is not
				 * recorded (not "*copy:struct S.M") */
	int nullable;		/* an object of it may have its function
				 * pointers NULL (or not known): made bare,
				 * from fresh or private memory, from a
				 * void * or other bytes, zeroed, written
				 * (nullable()); or one holding it is */
	const char **in;	/* the structs that hold it by value */
	int nin, incap;
};

static int is_type(const char *field)
{
	return !strchr(field, '.') && strncmp(field, "fn ", 3) &&
	       strncmp(field, "table ", 6) && strcmp(field, "gfp-blocking");
}

/* the gfp bits that allow blocking, the same in every file that says */
static void read_gfp_blocking(struct fieldsets *fs, const struct fact_set *set)
{
	int i, j, differ = 0;

	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];
			unsigned long long v;

			if (strcmp(s->field, "gfp-blocking") || s->what[0] != '|')
				continue;
			v = strtoull(s->what + 1, NULL, 16);
			if (fs->gfp_blocking && v != fs->gfp_blocking)
				differ = 1;
			fs->gfp_blocking = v;
		}
	if (differ)
		fs->gfp_blocking = 0;
}

/* "fn NAME" *keep:N: every use of NAME's parameter N converts it to a
 * struct pointer (sparse_wholesale.c) */
static int is_keep(const char *field)
{
	return !strncmp(field, "fn ", 3);
}

static int cmp_type(const void *a, const void *b)
{
	return strcmp(((const struct fs_type *)a)->name, ((const struct fs_type *)b)->name);
}

static struct fs_type *find_type(struct fs_type *t, int n, const char *name)
{
	struct fs_type key = { .name = name };

	return n ? bsearch(&key, t, n, sizeof(*t), cmp_type) : NULL;
}

/* a "fn NAME" *keep:N record */
struct fs_keep {
	const char *name;
	int arg, is_static;
	const struct fact_file *file;
};

static int cmp_keep(const void *a, const void *b)
{
	return strcmp(((const struct fs_keep *)a)->name, ((const struct fs_keep *)b)->name);
}

/* the keep records of @set, sorted by name: *@n of them */
static struct fs_keep *read_keeps(const struct fact_set *set, int *n)
{
	struct fs_keep *k = NULL;
	int i, j, cap = 0, arg;

	*n = 0;
	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];
			char st = 0;

			if (!is_keep(s->field) || sscanf(s->what, "*keep:%d:%c", &arg, &st) < 1)
				continue;
			if (*n == cap) {
				cap = cap ? 2 * cap : 64;
				k = sc_realloc(k, cap * sizeof(*k));
			}
			k[*n].name = s->field + 3;
			k[*n].arg = arg;
			k[*n].is_static = st == 's';
			k[(*n)++].file = &set->files[i];
		}
	if (*n)
		qsort(k, *n, sizeof(*k), cmp_keep);
	return k;
}

/* does the function called @name that a call from @file reaches keep its
 * parameter @arg?  @file's own static one, else a global one when @file
 * defines no static function of that name. */
static int kept_param(const struct fs_keep *k, int n, const struct fact_file *file,
		      const char *name, int arg)
{
	struct fs_keep key = { name, 0, 0, NULL };
	const struct fs_keep *x = n ? bsearch(&key, k, n, sizeof(*k), cmp_keep) : NULL;
	int i, global = 0;

	if (!x)
		return 0;
	while (x > k && !strcmp(x[-1].name, name))
		x--;
	for (; x < k + n && !strcmp(x->name, name); x++) {
		if (x->arg != arg)
			continue;
		if (x->is_static && x->file == file)
			return 1;
		global |= !x->is_static;
	}
	if (!global)
		return 0;
	for (i = 0; i < file->nfuncs; i++)
		if (file->funcs[i].is_static && !strcmp(file->funcs[i].name, name))
			return 0;
	return 1;
}

/* does record "*WHY" of @file write a struct's bytes other than field by
 * field?  A pointer converted to or from void * writes nothing by itself
 * (the kernel writes a struct through its typed lvalues, which the field
 * stores are); bytes, another struct, an integer, a call's void * result
 * and an argument may, unless the parameter points to const (":c"), the
 * function converts it back to a struct pointer at each use (a keep
 * record), or a mem-* rule says it writes nothing, zero, or the bytes of
 * an argument that points to the same struct (":sK", mem-copy). */
/* a record "arg:NAME:N:zM[:sK][:c]" (sparse_wholesale.c arg_dest()) */
struct fs_arg {
	char name[256];
	int arg;
	unsigned zero, same;	/* the arguments 0, the other arguments
				 * pointing to the same struct (bits) */
	const char *tail;	/* what follows them: ":c" or "" */
};

/* @why read as an "arg:" record into @r; 0 if it is none */
static int read_arg(const char *why, struct fs_arg *r)
{
	const char *tail;

	r->zero = r->same = 0;
	r->arg = 0;
	if (strncmp(why, "arg:", 4) ||
	    sscanf(why + 4, "%255[^:]:%d:z%x", r->name, &r->arg, &r->zero) != 3)
		return 0;
	tail = strstr(why + 4 + strlen(r->name), ":z") + 2;
	tail += strspn(tail, "0123456789abcdef");
	if (!strncmp(tail, ":s", 2))
		r->same = (unsigned)strtoul(tail + 2, (char **)&tail, 16);
	r->tail = tail;
	return 1;
}

/* does a mem-@kind rule of the called function hold for record @r: the
 * argument its value names is zero (mem-zero) or points to the same
 * struct (mem-copy)? */
static int mem_arg_rule(const struct rules *rules, const struct fs_arg *r,
			int kind)
{
	const struct mem_rule *m = rules_mem(rules, r->name, kind, r->arg);
	int v = m ? m->val : 0;

	return m && v >= 1 && v <= 32 &&
	       ((kind == MEM_ZERO ? r->zero : r->same) & (1u << (v - 1)));
}

static int writes(const struct rules *rules, const char *why, const struct fs_keep *k,
		  int nk, const struct fact_file *file)
{
	struct fs_arg r;

	/* an integer parameter converted back (a callback's `unsigned long
	 * data`) is as a void * one: the T * it came from was passed as an
	 * integer somewhere, which is that caller's record */
	if (!strncmp(why, "to:v", 4) || !strncmp(why, "from:v", 6) || !strcmp(why, "bare") ||
	    !strcmp(why, "from:ip"))
		return 0;
	if (!strncmp(why, "ret:", 4))
		return !rules || (!rules_mem(rules, why + 4, MEM_NEW, 0) &&
				  !rules_mem(rules, why + 4, MEM_GET, 0));
	if (!read_arg(why, &r))
		return 1;
	if (!strcmp(r.tail, ":c"))
		return 0;
	if (strcmp(r.name, "?") && kept_param(k, nk, file, r.name, r.arg))
		return 0;
	if (!rules)
		return 1;
	if (rules_mem(rules, r.name, MEM_KEEP, r.arg))
		return 0;
	return !mem_arg_rule(rules, &r, MEM_ZERO) && !mem_arg_rule(rules, &r, MEM_COPY);
}

/* does record "*WHY" copy another object of the same struct into one
 * (a struct assignment, "*copy", "*copy:struct S.M" into member M of an
 * S; a mem-copy rule's call)?  The values a field may hold stay the
 * ones stored into the field, but an object inside another struct may
 * get a plain object's: the generic twins */
static int copies(const struct rules *rules, const char *why)
{
	struct fs_arg r;

	if (!strcmp(why, "copy") || !strncmp(why, "copy:", 5))
		return 1;
	return rules && read_arg(why, &r) && mem_arg_rule(rules, &r, MEM_COPY);
}

/* may record "*WHY" of @file leave a function pointer of the struct
 * NULL, or not known?  Only a conversion to a void * (which writes
 * nothing), an argument the callee does not write or copies from the
 * same struct, a struct assignment (another object's values) and "*in:"
 * do not: an object made without a list ("*bare"), from an allocator's
 * or a private-data getter's memory ("*ret:"), from a void * or other
 * bytes ("*from:", memory whose making is not seen), or zeroed by a
 * mem-zero call may (sparse_fnptrs.c) */
static int nullable(const struct rules *rules, const char *why, const struct fs_keep *k,
		    int nk, const struct fact_file *file)
{
	struct fs_arg r;

	if (!strcmp(why, "bare") || !strncmp(why, "ret:", 4) || !strncmp(why, "from:", 5))
		return 1;
	if (rules && read_arg(why, &r) && mem_arg_rule(rules, &r, MEM_ZERO))
		return 1;
	return writes(rules, why, k, nk, file);
}

/* member path @path ("struct S.M") is the destination of a struct copy */
static void add_copyto(struct fieldsets *fs, const char *path)
{
	fs->copyto = sc_realloc(fs->copyto, (fs->ncopyto + 1) * sizeof(*fs->copyto));
	fs->copyto[fs->ncopyto++] = path;
}

/* the struct types written wholesale: *@ntaint of them; their fields unknown */
static void taint_types(struct fieldsets *fs, const struct fact_set *set,
			const struct rules *rules)
{
	struct fs_type *t = NULL, *x, *o;
	int i, j, k, n = 0, cap = 0, changed, nkeeps;
	char *wh;
	struct fs_keep *keeps = read_keeps(set, &nkeeps);

	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			if (!is_type(set->files[i].fstores[j].field))
				continue;
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				t = sc_realloc(t, cap * sizeof(*t));
			}
			memset(&t[n], 0, sizeof(t[n]));
			t[n++].name = set->files[i].fstores[j].field;
		}
	if (!n) {
		free(keeps);
		return;
	}
	qsort(t, n, sizeof(*t), cmp_type);
	for (i = j = 0; i < n; i++)
		if (!j || strcmp(t[j - 1].name, t[i].name))
			t[j++] = t[i];
	n = j;
	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];

			if (!is_type(s->field) || s->what[0] != '*')
				continue;
			x = find_type(t, n, s->field);
			if (!strncmp(s->what, "*in:", 4)) {
				if (x->nin == x->incap) {
					x->incap = x->incap ? 2 * x->incap : 4;
					x->in = sc_realloc(x->in, x->incap * sizeof(*x->in));
				}
				x->in[x->nin++] = s->what + 4;
				continue;
			}
			if (copies(rules, s->what + 1)) {
				x->copied = 1;
				if (strncmp(s->what, "*copy:", 6))
					x->copied_anywhere = 1;
				else
					add_copyto(fs, s->what + 6);
				continue;
			}
			x->nullable |= nullable(rules, s->what + 1, keeps, nkeeps,
						&set->files[i]);
			if (writes(rules, s->what + 1, keeps, nkeeps, &set->files[i])) {
				x->tainted = 1;
			} else if (!strncmp(s->what, "*ret:", 5) && rules &&
				   rules_mem(rules, s->what + 5, MEM_NEW, 0)) {
				x->fresh = 1;
			}
		}
	for (i = 0; i < n; i++)
		t[i].direct = t[i].tainted;
	do {
		changed = 0;
		for (i = 0; i < n; i++)
			for (k = 0; k < t[i].nin; k++) {
				if (!(o = find_type(t, n, t[i].in[k])))
					continue;
				if (o->tainted && !t[i].tainted)
					t[i].tainted = changed = 1;
				if (o->nullable && !t[i].nullable)
					t[i].nullable = changed = 1;
			}
	} while (changed);
	/* written or copied whole, or held in a struct that is (fs.whole) */
	wh = sc_calloc(n, 1);
	for (i = 0; i < n; i++)
		wh[i] = t[i].tainted || t[i].copied;
	do {
		changed = 0;
		for (i = 0; i < n; i++)
			for (k = 0; k < t[i].nin && !wh[i]; k++)
				if ((o = find_type(t, n, t[i].in[k])) && wh[o - t])
					wh[i] = changed = 1;
	} while (changed);
	for (i = 0; i < fs->n; i++) {
		const char *f = fs->f[i].name + (fs->f[i].name[0] == '~');
		const char *dot = strchr(f, '.');
		char name[256];

		if (!dot || dot - f >= (long)sizeof(name))
			continue;
		memcpy(name, f, (size_t)(dot - f));
		name[dot - f] = '\0';
		/* a generic twin "~struct X.F" is of an X inside another
		 * struct: that struct's own taint goes with its path field
		 * "struct T.M.F", not with every X; a copy of a plain X
		 * (its initializer's values, "@") may land in one */
		if ((x = find_type(t, n, name)) &&
		    (f != fs->f[i].name ? x->direct || x->copied : x->tainted))
			fs->f[i].unknown = 1;
	}
	for (i = 0; i < fs->np; i++) {
		const char *dot = strchr(fs->p[i].name, '.');
		char name[256];

		if (!dot || dot - fs->p[i].name >= (long)sizeof(name))
			continue;
		memcpy(name, fs->p[i].name, (size_t)(dot - fs->p[i].name));
		name[dot - fs->p[i].name] = '\0';
		if ((x = find_type(t, n, name)) && x->tainted)
			fs->p[i].unknown = 1;
		if (x && x->copied)
			fs->p[i].copied = 1;
	}
	for (i = 0; i < n; i++) {
		fs->ntainted += t[i].tainted;
		if (t[i].nullable) {
			fs->nullable = sc_realloc(fs->nullable,
						  (fs->nnullable + 1) * sizeof(*fs->nullable));
			fs->nullable[fs->nnullable++] = t[i].name;	/* sorted */
		}
		if (wh[i]) {
			fs->whole = sc_realloc(fs->whole, (fs->nwhole + 1) * sizeof(*fs->whole));
			fs->whole[fs->nwhole++] = t[i].name;	/* sorted */
		}
		if (t[i].direct || t[i].copied_anywhere) {
			fs->own = sc_realloc(fs->own, (fs->nown + 1) * sizeof(*fs->own));
			fs->own[fs->nown++] = t[i].name;	/* sorted */
		}
		if (t[i].fresh && !t[i].tainted) {
			fs->fresh = sc_realloc(fs->fresh, (fs->nfresh + 1) * sizeof(*fs->fresh));
			fs->fresh[fs->nfresh++] = t[i].name;	/* in sorted order */
		}
		free(t[i].in);
	}
	free(wh);
	free(t);
	free(keeps);
	if (fs->ncopyto)
		qsort(fs->copyto, fs->ncopyto, sizeof(*fs->copyto), cmp_name);
}

/* the generic twin "~struct X.F" of field @name, if some field copies
 * from it, or -1 */
static int generic_of(const struct fieldsets *fs, const char *name)
{
	char buf[300];

	if (!fs->ngeneric || snprintf(buf, sizeof(buf), "~%s", name) >= (int)sizeof(buf))
		return -1;
	return find(fs, buf);
}

/* the directory every file of @set is in (a whole kernel's kbuild run:
 * "", the top of the tree; a module's under M=: its directory), its
 * length */
static size_t program_root(const struct fact_set *set)
{
	const char *first = set->nfiles ? set->files[0].path : "";
	size_t n = strlen(first), k;
	int i;

	for (i = 1; i < set->nfiles && n; i++)
		for (k = 0; k < n; k++)
			if (set->files[i].path[k] != first[k]) {
				n = k;
				break;
			}
	while (n && first[n - 1] != '/')
		n--;
	return n;
}

/*
 * Does the zero an initializer of @file gives @field ("|0z") count?  Only
 * when the struct is defined under the program's root (@root, @len): a
 * database of a module, or of one directory, holds only some of the
 * initializers of a struct of the core or of another directory, whose
 * other objects may hold anything.  Every struct of a whole kernel's
 * run is under its root, "".
 */
static int own_zero(const struct fact_file *file, const char *field, const char *root,
		    size_t len)
{
	const char *def = fact_file_tag_def(file, field);

	return def && !strncmp(def, root, len);
}

/* a table's record ("table G", sparse_tables.c) or a function's write
 * of a field ("!"), which solve/tables.c reads: no store of bits */
static int is_table(const char *field, const char *what)
{
	return !strncmp(field, "table ", 6) || !strcmp(what, "!");
}

/* a store of bits made only where field test @test (a "struct T.F"
 * of @len characters) & @mask held */
struct fs_guarded {
	int field, twice;
	unsigned long long bits;
	const char *test;
	size_t len;
	unsigned long long mask;
	int dropped;
};

/* "(struct T.F&C)REST": the guarded store into *@g (of field @t, its
 * twin @twice), 1; 0 if @what is not one */
static int read_guarded(const char *what, int t, int twice, struct fs_guarded *g)
{
	const char *amp, *end;
	char *e;

	if (what[0] != '(' || !(end = strchr(what, ')')))
		return 0;
	for (amp = end; amp > what && *amp != '&'; amp--)
		;
	if (amp == what)
		return 0;
	g->mask = strtoull(amp + 1, &e, 16);
	if (e != end)
		return 0;
	g->test = what + 1;
	g->len = (size_t)(amp - what - 1);
	end++;
	if (*end == '@') {
		end++;
		twice = -1;
	}
	if (*end != '|')
		return 0;
	g->bits = strtoull(end + 1, NULL, 16);
	g->field = t;
	g->twice = twice;
	g->dropped = 0;
	return 1;
}

/* each file's stores into @fs's fields; the escapes into *@escs, the
 * guarded stores into *@gs, *@ngs */
static int read_stores(struct fieldsets *fs, const struct fact_set *set,
		       struct fs_esc **escs, struct fs_guarded **gs, int *ngs)
{
	int gcap = 0;
	int i, j, nesc = 0, cap = 0;
	size_t len = program_root(set);
	const char *root = set->nfiles ? set->files[0].path : "";

	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *file = &set->files[i];

		for (j = 0; j < file->nfstores; j++) {
			const char *what = file->fstores[j].what;
			struct fs_field *t;
			int s, line, col, twice;

			if (is_type(file->fstores[j].field) || is_keep(file->fstores[j].field) ||
			    !strcmp(file->fstores[j].field, "gfp-blocking") || what[0] == '=' ||
			    what[0] == '^' || is_table(file->fstores[j].field, what))
				continue;
			if (!strcmp(what + (what[0] == '@'), "|0z") &&
			    !own_zero(file, file->fstores[j].field, root, len))
				continue;
			t = &fs->f[find(fs, file->fstores[j].field)];
			if (what[0] == '(') {
				if (*ngs == gcap) {
					gcap = gcap ? 2 * gcap : 16;
					*gs = sc_realloc(*gs, gcap * sizeof(**gs));
				}
				t->seen = 1;
				if (read_guarded(what, (int)(t - fs->f),
						 generic_of(fs, t->name), &(*gs)[*ngs])) {
					if ((*gs)[*ngs].twice >= 0)
						fs->f[(*gs)[*ngs].twice].seen = 1;
					(*ngs)++;
				} else {
					t->unknown = 1;
				}
				continue;
			}
			/* a store through a plain pointer counts for the field
			 * and for its generic twin; "@": for the field only */
			twice = what[0] != '@' ? generic_of(fs, t->name) : -1;
			if (what[0] == '@')
				what++;
		again:
			t->seen = 1;
			switch (what[0]) {
			case '|':
				t->bits |= strtoull(what + 1, NULL, 16);
				break;
			case '<':
				s = find(fs, what + 1);
				if (s < 0) {	/* fs_build() names every source */
					t->unknown = 1;
					break;
				}
				if (t->nsrc == t->srccap) {
					t->srccap = t->srccap ? 2 * t->srccap : 2;
					t->src = sc_realloc(t->src, t->srccap * sizeof(*t->src));
				}
				t->src[t->nsrc++] = s;
				break;
			case '&':
				if (sscanf(what + 1, "%d:%d", &line, &col) != 2) {
					t->unknown = 1;
					break;
				}
				if (nesc == cap) {
					cap = cap ? 2 * cap : 16;
					*escs = sc_realloc(*escs, cap * sizeof(**escs));
				}
				(*escs)[nesc].file = file;
				(*escs)[nesc].line = line;
				(*escs)[nesc].col = col;
				(*escs)[nesc].field = (int)(t - fs->f);
				(*escs)[nesc].state = 0;
				nesc++;
				break;
			default:
				t->unknown = 1;
				break;
			}
			if (twice >= 0) {
				t = &fs->f[twice];
				twice = -1;
				goto again;
			}
		}
	}
	return nesc;
}

/* the calls through a pointer the escapes name: a target makes the
 * field unknown, and so does a call not found */
static void resolve_escapes(struct fieldsets *fs, const struct callgraph *g,
			    struct fs_esc *e, int n)
{
	int i, k;

	qsort(e, n, sizeof(*e), cmp_escs);
	for (i = 0; i < g->nc; i++) {
		const struct fact_call *c = g->c[i].c;
		const struct fact_file *file = g->f[g->c[i].func].file;

		if (c->callee || (k = find_esc(e, n, file, c->line, c->col)) < 0)
			continue;
		for (; k < n && !cmp_esc(&e[k], file, c->line, c->col); k++)
			if (e[k].state < 2)
				e[k].state = g->c[i].sn > 0 ? 2 : 1;
	}
	for (k = 0; k < n; k++)
		if (e[k].state != 1)
			fs->f[e[k].field].unknown = 1;
}

/* is the struct of @field ("struct T.F") one of fs->fresh? */
static int fresh_type(const struct fieldsets *fs, const char *field)
{
	const char *dot = strchr(field, '.');
	size_t len = dot ? (size_t)(dot - field) : 0;
	int lo = 0, hi = fs->nfresh - 1;

	while (dot && lo <= hi) {
		int mid = lo + (hi - lo) / 2;
		int d = strncmp(fs->fresh[mid], field, len);

		if (!d && fs->fresh[mid][len])
			d = 1;
		if (!d)
			return 1;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

void fs_build_ptrs(struct fieldsets *fs, const struct fact_set *set,
		   const struct rules *rules)
{
	memset(fs, 0, sizeof(*fs));
	fs->np = read_records(set, '=', &fs->p);
	taint_types(fs, set, rules);
}

/* joins the bits of each field's copies into it, until nothing changes */
static void join_copies(struct fieldsets *fs)
{
	int i, j, changed;

	do {
		changed = 0;
		for (i = 0; i < fs->n; i++) {
			struct fs_field *t = &fs->f[i];

			for (j = 0; j < t->nsrc && !t->unknown; j++) {
				const struct fs_field *s = &fs->f[t->src[j]];

				/* a generic twin no store reaches adds nothing */
				if (!s->seen && s->name[0] == '~')
					continue;
				if (!s->seen || s->unknown) {
					t->unknown = 1;
					changed = 1;
				} else if (s->bits & ~t->bits) {
					t->bits |= s->bits;
					changed = 1;
				}
			}
		}
	} while (changed);
}

void fs_build(struct fieldsets *fs, const struct callgraph *g)
{
	struct fs_guarded *gs = NULL;
	unsigned long long *base = NULL;
	unsigned char *base_unknown = NULL;
	int k, ngs = 0, dropped;
	const struct fact_set *set = g->set;
	const char **names = NULL;
	struct fs_esc *escs = NULL;
	int i, j, n = 0, cap = 0, nesc;

	memset(fs, 0, sizeof(*fs));
	read_gfp_blocking(fs, set);
	fs->np = read_records(set, '=', &fs->p);
	fs->nfn = read_records(set, '^', &fs->fn);
	for (i = 0; i < set->nfiles; i++)
		for (j = 0; j < set->files[i].nfstores; j++) {
			const struct fact_fstore *s = &set->files[i].fstores[j];

			if (is_type(s->field) || is_keep(s->field) ||
			    !strcmp(s->field, "gfp-blocking") || s->what[0] == '=' ||
			    s->what[0] == '^' || is_table(s->field, s->what))
				continue;
			if (n + 2 > cap) {
				cap = cap ? 2 * cap : 256;
				names = sc_realloc(names, cap * sizeof(*names));
			}
			names[n++] = s->field;
			/* a copy's source ("<F", "@<F") is a field too */
			if (s->what[s->what[0] == '@'] == '<')
				names[n++] = s->what + 1 + (s->what[0] == '@');
		}
	if (!n) {
		taint_types(fs, set, g->rules);	/* the fresh structs, pointers */
		return;
	}
	qsort(names, n, sizeof(*names), cmp_name);
	fs->f = sc_calloc(n, sizeof(*fs->f));
	for (i = 0; i < n; i++)
		if (!fs->n || strcmp(fs->f[fs->n - 1].name, names[i])) {
			fs->ngeneric += names[i][0] == '~';
			fs->f[fs->n++].name = names[i];
		}
	free(names);
	nesc = read_stores(fs, set, &escs, &gs, &ngs);
	if (nesc)
		resolve_escapes(fs, g, escs, nesc);
	free(escs);
	taint_types(fs, set, g->rules);
	/* a field only copied from, of a struct made from fresh memory:
	 * it holds what that memory holds, no bit */
	for (i = 0; i < fs->n; i++)
		if (!fs->f[i].seen && fresh_type(fs, fs->f[i].name))
			fs->f[i].seen = 1;
	fs->nguarded = ngs;
	if (ngs) {
		base = sc_calloc(fs->n, sizeof(*base));
		for (i = 0; i < fs->n; i++)
			base[i] = fs->f[i].bits;
		base_unknown = sc_calloc(fs->n, 1);
		for (i = 0; i < fs->n; i++)
			base_unknown[i] = fs->f[i].unknown;
	}
	do {
		if (ngs)
			for (i = 0; i < fs->n; i++) {
				fs->f[i].bits = base[i];
				fs->f[i].unknown = base_unknown[i];
			}
		for (k = 0; k < ngs; k++)
			if (!gs[k].dropped) {
				fs->f[gs[k].field].bits |= gs[k].bits;
				if (gs[k].twice >= 0)
					fs->f[gs[k].twice].bits |= gs[k].bits;
			}
		join_copies(fs);
		dropped = 0;
		for (k = 0; k < ngs; k++) {
			char test[300];

			if (gs[k].dropped || gs[k].len >= sizeof(test))
				continue;
			memcpy(test, gs[k].test, gs[k].len);
			test[gs[k].len] = 0;
			if (!fs_may_set(fs, test, gs[k].mask)) {
				gs[k].dropped = 1;
				fs->ndropped++;
				dropped = 1;
			}
		}
	} while (dropped);
	free(gs);
	free(base);
	free(base_unknown);
	for (i = 0; i < fs->n; i++)
		fs->nunknown += fs->f[i].seen && fs->f[i].unknown;
}

int fs_gfp_blocks(const struct fieldsets *fs, const char *field)
{
	/* a member no store names: stores through plain pointers may
	 * still reach it (its generic twin), so not a fresh struct's */
	int i = fs->gfp_blocking ? find(fs, field) : -1;

	if (i < 0 || !fs->f[i].seen || fs->f[i].unknown)
		return -1;
	return (fs->f[i].bits & fs->gfp_blocking) != 0;
}

int fs_may_set(const struct fieldsets *fs, const char *field, unsigned long long mask)
{
	int i = field ? find(fs, field) : -1;

	if (i < 0)
		return field && fresh_type(fs, field) ? 0 : -1;
	if (!fs->f[i].seen || fs->f[i].unknown)
		return -1;
	return (fs->f[i].bits & mask) != 0;
}

void fs_free(struct fieldsets *fs)
{
	int i;

	for (i = 0; i < fs->n; i++)
		free(fs->f[i].src);
	free(fs->f);
	free(fs->p);
	free(fs->fn);
	free(fs->nullable);
	free(fs->whole);
	free(fs->own);
	free(fs->copyto);
	free(fs->fresh);
	memset(fs, 0, sizeof(*fs));
}
