/*
 * callgraph.c - builds the call graph (see callgraph.h).
 *
 * Functions are found by name with one sort and a hash index of each
 * name's first place in it (strpool.h); a static function only from its
 * own file.  Bindings are sorted by their "struct type.field" so a call
 * through a pointer finds its candidates with a binary search; a call
 * whose struct comes from a pointer member keeps only the bindings of the
 * objects stored there (cg_ptr_objects, fieldsets.c).  A rule naming a function wins over its
 * definition: the definition is not followed; only a documented sleep
 * (doc-sleep) yields to a definition, applying where there is none.
 * Names resolve within link units (callgraph.h), and a field is one
 * struct's: "struct T.f" of two different definitions of T are two.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callgraph.h"
#include "fieldvals.h"
#include "objfields.h"
#include "phase.h"

/*
 * The names index maps a name to its first place in byname, or, for a
 * name of one global function that no rule names (most of a program's),
 * to SIMPLE_AT() of it: a call of it is linked to byname[place] from the
 * index alone, without reading the name's entry (callgraph.nm) at
 * random.  SIMPLE_AT() is its own inverse, below -1 (not found).
 */
#define SIMPLE_AT(at) (-2 - (at))

struct builder {
	struct callgraph *g;
	struct cg_bind *binds;
	int nbinds;
};

/*
 * Functions sorted by name (then index): by the name's first 8 bytes as
 * a big-endian number, which orders as strcmp() does, so that most
 * comparisons read no name; strcmp() only for equal prefixes.
 */
struct name_key {
	unsigned long long prefix;
	const char *name;
	int f;
	unsigned hash;		/* strpool_hash(name): two names of one
				 * prefix and hash are compared, others
				 * differ */
};

static unsigned long long name_prefix(const char *s)
{
	unsigned long long v = 0;
	int i;

	for (i = 0; i < 8; i++) {
		v = v << 8 | (unsigned char)*s;
		if (*s)
			s++;
	}
	return v;
}

static int cmp_byname(const void *a, const void *b)
{
	const struct name_key *x = a, *y = b;
	int d;

	if (x->prefix != y->prefix)
		return x->prefix < y->prefix ? -1 : 1;
	d = strcmp(x->name, y->name);
	return d ? d : x->f - y->f;
}

static int cmp_bind(const void *a, const void *b)
{
	const struct cg_bind *x = a, *y = b;
	int d = strcmp(x->b->via, y->b->via);

	if (d)
		return d;
	d = strcmp(x->b->func, y->b->func);
	if (d)
		return d;
	d = strcmp(x->file->path, y->file->path);
	return d ? d : x->b->line - y->b->line;
}

/* first index in byname whose name is @name, or -1: from the hash index
 * while it is there, else by a binary search (after cg_build(), a few
 * lookups of bound functions) */
