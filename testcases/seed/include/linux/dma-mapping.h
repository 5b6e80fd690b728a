#ifndef _SEED_DMA_MAPPING_H
#define _SEED_DMA_MAPPING_H
#include <linux/gfp.h>
struct dma_attrs { unsigned long flags; };
struct dma_map_ops {
	void *(*alloc)(struct device *dev, size_t size, dma_addr_t *handle,
		       gfp_t gfp, struct dma_attrs *attrs);
	void (*free)(struct device *dev, size_t size, void *cpu_addr,
		     dma_addr_t handle, struct dma_attrs *attrs);
};
struct dev_archdata { struct dma_map_ops *dma_ops; };
struct device { int coherent; struct dev_archdata archdata; };
extern struct dma_map_ops arm_dma_ops;

/* arch/arm/include/asm/dma-mapping.h, 3.18 */
static inline struct dma_map_ops *get_dma_ops(struct device *dev)
{
	if (dev && dev->archdata.dma_ops)
		return dev->archdata.dma_ops;
	return &arm_dma_ops;
}
void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *handle, gfp_t gfp);
void dma_free_coherent(struct device *dev, size_t size, void *cpu_addr,
		       dma_addr_t handle);
void *dma_alloc_attrs(struct device *dev, size_t size, dma_addr_t *handle,
		      gfp_t gfp, struct dma_attrs *attrs);
void *arm_dma_alloc(struct device *dev, size_t size, dma_addr_t *handle,
		    gfp_t gfp, struct dma_attrs *attrs);
void *dma_common_contiguous_remap(struct page *page, size_t size,
				  unsigned long vm_flags, unsigned long prot,
				  const void *caller);
#endif
