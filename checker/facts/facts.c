/*
 * facts.c - construction and teardown of the fact model (facts.h), the
 * names of the atomic kinds as they appear in rules and reports, and the
 * lattice of gfp classes (how the classes of two values combine).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facts.h"
#include "fmt.h"
#include "strpool.h"

const char *const atomic_kind_names[AK_NR] = {
	[AK_SPIN] = "spin",
	[AK_IRQ] = "irq",
	[AK_PREEMPT] = "preempt",
	[AK_BH] = "bh",
	[AK_RCU] = "rcu",
};

static const char *const atomic_kind_text[AK_NR] = {
	[AK_SPIN] = "spinlock held",
	[AK_IRQ] = "interrupts disabled",
	[AK_PREEMPT] = "preemption disabled",
	[AK_BH] = "bottom halves disabled",
	[AK_RCU] = "RCU read lock held",
};

int atomic_kind_lookup(const char *name, size_t len)
{
	int k;

	for (k = 0; k < AK_NR; k++)
		if (strlen(atomic_kind_names[k]) == len &&
		    !memcmp(atomic_kind_names[k], name, len))
			return k;
	return -1;
}

void atomic_describe(const signed char depth[AK_NR], char *buf, size_t size)
{
	size_t used = 0;
	int k;

	buf[0] = '\0';
	for (k = 0; k < AK_NR; k++) {
		int n;

		if (depth[k] <= 0)
			continue;
		n = fmt_buf(buf + used, size - used, "%s%s",
			     used ? ", " : "", atomic_kind_text[k]);
		if (n < 0 || (size_t)n >= size - used)
			return;
		used += n;
	}
}

void *sc_malloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p) {
		fprintf(stderr, "sleepcheck: error: out of memory\n");
		exit(2);
	}
	return p;
}

void *sc_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p) {
		fprintf(stderr, "sleepcheck: error: out of memory\n");
		exit(2);
	}
	return p;
}

void *sc_realloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p) {
		fprintf(stderr, "sleepcheck: error: out of memory\n");
		exit(2);
	}
	return p;
}

char *sc_strdup(const char *s)
{
	size_t len;
	char *d;

	if (!s)
		return NULL;
	len = strlen(s) + 1;
	d = sc_malloc(len);
	memcpy(d, s, len);
	return d;
}

#define GROW(arr, n, cap)						\
	do {								\
		if ((n) == (cap)) {					\
			(cap) = (cap) ? 2 * (cap) : 8;			\
			(arr) = sc_realloc((arr), (cap) * sizeof(*(arr)));\
		}							\
	} while (0)

struct fact_file *fact_set_add(struct fact_set *set, const char *path)
{
	struct fact_file *f;

	GROW(set->files, set->nfiles, set->files_cap);
	f = &set->files[set->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = sc_strdup(path);
	return f;
}

struct fact_func *fact_file_add_func(struct fact_file *file, const char *name)
{
	struct fact_func *fn;

	GROW(file->funcs, file->nfuncs, file->funcs_cap);
	fn = &file->funcs[file->nfuncs++];
	memset(fn, 0, sizeof(*fn));
	fn->name = sc_strdup(name);
	return fn;
}

const struct fact_call_x fact_call_x_none;

struct fact_call_x *fact_call_x(struct fact_call *c)
{
	if (!c->x)
		c->x = sc_calloc(1, sizeof(*c->x));
	return c->x;
}

struct fact_call *fact_func_add_call(struct fact_func *func, const char *callee)
{
	struct fact_call *c;

	GROW(func->calls, func->ncalls, func->calls_cap);
	c = &func->calls[func->ncalls++];
	memset(c, 0, sizeof(*c));
	c->callee = sc_strdup(callee);
	return c;
}

struct fact_binding *fact_file_add_binding(struct fact_file *file, const char *via,
					   const char *func)
{
	struct fact_binding *b;

	GROW(file->binds, file->nbinds, file->binds_cap);
	b = &file->binds[file->nbinds++];
	memset(b, 0, sizeof(*b));
	b->via = sc_strdup(via);
	b->func = sc_strdup(func);
	return b;
}

/* index of @tag in @file's sorted tags, or -(insertion point) - 1 */
static int tag_index(const struct fact_file *file, const char *tag, size_t len)
{
	int lo = 0, hi = file->ntags - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;
		const char *t = file->tags[mid].tag;
		int d = strncmp(t, tag, len);

		if (!d)
			d = t[len] ? 1 : 0;
		if (!d)
			return mid;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -lo - 1;
}

