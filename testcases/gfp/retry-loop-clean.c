#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/* like __dma_direct_alloc_pages(): retry in another zone */
static void *alloc_retry(gfp_t gfp)
{
	void *p;

again:
	p = kmalloc(64, gfp);
	if (!p && !(gfp & GFP_DMA)) {
		gfp |= GFP_DMA;
		goto again;
	}
	return p;
}

void *retry_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_retry(GFP_ATOMIC);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a retry loop that adds zone bits keeps GFP_ATOMIC non-blocking
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
