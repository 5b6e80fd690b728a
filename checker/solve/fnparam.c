/*
 * fnparam.c - what a function-pointer member of a parameter's object
 * holds at a call through it (see fnparam.h): the objects the callers
 * pass, and the functions bound to each.
 *
 * A global object's member F holds what its initializer gives it, what
 * a store into it by name gives it (a binding whose object is the
 * object), or what a store through a pointer gives any object of the
 * struct (a binding with no object, or with a member path "struct
 * T.M": it may be this one; not one through a pointer to what an
 * allocator returned, fact_binding.fresh, a T of its own) - unless objects of the struct may be
 * written or copied whole (fieldsets.c fs_struct_whole()), when it may
 * hold anything; so may a static object no binding of the field names
 * (a static local's list is not read).  A member M of a struct S whose
 * address is passed (`&adapter->cc`) holds what the bindings into the
 * path "struct S.M" give it, and those through a pointer or naming an
 * object, where nothing else may write it (path_may_hold()).  The
 * member at the call is the one the caller was given where neither it
 * nor what it passes the pointer on to may store it (fieldints.c
 * fi_may_store(); before any call, only its own stores: fi_own_store()),
 * or where every store into the field is a binding, which the maker's
 * question counts (changed_first()).  A parameter passed on is followed to the
 * callers' callers, at most FP_DEPTH deep.
 *
 * Where every caller passes the parameter on, up to functions called
 * only from outside the database (register_fib_notifier() in a tree
 * without the drivers that call it), the member holds only what those
 * outside callers give it: not a static function bound only into static
 * objects, which they can name neither (fp_outside_never()); one stored
 * through a pointer may be in an object they passed in and get back.
 */
#include <stdlib.h>
#include <string.h>

#include "fieldints.h"
#include "fieldvals.h"
#include "fnparam.h"

/* callers' callers followed for a parameter passed on */
#define FP_DEPTH 6

void fp_init(struct fnparam *p, const struct callgraph *g, const struct fieldsets *fs)
{
	memset(p, 0, sizeof(*p));
	p->g = g;
	p->fs = fs;
}

/* fp_outside()'s answers, per function and parameter (struct fnparam) */
enum { OUT_NONE, OUT_ASKING, OUT_NO, OUT_YES };

/* how deep fp_outside() follows callers' callers (each answer is kept) */
#define FP_OUT_DEPTH 24

void fp_free(struct fnparam *p)
{
	free(p->ostate);
	free(p->ovia);
	free(p->bound);
	memset(p, 0, sizeof(*p));
}

/* the member name F of @via ("struct T.F") */
static const char *member_of(const char *via)
{
	const char *dot = via ? strrchr(via, '.') : NULL;

	return dot ? dot + 1 : NULL;
}

/* the struct "struct T" of @field ("struct T.F") into @type; 0 if too
 * long or no member */
static int struct_of(const char *field, char *type, size_t size)
{
	const char *dot = strrchr(field, '.');

	if (!dot || (size_t)(dot - field) >= size)
		return 0;
	memcpy(type, field, (size_t)(dot - field));
	type[dot - field] = '\0';
	return 1;
}

/* is the struct of @via ("struct T.F") one whose objects may be written
 * or copied whole? */
static int via_whole(const struct fnparam *p, const char *via)
{
	char type[256];

	return !struct_of(via, type, sizeof(type)) || fs_struct_whole(p->fs, type);
}

/* may the member as the function @f was given it have changed when its
 * call @gc (passing @k on as argument @j, or making the call through @k's
 * member) runs: @f or what it passes @k on to may store it */
static int stored_first(struct fnparam *p, const struct cg_call *gc, int j, int k,
			const char *field)
{
	if (j >= 0 && fv_arg_param_fresh(gc->c->vals, j))
		return fi_own_store(p->g, gc->func, k, field, 0);
	return fi_may_store(p->g, gc->func, k, field, 0, &p->ncut);
}

