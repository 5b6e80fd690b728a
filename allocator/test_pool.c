// SPDX-License-Identifier: GPL-2.0
/*
 * test_pool.c - correctness tests of the atomic pool.
 *
 *   test_pool edges            size 0, too large, exact fit, fragmentation,
 *                              double free, foreign and interior pointers
 *   test_pool random [N SEED]  N random operations against a trivial
 *                              shadow model (which pages each live
 *                              allocation owns), checking no overlap,
 *                              alignment, translation, accounting, the
 *                              contents of every buffer, and full reuse
 *   test_pool inject           the same, with one deliberate fault in the
 *                              shadow: passes only if the check catches it
 *   test_pool stress [SECONDS] threads and signal handlers (the stand-in
 *                              for interrupt handlers) allocate and free
 *                              at once; no deadlock, overlap or leak
 * Each prints one line and exits 0 on success, 1 on a failed check.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dmapool.h"

#define PAGE_SHIFT	12
#define PAGE		(1u << PAGE_SHIFT)

static int failures;

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "check failed at %s:%d: %s: ",	\
				__FILE__, __LINE__, #cond);		\
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
			failures++;					\
			return 1;					\
		}							\
	} while (0)

static unsigned long long rng = 0x9e3779b97f4a7c15ull;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static size_t block_of(size_t size)
{
	size_t b = PAGE;

	while (b < size)
		b <<= 1;
	return b;
}

static int test_edges(void)
{
	struct dma_pool_atomic pool;
	struct pool_stats st, st2;
	void *p[64], *whole;
	pool_dma_t dma;
	int i, local;

	CHECK(pool_init(&pool, 64 * PAGE, PAGE_SHIFT) == 0, "init");
	CHECK(pool_alloc(&pool, 0, &dma) == NULL, "size 0");
	CHECK(pool_alloc(&pool, 64 * PAGE + 1, &dma) == NULL, "larger than the pool");
	pool_get_stats(&pool, &st);
	CHECK(st.failures == 2 && st.used == 0, "failures %lu", st.failures);

	/* exact fit, then nothing left */
	whole = pool_alloc(&pool, 64 * PAGE, &dma);
	CHECK(whole != NULL, "exact fit");
	CHECK(pool_dma_to_virt(&pool, dma) == whole, "translation");
	CHECK(pool_alloc(&pool, 1, &dma) == NULL, "exhausted");
	CHECK(pool_free(&pool, whole) == 0, "free whole");

	/* fragmentation: every other page free leaves no 2-page block */
	for (i = 0; i < 64; i++)
		CHECK((p[i] = pool_alloc(&pool, PAGE, NULL)) != NULL, "page %d", i);
	for (i = 0; i < 64; i += 2)
		CHECK(pool_free(&pool, p[i]) == 0, "free %d", i);
	pool_get_stats(&pool, &st);
	CHECK(st.largest_free == PAGE, "largest %zu", st.largest_free);
	CHECK(st.used == 32 * PAGE, "used %zu", st.used);
	CHECK(pool_alloc(&pool, 2 * PAGE, NULL) == NULL, "no 2-page block");

	/* bad frees change nothing */
	pool_get_stats(&pool, &st);
	CHECK(pool_free(&pool, p[0]) == -EINVAL, "double free");
	CHECK(pool_free(&pool, &local) == -EINVAL, "foreign pointer");
	CHECK(pool_free(&pool, (char *)p[1] + 8) == -EINVAL, "interior pointer");
	CHECK(pool_free(&pool, NULL) == -EINVAL, "NULL");
	pool_get_stats(&pool, &st2);
	CHECK(st2.bad_frees == st.bad_frees + 4, "bad_frees %lu", st2.bad_frees);
	CHECK(st2.used == st.used && st2.largest_free == st.largest_free,
	      "a bad free changed the pool");
	for (i = 1; i < 64; i += 2)
		CHECK(pool_free(&pool, p[i]) == 0, "free %d", i);
	pool_get_stats(&pool, &st);
	CHECK(st.used == 0 && st.largest_free == 64 * PAGE, "full reuse: %zu",
	      st.largest_free);
	CHECK(pool_virt_to_dma(&pool, &local) == POOL_DMA_INVALID, "foreign dma");
	pool_destroy(&pool);

	/* a pool that is not a power of two pages */
	CHECK(pool_init(&pool, 37 * PAGE, PAGE_SHIFT) == 0, "init 37");
	CHECK((whole = pool_alloc(&pool, 32 * PAGE, NULL)) != NULL, "32 of 37");
	CHECK(pool_alloc(&pool, 8 * PAGE, NULL) == NULL, "no 8 left");
	CHECK((p[0] = pool_alloc(&pool, 4 * PAGE, NULL)) != NULL, "4 left");
	CHECK((p[1] = pool_alloc(&pool, PAGE, NULL)) != NULL, "1 left");
	CHECK(pool_alloc(&pool, PAGE, NULL) == NULL, "none left");
	pool_free(&pool, whole);
	pool_free(&pool, p[0]);
	pool_free(&pool, p[1]);
	pool_get_stats(&pool, &st);
	CHECK(st.used == 0 && st.largest_free == 32 * PAGE, "37: %zu", st.largest_free);
	pool_destroy(&pool);
	printf("edges: ok\n");
	return 0;
}

