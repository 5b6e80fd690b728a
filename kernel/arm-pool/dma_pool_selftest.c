// SPDX-License-Identifier: GPL-2.0
/*
 * dma_pool_selftest.c - a built-in self-test of ARM's atomic DMA-coherent
 * pool, the same in the genalloc kernel and in the dmapool kernel
 * (kernel/arm-pool/ copies it into arch/arm/mm/ of both).  At
 * late_initcall it creates its own platform device with a 32-bit DMA mask
 * (non-coherent, so every GFP_ATOMIC request goes to the atomic pool) and:
 *
 *   capacity  counts the one-page GFP_ATOMIC allocations the pool serves
 *             (the pool's size, learnt without looking inside it);
 *   process   allocates under spin_lock_irqsave() in process context;
 *   timer     allocates under spin_lock_irqsave() from a timer_list
 *             callback (softirq);
 *   hrtimer   the same from an hrtimer callback (hardirq); in both, the
 *             frees are left to process context, as dma_free_coherent()
 *             "may not be called in interrupt context"
 *             (Documentation/core-api/dma-api-howto.rst; sleepcheck
 *             reported this test's first version, which freed in the timer);
 *   fill      fills the pool to 90% of its capacity with mixed sizes;
 *   churn     keeps it near 90%: frees a random block, allocates a random
 *             size, under the spinlock;
 *   recheck   after freeing everything, the capacity must be what it was,
 *             else "dma-pool-selftest: pool inconsistency".
 *
 * Every allocation is timed with ktime_get_ns(); the table gives, per
 * phase, the count, the failures, p50, p99, p99.9 and max in ns.  The
 * random sizes come from a fixed seed, so both kernels see the same load.
 * The last line is "dma-pool-selftest: done: PASS" (or FAIL).
 *
 * dma_pool_selftest.seed_bug=1 on the kernel command line adds one
 * deliberate bug first, dma_alloc_coherent(GFP_KERNEL) under the spinlock,
 * to show that the boot check (scripts/qemu-arm.sh) catches it.
 */
#include <linux/dma-mapping.h>
#include <linux/dma-map-ops.h>
#include <linux/platform_device.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/hrtimer.h>
#include <linux/completion.h>
#include <linux/prandom.h>
#include <linux/vmalloc.h>
#include <linux/ktime.h>
#include <linux/sort.h>
#include <linux/init.h>
#include <linux/moduleparam.h>

#define MAX_BLOCKS	32768	/* live blocks at a time: a 128 MiB pool */
#define MAX_SAMPLES	32768	/* latency samples per phase */
#define CTX_ROUNDS	200	/* timer and hrtimer callbacks */
#define CTX_PER_ROUND	4	/* allocations per callback */
#define CTX_BATCH	8	/* callbacks between two frees in process context */
#define CHURN_ROUNDS	20000

struct block {
	void *cpu;
	dma_addr_t dma;
	size_t size;
};

struct phase {
	const char *name;
	u32 *ns;
	unsigned int n, fails;
};

static struct device *dev;
static DEFINE_SPINLOCK(test_lock);
static struct block *blocks;
static unsigned int nblocks;
static struct rnd_state rnd;
static bool failed;
static bool seed_bug;
module_param(seed_bug, bool, 0444);

/* one timed allocation; records the sample and, on success, the block */
static void *timed_alloc(struct phase *ph, size_t size, struct block *b)
{
	u64 t0 = ktime_get_ns();
	void *p = dma_alloc_coherent(dev, size, &b->dma, GFP_ATOMIC | __GFP_NOWARN);
	u64 dt = ktime_get_ns() - t0;

	if (ph->n < MAX_SAMPLES)
		ph->ns[ph->n++] = dt > U32_MAX ? U32_MAX : (u32)dt;
	if (!p)
		ph->fails++;
	b->cpu = p;
	b->size = size;
	return p;
}

static void free_block(struct block *b)
{
	dma_free_coherent(dev, b->size, b->cpu, b->dma);
	b->cpu = NULL;
}

static void free_all(void)
{
	while (nblocks)
		free_block(&blocks[--nblocks]);
}

static int cmp_u32(const void *a, const void *b)
{
	u32 x = *(const u32 *)a, y = *(const u32 *)b;

	return x < y ? -1 : x > y;
}

static u32 pct(const struct phase *ph, unsigned int per_mille)
{
	unsigned int i = (ph->n * per_mille + 999) / 1000;	/* < 2^32 */

	return ph->n ? ph->ns[i ? i - 1 : 0] : 0;
}

