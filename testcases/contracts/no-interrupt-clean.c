#include <linux/interrupt.h>
#include <linux/dmapool.h>

struct nic { struct dma_pool *pool; void *desc; dma_addr_t dma; int dead; };

static void nic_teardown(struct nic *n)
{
	dma_pool_free(n->pool, n->desc, n->dma);
	n->desc = NULL;
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
 * check-name: dma_pool_free from an IRQ handler (documented as callable there); dma_pool_destroy only from process context
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
