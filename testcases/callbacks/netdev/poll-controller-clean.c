#include <linux/netdevice.h>
#include <linux/interrupt.h>

/* the same drivers, both with disable_irq_nosync(), which does not wait */
static irqreturn_t a_intr(int irq, void *dev)
{
	return IRQ_HANDLED;
}

static void a_poll(struct net_device *dev)
{
	disable_irq_nosync(7);
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
 * check-name: module only: the same ndo_poll_controllers with disable_irq_nosync(): nothing
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
