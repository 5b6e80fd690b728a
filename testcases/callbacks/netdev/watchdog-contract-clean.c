#include <linux/netdevice.h>
#include <linux/timer.h>
#include <linux/dmapool.h>

/* the same watchdog timer; the driver's ndo_tx_timeout only marks the
 * pool for teardown */
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

struct nic { struct dma_pool *pool; int dead; };

static void nic_tx_timeout(struct net_device *dev, unsigned int txqueue)
{
	struct nic *n = dev->priv;

	n->dead = 1;
}

void nic_remove(struct nic *n)
{
	dma_pool_destroy(n->pool);
}

const struct net_device_ops nic_ops = { .ndo_tx_timeout = nic_tx_timeout };
/*
 * check-name: the same watchdog and a driver that defers the teardown: nothing
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
