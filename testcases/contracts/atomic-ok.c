/* an implementation of dma_pool_free() that sleeps, against its documented contract */
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/dmapool.h>

struct dma_pool { struct mutex lock; spinlock_t slock; void *free; };

void dma_pool_free(struct dma_pool *pool, void *vaddr, dma_addr_t addr)
{
	mutex_lock(&pool->lock);
	pool->free = vaddr;
	mutex_unlock(&pool->lock);
}
/*
 * check-name: the implementation check: a dma_pool_free that sleeps breaks "may be called in interrupt context"
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/atomic-ok.c:10:9: warning: 'dma_pool_free' may sleep, but it is documented as callable in interrupt context [-Wcontract]
rules/dma-api.rules:27:1: note: contract 'dma_pool_free', documented at Documentation/core-api/dma-api-howto.rst:427
testcases/contracts/atomic-ok.c:10:9: note: 'dma_pool_free' calls 'mutex_lock', which may sleep
 * check-output-end
 */
