#include <linux/dma-mapping.h>

#define VM_USERMAP 0x8

static struct page *__dma_alloc_buffer(struct device *dev, size_t size, gfp_t gfp)
{
	return alloc_pages(gfp, 0);
}

static void *__dma_alloc_remap(struct page *page, size_t size, gfp_t gfp,
			       unsigned long prot, const void *caller)
{
	return dma_common_contiguous_remap(page, size, VM_USERMAP, prot, caller);
}

static void *__alloc_remap_buffer(struct device *dev, size_t size, gfp_t gfp,
				  unsigned long prot, struct page **ret_page,
				  const void *caller)
{
	struct page *page;
	void *ptr;

	page = __dma_alloc_buffer(dev, size, gfp);
	if (!page)
		return NULL;
	ptr = __dma_alloc_remap(page, size, gfp, prot, caller);
	*ret_page = page;
	return ptr;
}

static void *__alloc_simple_buffer(struct device *dev, size_t size, gfp_t gfp,
				   struct page **ret_page)
{
	*ret_page = __dma_alloc_buffer(dev, size, gfp);
	return *ret_page;
}

static void *__dma_alloc(struct device *dev, size_t size, dma_addr_t *handle,
			 gfp_t gfp, unsigned long prot, bool is_coherent,
			 const void *caller)
{
	struct page *page = NULL;
	void *addr;

	if (is_coherent)
		addr = __alloc_simple_buffer(dev, size, gfp, &page);
	else
		addr = __alloc_remap_buffer(dev, size, gfp, prot, &page, caller);
	if (page)
		*handle = (dma_addr_t)(unsigned long)page;
	return addr;
}

void *arm_dma_alloc(struct device *dev, size_t size, dma_addr_t *handle,
		    gfp_t gfp, struct dma_attrs *attrs)
{
	return __dma_alloc(dev, size, handle, gfp, 0x3, false,
			   __builtin_return_address(0));
}

static void *arm_coherent_dma_alloc(struct device *dev, size_t size,
				    dma_addr_t *handle, gfp_t gfp,
				    struct dma_attrs *attrs)
{
	return __dma_alloc(dev, size, handle, gfp, 0x3, true,
			   __builtin_return_address(0));
}

static void arm_dma_free(struct device *dev, size_t size, void *cpu_addr,
			 dma_addr_t handle, struct dma_attrs *attrs)
{
}

struct dma_map_ops arm_dma_ops = {
	.alloc			= arm_dma_alloc,
	.free			= arm_dma_free,
};

struct dma_map_ops arm_coherent_dma_ops = {
	.alloc			= arm_coherent_dma_alloc,
	.free			= arm_dma_free,
};