/* the first of @n sorted entries whose name (@name_at) is @key, or -1 */
static int first_named(const struct callgraph *g, int n, const char *key,
		       const char *(*name_at)(const struct callgraph *g, int i))
{
	int lo = 0, hi = n - 1, found = -1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;
		int d = strcmp(name_at(g, mid), key);

		if (d == 0)
			found = mid;
		if (d >= 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return found;
}

static const char *byname_at(const struct callgraph *g, int i)
{
	return g->f[g->nm[i].func].fn->name;
}

static const char *bind_at(const struct callgraph *g, int i)
{
	return g->binds[i].b->via;
}

static int find_name(const struct callgraph *g, const char *name)
{
	if (!name)
		return -1;
	if (g->names.size) {
		int at = nameidx_get(&g->names, name);

		return at <= SIMPLE_AT(0) ? SIMPLE_AT(at) : at;
	}
	return first_named(g, g->nf, name, byname_at);
}

int cg_binder_excludes(const struct callgraph *g, const struct cg_call *gc,
		       const struct cg_bind *bd)
{
	return bd->b->binder &&
	       rules_binder_excludes(g->rules, bd->b->binder, g->f[gc->func].fn->name);
}

int cg_first_bind(const struct callgraph *g, const char *via)
{
	return first_named(g, g->nbinds, via, bind_at);
}

static void add_slot(struct callgraph *g, int call, int target, unsigned blk,
		     unsigned nblk, const struct cg_bind *bind)
{
	struct cg_slot *s;

	if (g->c[call].sn == CG_MAX_SN)
		return;
	if (g->ns == g->scap) {
		/* sized for one target a call first (cg_build()): grown by
		 * halves, not doubled, past it */
		g->scap = g->scap ? g->scap + g->scap / 2 : 1024;
		g->s = sc_realloc(g->s, g->scap * sizeof(*g->s));
	}
	if (blk != fcx(g->c[call].c)->gblk || nblk != fcx(g->c[call].c)->gnblk) {
		if (g->nsg == g->sgcap) {
			g->sgcap = g->sgcap ? 2 * g->sgcap : 64;
			g->sg = sc_realloc(g->sg, g->sgcap * sizeof(*g->sg));
		}
		g->sg[g->nsg].slot = g->ns;
		g->sg[g->nsg].blk = blk;
		g->sg[g->nsg].nblk = nblk;
		g->nsg++;
	}
	s = &g->s[g->ns++];
	s->call = call;
	s->target = target;
	s->bind_ix = bind ? (int)(bind - g->binds) : -1;
	s->cut = 0;
	g->c[call].sn++;
}

void cg_slot_guard(const struct callgraph *g, int i, unsigned *blk,
		   unsigned *nblk)
{
	int lo = 0, hi = g->nsg - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;

		if (g->sg[mid].slot == i) {
			*blk = g->sg[mid].blk;
			*nblk = g->sg[mid].nblk;
			return;
		}
		if (g->sg[mid].slot < i)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	*blk = fcx(g->c[g->s[i].call].c)->gblk;
	*nblk = fcx(g->c[g->s[i].call].c)->gnblk;
}

int cg_unit_of(const struct callgraph *g, const struct fact_file *file)
{
	long i = file - g->set->files;

	return i >= 0 && i < g->set->nfiles ? g->funit[i] : 0;
}

/*
 * How near a global function of unit @to is, for a name used in unit
 * @from: 0 the same unit, 1 vmlinux seen from a module, 2 another module
 * seen from a module (its exported symbols); -1 not visible.
 */
static int name_tier(const struct callgraph *g, int from, int to)
{
	if (from == to)
		return 0;
	if (g->units[from].kind != CG_MODULE)
		return -1;
	if (g->units[to].kind == CG_VMLINUX)
		return 1;
	return g->units[to].kind == CG_MODULE ? 2 : -1;
}

int cg_bind_reaches(const struct callgraph *g, const struct fact_file *file,
		    const char *via, const struct cg_bind *bd)
{
	int u = cg_unit_of(g, file);
	const char *def;

	if (u != bd->unit && (g->units[u].kind == CG_IMAGE ||
			      g->units[bd->unit].kind == CG_IMAGE))
		return 0;
	def = bd->def ? fact_file_tag_def(file, via) : NULL;
	return !def || !strcmp(def, bd->def);
}

/*
 * The function named @name that @file sees, at *@at of byname onwards:
 * the static one of @file, or the global ones of the nearest unit
 * (name_tier()).  Returns the tier, or -1 when none is visible.
 */
static int nearest_tier(const struct callgraph *g, int at, const char *name,
			int is_static, const struct fact_file *file)
{
	int u = cg_unit_of(g, file), best = -1, end = at + g->nm[at].nsame;
	int fi = (int)(file - g->set->files);

	for (; at >= 0 && at < end; at++) {
		const struct cg_name *f = &g->nm[at];
		int tier;

		if (is_static) {
			if (f->file == fi && f->is_static)
				return 0;
			continue;
		}
		if (f->is_static)
			continue;
		tier = name_tier(g, u, g->funit[f->file]);
		if (tier >= 0 && (best < 0 || tier < best))
			best = tier;
	}
	return best;
}

/* does the function at @at of byname stand for @name in @file, at tier
 * @tier? */
static int visible_at(const struct callgraph *g, int at, int is_static,
		      const struct fact_file *file, int tier)
{
	const struct cg_name *f = &g->nm[at];

	if (is_static)
		return f->file == (int)(file - g->set->files) && f->is_static;
	return !f->is_static &&
	       name_tier(g, cg_unit_of(g, file), g->funit[f->file]) == tier;
}

/* functions named @name, at @at of byname, visible from @file (static
 * ones only there) */
static void add_named_at(struct callgraph *g, int call, int at, const char *name,
			 int is_static, const struct fact_file *file, unsigned blk,
			 unsigned nblk, const struct cg_bind *bind)
{
	int tier, end;

	if (at < 0)
		return;
	if (g->nm[at].nsame == 1) {
		/* one function of the name (most): what the search below
		 * makes of it, without weighing tiers; a global one is
		 * linked whatever its tier (the nearest of one) */
		const struct cg_name *f = &g->nm[at];

		if (is_static ? f->file == (int)(file - g->set->files) && f->is_static :
		    !f->is_static)
			add_slot(g, call, f->func, blk, nblk, bind);
		return;
	}
	tier = nearest_tier(g, at, name, is_static, file);
	for (end = at + g->nm[at].nsame; at < end; at++) {
		int t = g->nm[at].func;

		if (!visible_at(g, at, is_static, file, tier)) {
			g->nunit_skipped += !is_static && !g->nm[at].is_static;
			continue;
		}
		add_slot(g, call, t, blk, nblk, bind);
		if (is_static)
			break;
	}
}

static void add_named(struct callgraph *g, int call, const char *name,
		      int is_static, const struct fact_file *file, unsigned blk,
		      unsigned nblk, const struct cg_bind *bind)
{
	add_named_at(g, call, find_name(g, name), name, is_static, file, blk,
		     nblk, bind);
}

/*
 * Resolving five million callee names is a walk of memory at random: the
 * hash table's slot, the name it holds, the definitions' entries.  So
 * the names are hashed RES_AHEAD calls ahead and their slot asked for,
 * the name and entries of that slot half way, and each is at hand when
 * its call is resolved (a hash per call kept in a ring of RES_AHEAD).
 */
#define RES_AHEAD 32

static void res_hash(const struct callgraph *g, int j, unsigned *ring)
{
	const char *name = j < g->nc ? g->c[j].c->callee : NULL;
	unsigned hv;

	if (!name || !g->names.size)
		return;
	hv = strpool_hash(name);
	ring[j % RES_AHEAD] = hv;
	__builtin_prefetch(&g->names.slot[hv & (g->names.size - 1)]);
}

static void res_slot(const struct callgraph *g, int j, const unsigned *ring)
{
	const char *name = j < g->nc ? g->c[j].c->callee : NULL;
	unsigned hv = ring[j % RES_AHEAD];
	size_t h, mask = g->names.size - 1;

	if (!name || !g->names.size)
		return;
	for (h = hv & mask; g->names.slot[h].key; h = (h + 1) & mask)
		if (g->names.slot[h].hash == hv) {
			int at = g->names.slot[h].val;

			__builtin_prefetch(g->names.slot[h].key);
			if (at <= SIMPLE_AT(0))
				__builtin_prefetch(&g->byname[SIMPLE_AT(at)]);
			else
				__builtin_prefetch(&g->nm[at]);
			return;
		}
}

/*
 * What the rules say of callee @name, found at @at of byname (-1: no
 * function has the name): the rule naming it, and in *@nocall whether a
 * nocall rule names it as a callee.  Looked up once per name that has a
 * function and kept in g->nm (the same answer for each of its calls).
 */
static const struct rule *callee_rule(struct callgraph *g, int at,
				      const char *name, int *nocall)
{
	struct cg_name *nm;
	int i;

	if (at < 0) {
		*nocall = 1;	/* rules_nocall() decides */
		return rules_lookup(g->rules, name);
	}
	nm = &g->nm[at];
	if (!nm->known) {
		nm->rule = rules_lookup(g->rules, name);
		for (i = 0; i < g->rules->nnocalls && !nm->nocall; i++)
			nm->nocall = !strcmp(g->rules->nocalls[i].callee, name);
		nm->known = 1;
	}
	*nocall = nm->nocall;
	return nm->rule;
}

/*
 * A rule for one call: @r's "its gfp_t argument" made an argument number
 * for this call, or (@convention) the gfp convention for a callee whose
 * body is not in the database: a function taking a gfp_t may sleep when
 * the flags allow blocking.  A nosleep rule exempts a function from it.
 * A call with no argument seen as a gfp_t gets one past its last, whose
 * class is unknown, so it may sleep.
 */
static const struct rule *call_rule(struct callgraph *g, const struct rule *r,
				    const struct fact_call *c, int convention)
{
	/* owned by the rules: findings point to it after cg_free() */
	struct rule *nr = rules_derive(g->rules, r);
	int k = fact_call_gfp_arg(c);

	if (!r)
		nr->name = c->callee;
	nr->kind = RULE_SLEEP_IF_GFP;
	nr->arg = k >= 0 ? k : c->args ? (int)strlen(c->args) : 0;
	nr->convention = convention;
	return nr;
}

/*
 * A documented sleep (doc-sleep, from a kernel-doc "Context:" line) for a
 * call to a function whose body is not in the database: a plain sleep
 * rule, or with "gfp" one on whichever argument is a gfp_t.  A function
 * with a body keeps its computed summary, so this is called only then.
 */
static const struct rule *doc_rule(struct callgraph *g, const struct rule *r,
				   const struct fact_call *c)
{
	struct rule *nr;

	if (r->arg == RULE_ARG_GFP)
		return call_rule(g, r, c, 0);
	nr = rules_derive(g->rules, r);
	nr->kind = RULE_SLEEP;
	nr->arg = -1;
	return nr;
}

/* the objects a pointer member may hold (cg_ptr_objects) */
static int add_ptr_obj(void *arg, const char *name, int is_static,
		       const struct fact_file *file)
{
	cg_objs_add(arg, name, is_static, file);
	return 1;
}

static int cmp_ptr_obj(const void *a, const void *b)
{
	return strcmp(((const struct cg_obj *)a)->name, ((const struct cg_obj *)b)->name);
}

/*
 * Call @c's function pointer is in a struct loaded from a pointer member
 * (its one object is a fact_ptr_source() name): the objects the program
 * stores into that member, into *@o; 1, or 0 when not known.
 */
static int ptr_source(const struct callgraph *g, const struct fact_call *c,
		      struct cg_objs *o)
{
	char field[300], plain[300];

	if (!g->po || fcx(c)->nobjs != 1 ||
	    !fact_ptr_source_parse(fcx(c)->objs[0].name, field, plain, sizeof(field)))
		return 0;
	if (g->po->objects(g->po->fs, field, plain, add_ptr_obj, o) >= 0) {
		if (o->n > 1)
			qsort(o->v, o->n, sizeof(*o->v), cmp_ptr_obj);
		return 1;
	}
	cg_objs_free(o);
	return 0;
}

/* is binding @bd's object one of @o (sorted by name)? */
static int ptr_obj_has(const struct cg_objs *o, const struct cg_bind *bd)
{
	int lo = 0, hi = o->n, i;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (strcmp(o->v[mid].name, bd->b->object) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < o->n && !strcmp(o->v[i].name, bd->b->object); i++)
		if (o->v[i].is_static ? bd->b->object_static && bd->file == o->v[i].file :
		    !bd->b->object_static)
			return 1;
	return 0;
}

static void resolve_indirect(struct builder *b, int call)
{
	struct callgraph *g = b->g;
	struct cg_call *gc = &g->c[call];
	const struct fact_call *c = gc->c;
	const struct nf_dispatch *nf = cg_call_nf(gc);
	const struct fact_file *file = g->f[gc->func].file;
	const struct fact_obj *objs = fcx(c)->objs;
	int nobjs = fcx(c)->nobjs, at, i, before = g->ns, known;
	struct cg_objs po = { NULL, 0, 0 };

	g->nindirect++;
	if (!fcx(c)->via || (at = cg_first_bind(g, fcx(c)->via)) < 0) {
		g->nunresolved++;
		return;
	}
	/* a pointer member's stores, not an object of the function */
	if (nobjs && objs[0].name[0] == '=') {
		known = ptr_source(g, c, &po);
		g->nptrobj_calls += known;
		gc->ptrobj = (unsigned char)known;
		nobjs = 0;
	} else {
		known = 0;
		/* a parameter's member: its callers decide (fnparam.c) */
		if (nobjs && fact_obj_param(&objs[0]) >= 0)
			nobjs = 0;
	}
	/* (not narrowed by a member's stores: they may still be many, and
	 * more than CG_MAX_SURE left make the call wide) */
	gc->narrowed = nobjs > 0 || (nf && nf->mode != NF_FIELD);
	for (; at < b->nbinds && !strcmp(b->binds[at].b->via, fcx(c)->via); at++) {
		const struct cg_bind *bd = &b->binds[at];
		unsigned blk = fcx(c)->gblk, nblk = fcx(c)->gnblk;

		if (!cg_bind_reaches(g, file, fcx(c)->via, bd)) {
			g->nfield_split++;
			continue;
		}

		if (nf && nf->mode != NF_FIELD &&
		    !nf_has_block(nf, bd->b->object, bd->b->object_static,
				  bd->file->path))
			continue;	/* not registered on the chain's head */
		if (nf && nf->mode == NF_FIELD &&
		    nf_block_elsewhere(&g->notif, nf, bd->b->object,
				       bd->b->object_static, bd->file->path)) {
			g->nnotifier_elsewhere++;
			continue;	/* on another chain */
		}
		if (cg_binder_excludes(g, gc, bd)) {
			g->nbinder_cut++;
			continue;
		}
		if (cg_sibling_excludes(gc, bd)) {
			g->nsibling_cut++;
			continue;
		}
		if (known && bd->b->object && !ptr_obj_has(&po, bd)) {
			g->nptrobj_cut++;
			continue;
		}
		if (nobjs && bd->b->object) {
			/*
			 * The pointer comes from known objects: only theirs.
			 * An object known twice holds under either guard: only
			 * what both say is kept.
			 */
			unsigned oblk = ~0u, onblk = ~0u;
			int found = 0;

			for (i = 0; i < nobjs; i++) {
				if (strcmp(objs[i].name, bd->b->object))
					continue;
				if (objs[i].is_static && bd->file != file)
					continue;
				oblk &= objs[i].blk;
				onblk &= objs[i].nblk;
				found = 1;
			}
			if (!found)
				continue;
			blk |= oblk;
			nblk |= onblk;
		}
		gc->ncand++;
		if (gc->capped)
			continue;	/* counted, not followed */
		if (g->ns - before >= CG_MAX_FANOUT) {
			gc->capped = 1;
			g->ncapped++;
			continue;
		}
		add_named(g, call, bd->b->func, bd->b->func_static, bd->file,
			  blk, nblk, bd);
	}
	gc->wide = !gc->narrowed && gc->ncand > CG_MAX_SURE;
	if (!gc->sn)
		g->nunresolved++;
	cg_objs_free(&po);
}

static void cg_call_flags(struct cg_call *gc)
{
	gc->atomic = (unsigned char)atomic_active(gc->c->depth);
	gc->fnargs = fcx(gc->c)->nfnargs > 0;
}

/* the unit named @name of kind @kind, added if new */
static int unit_id(struct callgraph *g, const char *name, enum cg_unit_kind kind,
		   const struct link_unit *rule)
{
	int i;

	for (i = 0; i < g->nunits; i++)
		if (g->units[i].kind == kind && !strcmp(g->units[i].name, name))
			return i;
	g->units = sc_realloc(g->units, (g->nunits + 1) * sizeof(*g->units));
	g->units[g->nunits].name = name;
	g->units[g->nunits].kind = kind;
	g->units[g->nunits].rule = rule;
	return g->nunits++;
}

/*
 * Each file's unit: the image a link-unit rule names for its path, else
 * the module its command line named, else vmlinux (also when nothing
 * was recorded: a database of an older sleepcheck).
 */
static void assign_units(struct callgraph *g, const struct fact_set *set)
{
	int i;

	g->set = set;
	g->funit = sc_calloc(set->nfiles + 1, sizeof(int));
	unit_id(g, "vmlinux", CG_VMLINUX, NULL);
	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *f = &set->files[i];
		const struct link_unit *r = rules_link_unit(g->rules, f->path);

		if (r && strcmp(r->name, "vmlinux"))
			g->funit[i] = unit_id(g, r->name, CG_IMAGE, r);
		else if (!r && f->unit)
			g->funit[i] = unit_id(g, f->unit, CG_MODULE, NULL);
	}
}

