// SPDX-License-Identifier: GPL-2.0
/*
 * sleepcheck_seed.c - dropped into a real kernel tree by
 * scripts/kernel-run.sh (as kernel/dma/sleepcheck_seed.c) to check the seed
 * bug class against the real DMA API: dma_alloc_coherent() with IRQs off,
 * once with GFP_ATOMIC (correct since the atomic pools) and once with
 * GFP_KERNEL (a bug).  Only checked by sparse; never run.
 */
#include <linux/dma-mapping.h>
#include <linux/spinlock.h>
#include <linux/sizes.h>

static DEFINE_SPINLOCK(sleepcheck_seed_lock);

void *sleepcheck_seed_atomic(struct device *dev, dma_addr_t *handle);
void *sleepcheck_seed_kernel(struct device *dev, dma_addr_t *handle);

void *sleepcheck_seed_atomic(struct device *dev, dma_addr_t *handle)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&sleepcheck_seed_lock, flags);
	p = dma_alloc_coherent(dev, SZ_4K, handle, GFP_ATOMIC);
	spin_unlock_irqrestore(&sleepcheck_seed_lock, flags);
	return p;
}

void *sleepcheck_seed_kernel(struct device *dev, dma_addr_t *handle)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&sleepcheck_seed_lock, flags);
	p = dma_alloc_coherent(dev, SZ_4K, handle, GFP_KERNEL);
	spin_unlock_irqrestore(&sleepcheck_seed_lock, flags);
	return p;
}
