#include <linux/netdevice.h>
#include <linux/interrupt.h>

/* two drivers' ndo_poll_controller in one module, netpoll not in the
 * database: the entry-field rule says it runs with interrupts disabled
 * (net/core/netpoll.c); disable_irq() waits for a running handler */
static irqreturn_t a_intr(int irq, void *dev)
{
	return IRQ_HANDLED;
}

static void a_poll(struct net_device *dev)
{
	disable_irq(7);
	a_intr(7, dev);
	enable_irq(7);
}

static void b_poll(struct net_device *dev)
{
	disable_irq_nosync(8);
	a_intr(8, dev);
	enable_irq(8);
}

const struct net_device_ops a_ops = { .ndo_poll_controller = a_poll };
const struct net_device_ops b_ops = { .ndo_poll_controller = b_poll };
/*
 * check-name: module only: ndo_poll_controller runs with interrupts disabled by rule; the driver that calls disable_irq() is blamed
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/netdev/poll-controller.c:14:9: warning: call to 'disable_irq' may sleep in atomic context, in 'a_poll' [-Wsleep-in-atomic]
rules/kernel-entry.rules:73:1: note: a function stored in 'struct net_device_ops.ndo_poll_controller' runs in atomic context
testcases/callbacks/netdev/poll-controller.c:26:62: note: 'a_poll' runs in atomic context: stored in 'struct net_device_ops.ndo_poll_controller' here, in the initializer of 'a_ops'
testcases/callbacks/netdev/poll-controller.c:14:9: note: 'a_poll' calls 'disable_irq', which may sleep
 * check-output-end
 */
