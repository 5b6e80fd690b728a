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

void *highmem_clean_user(void)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&lock, flags);
	p = coherent_alloc(4096, GFP_ATOMIC);
	spin_unlock_irqrestore(&lock, flags);
	return p;
}
/*
 * check-name: a flag set under PageHighMem(), GFP_ATOMIC with IRQs off: the highmem branch needs blocking
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
