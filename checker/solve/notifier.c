/*
 * notifier.c - notifier blocks bound to their chain heads (notifier.h).
 *
 * Facts used: a call's `vals` say which argument is the address of a
 * global or static struct (J=&NAME, J=&NAME/s), of a member reached
 * through a pointer (J=&struct T.F: a head in a struct, `&net->
 * netdev_chain`, is one head per field of a struct type, every struct
 * net's netdev_chain), and which is the caller's pointer parameter passed
 * on (J=*K); bindings name the object a block's initializer fills
 * (`struct notifier_block nb = { .notifier_call = f }`) or the struct
 * member an assignment fills (`priv->nb.notifier_call = f`: "struct
 * priv.nb", every struct priv's), so a block in a member (`&priv->nb`) is
 * a known object when a binding names it, else not.
 *
 * 1. The dispatchers: in the body of each `notifier-call` function, the
 *    function it calls that calls through a field (notifier_call_chain(),
 *    or one level further for the _robust variants, in the same file).
 *    That field is the chain's; the calls through it there are cut, and
 *    the atomic state at the call into the dispatcher (rcu_read_lock() in
 *    atomic_notifier_call_chain()) is what the chain holds around its
 *    blocks.  Without those bodies in the database nothing changes.
 * 2. Wrappers, to a fixed point: a function that passes its parameter on
 *    as the head of a chain call is a chain call on that parameter (with
 *    the state its call holds added); one that passes its parameter on as
 *    the block of a registration registers that block, on the head the
 *    inner call names (a global: register_netdevice_notifier()) or on
 *    another parameter.  Names are matched as the rules match them,
 *    without link units.
 * 3. Registrations: each call of a registration function whose block is
 *    `&obj`, on a head `&head` or `&p->head`, or an unknown one
 *    (`&priv->nb`, a head that is a parameter of a function that is no
 *    wrapper).
 * 4. Chain dispatches: each chain call (not one inside a wrapper that
 *    passes its head on) reaches the blocks registered on its head, plus
 *    the known blocks registered on unknown heads of its kind; with the
 *    head not known, the blocks of every head of its kind; and every
 *    binding of the field when a registration there (on its head; with
 *    the head not known, on any of its kind) has a block that is not a
 *    known object (the finding's note says so).  A block not known on a
 *    head not known is not taken to be on every head: a known head is
 *    taken to have the blocks the database shows registered on it.
 *    A dispatch that nothing narrows does not make the field atomic for
 *    blame.c (as the call inside notifier_call_chain() it stands for did
 *    not): its findings are the caller's, -Wsleep-in-atomic-indirect.
 *    The dispatch's vals are the chain call's, moved to the arguments of
 *    the call through the field that are the chain function's
 *    parameters on every path there (block_args(), block_vals()): the
 *    event a chain call sends is the blocks' `val`.
 * Objects (object-init, object-put rules) go through the same steps, of
 * their own kind and with the rule's field: the dispatcher is the
 * function up to two calls down from the put that calls through that
 * field (kobject_put() -> kobject_release() -> kobject_cleanup()), and
 * the put reaches the types set on its object.
 * Linear in calls, times the rounds of the wrapper fixed point (at most
 * NF_ROUNDS), plus a sort of the registrations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fieldvals.h"
#include "notifier.h"

#define NF_ROUNDS 8
/* the arguments of a call through the blocks' field followed to the chain
 * call's (notifier_call(nb, val, v): three) */
#define NF_ARGS 8

/* a chain function: a rule's or a wrapper's */
struct nf_fn {
	const char *name;
	const char *kind;
	int call;			/* 1 chain call, 0 registration */
	int head;			/* argument of the head, -1: fixed */
	struct nf_obj fixed;		/* registration on a fixed head */
	int block;			/* registration: argument of the block */
	int rule;
	signed char depth[AK_NR];	/* chain call: held around the blocks */
	const char *field;	/* an object-put's field (kobj_type.release),
				 * NULL for a notifier chain's */
	const char *registrar;	/* a notifier-block rule's: the function
				 * whose head (fixed) its calls dispatch */
	int blockarg;		/* ... and its block argument */
	int stale;		/* ... whose body calls another block */
	int live;		/* chain call: its dispatcher is in the set */
	unsigned h;		/* hash_name(name) */
	/* a rule's chain call: the parameter (plus 1; 0 not known) each
	 * argument of the call through the field is, on every path to it
	 * (block_args()) */
	unsigned char args[NF_ARGS];
	int argsset;		/* args read from a definition */
};

