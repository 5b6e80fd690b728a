#include <linux/netdevice.h>
#include <linux/mutex.h>
#include <linux/sched.h>

/* three drivers' ndo_start_xmit in one module; the core that calls them
 * (net/core/dev.c) is not in the database: the entry-field rule of
 * rules/kernel-entry.rules says they run in atomic context */
static struct mutex b_mutex;

static netdev_tx_t a_xmit(struct sk_buff *skb, struct net_device *dev)
{
	udelay(1000);
	return NETDEV_TX_OK;
}

static void b_lock(void)
{
	udelay(10);
}

static void b_queue(struct net_device *dev)
{
	b_lock();
}

static netdev_tx_t b_xmit(struct sk_buff *skb, struct net_device *dev)
{
	b_queue(dev);
	return NETDEV_TX_OK;
}

static netdev_tx_t c_xmit(struct sk_buff *skb, struct net_device *dev)
{
	udelay(5);
	return NETDEV_TX_OK;
}

const struct net_device_ops a_ops = { .ndo_start_xmit = a_xmit };
const struct net_device_ops b_ops = { .ndo_start_xmit = b_xmit };
const struct net_device_ops c_ops = { .ndo_start_xmit = c_xmit };
/*
 * check-name: module only: the same drivers' ndo_start_xmit busy-wait
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