static void report(struct phase *ph)
{
	sort(ph->ns, ph->n, sizeof(u32), cmp_u32, NULL);
	pr_info("dma-pool-selftest: | %-8s | %6u | %5u | %7u | %7u | %8u | %8u |\n",
		ph->name, ph->n, ph->fails, pct(ph, 500), pct(ph, 990),
		pct(ph, 999), ph->n ? ph->ns[ph->n - 1] : 0);
}

/* process context: single pages under the spinlock until the pool is empty */
static unsigned int capacity(struct phase *ph)
{
	unsigned long flags;
	unsigned int pages;

	spin_lock_irqsave(&test_lock, flags);
	while (nblocks < MAX_BLOCKS && timed_alloc(ph, PAGE_SIZE, &blocks[nblocks]))
		nblocks++;
	spin_unlock_irqrestore(&test_lock, flags);
	ph->fails = 0;	/* the last one failing is the point */
	pages = nblocks;
	free_all();
	return pages;
}

static size_t random_size(void)
{
	/* sub-page, 1, 2, 4, 8 and 16 pages; small ones most often */
	static const unsigned int pages_x2[] = { 1, 2, 2, 2, 4, 4, 8, 16, 32 };
	unsigned int k = prandom_u32_state(&rnd) % ARRAY_SIZE(pages_x2);

	return pages_x2[k] == 1 ? PAGE_SIZE / 2 : (size_t)pages_x2[k] / 2 * PAGE_SIZE;
}

static void process_phase(struct phase *ph)
{
	unsigned long flags;
	int i;

	spin_lock_irqsave(&test_lock, flags);
	for (i = 0; i < 64 && nblocks < MAX_BLOCKS; i++)
		if (timed_alloc(ph, random_size(), &blocks[nblocks]))
			nblocks++;
	spin_unlock_irqrestore(&test_lock, flags);
	free_all();
}

/* timer_list and hrtimer: CTX_ROUNDS callbacks each */
static struct timer_list timer;
static struct hrtimer hrtimer;
static DECLARE_COMPLETION(ctx_done);
static struct phase *ctx_phase;
static unsigned int ctx_rounds;

/*
 * One callback's allocations (timer or hrtimer: interrupt context).  No
 * frees here; returns true when the batch is over and process context is
 * to free it.
 */
static bool ctx_round(void)
{
	unsigned long flags;
	int i;

	spin_lock_irqsave(&test_lock, flags);
	for (i = 0; i < CTX_PER_ROUND && nblocks < MAX_BLOCKS; i++)
		if (timed_alloc(ctx_phase, random_size(), &blocks[nblocks]))
			nblocks++;
	spin_unlock_irqrestore(&test_lock, flags);
	if (++ctx_rounds % CTX_BATCH == 0 || ctx_rounds >= CTX_ROUNDS) {
		complete(&ctx_done);
		return true;
	}
	return false;
}

static void timer_fn(struct timer_list *t)
{
	if (!ctx_round())
		mod_timer(t, jiffies + 1);
}

