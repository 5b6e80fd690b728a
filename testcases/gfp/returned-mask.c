#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/* like dma_direct_optimal_gfp_mask(): returns zone bits only */
static gfp_t zone_mask(int limit)
{
	if (limit < 24)
		return GFP_DMA;
	return GFP_KERNEL;
}

static void *alloc_zone(int limit, gfp_t gfp)
{
	gfp |= zone_mask(limit);
	return kmalloc(64, gfp);
}

void *returned_mask(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_zone(32, GFP_ATOMIC);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp |= a helper that returns GFP_KERNEL makes it blocking
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/returned-mask.c:25:13: warning: call to 'alloc_zone' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/returned-mask.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'returned_mask'
testcases/gfp/returned-mask.c:25:13: note: 'returned_mask' calls 'alloc_zone'
testcases/gfp/returned-mask.c:17:16: note: 'alloc_zone' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
