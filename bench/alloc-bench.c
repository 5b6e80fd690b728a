/*
 * alloc-bench.c - the atomic pool (allocator/dmapool.c) against a
 * first-fit bitmap allocator of the kind genalloc uses
 * (gen_pool_first_fit_order_align, written here as the baseline) and
 * glibc posix_memalign()/free().  Each allocator is filled to 10%, 50%
 * and 90% with mixed sizes (70% one page, 20% two to four, 10% eight to
 * sixteen), then serves random frees and allocations at that fill;
 * every operation is timed.  Then the worst case as the pool grows from
 * 1 MiB to 1 GiB at 90% fill.  Prints markdown tables.
 * usage: alloc-bench [OPS]
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../allocator/dmapool.h"

#define PAGE_SHIFT 12
#define PAGE ((size_t)1 << PAGE_SHIFT)

/* ---- the baseline: first fit over a bitmap, aligned to the order ---- */
struct bitmap_pool {
	pool_lock_t lock;
	char *base;
	size_t npages;
	uint64_t *bits;
};

static int bm_init(struct bitmap_pool *b, size_t size)
{
	b->npages = size / PAGE;
	b->base = pool_region_alloc(size);
	b->bits = calloc((b->npages + 63) / 64, 8);
	pool_lock_init(&b->lock);
	return b->base && b->bits ? 0 : -1;
}

static int bm_test(const struct bitmap_pool *b, size_t i)
{
	return (b->bits[i / 64] >> (i % 64)) & 1;
}

static void bm_set(struct bitmap_pool *b, size_t i, size_t n, int v)
{
	for (; n; n--, i++) {
		if (v)
			b->bits[i / 64] |= 1ull << (i % 64);
		else
			b->bits[i / 64] &= ~(1ull << (i % 64));
	}
}

static void *bm_alloc(struct bitmap_pool *b, size_t size)
{
	size_t pages = (size + PAGE - 1) / PAGE, align = 1, i, j;
	pool_flags_t flags;

	while (align < pages)
		align <<= 1;
	pool_lock(&b->lock, flags);
	for (i = 0; i + pages <= b->npages; i += align) {
		/* skip a whole word of used pages at once, as bitmap_find does */
		if (!(i % 64) && b->bits[i / 64] == ~0ull && align <= 64) {
			i += 64 - align;
			continue;
		}
		for (j = 0; j < pages && !bm_test(b, i + j); j++)
			;
		if (j == pages) {
			bm_set(b, i, pages, 1);
			pool_unlock(&b->lock, flags);
			return b->base + i * PAGE;
		}
	}
	pool_unlock(&b->lock, flags);
	return NULL;
}

static void bm_free(struct bitmap_pool *b, void *p, size_t size)
{
	size_t pages = (size + PAGE - 1) / PAGE;
	pool_flags_t flags;

	pool_lock(&b->lock, flags);
	bm_set(b, ((char *)p - b->base) / PAGE, pages, 0);
	pool_unlock(&b->lock, flags);
}

/* ---- the harness ---- */
enum kind { BUDDY, BITMAP, GLIBC };
static const char *const kind_name[] = { "atomic pool (buddy)", "first-fit bitmap", "glibc posix_memalign" };

struct bench {
	enum kind kind;
	struct dma_pool_atomic *pool;
	struct bitmap_pool *bm;
	size_t size;
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
}

static size_t pick_size(unsigned *seed)
{
	unsigned r;

	*seed = *seed * 1103515245u + 12345u;
	r = (*seed >> 8) % 100;
	if (r < 70)
		return PAGE;
	if (r < 90)
		return PAGE * (2 + (*seed >> 20) % 3);
	return PAGE * (8 + (*seed >> 20) % 9);
}

static size_t block_of(size_t size)
{
	size_t b = PAGE;

	while (b < size)
		b <<= 1;
	return b;
}

static void *do_alloc(struct bench *b, size_t size)
{
	void *p = NULL;

	switch (b->kind) {
	case BUDDY:
		return pool_alloc(b->pool, size, NULL);
	case BITMAP:
		return bm_alloc(b->bm, size);
	case GLIBC:
		if (posix_memalign(&p, block_of(size), size))
			return NULL;
		return p;
	}
	return NULL;
}

static void do_free(struct bench *b, void *p, size_t size)
{
	switch (b->kind) {
	case BUDDY:
		pool_free(b->pool, p);
		break;
	case BITMAP:
		bm_free(b->bm, p, size);
		break;
	case GLIBC:
		free(p);
		break;
	}
}

struct slot {
	void *p;
	size_t size;
};

struct worker {
	struct bench *b;
	double fill;
	long ops;
	unsigned seed;
	uint64_t *lat;
	long nlat;
	double secs;
};

