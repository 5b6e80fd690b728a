#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

/*
 * The shape of Linux 6.1 arch/arm/mm/dma-mapping.c __dma_alloc(), whose
 * only caller passes is_coherent = false: the simple allocator, which
 * allocates (here with GFP_KERNEL, so that it sleeps whatever the caller
 * passes), is never picked there.
 */
struct page;
struct device { int coherent; };
struct arm_dma_alloc_args {
	struct device *dev;
	size_t size;
	gfp_t gfp;
};
struct arm_dma_allocator {
	void *(*alloc)(struct arm_dma_alloc_args *args, struct page **ret_page);
};
struct arm_dma_buffer {
	const struct arm_dma_allocator *allocator;
	void *virt;
};

static void *pool_allocator_alloc(struct arm_dma_alloc_args *args,
				  struct page **ret_page)
{
	/* served from memory reserved at boot: never sleeps */
	return NULL;
}

static void *remap_allocator_alloc(struct arm_dma_alloc_args *args,
				   struct page **ret_page)
{
	/* dma_common_contiguous_remap() -> vmap(): may sleep */
	return vmalloc(args->size);
}

static void *simple_allocator_alloc(struct arm_dma_alloc_args *args,
				    struct page **ret_page)
{
	return kmalloc(args->size, GFP_KERNEL);
}

static const struct arm_dma_allocator simple_allocator = {
	.alloc = simple_allocator_alloc,
};

static const struct arm_dma_allocator pool_allocator = {
	.alloc = pool_allocator_alloc,
};

static const struct arm_dma_allocator remap_allocator = {
	.alloc = remap_allocator_alloc,
};

static void *__dma_alloc(struct device *dev, size_t size, gfp_t gfp,
			 bool is_coherent)
{
	struct arm_dma_alloc_args args = { dev, size, gfp };
	struct arm_dma_buffer *buf;
	struct page *page = NULL;
	bool allowblock;

	buf = kzalloc(sizeof(*buf), gfp & ~(__GFP_DMA | __GFP_HIGH));
	if (!buf)
		return NULL;
	allowblock = gfpflags_allow_blocking(gfp);
	if (is_coherent)
		buf->allocator = &simple_allocator;
	else if (allowblock)
		buf->allocator = &remap_allocator;
	else
		buf->allocator = &pool_allocator;
	buf->virt = buf->allocator->alloc(&args, &page);
	return buf->virt;
}

void *arch_dma_alloc(struct device *dev, size_t size, gfp_t gfp)
{
	return __dma_alloc(dev, size, gfp, false);
}
static spinlock_t lock;

void *dma_user(struct device *dev)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&lock, flags);
	p = arch_dma_alloc(dev, 4096, GFP_ATOMIC);
	spin_unlock_irqrestore(&lock, flags);
	return p;
}
/*
 * check-name: a parameter every call of the file passes as false: the allocator it selects is never picked, GFP_ATOMIC with IRQs off
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