struct live {
	char *p;
	size_t size, block;
	unsigned char fill;
};

/* the shadow: who owns each page, and what each live buffer holds */
static int run_random(long nops, int inject)
{
	enum { NPAGES = 1024 };
	struct dma_pool_atomic pool;
	static struct live live[NPAGES];
	static int owner[NPAGES];
	size_t shadow_used = 0;
	struct pool_stats st;
	int nlive = 0, injected = 0;
	long op;

	CHECK(pool_init(&pool, NPAGES * PAGE, PAGE_SHIFT) == 0, "init");
	for (op = 0; op < NPAGES; op++)
		owner[op] = -1;
	for (op = 0; op < nops; op++) {
		if (nlive < NPAGES && (rnd(100) < 55 || !nlive)) {
			/* mixed sizes: mostly small, sometimes large */
			size_t size = rnd(4) ? 1 + rnd(2 * PAGE) : 1 + rnd(64 * PAGE);
			pool_dma_t dma;
			char *p = pool_alloc(&pool, size, &dma);
			size_t block = block_of(size), first, i;

			if (!p)
				continue;
			CHECK(((uintptr_t)p & (block - 1)) == 0, "alignment of %zu", size);
			CHECK(pool_dma_to_virt(&pool, dma) == p &&
			      pool_virt_to_dma(&pool, p) == dma, "translation");
			first = (size_t)(p - pool.cpu_base) >> PAGE_SHIFT;
			for (i = first; i < first + block / PAGE; i++) {
				CHECK(owner[i] < 0, "page %zu given twice", i);
				owner[i] = nlive;
			}
			live[nlive].p = p;
			live[nlive].size = size;
			live[nlive].block = block;
			live[nlive].fill = (unsigned char)op;
			/* the deliberate fault: the shadow forgets a page */
			if (inject && !injected && block >= 2 * PAGE) {
				live[nlive].block -= PAGE;
				injected = 1;
			}
			memset(p, live[nlive].fill, size);
			shadow_used += live[nlive].block;
			nlive++;
		} else {
			int k = rnd(nlive), last = nlive - 1;
			struct live *l = &live[k];
			size_t first = (size_t)(l->p - pool.cpu_base) >> PAGE_SHIFT, i;

			for (i = 0; i < l->size; i++)
				CHECK((unsigned char)l->p[i] == l->fill,
				      "buffer %p overwritten at %zu", (void *)l->p, i);
			CHECK(pool_free(&pool, l->p) == 0, "free");
			for (i = first; i < first + l->block / PAGE; i++)
				owner[i] = -1;
			shadow_used -= l->block;
			if (k != last) {
				*l = live[last];
				first = (size_t)(l->p - pool.cpu_base) >> PAGE_SHIFT;
				for (i = first; i < first + l->block / PAGE; i++)
					owner[i] = k;
			}
			nlive--;
		}
		pool_get_stats(&pool, &st);
		CHECK(st.used == shadow_used, "accounting: pool %zu, shadow %zu after %ld ops",
		      st.used, shadow_used, op);
	}
	while (nlive) {
		CHECK(pool_free(&pool, live[--nlive].p) == 0, "final free");
	}
	pool_get_stats(&pool, &st);
	CHECK(st.used == 0 && st.largest_free == NPAGES * PAGE, "full reuse");
	pool_destroy(&pool);
	return 0;
}

