#include <linux/spinlock.h>
#include <linux/dma-mapping.h>

struct seed_eth {
	struct device *dev;
	spinlock_t lock;
	void *ring;
	dma_addr_t ring_dma;
};

/* the seed driver, on the fixed DMA code: atomic requests use the pool */
int seed_eth_refill(struct seed_eth *priv)
{
	unsigned long flags;
	void *ring;
	dma_addr_t dma;

	spin_lock_irqsave(&priv->lock, flags);
	ring = dma_alloc_coherent(priv->dev, 4096, &dma, GFP_KERNEL);
	priv->ring = ring;
	priv->ring_dma = dma;
	spin_unlock_irqrestore(&priv->lock, flags);
	return ring ? 0 : -12;
}
/*
 * check-name: the fixed seed: GFP_KERNEL with IRQs off still remaps, and is reported
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -DPOOL_KERNEL -Itestcases/include -Itestcases/seed/include -Iallocator $file testcases/seed/kernel/dma/mapping.c testcases/seed/arch/arm/mm/dma-mapping-pool.c allocator/dmapool.c testcases/seed/drivers/base/dma-mapping.c testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c && sleepcheck report -Wno-contract
 *
 * check-output-start
testcases/seed/drivers/net/seed_eth_pool_kernel.c:19:16: warning: call to 'dma_alloc_coherent' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/seed/drivers/net/seed_eth_pool_kernel.c:18:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'seed_eth_refill'
testcases/seed/drivers/net/seed_eth_pool_kernel.c:19:16: note: 'seed_eth_refill' calls 'dma_alloc_coherent' with GFP flags that allow blocking
testcases/seed/kernel/dma/mapping.c:14:16: note: 'dma_alloc_coherent' calls 'dma_alloc_attrs' passing on its caller's GFP flags
testcases/seed/kernel/dma/mapping.c:8:16: note: 'dma_alloc_attrs' calls 'arm_dma_alloc' via 'struct dma_map_ops'.alloc = arm_dma_alloc at testcases/seed/arch/arm/mm/dma-mapping-pool.c:38:35 passing on its caller's GFP flags
testcases/seed/arch/arm/mm/dma-mapping-pool.c:34:16: note: 'arm_dma_alloc' calls '__dma_alloc' passing on its caller's GFP flags
testcases/seed/arch/arm/mm/dma-mapping-pool.c:19:16: note: '__dma_alloc' calls '__alloc_remap_buffer' passing on its caller's GFP flags on a path taken only when its gfp parameter 4 allows blocking
testcases/seed/arch/arm/mm/dma-mapping-pool.c:25:29: note: '__alloc_remap_buffer' calls 'alloc_pages' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
