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
	ring = dma_alloc_coherent(priv->dev, 4096, &dma, GFP_ATOMIC);
	priv->ring = ring;
	priv->ring_dma = dma;
	spin_unlock_irqrestore(&priv->lock, flags);
	return ring ? 0 : -12;
}
/*
 * check-name: the fixed seed: GFP_ATOMIC with IRQs off is served from the atomic pool
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -DPOOL_KERNEL -Itestcases/include -Itestcases/seed/include -Iallocator $file testcases/seed/kernel/dma/mapping.c testcases/seed/arch/arm/mm/dma-mapping-pool.c allocator/dmapool.c testcases/seed/drivers/base/dma-mapping.c testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c && sleepcheck report -Wno-contract
 *
 */
