#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/* like dma_direct_optimal_gfp_mask(): returns zone bits only */
static gfp_t zone_mask(int limit)
{
	if (limit < 24)
		return GFP_DMA;
	return 0;
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
 * check-name: gfp |= a helper that returns zone bits keeps GFP_ATOMIC non-blocking
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
