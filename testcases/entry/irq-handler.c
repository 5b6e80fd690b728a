#include <linux/interrupt.h>
#include <linux/slab.h>
#include <linux/sched.h>

struct mydev { int irq; void *buf; };

static irqreturn_t mydev_irq(int irq, void *data)
{
	struct mydev *d = data;

	d->buf = kmalloc(64, GFP_KERNEL);
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
 * check-name: an IRQ handler that allocates with GFP_KERNEL; its thread may sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/irq-handler.c:11:18: warning: call to 'kmalloc' may sleep in hardirq context, in 'mydev_irq' [-Wsleep-in-atomic]
testcases/entry/irq-handler.c:24:16: note: 'mydev_irq' runs in hardirq context: 'mydev_probe' registers it here with 'request_threaded_irq'
testcases/entry/irq-handler.c:11:18: note: 'mydev_irq' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
