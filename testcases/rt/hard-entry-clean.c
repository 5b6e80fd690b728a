#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/interrupt.h>
#include <linux/hrtimer.h>

static spinlock_t sl;
static struct hrtimer soft_timer;
static void *buf;

/* on PREEMPT_RT a timer without HRTIMER_MODE_HARD expires in softirq
 * context, in a thread: a spinlock_t is fine there */
static enum hrtimer_restart soft_fn(struct hrtimer *t)
{
	spin_lock(&sl);
	spin_unlock(&sl);
	return HRTIMER_NORESTART;
}

void soft_timer_start(void)
{
	hrtimer_init(&soft_timer, 1, HRTIMER_MODE_REL);
	soft_timer.function = soft_fn;
	hrtimer_start(&soft_timer, 1000, HRTIMER_MODE_REL);
}

/* a handler without IRQF_NO_THREAD is forced into a thread on RT */
static irqreturn_t threaded_handler(int irq, void *dev)
{
	buf = kmalloc(8, GFP_ATOMIC);
	spin_lock(&sl);
	spin_unlock(&sl);
	return IRQ_HANDLED;
}

int threaded_setup(void *dev)
{
	return request_irq(1, threaded_handler, IRQF_SHARED, "rt", dev);
}
/*
 * check-name: PREEMPT_RT soft hrtimer and forced-threaded handler are clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report -Wrt-wait-context
 *
 */