void cg_build(struct callgraph *g, const struct fact_set *set,
	      const struct rules *rules, const struct cg_ptr_objects *po)
{
	struct builder b = { g, NULL, 0 };
	unsigned ring[RES_AHEAD] = { 0 };
	int i, j, k, nf = 0, nc = 0, nb = 0, nd = 0;
	int *fill;

	memset(g, 0, sizeof(*g));
	g->rules = rules;
	g->po = po;
	g->nocall_hit = sc_calloc(rules->nnocalls ? rules->nnocalls : 1, 1);
	assign_units(g, set);
	nf_plan_build(&g->notif, set, rules);
	phase_mark("cg: notif");
	for (i = 0; i < set->nfiles; i++) {
		nf += set->files[i].nfuncs;
		nb += set->files[i].nbinds;
		for (j = 0; j < set->files[i].nfuncs; j++)
			nc += set->files[i].funcs[j].ncalls;
	}
	g->f = sc_calloc(nf, sizeof(*g->f));
	nc += g->notif.nd;
	g->c = sc_calloc(nc + 1, sizeof(*g->c));
	b.binds = sc_calloc(nb ? nb : 1, sizeof(*b.binds));
	for (i = 0; i < set->nfiles; i++) {
		const struct fact_file *file = &set->files[i];

		for (j = 0; j < file->nbinds; j++) {
			b.binds[b.nbinds].file = file;
			b.binds[b.nbinds].b = &file->binds[j];
			b.binds[b.nbinds].def = fact_file_tag_def(file, file->binds[j].via);
			b.binds[b.nbinds].unit = g->funit[i];
			b.nbinds++;
		}
		for (j = 0; j < file->nfuncs; j++) {
			struct cg_func *f = &g->f[g->nf];

			f->file = file;
			f->fn = &file->funcs[j];
			for (k = 0; k < f->fn->ncalls; k++) {
				/* an acquire of a lock that sleeps on
				 * PREEMPT_RT: a call in rt_view() only */
				if (f->fn->calls[k].rtlock)
					continue;
				g->c[g->nc].func = g->nf;
				g->c[g->nc].c = &f->fn->calls[k];
				cg_call_flags(&g->c[g->nc]);
				g->nc++;
			}
			/* the chain dispatches it makes, after its calls */
			for (; nd < g->notif.nd && g->notif.d[nd].file == i &&
			       g->notif.d[nd].func == j; nd++) {
				g->c[g->nc].func = g->nf;
				g->c[g->nc].c = &g->notif.d[nd].c;
				g->c[g->nc].dispatch = 1;
				cg_call_flags(&g->c[g->nc]);
				g->nc++;
			}
			g->nf++;
		}
	}
	phase_mark("cg: calls");
	/*
	 * The functions by name.  What the names' places ask of each
	 * function is read here in the functions' order (their names, one
	 * after the other in the pool, and their files): after the sort,
	 * only the keys are read, not the functions at random.
	 */
	g->byname = sc_malloc((g->nf + 1) * sizeof(int));
	g->nm = sc_calloc(g->nf + 1, sizeof(*g->nm));
	{
		struct name_key *key = sc_malloc((g->nf + 1) * sizeof(*key));
		int *fs = sc_malloc((g->nf + 1) * sizeof(int));

		for (i = 0; i < g->nf; i++) {
			key[i].name = g->f[i].fn->name;
			key[i].prefix = name_prefix(key[i].name);
			key[i].hash = strpool_hash(key[i].name);
			key[i].f = i;
			fs[i] = (int)(g->f[i].file - set->files) * 2 +
				!!g->f[i].fn->is_static;
		}
		if (g->nf)
			qsort(key, g->nf, sizeof(*key), cmp_byname);
		phase_mark("cg: sort");
		nameidx_reserve(&g->names, g->nf);
		/* each name's first place, and at it how many have the name */
		for (i = 0, j = 0; i < g->nf; i++) {
			if (i && (key[i].prefix != key[j].prefix ||
				  key[i].hash != key[j].hash ||
				  strcmp(key[i].name, key[j].name)))
				j = i;
			g->nm[j].nsame++;
			g->byname[i] = key[i].f;
			g->nm[i].func = key[i].f;
			g->nm[i].file = fs[key[i].f] / 2;
			g->nm[i].is_static = fs[key[i].f] % 2;
		}
		/* each name in the index (SIMPLE_AT()) */
		for (i = 0; i < g->nf; i++) {
			int nocall = 0, simple;

			if (!g->nm[i].nsame)
				continue;
			simple = g->nm[i].nsame == 1 && !g->nm[i].is_static &&
				 !callee_rule(g, i, key[i].name, &nocall) && !nocall;
			nameidx_put_hashed(&g->names, key[i].name, key[i].hash,
					   simple ? SIMPLE_AT(i) : i);
		}
		free(fs);
		free(key);
	}
	if (b.nbinds)
		qsort(b.binds, b.nbinds, sizeof(*b.binds), cmp_bind);
	g->binds = b.binds;
	g->nbinds = b.nbinds;

	phase_mark("cg: names");
	g->scap = g->nc + 1024;
	g->s = sc_malloc(g->scap * sizeof(*g->s));
	for (i = 0; i < RES_AHEAD; i++)
		res_hash(g, i, ring);
	for (i = 0; i < g->nc; i++) {
		struct cg_call *gc = &g->c[i];
		const struct fact_call *c = gc->c;
		const struct rule *r, *sr;
		const struct ref_rule *rr;
		unsigned hv = ring[i % RES_AHEAD];
		int at, nocall, simple, k;

		res_slot(g, i + RES_AHEAD / 2, ring);
		res_hash(g, i + RES_AHEAD, ring);

		gc->sfirst = g->ns;
		if (!c->callee && !gc->dispatch && fcx(c)->via && g->notif.cut[gc->func] &&
		    !strcmp(fcx(c)->via, g->notif.cut[gc->func])) {
			g->nnotifier_cut++;	/* the chain dispatches stand for it */
			continue;
		}
		if (!c->callee) {
			resolve_indirect(&b, i);
			continue;
		}
		at = nameidx_get_hashed(&g->names, c->callee, hv);
		if ((simple = at <= SIMPLE_AT(0))) {
			at = SIMPLE_AT(at);
			r = NULL;	/* SIMPLE_AT() */
			nocall = 0;
		} else {
			r = callee_rule(g, at, c->callee, &nocall);
		}
		/* a nocall rule leaves the call out, also of a function
		 * a rule names (tcp_alloc_md5sig_pool()'s mutex_lock()) */
		if (nocall && (k = rules_nocall(rules, g->f[gc->func].fn->name,
						c->callee))) {
			g->nocall_hit[k - 1] = 1;
			g->nnocall++;
			continue;
		}
		/* acquire-if-zero: a function with a body, followed */
		if (c->callee_static || (r && r->kind == RULE_ACQUIRE_IF_ZERO))
			r = NULL;
		if (r && r->kind != RULE_DOC_SLEEP) {
			if (r->kind == RULE_SLEEP_IF_GFP && r->arg == RULE_ARG_GFP)
				gc->rule = call_rule(g, r, c, 0);
			else if (r->kind == RULE_SLEEP || r->kind == RULE_SLEEP_IF_GFP)
				gc->rule = r;
			continue;	/* rules win over definitions */
		}
		/* a put of a reference the caller took: never the last;
		 * "J=%" of a callee no rule names is a wrapper the front
		 * end found to do only that put (sparse_refs.c) */
		rr = c->vals ? rules_ref(rules, c->callee) : NULL;
		if (c->vals && (rr ? rr->put && fv_arg_paired(c->vals, rr->arg) :
				fv_arg_paired(c->vals, -1))) {
			g->nref_paired++;
			continue;
		}
		if (simple) {
			/* add_named_at() of one global function: linked
			 * from a call of a global name, not of a static */
			if (!c->callee_static)
				add_slot(g, i, g->byname[at], fcx(c)->gblk,
					 fcx(c)->gnblk, NULL);
		} else {
			add_named_at(g, i, at, c->callee, c->callee_static,
				     g->f[gc->func].file, fcx(c)->gblk,
				     fcx(c)->gnblk, NULL);
		}
		/* a summary of the kernel (--summary) for a callee with no
		 * body: before a documented sleep and the gfp convention */
		if (gc->sn == 0 && !c->callee_static && rules->summary &&
		    (sr = rules_lookup(rules->summary, c->callee))) {
			if (sr->kind == RULE_SLEEP_IF_GFP && sr->arg == RULE_ARG_GFP)
				gc->rule = call_rule(g, sr, c, 0);
			else if (sr->kind == RULE_SLEEP || sr->kind == RULE_SLEEP_IF_GFP)
				gc->rule = sr;
		} else if (gc->sn == 0 && r)
			gc->rule = doc_rule(g, r, c);
		else if (gc->sn == 0 && !c->callee_static && fact_call_gfp_arg(c) >= 0)
			gc->rule = call_rule(g, NULL, c, 1);
	}
	phase_mark("cg: resolve");
	/* each function's calls */
	g->cfirst = sc_calloc(g->nf + 1, sizeof(int));
	for (i = 0; i < g->nc; i++)
		g->cfirst[g->c[i].func + 1]++;
	for (i = 0; i < g->nf; i++)
		g->cfirst[i + 1] += g->cfirst[i];

	/* reverse edges */
	g->rfirst = sc_calloc(g->nf + 1, sizeof(int));
	g->rslots = sc_malloc((g->ns + 1) * sizeof(int));
	for (i = 0; i < g->ns; i++)
		g->rfirst[g->s[i].target + 1]++;
	for (i = 0; i < g->nf; i++)
		g->rfirst[i + 1] += g->rfirst[i];
	fill = sc_malloc((g->nf + 1) * sizeof(int));
	memcpy(fill, g->rfirst, (g->nf + 1) * sizeof(int));
	for (i = 0; i < g->ns; i++)
		g->rslots[fill[g->s[i].target]++] = i;
	free(fill);
	phase_mark("cg: reverse");
	if (rules->summary && rules->summary->nentries)
		summary_vias(g);
	of_index_globals(g);
	/* a nocall rule whose caller has no body here says nothing of
	 * this database: not stale (report --stats lists the stale ones) */
	for (i = 0; i < rules->nnocalls; i++)
		if (!g->nocall_hit[i] && find_name(g, rules->nocalls[i].caller) < 0)
			g->nocall_hit[i] = 2;
	/* what is left to look up is a few names: 32 MiB less for the
	 * search of a million-function program */
	nameidx_free(&g->names);
}