/*
 * May function-pointer member @via of what @f was given as @k hold, when
 * call @gc runs, what the object's maker does not decide?  A store into
 * the member on the way (the caller's, by a function given the object,
 * or one the caller cannot be followed through: fib6_walk() links its
 * walker onto a list before the walk, net/ipv6/ip6_fib.c:2168; a
 * callback reached from the walk converts its walker with container_of(),
 * fib6_clean_node(), :2179) is one of the program's stores into the
 * field; where each of them is a binding (or NULL), what decides the
 * member at the object's maker (obj_may_hold(), path_may_hold()) counts
 * every binding that may reach it, so the question goes up unchanged.
 */
static int changed_first(struct fnparam *p, const struct cg_call *gc, int j, int k,
			 const char *via)
{
	return stored_first(p, gc, j, k, member_of(via)) && !fs_fn_stores_bound(p->fs, via);
}

int fp_call_param(struct fnparam *p, const struct cg_call *gc)
{
	const struct fact_call_x *x = fcx(gc->c);
	int k;

	if (gc->c->callee || x->nobjs != 1 || !member_of(x->via) ||
	    (k = fact_obj_param(&x->objs[0])) < 0 || k >= GFP_MAX_PARAMS)
		return -1;
	return changed_first(p, gc, -1, k, x->via) ? -1 : k;
}

/* the first binding of field @via in g->binds (sorted by field), or -1
 * (callgraph.c's cg_first_bind(), which this file does not call: the
 * solver's files that call each other are few) */
static int first_bind(const struct callgraph *g, const char *via)
{
	int lo = 0, hi = g->nbinds;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (strcmp(g->binds[mid].b->via, via) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->nbinds && !strcmp(g->binds[lo].b->via, via) ? lo : -1;
}

/* may binding @bd store function @fn: the same name, and of the same
 * file when static (a function of another link unit with the name too:
 * more than it may, never less) */
static int binds_fn(const struct callgraph *g, const struct cg_bind *bd, int fn)
{
	const struct cg_func *f = &g->f[fn];

	if (strcmp(bd->b->func, f->fn->name) || !bd->b->func_static != !f->fn->is_static)
		return 0;
	return !bd->b->func_static || bd->file == f->file;
}

/* is binding @bd stored through a pointer, not into an object by name? */
static int through_pointer(const struct cg_bind *bd)
{
	return !bd->b->object || !strncmp(bd->b->object, "struct ", 7);
}

/* may binding @bd, through a pointer, store into a global object or a
 * member of another struct?  Not through a pointer to what an allocator
 * returned in its function (fact_binding.fresh): a T of its own */
static int may_be_elsewhere(const struct cg_bind *bd)
{
	return through_pointer(bd) && !bd->b->fresh;
}

/* is binding @bd's object the global @name (@is_static: of @file)? */
static int bound_to(const struct cg_bind *bd, const char *name, int is_static,
		    const struct fact_file *file)
{
	if (!bd->b->object || strcmp(bd->b->object, name))
		return 0;
	return is_static ? bd->b->object_static && bd->file == file : !bd->b->object_static;
}

/*
 * Is what the initializer of object @name (@is_static: of @file) gives
 * member @via known?  Only where a binding of @via names it: a static
 * one may be a static local, whose initializer the front ends do not
 * read (README, Limits), a global one may be defined in a file not in
 * the database; or its list left the member out (NULL).
 */
static int list_seen(const struct callgraph *g, const char *via, const char *name,
		     int is_static, const struct fact_file *file)
{
	int i = first_bind(g, via);

	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, via); i++)
		if (bound_to(&g->binds[i], name, is_static, file))
			return 1;
	return 0;
}

/* may member @via of global object @name hold function @fn? */
static int obj_may_hold(struct fnparam *p, const char *via, const char *name,
			int is_static, const struct fact_file *file, int fn)
{
	const struct callgraph *g = p->g;
	int i = first_bind(g, via);

	if (via_whole(p, via) || !list_seen(g, via, name, is_static, file))
		return 1;
	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, via); i++)
		if (binds_fn(g, &g->binds[i], fn) && (may_be_elsewhere(&g->binds[i]) ||
				    bound_to(&g->binds[i], name, is_static, file)))
			return 1;
	return 0;
}

/* does file @f have fstore record @field @what? */
static int file_has(const struct fact_file *f, const char *field, const char *what)
{
	int i;

	for (i = 0; f && i < f->nfstores; i++)
		if (!strcmp(f->fstores[i].field, field) && !strcmp(f->fstores[i].what, what))
			return 1;
	return 0;
}

