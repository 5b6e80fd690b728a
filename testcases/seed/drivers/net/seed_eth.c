#include <linux/spinlock.h>
#include <linux/dma-mapping.h>

struct seed_eth {
	struct device *dev;
	spinlock_t lock;
	void *ring;
	dma_addr_t ring_dma;
};

int seed_eth_refill(struct seed_eth *priv)
{
	unsigned long flags;
	void *ring;
	dma_addr_t dma;

	spin_lock_irqsave(&priv->lock, flags);
	/* the DMA API allows this with IRQs disabled */
	ring = dma_alloc_coherent(priv->dev, 4096, &dma, GFP_ATOMIC);
	priv->ring = ring;
	priv->ring_dma = dma;
	spin_unlock_irqrestore(&priv->lock, flags);
	return ring ? 0 : -12;
}
/*
 * check-name: the seed bug: dma_alloc_coherent, called with IRQs off as documented, reaches GFP_KERNEL page-table allocation on ARM 3.18: its contract breaks
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include -Itestcases/seed/include $file testcases/seed/kernel/dma/mapping.c testcases/seed/arch/arm/mm/dma-mapping.c testcases/seed/drivers/base/dma-mapping.c testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c && sleepcheck report
 *
 * check-output-start
testcases/seed/kernel/dma/mapping.c:8:16: warning: 'dma_alloc_attrs' may sleep, but it is documented as callable with IRQs disabled when its gfp argument 4 cannot block [-Wcontract]
rules/dma-api-overlay.rules:9:1: note: contract 'dma_alloc_attrs', documented at Documentation/core-api/dma-api.rst:72
testcases/seed/kernel/dma/mapping.c:8:16: note: 'dma_alloc_attrs' calls 'arm_dma_alloc' via 'struct dma_map_ops'.alloc = arm_dma_alloc at testcases/seed/arch/arm/mm/dma-mapping.c:75:35
testcases/seed/arch/arm/mm/dma-mapping.c:57:16: note: 'arm_dma_alloc' calls '__dma_alloc'
testcases/seed/arch/arm/mm/dma-mapping.c:48:24: note: '__dma_alloc' calls '__alloc_remap_buffer' on a path taken only when its argument 6 is zero
testcases/seed/arch/arm/mm/dma-mapping.c:26:15: note: '__alloc_remap_buffer' calls '__dma_alloc_remap'
testcases/seed/arch/arm/mm/dma-mapping.c:13:16: note: '__dma_alloc_remap' calls 'dma_common_contiguous_remap'
testcases/seed/drivers/base/dma-mapping.c:14:13: note: 'dma_common_contiguous_remap' calls 'map_vm_area'
testcases/seed/mm/vmalloc.c:35:16: note: 'map_vm_area' calls 'vmap_page_range'
testcases/seed/mm/vmalloc.c:27:16: note: 'vmap_page_range' calls 'vmap_page_range_noflush'
testcases/seed/mm/vmalloc.c:21:16: note: 'vmap_page_range_noflush' calls 'vmap_pud_range'
testcases/seed/mm/vmalloc.c:10:15: note: 'vmap_pud_range' calls '__pud_alloc' through inline 'pud_alloc'
testcases/seed/mm/memory.c:6:22: note: '__pud_alloc' calls '__get_free_pages' through inline 'pud_alloc_one' with GFP flags that allow blocking, which may sleep
testcases/seed/kernel/dma/mapping.c:14:16: warning: 'dma_alloc_coherent' may sleep, but it is documented as callable with IRQs disabled when its gfp argument 4 cannot block [-Wcontract]
rules/dma-api.rules:9:1: note: contract 'dma_alloc_coherent', documented at Documentation/core-api/dma-api.rst:72
testcases/seed/drivers/net/seed_eth.c:19:16: note: 'seed_eth_refill' calls it here in atomic context, as its contract allows
testcases/seed/kernel/dma/mapping.c:14:16: note: 'dma_alloc_coherent' calls 'dma_alloc_attrs'
testcases/seed/kernel/dma/mapping.c:8:16: note: 'dma_alloc_attrs' calls 'arm_dma_alloc' via 'struct dma_map_ops'.alloc = arm_dma_alloc at testcases/seed/arch/arm/mm/dma-mapping.c:75:35
testcases/seed/arch/arm/mm/dma-mapping.c:57:16: note: 'arm_dma_alloc' calls '__dma_alloc'
testcases/seed/arch/arm/mm/dma-mapping.c:48:24: note: '__dma_alloc' calls '__alloc_remap_buffer' on a path taken only when its argument 6 is zero
testcases/seed/arch/arm/mm/dma-mapping.c:26:15: note: '__alloc_remap_buffer' calls '__dma_alloc_remap'
testcases/seed/arch/arm/mm/dma-mapping.c:13:16: note: '__dma_alloc_remap' calls 'dma_common_contiguous_remap'
testcases/seed/drivers/base/dma-mapping.c:14:13: note: 'dma_common_contiguous_remap' calls 'map_vm_area'
testcases/seed/mm/vmalloc.c:35:16: note: 'map_vm_area' calls 'vmap_page_range'
testcases/seed/mm/vmalloc.c:27:16: note: 'vmap_page_range' calls 'vmap_page_range_noflush'
testcases/seed/mm/vmalloc.c:21:16: note: 'vmap_page_range_noflush' calls 'vmap_pud_range'
testcases/seed/mm/vmalloc.c:10:15: note: 'vmap_pud_range' calls '__pud_alloc' through inline 'pud_alloc'
testcases/seed/mm/memory.c:6:22: note: '__pud_alloc' calls '__get_free_pages' through inline 'pud_alloc_one' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
