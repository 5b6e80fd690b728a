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

void *coherent_dma_alloc(struct device *dev, size_t size, gfp_t gfp)
{
	return __dma_alloc(dev, size, gfp, true);
}
static spinlock_t lock;

void *dma_user(struct device *dev)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&lock, flags);
	p = coherent_dma_alloc(dev, 4096, GFP_ATOMIC);
	spin_unlock_irqrestore(&lock, flags);
	return p;
}
/*
 * check-name: a parameter the file's calls pass as false and as true: both allocators stay; the true caller reaches the simple one, GFP_ATOMIC with IRQs off
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/constant-param.c:97:13: warning: call to 'coherent_dma_alloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/pointers/constant-param.c:96:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'dma_user'
testcases/pointers/constant-param.c:97:13: note: 'dma_user' calls 'coherent_dma_alloc'
testcases/pointers/constant-param.c:87:16: note: 'coherent_dma_alloc' calls '__dma_alloc'
testcases/pointers/constant-param.c:76:21: note: '__dma_alloc' calls 'simple_allocator_alloc' via 'struct arm_dma_allocator'.alloc = simple_allocator_alloc at testcases/pointers/constant-param.c:47:18
testcases/pointers/constant-param.c:43:16: note: 'simple_allocator_alloc' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