/*
 * May the object binding @bd names (by a list of its file) be, or hold,
 * an S (@s, "struct S"), and so its T (@t) be an S's member?  Its file's
 * lists say which structs holding function pointers they make
 * ("^list", sparse_fnptrs.c): one of S; or none of T at all, a file
 * whose facts do not say (checked before the record was written).
 */
static int may_be_in(const struct cg_bind *bd, const char *s, const char *t)
{
	return file_has(bd->file, s, "^list") || !file_has(bd->file, t, "^list");
}

/*
 * May member @via ("struct T.F") of the T that is member M of a struct
 * S, @path "struct S.M" (`&adapter->cc`), hold function @fn?  It holds
 * what a binding into the path gives it (object @path: `p->cc.read =
 * f`, both front ends name the member so, at any depth), what a store
 * through a plain T pointer gives any T (no object; not one whose T an
 * allocator returned, fact_binding.fresh), and what the
 * list of a named object gives it where its file makes a list of an S,
 * or of a struct or array holding an S (may_be_in(): a list of a plain
 * T is not one); not what a store into another struct's T member gives
 * that one.  Only where every value F
 * of an S's M gets is such a binding: no object of S (or of a struct
 * holding S) written or copied whole, no T written wholesale or copied
 * whole from another T into a place not recorded or into this path
 * (a copy into another struct's member, "*copy:struct X.M2", lands
 * there), no S nor T copied by an initializer (fs_init_copied(): a
 * list's `.cc = plain`, a local's `= plain`, no "*copy" record), every
 * store into T.F a function or NULL and its
 * address never taken, and a binding names @path for @via (M is a T:
 * not a member of another type converted to a T *); else it may.
 */
static int path_may_hold(struct fnparam *p, const char *via, const char *path, int fn)
{
	const struct callgraph *g = p->g;
	char s[256], t[256];
	int i = first_bind(g, via), seen = 0;

	if (!struct_of(path, s, sizeof(s)) || !struct_of(via, t, sizeof(t)) ||
	    fs_struct_whole(p->fs, s) || fs_struct_own_whole(p->fs, t) ||
	    fs_path_copied(p->fs, path) || fs_init_copied(p->fs, s) ||
	    fs_init_copied(p->fs, t) || !fs_fn_stores_bound(p->fs, via))
		return 1;
	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, via); i++) {
		const struct cg_bind *bd = &g->binds[i];
		int mine = bd->b->object && !strcmp(bd->b->object, path);

		seen |= mine;
		if (binds_fn(g, bd, fn) &&
		    (mine || (!bd->b->object && !bd->b->fresh) ||
		     (!through_pointer(bd) && may_be_in(bd, s, t))))
			return 1;
	}
	return !seen;
}

int fp_arg_holds(struct fnparam *p, const struct cg_call *gc, int j, const char *via,
		 int fn)
{
	const char *field = member_of(via);
	char name[300];
	int is_static, k;

	if (!field)
		return 0;
	if (fv_arg_addr(gc->c->vals, j, name, sizeof(name), &is_static)) {
		/* a member of a struct (`&adapter->cc`): its path's */
		if (!strncmp(name, "struct ", 7))
			return path_may_hold(p, via, name, fn) ? 0 : -1;
		return obj_may_hold(p, via, name, is_static,
				    p->g->f[gc->func].file, fn) ? 0 : -1;
	}
	k = fv_arg_param(gc->c->vals, j);
	if (k < 0 || k >= GFP_MAX_PARAMS)
		return 0;
	if (changed_first(p, gc, j, k, via))
		return 0;
	return 1 + k;
}

/* does @gc's constant argument contradict guard bit @bit (a flag atom of
 * a parameter of @f, the function called) being set (@set) or clear? */
