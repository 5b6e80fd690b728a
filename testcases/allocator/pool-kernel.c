#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include "dmapool.h"

/* the pool is used where dma_alloc_coherent() could not be: IRQs off */
static spinlock_t dev_lock;

void *pool_user_irqs_off(struct dma_pool_atomic *pool, dma_addr_t *handle)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&dev_lock, flags);
	p = pool_alloc(pool, 8192, handle);
	spin_unlock_irqrestore(&dev_lock, flags);
	return p;
}

void pool_user_free_irqs_off(struct dma_pool_atomic *pool, void *p)
{
	unsigned long flags;
	struct pool_stats st;

	local_irq_save(flags);
	pool_free(pool, p);
	pool_get_stats(pool, &st);
	local_irq_restore(flags);
}
/*
 * check-name: the pool's alloc, free and stats paths never sleep with IRQs off
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -DPOOL_KERNEL -Itestcases/include -Iallocator allocator/dmapool.c $file && sleepcheck report
 *
 */