void fact_file_add_tag(struct fact_file *file, const char *tag, const char *def)
{
	int at = tag_index(file, tag, strlen(tag));
	struct fact_tag *t;

	if (at >= 0) {
		t = &file->tags[at];
		if (t->def && (!def || strcmp(t->def, def))) {
			free(t->def);
			t->def = NULL;
		}
		return;
	}
	at = -at - 1;
	GROW(file->tags, file->ntags, file->tags_cap);
	memmove(&file->tags[at + 1], &file->tags[at],
		(file->ntags - at) * sizeof(*file->tags));
	file->ntags++;
	t = &file->tags[at];
	t->tag = sc_strdup(tag);
	t->def = sc_strdup(def);
}

/* 1 for "|V", 2 for "@|V", else 0 */
static int bits_kind(const char *what)
{
	return what[0] == '|' ? 1 : what[0] == '@' && what[1] == '|' ? 2 : 0;
}

int fact_fstore_guardable(const char *what)
{
	int k = bits_kind(what);

	return k && strcmp(what + k - 1, "|0z") && strtoull(what + k, NULL, 16) != 0;
}

static int cmp_fstore(const struct fact_fstore *a, const char *field,
		      const char *what)
{
	int d = strcmp(a->field, field), ka, kw;

	if (d)
		return d;
	/* one "|V" and one "@|V" per field, whatever V: they sort first */
	ka = bits_kind(a->what);
	kw = bits_kind(what);
	if (ka && ka == kw)
		return 0;
	if (ka || kw)
		return !kw ? -1 : !ka ? 1 : ka - kw;
	return strcmp(a->what, what);
}

int fact_file_add_fstore(struct fact_file *file, const char *field, const char *what)
{
	int lo = 0, hi = file->nfstores, mid, d;
	struct fact_fstore *s;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		d = cmp_fstore(&file->fstores[mid], field, what);
		if (!d) {
			s = &file->fstores[mid];
			if (bits_kind(what)) {
				int k = bits_kind(what);
				char buf[32];

				snprintf(buf, sizeof(buf), "%s%#llx", k == 2 ? "@|" : "|",
					 strtoull(s->what + k, NULL, 16) |
					 strtoull(what + k, NULL, 16));
				free(s->what);
				s->what = sc_strdup(buf);
			}
			return 0;
		}
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	GROW(file->fstores, file->nfstores, file->fstores_cap);
	memmove(&file->fstores[lo + 1], &file->fstores[lo],
		(file->nfstores - lo) * sizeof(*file->fstores));
	file->nfstores++;
	s = &file->fstores[lo];
	s->field = sc_strdup(field);
	s->what = sc_strdup(what);
	return 1;
}

const char *fact_file_tag_def(const struct fact_file *file, const char *via)
{
	const char *dot = strchr(via, '.');
	int at = tag_index(file, via, dot ? (size_t)(dot - via) : strlen(via));

	return at >= 0 ? file->tags[at].def : NULL;
}

static void mark_tag(struct fact_file *file, char *used, const char *via)
{
	const char *dot;
	int at;

	if (!via)
		return;
	dot = strchr(via, '.');
	at = tag_index(file, via, dot ? (size_t)(dot - via) : strlen(via));
	if (at >= 0)
		used[at] = 1;
}