static int contradicted(const struct callgraph *g, const struct cg_call *gc, int f,
			int bit, int set)
{
	unsigned long long mask;
	enum fv_int what;
	long long v;
	int k, kk, how, holds;

	if (!fact_func_atom(g->f[f].fn, bit - GFP_MAX_PARAMS, &k, &mask, &how) ||
	    (how & (ATOM_DEREF | ATOM_FIELD)) ||
	    fact_func_atom_field(g->f[f].fn, bit - GFP_MAX_PARAMS)[0])
		return 0;
	what = fv_arg_int(gc->c->vals, k, 0, &kk, &v);
	if (what != FV_CONST)
		return 0;
	holds = how & ATOM_EQ ? (unsigned long long)v == mask :
		((unsigned long long)v & mask) != 0;
	return holds != set;
}

/* does call @gc into @f pass constants that make guard @blk, @nblk of a
 * call in @f never hold? */
static int guard_never(const struct callgraph *g, const struct cg_call *gc, int f,
		       unsigned blk, unsigned nblk)
{
	int b;

	for (b = GFP_MAX_PARAMS; b < 32; b++)
		if (((blk >> b) & 1 && contradicted(g, gc, f, b, 1)) ||
		    ((nblk >> b) & 1 && contradicted(g, gc, f, b, 0)))
			return 1;
	return 0;
}

static void add_obj(struct cg_objs *o, const char *name, int is_static,
		    const struct fact_file *file)
{
	int i;

	for (i = 0; i < o->n; i++)
		if (!strcmp(o->v[i].name, name) && o->v[i].is_static == is_static &&
		    (!is_static || o->v[i].file == file))
			return;
	cg_objs_add(o, name, is_static, file);
}

/*
 * The objects parameter @k of @f may point to (into @o), from the calls
 * into @f (those whose constants contradict guard @blk, @nblk of the
 * dispatch call left out); 0 when not known: @f is not static (a module
 * not in the database may call it), or is called from nowhere here.
 */