static void *run_worker(void *arg)
{
	struct worker *w = arg;
	size_t target = (size_t)(w->b->size * w->fill), held = 0;
	long cap = (long)(w->b->size / PAGE), n = 0, i;
	struct slot *s = calloc(cap, sizeof(*s));
	uint64_t t0, t1, start;

	/* fill */
	while (held < target && n < cap) {
		size_t size = pick_size(&w->seed);
		void *p = do_alloc(w->b, size);

		if (!p)
			break;
		s[n].p = p;
		s[n++].size = size;
		held += block_of(size);
	}
	start = now_ns();
	for (i = 0; i < w->ops; i++) {
		long k;
		size_t size;
		void *p;

		/* free one, allocate one: the fill stays where it is */
		if (!n)
			break;
		w->seed = w->seed * 1103515245u + 12345u;
		k = (w->seed >> 4) % n;
		t0 = now_ns();
		do_free(w->b, s[k].p, s[k].size);
		t1 = now_ns();
		w->lat[w->nlat++] = t1 - t0;
		s[k] = s[--n];
		size = pick_size(&w->seed);
		t0 = now_ns();
		p = do_alloc(w->b, size);
		t1 = now_ns();
		w->lat[w->nlat++] = t1 - t0;
		if (p) {
			s[n].p = p;
			s[n++].size = size;
		}
	}
	w->secs = (now_ns() - start) / 1e9;
	for (i = 0; i < n; i++)
		do_free(w->b, s[i].p, s[i].size);
	free(s);
	return NULL;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

struct result {
	double mops;
	uint64_t p50, p99, p999, max;
};

static struct result measure(enum kind kind, size_t size, double fill,
			     int threads, long ops)
{
	struct dma_pool_atomic pool;
	struct bitmap_pool bm;
	struct bench b = { kind, &pool, &bm, size };
	struct worker w[2];
	pthread_t t[2];
	struct result r;
	uint64_t *all;
	long total = 0, i;
	double secs = 0;

	memset(&bm, 0, sizeof(bm));
	if (kind == BUDDY && pool_init(&pool, size, PAGE_SHIFT))
		exit(2);
	if (kind == BITMAP && bm_init(&bm, size))
		exit(2);
	for (i = 0; i < threads; i++) {
		w[i].b = &b;
		w[i].fill = fill / threads;
		w[i].ops = ops / threads;
		w[i].seed = 12345u + (unsigned)i * 7919u;
		w[i].lat = malloc(sizeof(uint64_t) * 2 * (ops / threads + 1));
		w[i].nlat = 0;
		pthread_create(&t[i], NULL, run_worker, &w[i]);
	}
	for (i = 0; i < threads; i++) {
		pthread_join(t[i], NULL);
		total += w[i].nlat;
		if (w[i].secs > secs)
			secs = w[i].secs;
	}
	all = malloc(sizeof(uint64_t) * (total + 1));
	total = 0;
	for (i = 0; i < threads; i++) {
		memcpy(all + total, w[i].lat, w[i].nlat * sizeof(uint64_t));
		total += w[i].nlat;
		free(w[i].lat);
	}
	qsort(all, total, sizeof(uint64_t), cmp_u64);
	r.mops = total / secs / 1e6;
	r.p50 = all[total / 2];
	r.p99 = all[(long)(total * 0.99)];
	r.p999 = all[(long)(total * 0.999)];
	r.max = all[total - 1];
	free(all);
	if (kind == BUDDY)
		pool_destroy(&pool);
	if (kind == BITMAP) {
		pool_region_free(bm.base, size);
		free(bm.bits);
	}
	return r;
}

int main(int argc, char **argv)
{
	long ops = argc > 1 ? strtol(argv[1], NULL, 10) : 400000;
	double fills[] = { 0.10, 0.50, 0.90 };
	size_t size = (size_t)64 << 20;
	int f, k, th;

	printf("### Throughput and latency, 64 MiB pool, %ld operations\n\n", ops);
	printf("| allocator | fill | threads | Mops/s | p50 ns | p99 ns | p99.9 ns | max ns |\n");
	printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
	for (f = 0; f < 3; f++)
		for (th = 1; th <= 2; th++)
			for (k = 0; k < 3; k++) {
				struct result r = measure(k, size, fills[f], th, ops);

				printf("| %s | %.0f%% | %d | %.2f | %llu | %llu | %llu | %llu |\n",
				       kind_name[k], fills[f] * 100, th, r.mops,
				       (unsigned long long)r.p50, (unsigned long long)r.p99,
				       (unsigned long long)r.p999, (unsigned long long)r.max);
				fflush(stdout);
			}
	printf("\n### Worst case as the pool grows, 90%% fill, one thread\n\n");
	printf("| pool | atomic pool p99.9 ns | atomic pool max ns | bitmap p99.9 ns | bitmap max ns |\n");
	printf("|---:|---:|---:|---:|---:|\n");
	for (size = (size_t)1 << 20; size <= (size_t)1 << 30; size <<= 2) {
		long n = ops / 4;
		struct result a = measure(BUDDY, size, 0.9, 1, n);
		struct result b = measure(BITMAP, size, 0.9, 1, size >= ((size_t)256 << 20) ? n / 8 : n);

		printf("| %zu MiB | %llu | %llu | %llu | %llu |\n", size >> 20,
		       (unsigned long long)a.p999, (unsigned long long)a.max,
		       (unsigned long long)b.p999, (unsigned long long)b.max);
		fflush(stdout);
	}
	return 0;
}