void fact_file_prune_tags(struct fact_file *file)
{
	char *used = sc_calloc(file->ntags + 1, 1);
	int i, j, n = 0;

	for (i = 0; i < file->nbinds; i++)
		mark_tag(file, used, file->binds[i].via);
	for (i = 0; i < file->nfuncs; i++)
		for (j = 0; j < file->funcs[i].ncalls; j++)
			mark_tag(file, used, fcx(&file->funcs[i].calls[j])->via);
	/* an initializer's zeros count where the struct is defined
	 * (fieldsets.c own_zero()) */
	for (i = 0; i < file->nfstores; i++)
		if (!strcmp(file->fstores[i].what + (file->fstores[i].what[0] == '@'), "|0z"))
			mark_tag(file, used, file->fstores[i].field);
	for (i = 0; i < file->ntags; i++) {
		if (used[i]) {
			file->tags[n++] = file->tags[i];
			continue;
		}
		free(file->tags[i].tag);
		free(file->tags[i].def);
	}
	file->ntags = n;
	free(used);
}

/* the macro a -D option defines: its name's length, and its value */
static size_t define_of(const char *const *args, int nargs, int *i,
			const char **name, const char **value)
{
	const char *a = args[*i];
	size_t len;

	if (!strcmp(a, "-D") && *i + 1 < nargs)
		a = args[++*i];
	else if (!strncmp(a, "-D", 2))
		a += 2;
	else
		return 0;
	len = strcspn(a, "=");
	*name = a;
	*value = a[len] == '=' ? a + len + 1 : NULL;
	return len;
}

char *fact_unit_from_args(const char *const *args, int nargs)
{
	const char *name, *value, *modname = NULL;
	int i, module = 0;
	size_t len, vl;
	char *unit;

	for (i = 0; i < nargs; i++) {
		len = define_of(args, nargs, &i, &name, &value);
		if (len == 6 && !strncmp(name, "MODULE", 6))
			module = 1;
		else if (len == 14 && !strncmp(name, "KBUILD_MODNAME", 14))
			modname = value;
	}
	if (!module)
		return NULL;
	if (!modname || !*modname)
		modname = "module";
	/* the shell leaves kbuild's '"name"' as "name" */
	vl = strlen(modname);
	if (vl >= 2 && modname[0] == '"' && modname[vl - 1] == '"') {
		modname++;
		vl -= 2;
	}
	unit = sc_malloc(vl + 4);
	memcpy(unit, modname, vl);
	memcpy(unit + vl, ".ko", 4);
	return unit;
}

void fact_norm_path(char *path)
{
	char cwd[4096];
	char *out = path, *p = path, *root;
	size_t n;

	if (path[0] == '/' && getcwd(cwd, sizeof(cwd))) {
		n = strlen(cwd);
		if (n > 1 && !strncmp(path, cwd, n) && path[n] == '/')
			memmove(path, path + n + 1, strlen(path + n + 1) + 1);
	}
	/* components, copied down over the input; out ends after a '/'
	 * but after the last */
	if (*p == '/')
		*out++ = *p++;
	root = out;
	while (*p) {
		char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char *last = out;

		if (out > root)		/* the start of the last component */
			for (last = out - 1; last > root && last[-1] != '/'; last--)
				;
		if (len == 0 || (len == 1 && p[0] == '.')) {
			/* dropped */
		} else if (len == 2 && !strncmp(p, "..", 2) && out > root &&
			   strncmp(last, "../", 3)) {
			out = last;	/* "x/.." */
		} else {
			memmove(out, p, len);
			out += len;
			if (!end)
				break;
			*out++ = '/';
		}
		p = end ? end + 1 : p + len;
	}
	if (out > root && out[-1] == '/')
		out--;
	*out = '\0';
}