static int objs_of(struct fnparam *p, int f, int k, const char *via, unsigned blk,
		   unsigned nblk, struct cg_objs *o, int depth)
{
	const char *field = member_of(via);
	const struct callgraph *g = p->g;
	char name[300];
	int r, is_static, kk;

	/* one called from outside the database may be given anything */
	if (depth > FP_DEPTH || !g->f[f].fn->is_static || g->rfirst[f] == g->rfirst[f + 1])
		return 0;
	for (r = g->rfirst[f]; r < g->rfirst[f + 1]; r++) {
		const struct cg_call *gc = &g->c[g->s[g->rslots[r]].call];

		if ((blk | nblk) && guard_never(g, gc, f, blk, nblk))
			continue;
		if (fv_arg_addr(gc->c->vals, k, name, sizeof(name), &is_static)) {
			if (!strncmp(name, "struct ", 7) ||
			    !list_seen(g, via, name, is_static, g->f[gc->func].file))
				return 0;
			add_obj(o, name, is_static, g->f[gc->func].file);
			continue;
		}
		kk = fv_arg_param(gc->c->vals, k);
		if (kk < 0 || kk >= GFP_MAX_PARAMS || stored_first(p, gc, k, kk, field) ||
		    !objs_of(p, gc->func, kk, via, 0, 0, o, depth + 1))
			return 0;
	}
	return 1;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* the names of the functions bound into a field here (their address
 * taken: a caller outside may have been given them with an object of
 * its own), sorted; a name, not a function: more, never fewer */
static void list_bound(struct fnparam *p)
{
	const struct callgraph *g = p->g;
	int i;

	p->bound = sc_malloc((g->nbinds + 1) * sizeof(*p->bound));
	for (i = 0; i < g->nbinds; i++)
		p->bound[i] = g->binds[i].b->func;
	qsort(p->bound, g->nbinds, sizeof(*p->bound), cmp_name);
}

static int is_bound(const struct fnparam *p, const char *name)
{
	return bsearch(&name, p->bound, p->g->nbinds, sizeof(*p->bound), cmp_name) != NULL;
}

/* @f's answers, one per parameter, for member @via: the answers kept
 * are for one member per function, those for another forgotten */
static signed char *out_answers(struct fnparam *p, int f, const char *via)
{
	signed char *st = &p->ostate[f * GFP_MAX_PARAMS];

	if (!p->ovia[f] || strcmp(p->ovia[f], via)) {
		memset(st, OUT_NONE, GFP_MAX_PARAMS);
		p->ovia[f] = via;
	}
	return st;
}

static int outside(struct fnparam *p, int f, int k, const char *via, int depth)
{
	const struct callgraph *g = p->g;
	signed char *st = out_answers(p, f, via);
	int r, kk, yes = 1;

	/* asked before; or being asked, a caller of its own caller: not
	 * known (OUT_ASKING) */
	if (st[k] != OUT_NONE)
		return st[k] == OUT_YES;
	if (depth > FP_OUT_DEPTH)
		return 0;
	st[k] = OUT_ASKING;
	if (g->rfirst[f] == g->rfirst[f + 1])
		yes = !g->f[f].fn->is_static && !is_bound(p, g->f[f].fn->name);
	for (r = g->rfirst[f]; yes && r < g->rfirst[f + 1]; r++) {
		const struct cg_call *gc = &g->c[g->s[g->rslots[r]].call];

		kk = fv_arg_param(gc->c->vals, k);
		yes = kk >= 0 && kk < GFP_MAX_PARAMS &&
		      !changed_first(p, gc, k, kk, via) &&
		      outside(p, gc->func, kk, via, depth + 1);
	}
	/* (a caller may have asked about another member meanwhile) */
	st = out_answers(p, f, via);
	st[k] = yes ? OUT_YES : OUT_NO;
	return yes;
}

int fp_outside(struct fnparam *p, int f, int k, const char *via)
{
	if (k < 0 || k >= GFP_MAX_PARAMS || !member_of(via))
		return 0;
	if (!p->ostate) {
		p->ostate = sc_calloc((size_t)(p->g->nf + 1) * GFP_MAX_PARAMS, 1);
		p->ovia = sc_calloc(p->g->nf + 1, sizeof(*p->ovia));
		list_bound(p);
	}
	return outside(p, f, k, via, 0);
}

int fp_bind_hidden(const struct cg_bind *bd)
{
	return bd->b->func_static && !through_pointer(bd) && bd->b->object_static;
}

int fp_outside_never(struct fnparam *p, int f, int k, const char *via, int fn)
{
	const struct callgraph *g = p->g;
	int i = first_bind(g, via), n = 0;

	if (!g->f[fn].fn->is_static)
		return 0;
	for (; i >= 0 && i < g->nbinds && !strcmp(g->binds[i].b->via, via); i++) {
		if (!binds_fn(g, &g->binds[i], fn))
			continue;
		if (!fp_bind_hidden(&g->binds[i]))
			return 0;
		n++;
	}
	if (!n || !fp_outside(p, f, k, via))
		return 0;
	p->nout++;
	return 1;
}

int fp_dispatch_objs(struct fnparam *p, const struct cg_call *gc, struct cg_objs *o,
		     int *param)
{
	const struct fact_call_x *x = fcx(gc->c);
	int k = fp_call_param(p, gc);

	*param = k;
	memset(o, 0, sizeof(*o));
	if (k < 0 || via_whole(p, x->via) ||
	    !objs_of(p, gc->func, k, x->via, x->gblk, x->gnblk, o, 0)) {
		cg_objs_free(o);
		return 0;
	}
	return 1;
}

int fp_objs_reach(const struct cg_objs *o, const struct cg_bind *bd)
{
	int i;

	if (through_pointer(bd))
		return 1;
	for (i = 0; i < o->n; i++)
		if (bound_to(bd, o->v[i].name, o->v[i].is_static, o->v[i].file))
			return 1;
	return 0;
}

int fp_first_bind(const struct callgraph *g, const char *via)
{
	return first_bind(g, via);
}

int fp_bind_names(const struct callgraph *g, const struct cg_bind *bd, int fn,
		  int *by_object)
{
	if (!binds_fn(g, bd, fn))
		return 0;
	*by_object = !through_pointer(bd);
	return 1;
}

int fp_bind_object(const struct cg_bind *bd, const char *name, int is_static,
		   const struct fact_file *file)
{
	return bound_to(bd, name, is_static, file);
}

int fp_via_whole(const struct fnparam *p, const char *via)
{
	return via_whole(p, via);
}

const char *fp_member_of(const char *via)
{
	return member_of(via);
}
