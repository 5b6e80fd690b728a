#include <linux/dma-mapping.h>
#include "dmapool.h"

/*
 * The fix the seed mail asks for: DMA-coherent memory reserved at boot
 * (allocator/dmapool.c) serves the requests that cannot block; only the
 * others remap, which may sleep.
 */
static struct dma_pool_atomic atomic_pool;

static void *__alloc_remap_buffer(struct device *dev, size_t size, gfp_t gfp,
				  dma_addr_t *handle);

static void *__dma_alloc(struct device *dev, size_t size, dma_addr_t *handle,
			 gfp_t gfp)
{
	if (!gfpflags_allow_blocking(gfp))
		return pool_alloc(&atomic_pool, size, handle);
	return __alloc_remap_buffer(dev, size, gfp, handle);
}

static void *__alloc_remap_buffer(struct device *dev, size_t size, gfp_t gfp,
				  dma_addr_t *handle)
{
	struct page *page = alloc_pages(gfp, 0);

	return dma_common_contiguous_remap(page, size, 0x8, 0x3,
					   __builtin_return_address(0));
}

void *arm_dma_alloc(struct device *dev, size_t size, dma_addr_t *handle,
		    gfp_t gfp, struct dma_attrs *attrs)
{
	return __dma_alloc(dev, size, handle, gfp);
}

struct dma_map_ops arm_dma_ops = {
	.alloc			= arm_dma_alloc,
};
