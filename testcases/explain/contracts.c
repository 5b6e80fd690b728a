/* explain names the documented contracts of a function, with provenance */
#include <linux/spinlock.h>
#include <linux/dmapool.h>

struct dma_pool { spinlock_t lock; void *free; };

void dma_pool_free(struct dma_pool *pool, void *vaddr, dma_addr_t addr)
{
	unsigned long flags;

	spin_lock_irqsave(&pool->lock, flags);
	pool->free = vaddr;
	spin_unlock_irqrestore(&pool->lock, flags);
}
/*
 * check-name: explain: the contracts that apply to a function, with the rule and the document
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck explain dma_pool_free
 *
 * check-output-start
testcases/explain/contracts.c:7:6: 'dma_pool_free'
  does not sleep (no chain to a sleep source)
  not entered in atomic context by any call in the database
  contract atomic-ok: rules/dma-api.rules:27, documented at Documentation/core-api/dma-api-howto.rst:427
 * check-output-end
 */