void cg_print_unresolved(const struct callgraph *g, FILE *out)
{
	int i;

	for (i = 0; i < g->nc; i++) {
		const struct cg_call *gc = &g->c[i];
		const struct cg_func *f = &g->f[gc->func];
		const char *dot;

		if (gc->c->callee || gc->sn)
			continue;
		if (fcx(gc->c)->via && (dot = strrchr(fcx(gc->c)->via, '.')))
			fprintf(out, "%s:%d:%d: note: '%s' calls through '%.*s'%s, "
				"to which no function is bound\n", f->file->path,
				gc->c->line, gc->c->col, f->fn->name,
				(int)(dot - fcx(gc->c)->via), fcx(gc->c)->via, dot);
		else
			fprintf(out, "%s:%d:%d: note: '%s' calls through a function "
				"pointer that is not a struct field\n", f->file->path,
				gc->c->line, gc->c->col, f->fn->name);
	}
}

int cg_find(const struct callgraph *g, const char *name, int is_static,
	    const struct fact_file *file)
{
	int at = find_name(g, name), tier, end;

	if (at < 0)
		return -1;
	tier = nearest_tier(g, at, name, is_static, file);
	for (end = at + g->nm[at].nsame; at < end; at++)
		if (visible_at(g, at, is_static, file, tier))
			return g->nm[at].func;
	return -1;
}

void cg_free(struct callgraph *g)
{
	free(g->nocall_hit);
	free(g->f);
	free(g->c);
	free(g->s);
	free(g->sg);
	free(g->byname);
	free(g->nm);
	nameidx_free(&g->names);
	free(g->rfirst);
	free(g->rslots);
	free(g->cfirst);
	free(g->binds);
	free(g->funit);
	free(g->units);
	free(g->vias);
	free(g->gstores);
	nf_plan_free(&g->notif);
	memset(g, 0, sizeof(*g));
}
