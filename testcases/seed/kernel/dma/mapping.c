#include <linux/dma-mapping.h>

void *dma_alloc_attrs(struct device *dev, size_t size, dma_addr_t *handle,
		      gfp_t gfp, struct dma_attrs *attrs)
{
	struct dma_map_ops *ops = get_dma_ops(dev);

	return ops->alloc(dev, size, handle, gfp, attrs);
}

void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *handle,
			 gfp_t gfp)
{
	return dma_alloc_attrs(dev, size, handle, gfp, NULL);
}
