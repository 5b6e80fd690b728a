#include <linux/netdevice.h>
#include <linux/timer.h>
#include <linux/dmapool.h>

/* net/sched/sch_generic.c dev_watchdog(), cut down: a timer that calls
 * the driver's ndo_tx_timeout (an entry-field rule: timer context) */
struct wd { struct timer_list timer; struct net_device *dev; };

static void wd_fire(struct timer_list *t)
{
	struct wd *w = from_timer(w, t, timer);

	w->dev->netdev_ops->ndo_tx_timeout(w->dev, 0);
}

void wd_init(struct wd *w)
{
	timer_setup(&w->timer, wd_fire, 0);
}

/* a driver whose ndo_tx_timeout tears its DMA pool down */
struct nic { struct dma_pool *pool; };

static void nic_tx_timeout(struct net_device *dev, unsigned int txqueue)
{
	struct nic *n = dev->priv;

	dma_pool_destroy(n->pool);
}

const struct net_device_ops nic_ops = { .ndo_tx_timeout = nic_tx_timeout };
/*
 * check-name: a no-interrupt contract broken in an ndo_tx_timeout: reported in the driver, not at the watchdog timer's call through the field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/netdev/watchdog-contract.c:28:9: warning: call to 'dma_pool_destroy' may sleep in timer context, in 'nic_tx_timeout' [-Wsleep-in-atomic]
rules/kernel-entry.rules:44:1: note: a function stored in 'struct net_device_ops.ndo_tx_timeout' runs in timer context
testcases/callbacks/netdev/watchdog-contract.c:31:59: note: 'nic_tx_timeout' runs in timer context: stored in 'struct net_device_ops.ndo_tx_timeout' here, in the initializer of 'nic_ops'
rules/dma-api.rules:30:1: note: also: 'nic_tx_timeout' runs in timer context and calls 'dma_pool_destroy', which may not be called in interrupt context (contract 'dma_pool_destroy', documented at Documentation/core-api/dma-api-howto.rst:435)
testcases/callbacks/netdev/watchdog-contract.c:28:9: note: 'nic_tx_timeout' calls 'dma_pool_destroy', which may sleep
 * check-output-end
 */