/* stress: threads and signal handlers share one pool */
static struct dma_pool_atomic stress_pool;
static int stop;
static unsigned long handler_ops;

static int use_once(unsigned seed)
{
	size_t size = 1 + seed % (3 * PAGE);
	unsigned char mark = (unsigned char)(seed | 1);
	unsigned char *p = pool_alloc(&stress_pool, size, NULL);
	size_t i;

	if (!p)
		return 0;
	memset(p, mark, size);
	for (i = 0; i < size; i++)
		if (p[i] != mark)
			return -1;
	return pool_free(&stress_pool, p) ? -1 : 0;
}

static int stress_error;

/* handlers of different threads run at once: shared counters are atomic */
static void on_signal(int sig)
{
	static unsigned n;
	unsigned mine = __atomic_add_fetch(&n, 1, __ATOMIC_RELAXED);

	(void)sig;
	if (use_once(mine * 2654435761u))
		__atomic_store_n(&stress_error, 1, __ATOMIC_RELAXED);
	__atomic_add_fetch(&handler_ops, 1, __ATOMIC_RELAXED);
}

static void *worker(void *arg)
{
	unsigned seed = (unsigned)(uintptr_t)arg;

	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
		seed = seed * 1103515245u + 12345u;
		if (use_once(seed))
			__atomic_store_n(&stress_error, 1, __ATOMIC_RELAXED);
	}
	return NULL;
}

static int test_stress(int seconds)
{
	pthread_t t[3];
	struct pool_stats st;
	struct sigaction sa;
	time_t end;
	int i;

	CHECK(pool_init(&stress_pool, 256 * PAGE, PAGE_SHIFT) == 0, "init");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	for (i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, worker, (void *)(uintptr_t)(i + 1));
	end = time(NULL) + seconds;
	while (time(NULL) < end) {
		for (i = 0; i < 3; i++)
			pthread_kill(t[i], SIGUSR1);
		usleep(200);
	}
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	for (i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	pool_get_stats(&stress_pool, &st);
	CHECK(!stress_error, "a buffer was shared or a free failed");
	CHECK(handler_ops > 0, "no signal handler ran");
	CHECK(st.used == 0 && st.largest_free == 256 * PAGE, "leak: used %zu", st.used);
	CHECK(st.bad_frees == 0, "bad frees");
	printf("stress: ok (%lu allocations, %lu in signal handlers)\n",
	       st.allocs, handler_ops);
	pool_destroy(&stress_pool);
	return 0;
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "edges";

	if (!strcmp(what, "edges"))
		return test_edges();
	if (!strcmp(what, "random")) {
		long n = argc > 2 ? strtol(argv[2], NULL, 10) : 200000;

		if (argc > 3)
			rng = strtoull(argv[3], NULL, 10) | 1;
		if (run_random(n, 0))
			return 1;
		printf("random: ok (%ld operations)\n", n);
		return 0;
	}
	if (!strcmp(what, "inject")) {
		/* the fault must be caught: a failed check is the pass */
		int caught = run_random(20000, 1);

		if (!caught) {
			printf("inject: the deliberate fault was NOT detected\n");
			return 1;
		}
		printf("inject: ok (the deliberate fault was detected)\n");
		return 0;
	}
	if (!strcmp(what, "stress"))
		return test_stress(argc > 2 ? atoi(argv[2]) : 3);
	fprintf(stderr, "usage: test_pool edges|random [N [SEED]]|inject|stress [SECONDS]\n");
	return 2;
}
