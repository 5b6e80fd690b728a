#include <linux/interrupt.h>
#include <linux/dmapool.h>

struct nic { struct dma_pool *pool; void *desc; dma_addr_t dma; int dead; };

static void nic_teardown(struct nic *n)
{
	dma_pool_free(n->pool, n->desc, n->dma);
	dma_pool_destroy(n->pool);
}

static irqreturn_t nic_irq(int irq, void *data)
{
	struct nic *n = data;

	if (n->dead)
		nic_teardown(n);
	return 1;
}

int nic_probe(struct nic *n, unsigned int irq)
{
	return request_irq(irq, nic_irq, 0, "nic", n);
}

void nic_remove(struct nic *n)
{
	dma_pool_destroy(n->pool);
}
/*
 * check-name: the caller check: dma_pool_destroy, documented as not callable in interrupt context, reached from an IRQ handler
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/no-interrupt.c:17:17: warning: call to 'nic_teardown' may sleep in hardirq context, in 'nic_irq' [-Wsleep-in-atomic]
testcases/contracts/no-interrupt.c:23:16: note: 'nic_irq' runs in hardirq context: 'nic_probe' registers it here with 'request_threaded_irq'
rules/dma-api.rules:30:1: note: also: 'nic_irq' runs in hardirq context and calls 'dma_pool_destroy', which may not be called in interrupt context (contract 'dma_pool_destroy', documented at Documentation/core-api/dma-api-howto.rst:435)
testcases/contracts/no-interrupt.c:17:17: note: 'nic_irq' calls 'nic_teardown'
testcases/contracts/no-interrupt.c:9:9: note: 'nic_teardown' calls 'dma_pool_destroy', which may sleep
 * check-output-end
 */
