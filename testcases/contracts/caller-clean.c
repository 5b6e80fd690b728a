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
	spin_unlock_irqrestore(&r->lock, flags);
	dma_free_coherent(r->dev, 4096, buf, r->dma);
}
/*
 * check-name: the caller check: dma_free_coherent after IRQs are on again
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include -Itestcases/seed/include $file && sleepcheck report
 *
 */
