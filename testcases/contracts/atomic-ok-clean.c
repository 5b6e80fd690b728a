/* an implementation of dma_pool_free() that keeps its documented contract */
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/dmapool.h>

struct dma_pool { struct mutex lock; spinlock_t slock; void *free; };

void dma_pool_free(struct dma_pool *pool, void *vaddr, dma_addr_t addr)
{
	unsigned long flags;

	spin_lock_irqsave(&pool->slock, flags);
	pool->free = vaddr;
	spin_unlock_irqrestore(&pool->slock, flags);
}
/*
 * check-name: the implementation check: a dma_pool_free under a spinlock keeps "may be called in interrupt context"
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