static enum hrtimer_restart hrtimer_fn(struct hrtimer *t)
{
	if (ctx_round())
		return HRTIMER_NORESTART;
	hrtimer_forward_now(t, ns_to_ktime(200 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

static void timer_phase(struct phase *ph)
{
	ctx_phase = ph;
	ctx_rounds = 0;
	timer_setup(&timer, timer_fn, 0);
	while (ctx_rounds < CTX_ROUNDS) {
		reinit_completion(&ctx_done);
		mod_timer(&timer, jiffies + 1);
		wait_for_completion(&ctx_done);
		del_timer_sync(&timer);
		free_all();
	}
}

static void hrtimer_phase(struct phase *ph)
{
	ctx_phase = ph;
	ctx_rounds = 0;
	hrtimer_init(&hrtimer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
	hrtimer.function = hrtimer_fn;
	while (ctx_rounds < CTX_ROUNDS) {
		reinit_completion(&ctx_done);
		hrtimer_start(&hrtimer, ns_to_ktime(200 * NSEC_PER_USEC),
			      HRTIMER_MODE_REL_HARD);
		wait_for_completion(&ctx_done);
		hrtimer_cancel(&hrtimer);
		free_all();
	}
}

/* fill to 90% of @cap pages, then churn near it */
static void fill_and_churn(struct phase *fill, struct phase *churn, unsigned int cap)
{
	size_t target = (size_t)cap * PAGE_SIZE * 9 / 10, held = 0;
	unsigned long flags;
	unsigned int i, k;

	spin_lock_irqsave(&test_lock, flags);
	while (held < target && nblocks < MAX_BLOCKS) {
		size_t sz = random_size();

		if (held + PAGE_ALIGN(sz) > target)
			sz = PAGE_SIZE / 2;
		if (timed_alloc(fill, sz, &blocks[nblocks]))
			held += PAGE_ALIGN(blocks[nblocks++].size);
		else if (fill->fails > 64)
			break;
	}
	spin_unlock_irqrestore(&test_lock, flags);
	pr_info("dma-pool-selftest: filled %zu of %zu KiB (90%% target %zu) in %u blocks\n",
		held >> 10, (size_t)(cap * PAGE_SIZE >> 10), target >> 10, nblocks);

	for (i = 0; i < CHURN_ROUNDS && nblocks; i++) {
		k = prandom_u32_state(&rnd) % nblocks;
		held -= PAGE_ALIGN(blocks[k].size);
		free_block(&blocks[k]);
		blocks[k] = blocks[--nblocks];
		spin_lock_irqsave(&test_lock, flags);
		if (timed_alloc(churn, random_size(), &blocks[nblocks]))
			held += PAGE_ALIGN(blocks[nblocks++].size);
		spin_unlock_irqrestore(&test_lock, flags);
	}
	free_all();
}

static int __init dma_pool_selftest(void)
{
	static struct phase ph[] = {
		{ "capacity" }, { "process" }, { "timer" }, { "hrtimer" },
		{ "fill" }, { "churn" }, { "recheck" },
	};
	struct platform_device_info info = {
		.name = "dma-pool-selftest",
		.id = PLATFORM_DEVID_NONE,
		.dma_mask = DMA_BIT_MASK(32),
	};
	struct platform_device *pdev;
	unsigned int cap, cap2, i;

	pdev = platform_device_register_full(&info);
	if (IS_ERR(pdev)) {
		pr_err("dma-pool-selftest: no device: %ld\n", PTR_ERR(pdev));
		return 0;
	}
	dev = &pdev->dev;
	blocks = vzalloc(MAX_BLOCKS * sizeof(*blocks));
	for (i = 0; i < ARRAY_SIZE(ph); i++)
		ph[i].ns = vmalloc(MAX_SAMPLES * sizeof(u32));
	if (!blocks || !ph[ARRAY_SIZE(ph) - 1].ns) {
		pr_err("dma-pool-selftest: out of memory\n");
		return 0;
	}
	prandom_seed_state(&rnd, 18);
	pr_info("dma-pool-selftest: start (device %s, coherent %d)\n",
		dev_name(dev), dev_is_dma_coherent(dev));

	if (seed_bug) {
		struct block b;
		unsigned long flags;

		pr_info("dma-pool-selftest: seeded bug: GFP_KERNEL under a spinlock\n");
		spin_lock_irqsave(&test_lock, flags);
		b.cpu = dma_alloc_coherent(dev, PAGE_SIZE, &b.dma, GFP_KERNEL);
		spin_unlock_irqrestore(&test_lock, flags);
		if (b.cpu) {
			b.size = PAGE_SIZE;
			free_block(&b);
		}
	}
	cap = capacity(&ph[0]);
	process_phase(&ph[1]);
	timer_phase(&ph[2]);
	hrtimer_phase(&ph[3]);
	fill_and_churn(&ph[4], &ph[5], cap);
	cap2 = capacity(&ph[6]);
	if (ph[1].fails || ph[2].fails || ph[3].fails) {
		pr_err("dma-pool-selftest: small allocations failed in a nearly empty pool\n");
		failed = true;
	}
	if (!cap || cap2 != cap) {
		pr_err("dma-pool-selftest: pool inconsistency: capacity %u pages before, %u after\n",
		       cap, cap2);
		failed = true;
	}
	pr_info("dma-pool-selftest: capacity %u pages of %lu bytes\n", cap, PAGE_SIZE);
	pr_info("dma-pool-selftest: | phase    | allocs | fails |  p50 ns |  p99 ns | p99.9 ns |   max ns |\n");
	for (i = 0; i < ARRAY_SIZE(ph); i++)
		report(&ph[i]);
	for (i = 0; i < ARRAY_SIZE(ph); i++)
		vfree(ph[i].ns);
	vfree(blocks);
	pr_info("dma-pool-selftest: done: %s\n", failed ? "FAIL" : "PASS");
	return 0;
}
late_initcall(dma_pool_selftest);