struct ctx {
	const struct fact_set *set;
	struct nf_plan *p;
	struct nf_fn *fns;
	int nfns, cap;
	int *hash;
	int hsize;
	struct nf_reg *regs;
	int nregs, regs_cap;
	const char **members;	/* binding objects that are struct members,
				 * "struct T.F", sorted */
	int nmembers;
	/* every function's and every callee's name hashed once, not in
	 * each round: per function (p->ffirst order), and per call from
	 * coff[function] on (0 for a call with no callee) */
	unsigned *fnh, *ch;
	int *coff;
	/* the low 12 bits of the table's names' hashes, a bit each: a call
	 * whose callee's are not there is passed over without a probe (each
	 * round asks of every call of the program) */
	unsigned long long hbits[64];
};

#define HBIT_HAS(x, h) ((x)->hbits[((h) >> 6) & 63] >> ((h) & 63) & 1)

static unsigned hash_name(const char *s)
{
	unsigned h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static int fn_find_h(const struct ctx *x, const char *name, unsigned h)
{
	unsigned i = h & (x->hsize - 1);

	if (!HBIT_HAS(x, h))
		return -1;
	for (; x->hash[i] >= 0; i = (i + 1) & (x->hsize - 1))
		if (x->fns[x->hash[i]].h == h && !strcmp(x->fns[x->hash[i]].name, name))
			return x->hash[i];
	return -1;
}

static int fn_find(const struct ctx *x, const char *name)
{
	return fn_find_h(x, name, hash_name(name));
}

/* function @j of file @fi, and the callee of its call @k, in the table */
static int self_find(const struct ctx *x, int fi, int j)
{
	int f = x->p->ffirst[fi] + j;

	return fn_find_h(x, x->set->files[fi].funcs[j].name, x->fnh[f]);
}

/* ... without reading the call unless its hash is a chain function's:
 * each round looks at every call of the program */
static int callee_find(const struct ctx *x, int fi, int j, int k)
{
	unsigned h = x->ch[x->coff[x->p->ffirst[fi] + j] + k];
	unsigned i = h & (x->hsize - 1);
	const char *name;

	if (!HBIT_HAS(x, h))
		return -1;
	for (; x->hash[i] >= 0; i = (i + 1) & (x->hsize - 1)) {
		if (x->fns[x->hash[i]].h != h)
			continue;
		name = x->set->files[fi].funcs[j].calls[k].callee;
		if (name && !strcmp(x->fns[x->hash[i]].name, name))
			return x->hash[i];
	}
	return -1;
}

static void hash_names(struct ctx *x)
{
	int fi, j, k, nf = x->p->ffirst[x->set->nfiles], nc = 0;

	x->fnh = sc_malloc((nf + 1) * sizeof(*x->fnh));
	x->coff = sc_malloc((nf + 1) * sizeof(*x->coff));
	for (fi = 0; fi < x->set->nfiles; fi++)
		for (j = 0; j < x->set->files[fi].nfuncs; j++) {
			x->coff[x->p->ffirst[fi] + j] = nc;
			nc += x->set->files[fi].funcs[j].ncalls;
		}
	x->ch = sc_malloc((nc + 1) * sizeof(*x->ch));
	for (fi = 0; fi < x->set->nfiles; fi++)
		for (j = 0; j < x->set->files[fi].nfuncs; j++) {
			const struct fact_func *fn = &x->set->files[fi].funcs[j];
			int f = x->p->ffirst[fi] + j;

			x->fnh[f] = hash_name(fn->name);
			for (k = 0; k < fn->ncalls; k++)
				x->ch[x->coff[f] + k] = fn->calls[k].callee ?
					hash_name(fn->calls[k].callee) : 0;
		}
}

static struct nf_fn *fn_add(struct ctx *x, const char *name)
{
	unsigned i;

	if (x->nfns == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 32;
		x->fns = sc_realloc(x->fns, x->cap * sizeof(*x->fns));
	}
	if (2 * (x->nfns + 1) > x->hsize) {
		int k;

		free(x->hash);
		x->hsize = x->hsize ? 2 * x->hsize : 64;
		x->hash = sc_malloc(x->hsize * sizeof(int));
		for (k = 0; k < x->hsize; k++)
			x->hash[k] = -1;
		for (k = 0; k < x->nfns; k++) {
			i = hash_name(x->fns[k].name) & (x->hsize - 1);
			while (x->hash[i] >= 0)
				i = (i + 1) & (x->hsize - 1);
			x->hash[i] = k;
		}
	}
	i = hash_name(name) & (x->hsize - 1);
	while (x->hash[i] >= 0)
		i = (i + 1) & (x->hsize - 1);
	x->hash[i] = x->nfns;
	memset(&x->fns[x->nfns], 0, sizeof(x->fns[0]));
	x->fns[x->nfns].name = name;
	x->fns[x->nfns].h = hash_name(name);
	x->hbits[(x->fns[x->nfns].h >> 6) & 63] |= 1ull << (x->fns[x->nfns].h & 63);
	x->fns[x->nfns].head = -1;
	x->fns[x->nfns].block = -1;
	return &x->fns[x->nfns++];
}

static void add_depth(signed char *to, const signed char *a, const signed char *b)
{
	int k;

	for (k = 0; k < AK_NR; k++) {
		int d = a[k] + b[k];

		to[k] = d > AK_MAX_DEPTH ? AK_MAX_DEPTH : d < -AK_MAX_DEPTH ?
			-AK_MAX_DEPTH : d;
	}
}

/* the function @name of @file with a body, or -1 */
static int func_in(const struct fact_file *file, const char *name)
{
	int j;

	for (j = 0; j < file->nfuncs; j++)
		if (!strcmp(file->funcs[j].name, name))
			return j;
	return -1;
}

/*
 * Does function @j of file @fi call through field *@via (any field when
 * NULL, which sets it) at @level, or call a function of its file that
 * does, up to @maxlevel?  Marks those cut, and adds to @depth the state
 * at the call that leads there.
 */
static int dispatcher(struct ctx *x, int fi, int j, int level, int maxlevel,
		      const char **via, signed char *depth)
{
	const struct fact_file *file = &x->set->files[fi];
	const struct fact_func *fn = &file->funcs[j];
	const char *cut;
	int k, g, found = 0;

	for (k = 0; k < fn->ncalls; k++) {
		const struct fact_call *c = &fn->calls[k];

		if (!c->callee && fcx(c)->via && (!*via || !strcmp(*via, fcx(c)->via))) {
			*via = fcx(c)->via;
			x->p->cut[x->p->ffirst[fi] + j] = *via;
			found = 1;
		}
	}
	if (found || level >= maxlevel)
		return found;
	for (k = 0; k < fn->ncalls; k++) {
		const struct fact_call *c = &fn->calls[k];
		signed char inner[AK_NR] = { 0 };

		if (!c->callee || (g = func_in(file, c->callee)) < 0 || g == j)
			continue;
		cut = x->p->cut[x->p->ffirst[fi] + g];
		if (dispatcher(x, fi, g, level + 1, maxlevel, via, inner) ||
		    (level == 0 && cut && *via && !strcmp(cut, *via))) {
			signed char sum[AK_NR];

			add_depth(sum, c->depth, inner);
			for (g = 0; g < AK_NR; g++)
				if (sum[g] > depth[g])
					depth[g] = sum[g];
			found = 1;
		}
	}
	return found;
}

/* the parameter of its caller that argument @a of the call with @vals
 * is, passed on unchanged (J=*K, J=K), or -1 */
static int passed(const struct fact_vals *vals, int a)
{
	long long v;
	int k = fv_arg_param(vals, a);

	if (k >= 0)
		return k;
	return fv_arg_int(vals, a, 0, &k, &v) == FV_PARAM ? k : -1;
}

/* joins @k (a parameter plus 1, 0 none) into @map[@a], seen once *@seen */
static void join_arg(unsigned char *map, unsigned char *seen, int a, int k)
{
	if (!seen[a]) {
		seen[a] = 1;
		map[a] = (unsigned char)k;
	} else if (map[a] != k) {
		map[a] = 0;
	}
}

/*
 * The parameters of function @j of file @fi (plus 1) that the arguments
 * of its calls through field @via are, into @map: through the calls of
 * functions of its file that lead there (as dispatcher() found them, up
 * to @maxlevel deep), each argument the same parameter on every path or
 * not known (notifier_call_chain_robust() passes val_up to one call of
 * notifier_call_chain() and val_down to the other).  1 if a call
 * through @via is reached.
 */
static int block_args(struct ctx *x, int fi, int j, const char *via, int level,
		      int maxlevel, unsigned char *map)
{
	const struct fact_file *file = &x->set->files[fi];
	const struct fact_func *fn = &file->funcs[j];
	unsigned char seen[NF_ARGS] = { 0 };
	int k, a, g, found = 0;

	memset(map, 0, NF_ARGS);
	for (k = 0; k < fn->ncalls; k++) {
		const struct fact_call *c = &fn->calls[k];
		unsigned char inner[NF_ARGS];

		if (!c->callee && fcx(c)->via && !strcmp(fcx(c)->via, via)) {
			for (a = 0; a < NF_ARGS; a++)
				join_arg(map, seen, a, passed(c->vals, a) + 1);
			found = 1;
			continue;
		}
		if (level >= maxlevel || !c->callee || (g = func_in(file, c->callee)) < 0 ||
		    g == j || !block_args(x, fi, g, via, level + 1, maxlevel, inner))
			continue;
		for (a = 0; a < NF_ARGS; a++)
			join_arg(map, seen, a, inner[a] ? passed(c->vals, inner[a] - 1) + 1 : 0);
		found = 1;
	}
	return found;
}

/* the rules' functions, and the dispatchers in the chain calls' bodies */
static void load_rules(struct ctx *x, const struct rules *rules)
{
	int i, fi, j, pass;

	for (i = 0; i < rules->nnotifiers; i++) {
		const struct notifier_rule *r = &rules->notifiers[i];
		struct nf_fn *f;

		if (fn_find(x, r->name) >= 0)
			continue;
		f = fn_add(x, r->name);
		f->kind = r->kind;
		f->call = r->block < 0;
		f->head = r->head;
		f->block = r->block;
		f->field = r->field;
		f->registrar = r->registrar;
		f->blockarg = r->blockarg;
		f->rule = 1;
	}
	/* the notifier-block rules' functions once the chains' field is
	 * known: theirs is the same */
	for (pass = 0; pass < 2; pass++)
	for (fi = 0; fi < x->set->nfiles; fi++) {
		const struct fact_file *file = &x->set->files[fi];

		for (j = 0; j < file->nfuncs; j++) {
			int k = fn_find(x, file->funcs[j].name);
			signed char depth[AK_NR] = { 0 };
			const char *via;

			if (k < 0 || !x->fns[k].call || file->funcs[j].is_static ||
			    !x->fns[k].registrar != !pass ||
			    (x->fns[k].registrar && !x->p->via))
				continue;
			/* a notifier chain's field is found; an object's is
			 * the rule's, two calls deep (kobject_put() ->
			 * kobject_release() -> kobject_cleanup()) */
			via = x->fns[k].field ? x->fns[k].field : x->p->via;
			if (dispatcher(x, fi, j, 0, x->fns[k].field ? 2 :
				       x->fns[k].registrar ? 0 : 1, &via, depth)) {
				unsigned char args[NF_ARGS];
				int a;

				memcpy(x->fns[k].depth, depth, sizeof(depth));
				x->fns[k].live = 1;
				if (!block_args(x, fi, j, via, 0, x->fns[k].field ? 2 : 1, args))
					memset(args, 0, NF_ARGS);
				/* a block call's block is its block argument,
				 * or the rule does not describe this body */
				if (x->fns[k].registrar &&
				    args[0] != x->fns[k].blockarg + 1) {
					if (!x->fns[k].stale) {
						x->p->stale = sc_realloc(x->p->stale,
							(x->p->nstale + 1) * sizeof(*x->p->stale));
						x->p->stale[x->p->nstale++] = x->fns[k].name;
					}
					x->fns[k].stale = 1;
					x->p->cut[x->p->ffirst[fi] + j] = NULL;
					continue;
				}
				/* two definitions (two link units): the same */
				for (a = 0; a < NF_ARGS; a++)
					if (!x->fns[k].argsset)
						x->fns[k].args[a] = args[a];
					else if (x->fns[k].args[a] != args[a])
						x->fns[k].args[a] = 0;
				x->fns[k].argsset = 1;
				if (!x->fns[k].field)
					x->p->via = via;
			}
		}
	}
	/* every notifier chain call once one dispatcher is known */
	for (j = 0; j < x->nfns; j++)
		if (x->fns[j].call && !x->fns[j].field && x->p->via && !x->fns[j].stale)
			x->fns[j].live = 1;
}

/* a head or block argument @j of call @c in @file: 1 an object, 2 the
 * caller's parameter (*@param), 0 not known */
static int arg_of(const struct fact_file *file, const struct fact_call *c, int j,
		  struct nf_obj *o, char *buf, size_t size, int *param)
{
	int is_static;

	if (fv_arg_addr(c->vals, j, buf, size, &is_static)) {
		o->name = buf;
		o->file = is_static ? file->path : NULL;
		return 1;
	}
	*param = fv_arg_param(c->vals, j);
	return *param >= 0 ? 2 : 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* the struct members bindings name (`p->nb.notifier_call = f`), sorted */
static void member_objects(struct ctx *x)
{
	int fi, k, cap = 0;

	for (fi = 0; fi < x->set->nfiles; fi++) {
		const struct fact_file *f = &x->set->files[fi];

		for (k = 0; k < f->nbinds; k++) {
			const char *o = f->binds[k].object;

			if (!o || strncmp(o, "struct ", 7))
				continue;
			if (x->nmembers == cap) {
				cap = cap ? 2 * cap : 64;
				x->members = sc_realloc(x->members, cap * sizeof(*x->members));
			}
			x->members[x->nmembers++] = o;
		}
	}
	if (x->nmembers)
		qsort(x->members, x->nmembers, sizeof(*x->members), cmp_str);
}

/*
 * arg_of() for a block: `&priv->nb` (J=&struct T.F) names every block in
 * that field of a struct type; it is a known object when a binding names
 * it (`priv->nb.notifier_call = f`), else, as a block filled where we do
 * not see it, the caller's parameter when it is one too (a member at
 * offset 0), or not a known object.
 */
static int block_of(const struct ctx *x, const struct fact_file *file,
		    const struct fact_call *c, int j, struct nf_obj *o, char *buf,
		    size_t size, int *param)
{
	int r = arg_of(file, c, j, o, buf, size, param);
	const char *key = o->name;

	if (r != 1 || strncmp(o->name, "struct ", 7))
		return r;
	if (x->nmembers && bsearch(&key, x->members, x->nmembers,
				   sizeof(*x->members), cmp_str))
		return 1;
	o->name = NULL;
	*param = fv_arg_param(c->vals, j);
	return *param >= 0 ? 2 : 0;
}

static const char *keep(const char *s)
{
	return s ? sc_strdup(s) : NULL;
}

/* one round of finding wrappers; returns how many were found */
static int wrappers(struct ctx *x)
{
	int fi, j, k, n = 0;

	for (fi = 0; fi < x->set->nfiles; fi++) {
		const struct fact_file *file = &x->set->files[fi];

		for (j = 0; j < file->nfuncs; j++) {
			const struct fact_func *fn = &file->funcs[j];

			if (self_find(x, fi, j) >= 0)
				continue;
			for (k = 0; k < fn->ncalls; k++) {
				const struct fact_call *c = &fn->calls[k];
				struct nf_obj o = { NULL, NULL };
				char buf[256];
				int t, hp = -1, bp = -1, h;
				struct nf_fn *w, inner;

				if ((t = callee_find(x, fi, j, k)) < 0)
					continue;
				inner = x->fns[t];
				if (inner.call) {
					/* a block call dispatches a fixed head:
					 * its callers are no wrappers */
					if (inner.head < 0 ||
					    arg_of(file, c, inner.head, &o, buf,
						   sizeof(buf), &hp) != 2)
						continue;
					w = fn_add(x, fn->name);
					w->kind = inner.kind;
					w->call = 1;
					w->head = hp;
					w->field = inner.field;
					w->live = inner.live;
					add_depth(w->depth, c->depth, inner.depth);
					n++;
					break;
				}
				if (block_of(x, file, c, inner.block, &o, buf, sizeof(buf),
					     &bp) != 2)
					continue;
				if (inner.head >= 0)
					h = arg_of(file, c, inner.head, &o, buf,
						   sizeof(buf), &hp);
				else
					h = 1, o = inner.fixed;
				w = fn_add(x, fn->name);
				w->kind = inner.kind;
				w->block = bp;
				w->head = h == 2 ? hp : -1;
				if (h == 1) {
					w->fixed.name = keep(o.name);
					w->fixed.file = o.file;
				}
				n++;
				break;
			}
		}
	}
	return n;
}

static void add_reg(struct ctx *x, const char *kind, const struct nf_obj *head,
		    const struct nf_obj *block)
{
	struct nf_reg *r;

	if (x->nregs == x->regs_cap) {
		x->regs_cap = x->regs_cap ? 2 * x->regs_cap : 64;
		x->regs = sc_realloc(x->regs, x->regs_cap * sizeof(*x->regs));
	}
	r = &x->regs[x->nregs++];
	r->kind = kind;
	r->head.name = keep(head->name);
	r->head.file = head->file;
	r->block.name = keep(block->name);
	r->block.file = block->file;
	x->p->nregs++;
	x->p->nregs_unknown_head += !head->name;
	x->p->nregs_unknown_block += !block->name;
}

static int same_obj(const struct nf_obj *a, const struct nf_obj *b)
{
	if (!a->name || !b->name || strcmp(a->name, b->name))
		return 0;
	if (!a->file || !b->file)
		return !a->file && !b->file;
	return !strcmp(a->file, b->file);
}

static int cmp_obj(const void *a, const void *b)
{
	const struct nf_obj *x = a, *y = b;
	int d = strcmp(x->name, y->name);

	if (d)
		return d;
	if (!x->file || !y->file)
		return !!x->file - !!y->file;
	return strcmp(x->file, y->file);
}

/* the registrations each call of a registration function makes */
static void registrations(struct ctx *x)
{
	int fi, j, k;

	for (fi = 0; fi < x->set->nfiles; fi++) {
		const struct fact_file *file = &x->set->files[fi];

		for (j = 0; j < file->nfuncs; j++) {
			const struct fact_func *fn = &file->funcs[j];
			int self = self_find(x, fi, j);

			for (k = 0; k < fn->ncalls; k++) {
				const struct fact_call *c = &fn->calls[k];
				struct nf_obj head = { NULL, NULL }, block = { NULL, NULL };
				char hb[256], bb[256];
				int t, param;
				const struct nf_fn *r;

				if ((t = callee_find(x, fi, j, k)) < 0 ||
				    x->fns[t].call)
					continue;
				r = &x->fns[t];
				/* a wrapper passing its block on registers
				 * nothing itself */
				if (self >= 0 && !x->fns[self].call &&
				    !x->fns[self].rule &&
				    block_of(x, file, c, r->block, &block, bb, sizeof(bb),
					     &param) == 2)
					continue;
				if (self >= 0 && x->fns[self].rule)
					continue;
				if (block_of(x, file, c, r->block, &block, bb, sizeof(bb),
					     &param) != 1)
					block.name = NULL;
				if (r->head < 0)
					head = r->fixed;
				else if (arg_of(file, c, r->head, &head, hb, sizeof(hb),
						&param) != 1)
					head.name = NULL;
				add_reg(x, r->kind, &head, &block);
			}
		}
	}
}

/* the targets of a chain dispatch on @d->head (NF_HEAD) or of its kind */
static void targets(struct ctx *x, struct nf_dispatch *d)
{
	int i, n = 0;

	for (i = 0; i < x->nregs; i++) {
		const struct nf_reg *r = &x->regs[i];

		if (strcmp(r->kind, d->kind))
			continue;
		if (d->mode == NF_HEAD && r->head.name && !same_obj(&r->head, &d->head))
			continue;
		/* a block not known on a head not known: only a call on a
		 * head not known might reach it (and then every binding) */
		if (!r->block.name && !r->head.name && d->mode == NF_HEAD)
			continue;
		if (!r->block.name) {
			d->mode = NF_FIELD;
			d->why = r->head.name ? "a block registered on its head is "
				 "not a known object" : "a block registered on an "
				 "unknown head of its kind is not a known object";
			free(d->blocks);
			d->blocks = NULL;
			d->nblocks = 0;
			return;
		}
		d->blocks = sc_realloc(d->blocks, (n + 1) * sizeof(*d->blocks));
		d->blocks[n++] = r->block;
	}
	if (n)
		qsort(d->blocks, n, sizeof(*d->blocks), cmp_obj);
	d->nblocks = n;
}

/* is a record of @kind of a chain call's argument what the block's
 * argument is too?  Values the dispatcher passes on unchanged; not what
 * a block run before may change (the members of an object, an integer
 * an argument points to) nor the caller's own local objects */
static int block_kind(int kind)
{
	switch (kind) {
	case VAL_INT: case VAL_PARAM: case VAL_PARAM_FIELD: case VAL_ADDR:
	case VAL_GLOBAL: case VAL_PTRFIELD: case VAL_SFIELD: case VAL_CALL:
		return 1;
	default:
		return 0;
	}
}

/* the vals of the call through the field that a chain call with @vals
 * makes (a dispatch's fact_call): each of its arguments that is a
 * parameter of the chain function (@args, block_args()) is what the
 * chain call passes there; NULL when none is known (malloc'ed) */
static struct fact_vals *block_vals(const struct fact_vals *vals, const unsigned char *args)
{
	struct fact_vals *out = NULL;
	int a, i, keep;

	for (a = 0; vals && a < NF_ARGS; a++) {
		if (!args[a])
			continue;
		for (i = 0, keep = 0; i < vals->n; i++) {
			struct fact_val r = vals->v[i];

			if (r.kind == VAL_MORE ? !keep :
			    !(keep = r.j == args[a] - 1 && block_kind(r.kind)))
				continue;
			if (r.kind != VAL_MORE)
				r.j = (unsigned char)a;
			if (r.kind == VAL_PARAM)
				r.c = 0;	/* not before any call: J=*K */
			if (!out) {
				out = sc_malloc(sizeof(*out) + vals->n * NF_ARGS * sizeof(out->v[0]));
				out->n = 0;
			}
			out->v[out->n++] = r;
		}
	}
	return out;
}

/* the chain dispatch of each chain call */
static void dispatches(struct ctx *x)
{
	struct nf_plan *p = x->p;
	int fi, j, k, cap = 0;

	for (fi = 0; fi < x->set->nfiles; fi++) {
		const struct fact_file *file = &x->set->files[fi];

		for (j = 0; j < file->nfuncs; j++) {
			const struct fact_func *fn = &file->funcs[j];
			int self = self_find(x, fi, j);

			if (self >= 0 && x->fns[self].call)
				continue;	/* a chain function, or a wrapper */
			for (k = 0; k < fn->ncalls; k++) {
				const struct fact_call *c = &fn->calls[k];
				const struct nf_fn *r;
				struct nf_dispatch *d;
				char hb[256];
				int t, param, h;

				if ((t = callee_find(x, fi, j, k)) < 0 ||
				    !x->fns[t].call || !x->fns[t].live)
					continue;
				r = &x->fns[t];
				if (p->nd == cap) {
					cap = cap ? 2 * cap : 64;
					p->d = sc_realloc(p->d, cap * sizeof(*p->d));
				}
				d = &p->d[p->nd++];
				memset(d, 0, sizeof(*d));
				d->file = fi;
				d->func = j;
				d->orig = c;
				d->chain = c->callee;
				d->kind = r->kind;
				if (r->head >= 0)
					h = arg_of(file, c, r->head, &d->head, hb,
						   sizeof(hb), &param);
				else if ((h = r->fixed.name != NULL))
					d->head = r->fixed;
				d->mode = h == 1 ? NF_HEAD : NF_KIND;
				d->head.name = h == 1 ? keep(d->head.name) : NULL;
				targets(x, d);
				fact_call_x(&d->c)->via = (char *)(r->field ? r->field : p->via);
				d->object = r->field != NULL;
				d->c.line = c->line;
				d->c.col = c->col;
				d->c.vals = block_vals(c->vals, r->args);
				if (fcx(c)->gblk || fcx(c)->gnblk) {
					fact_call_x(&d->c)->gblk = c->x->gblk;
					d->c.x->gnblk = c->x->gnblk;
				}
				/* its rare part: its own, the strings the
				 * call's (nf_plan_free() frees only it) */
				if (c->x) {
					memcpy(fact_call_x(&d->c)->assumed, c->x->assumed,
					       sizeof(c->x->assumed));
					d->c.x->ctxoff = c->x->ctxoff;
				}
				add_depth(d->c.depth, c->depth, r->depth);
				if (atomic_active(c->depth)) {
					fact_call_x(&d->c)->aline = fcx(c)->aline;
					d->c.x->acol = fcx(c)->acol;
					d->c.x->awhat = fcx(c)->awhat;
					d->c.x->aassert = fcx(c)->aassert;
				} else if (atomic_active(d->c.depth)) {
					fact_call_x(&d->c)->aline = c->line;
					d->c.x->acol = c->col;
					d->c.x->awhat = c->callee;
				}
			}
		}
	}
}

/* each notifier-block rule's head: the fixed head its registrar
 * registers on (register_fib_notifier(): the netns's fib_chain); not
 * known (every head of its kind) when the registrar takes the head as
 * an argument or is not in the table */
static void registrar_heads(struct ctx *x)
{
	int i, t;

	for (i = 0; i < x->nfns; i++) {
		if (!x->fns[i].registrar ||
		    (t = fn_find(x, x->fns[i].registrar)) < 0 || x->fns[t].call ||
		    x->fns[t].head >= 0)
			continue;
		x->fns[i].fixed = x->fns[t].fixed;
	}
}

/* SLEEPCHECK_NOTIFIER_DUMP=1: the wrappers, registrations and chain
 * calls, to stderr */
static void dump(const struct ctx *x)
{
	static const char *const modes[] = { "head", "kind", "field" };
	int i;

	for (i = 0; i < x->nfns; i++)
		if (x->fns[i].name[0] && !x->fns[i].rule)
			fprintf(stderr, "notifier: wrapper %s %s %s head=%d%s%s "
				"block=%d\n", x->fns[i].name, x->fns[i].kind,
				x->fns[i].call ? "call" : "register", x->fns[i].head,
				x->fns[i].fixed.name ? " fixed=" : "",
				x->fns[i].fixed.name ? x->fns[i].fixed.name : "",
				x->fns[i].block);
	for (i = 0; i < x->nregs; i++)
		fprintf(stderr, "notifier: register %s %s on %s\n", x->regs[i].kind,
			x->regs[i].block.name ? x->regs[i].block.name : "?",
			x->regs[i].head.name ? x->regs[i].head.name : "?");
	for (i = 0; i < x->p->nd; i++) {
		const struct nf_dispatch *d = &x->p->d[i];

		fprintf(stderr, "notifier: %s:%d:%d: %s in %s: %s %s, %d blocks%s%s\n",
			x->set->files[d->file].path, d->c.line, d->c.col, d->chain,
			x->set->files[d->file].funcs[d->func].name, modes[d->mode],
			d->head.name ? d->head.name : "-", d->nblocks,
			d->why ? ": " : "", d->why ? d->why : "");
	}
}

static int cmp_reg_block(const void *a, const void *b)
{
	const struct nf_reg *x = *(const struct nf_reg *const *)a;
	const struct nf_reg *y = *(const struct nf_reg *const *)b;

	return cmp_obj(&x->block, &y->block);
}

/* p->byblock: the registrations of known blocks, sorted by block */
static void sort_by_block(struct nf_plan *p)
{
	int i;

	p->byblock = sc_malloc((p->nregs_kept + 1) * sizeof(*p->byblock));
	for (i = 0; i < p->nregs_kept; i++)
		if (p->regs[i].block.name)
			p->byblock[p->nbyblock++] = &p->regs[i];
	qsort(p->byblock, p->nbyblock, sizeof(*p->byblock), cmp_reg_block);
}

int nf_block_elsewhere(const struct nf_plan *p, const struct nf_dispatch *d,
		       const char *name, int is_static, const char *file)
{
	struct nf_obj key = { name, is_static ? file : NULL };
	int lo = 0, hi = p->nbyblock, n = 0;

	if (!name)
		return 0;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (cmp_obj(&p->byblock[mid]->block, &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < p->nbyblock && !cmp_obj(&p->byblock[lo]->block, &key); lo++, n++) {
		const struct nf_reg *r = p->byblock[lo];

		if (!r->head.name)
			return 0;	/* on a head not known: maybe this one */
		if (d->head.name ? same_obj(&r->head, &d->head) : !strcmp(r->kind, d->kind))
			return 0;
	}
	return n > 0;
}

void nf_plan_build(struct nf_plan *p, const struct fact_set *set,
		   const struct rules *rules)
{
	struct ctx x;
	int i, nf = 0, live = 0;

	memset(p, 0, sizeof(*p));
	memset(&x, 0, sizeof(x));
	x.set = set;
	x.p = p;
	p->ffirst = sc_calloc(set->nfiles + 1, sizeof(int));
	for (i = 0; i < set->nfiles; i++) {
		p->ffirst[i] = nf;
		nf += set->files[i].nfuncs;
	}
	p->ffirst[set->nfiles] = nf;
	p->cut = sc_calloc(nf + 1, sizeof(*p->cut));
	if (!rules->nnotifiers)
		return;
	fn_add(&x, "")->kind = "";	/* the table is never empty */
	load_rules(&x, rules);
	member_objects(&x);
	for (i = 0; i < x.nfns && !live; i++)
		live = x.fns[i].live;
	if (live) {
		int before = x.nfns;

		hash_names(&x);
		for (i = 0; i < NF_ROUNDS && wrappers(&x); i++)
			;
		p->nwrappers = x.nfns - before;
		registrar_heads(&x);
		registrations(&x);
		dispatches(&x);
	}
	if (getenv("SLEEPCHECK_NOTIFIER_DUMP"))
		dump(&x);
	for (i = 0; i < x.nfns; i++)
		if (!x.fns[i].rule)
			free((char *)x.fns[i].fixed.name);
	p->regs = x.regs;	/* the dispatches' blocks point into them */
	p->nregs_kept = x.nregs;
	sort_by_block(p);
	free(x.fns);
	free(x.hash);
	free(x.members);
	free(x.fnh);
	free(x.ch);
	free(x.coff);
}

int nf_has_block(const struct nf_dispatch *d, const char *name, int is_static,
		 const char *file)
{
	struct nf_obj key = { name, is_static ? file : NULL };

	return name && d->nblocks &&
	       bsearch(&key, d->blocks, d->nblocks, sizeof(key), cmp_obj) != NULL;
}

void nf_plan_free(struct nf_plan *p)
{
	int i;

	for (i = 0; i < p->nd; i++) {
		free((char *)p->d[i].head.name);
		free(p->d[i].blocks);
		free(p->d[i].c.x);
		free((struct fact_vals *)p->d[i].c.vals);
	}
	free(p->d);
	for (i = 0; i < p->nregs_kept; i++) {
		free((char *)p->regs[i].head.name);
		free((char *)p->regs[i].block.name);
	}
	free(p->regs);
	free(p->byblock);
	free(p->stale);
	free(p->cut);
	free(p->ffirst);
	memset(p, 0, sizeof(*p));
}
