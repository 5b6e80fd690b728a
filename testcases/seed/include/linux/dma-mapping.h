#ifndef _SEED_DMA_MAPPING_H
#define _SEED_DMA_MAPPING_H
#include <linux/gfp.h>
struct device { int coherent; };
struct dma_attrs { unsigned long flags; };
void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *handle, gfp_t gfp);
void *dma_alloc_attrs(struct device *dev, size_t size, dma_addr_t *handle,
		      gfp_t gfp, struct dma_attrs *attrs);
void *arm_dma_alloc(struct device *dev, size_t size, dma_addr_t *handle,
		    gfp_t gfp, struct dma_attrs *attrs);
void *dma_common_contiguous_remap(struct page *page, size_t size,
				  unsigned long vm_flags, unsigned long prot,
				  const void *caller);
#endif
