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

	ring = dma_alloc_coherent(priv->dev, 4096, &dma, GFP_ATOMIC);
	spin_lock_irqsave(&priv->lock, flags);
	priv->ring = ring;
	priv->ring_dma = dma;
	spin_unlock_irqrestore(&priv->lock, flags);
	return ring ? 0 : -12;
}
/*
 * check-name: the seed twin: allocating before IRQs are disabled is clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include -Itestcases/seed/include $file testcases/seed/kernel/dma/mapping.c testcases/seed/arch/arm/mm/dma-mapping.c testcases/seed/drivers/base/dma-mapping.c testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c && sleepcheck report -Wno-contract
 *
 */
