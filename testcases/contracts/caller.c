#include <linux/spinlock.h>
#include <linux/dma-mapping.h>

struct ring { struct device *dev; spinlock_t lock; void *buf; dma_addr_t dma; };

void ring_release(struct ring *r)
{
	unsigned long flags;
	void *buf;

	spin_lock_irqsave(&r->lock, flags);
	buf = r->buf;
	r->buf = NULL;
	dma_free_coherent(r->dev, 4096, buf, r->dma);
	spin_unlock_irqrestore(&r->lock, flags);
}
/*
 * check-name: the caller check: dma_free_coherent with IRQs off breaks its documented contract
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include -Itestcases/seed/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/caller.c:14:9: warning: call to 'dma_free_coherent' with interrupts disabled, but it may only be called with IRQs enabled [-Wcontract]
rules/dma-api.rules:6:1: note: contract 'dma_free_coherent', documented at Documentation/core-api/dma-api.rst:72
testcases/contracts/caller.c:11:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'ring_release'
testcases/contracts/caller.c:14:9: note: 'ring_release' calls 'dma_free_coherent'
 * check-output-end
 */
