/*
 * facts.c - construction and teardown of the fact model (facts.h), and
 * the names of the atomic kinds as they appear in rules and reports.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"

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

int atomic_active(const signed char depth[AK_NR])
{
	int k;

	for (k = 0; k < AK_NR; k++)
		if (depth[k] > 0)
			return 1;
	return 0;
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
		n = snprintf(buf + used, size - used, "%s%s",
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

void fact_file_free(struct fact_file *file)
{
	int i, j;

	for (i = 0; i < file->nbinds; i++) {
		free(file->binds[i].via);
		free(file->binds[i].func);
		free(file->binds[i].object);
	}
	free(file->binds);

	for (i = 0; i < file->nfuncs; i++) {
		struct fact_func *fn = &file->funcs[i];

		for (j = 0; j < fn->ncalls; j++) {
			free(fn->calls[j].callee);
			free(fn->calls[j].via);
			free(fn->calls[j].objs);
			free(fn->calls[j].inl);
			free(fn->calls[j].fnargs);
			free(fn->calls[j].awhat);
			free(fn->calls[j].args);
			free(fn->calls[j].vals);
		}
		free(fn->calls);
		free(fn->name);
		free(fn->rets);
		free(fn->atoms);
	}
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
	if (!c->args || k < 0 || (size_t)k >= strlen(c->args))
		return GFP_UNKNOWN;
	if (c->args[k] == GFP_NOT)
		return GFP_UNKNOWN;
	return c->args[k];
}