void fact_file_free(struct fact_file *file)
{
	int i, j;

	for (i = 0; i < file->ntags; i++) {
		free(file->tags[i].tag);
		free(file->tags[i].def);
	}
	free(file->tags);
	free(file->unit);

	for (i = 0; i < file->nbinds; i++) {
		free(file->binds[i].via);
		free(file->binds[i].func);
		free(file->binds[i].object);
		free(file->binds[i].binder);
		free(file->binds[i].sibs);
	}
	free(file->binds);

	for (i = 0; i < file->nfstores; i++) {
		free(file->fstores[i].field);
		free(file->fstores[i].what);
	}
	free(file->fstores);

	for (i = 0; i < file->nfuncs; i++) {
		struct fact_func *fn = &file->funcs[i];

		for (j = 0; j < fn->ncalls; j++) {
			struct fact_call_x *x = fn->calls[j].x;
			int k;

			if (!x)
				continue;
			if (!file->pooled) {
				for (k = 0; k < x->nobjs; k++)
					free(x->objs[k].name);
				for (k = 0; k < x->nfnargs; k++)
					free(x->fnargs[k].name);
				free(x->via);
				free(x->inl);
				free(x->awhat);
				free(x->rawhat);
				free(x->sib);
			}
			free(x->objs);
			free(x->fnargs);
			free(x);
		}
		for (j = 0; j < fn->natoms; j++)
			free(fn->atoms[j].sfield);
		free(fn->atoms);
		if (file->pooled) {
			if (!file->callblock)
				free(fn->calls);
			continue;
		}
		for (j = 0; j < fn->ncalls; j++) {
			free(fn->calls[j].callee);
			free(fn->calls[j].args);
			free((void *)fn->calls[j].vals);
		}
		free(fn->calls);
		free(fn->name);
		free((void *)fn->rets);
	}
	free(file->callblock);
	free(file->funcs);
	free(file->path);
	memset(file, 0, sizeof(*file));
}

void fact_set_free(struct fact_set *set)
{
	int i;

	for (i = 0; i < set->nfiles; i++)
		fact_file_free(&set->files[i]);
	free(set->files);
	if (set->pool) {
		strpool_free(set->pool);
		free(set->pool);
	}
	memset(set, 0, sizeof(*set));
}

int fact_call_gfp_arg(const struct fact_call *c)
{
	int k;

	for (k = 0; c->args && c->args[k]; k++)
		if (c->args[k] != GFP_NOT)
			return k;
	return -1;
}

char fact_call_arg_class(const struct fact_call *c, int k)
{
	if (!c->args || k < 0 || strnlen(c->args, (size_t)k + 1) <= (size_t)k)
		return GFP_UNKNOWN;
	if (c->args[k] == GFP_NOT)
		return GFP_UNKNOWN;
	return c->args[k];
}

/* the lattice of gfp classes */

char gfp_join(char a, char b)
{
	if (a == b)
		return a;
	if (a == GFP_BLOCK || b == GFP_BLOCK)
		return GFP_BLOCK;
	if (a == GFP_NOBLOCK)
		return b;
	if (b == GFP_NOBLOCK)
		return a;
	return GFP_UNKNOWN;
}

char gfp_join0(char c, char x)
{
	if (!x)
		return c;
	return c ? gfp_join(c, x) : x;
}

char gfp_or(char a, char b)
{
	if (a == GFP_BLOCK || b == GFP_BLOCK)
		return GFP_BLOCK;
	if (!a || !b)	/* around a loop: what the other side adds */
		return (a | b) == GFP_NOBLOCK ? 0 : (char)(a | b);
	return gfp_join(a, b);
}

char gfp_and(char a, char b)
{
	if (a == GFP_NOBLOCK || b == GFP_NOBLOCK)
		return GFP_NOBLOCK;
	if (!a || !b)
		return 0;
	if (a == GFP_BLOCK)
		return b;
	if (b == GFP_BLOCK)
		return a;
	return a == b ? a : GFP_UNKNOWN;
}
