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
	p = alloc_retry(GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a retry loop that adds zone bits keeps GFP_KERNEL blocking
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/retry-loop.c:25:13: warning: call to 'alloc_retry' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/retry-loop.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'retry_user'
testcases/gfp/retry-loop.c:25:13: note: 'retry_user' calls 'alloc_retry' with GFP flags that allow blocking
testcases/gfp/retry-loop.c:12:13: note: 'alloc_retry' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
