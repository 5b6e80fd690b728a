#include <linux/netdevice.h>
#include <linux/mutex.h>
#include <linux/sched.h>

/* three drivers' ndo_start_xmit in one module; the core that calls them
 * (net/core/dev.c) is not in the database: the entry-field rule of
 * rules/kernel-entry.rules says they run in atomic context */
static struct mutex b_mutex;

static netdev_tx_t a_xmit(struct sk_buff *skb, struct net_device *dev)
{
	msleep(1);
	return NETDEV_TX_OK;
}

static void b_lock(void)
{
	mutex_lock(&b_mutex);
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
 * check-name: module only: ndo_start_xmit runs in atomic context by rule; the two drivers that sleep are blamed
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/netdev/xmit.c:12:9: warning: call to 'msleep' may sleep in atomic context, in 'a_xmit' [-Wsleep-in-atomic]
rules/kernel-entry.rules:41:1: note: a function stored in 'struct net_device_ops.ndo_start_xmit' runs in atomic context
testcases/callbacks/netdev/xmit.c:38:57: note: 'a_xmit' runs in atomic context: stored in 'struct net_device_ops.ndo_start_xmit' here, in the initializer of 'a_ops'
testcases/callbacks/netdev/xmit.c:12:9: note: 'a_xmit' calls 'msleep', which may sleep
testcases/callbacks/netdev/xmit.c:28:9: warning: call to 'b_queue' may sleep in atomic context, in 'b_xmit' [-Wsleep-in-atomic]
rules/kernel-entry.rules:41:1: note: a function stored in 'struct net_device_ops.ndo_start_xmit' runs in atomic context
testcases/callbacks/netdev/xmit.c:39:57: note: 'b_xmit' runs in atomic context: stored in 'struct net_device_ops.ndo_start_xmit' here, in the initializer of 'b_ops'
testcases/callbacks/netdev/xmit.c:28:9: note: 'b_xmit' calls 'b_queue'
testcases/callbacks/netdev/xmit.c:23:9: note: 'b_queue' calls 'b_lock'
testcases/callbacks/netdev/xmit.c:18:9: note: 'b_lock' calls 'mutex_lock', which may sleep
 * check-output-end
 */
