#include <linux/interrupt.h>
#include <linux/slab.h>
#include <linux/sched.h>

struct mydev { int irq; void *buf; };

static irqreturn_t mydev_irq(int irq, void *data)
{
	struct mydev *d = data;

	d->buf = kmalloc(64, GFP_ATOMIC);
	return IRQ_HANDLED;
}

static irqreturn_t mydev_thread(int irq, void *data)
{
	/* the threaded half runs in process context: it may sleep */
	msleep(1);
	return IRQ_HANDLED;
}

int mydev_probe(struct mydev *d)
{
	return request_threaded_irq(d->irq, mydev_irq, mydev_thread, 0, "mydev", d) ?:
	       request_irq(d->irq + 1, mydev_irq, 0, "mydev1", d);
}
/*
 * check-name: an IRQ handler that allocates with GFP_ATOMIC; its thread may sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
