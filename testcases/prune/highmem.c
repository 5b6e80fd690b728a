#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mmzone.h>

static spinlock_t lock;

/*
 * As Linux 6.1 dma_direct_alloc(): a highmem page is remapped, and
 * remapping may sleep; rules/kernel-assume.rules says a highmem page in a
 * function given a gfp mask needed blocking, so the flag set under
 * PageHighMem() is set only when gfp allows blocking.
 */
extern struct page *preallocated_page;

struct page *contiguous_or_buddy_page(size_t size, gfp_t gfp)
{
	return preallocated_page;
}

static void *coherent_alloc(size_t size, gfp_t gfp)
{
	bool remap = false, set_uncached = true;
	struct page *page;
	void *ret;

	page = contiguous_or_buddy_page(size, gfp & ~__GFP_ZERO);
	if (!page)
		return NULL;
	if (PageHighMem(page)) {
		remap = true;
		set_uncached = false;
	}
	if (remap)
		ret = vmalloc(size);
	else
		ret = page_address(page);
	if (set_uncached)
		kfree(NULL);
	return ret;
}

void *highmem_user(void)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&lock, flags);
	p = coherent_alloc(4096, GFP_KERNEL);
	spin_unlock_irqrestore(&lock, flags);
	return p;
}
/*
 * check-name: a flag set under PageHighMem(), GFP_KERNEL with IRQs off
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/highmem.c:49:13: warning: call to 'coherent_alloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/prune/highmem.c:48:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'highmem_user'
testcases/prune/highmem.c:49:13: note: 'highmem_user' calls 'coherent_alloc' with GFP flags that allow blocking
testcases/prune/highmem.c:35:23: note: 'coherent_alloc' calls 'vmalloc' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
