#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/interrupt.h>
#include <linux/hrtimer.h>

static spinlock_t sl;
static struct hrtimer hard_timer;
static void *buf;

static enum hrtimer_restart hard_fn(struct hrtimer *t)
{
	spin_lock(&sl);
	spin_unlock(&sl);
	return HRTIMER_NORESTART;
}

void hard_timer_start(void)
{
	hrtimer_init(&hard_timer, 1, HRTIMER_MODE_REL_HARD);
	hard_timer.function = hard_fn;
	hrtimer_start(&hard_timer, 1000, HRTIMER_MODE_REL_HARD);
}

static irqreturn_t nothread_handler(int irq, void *dev)
{
	buf = kmalloc(8, GFP_ATOMIC);
	return IRQ_HANDLED;
}

int nothread_setup(void *dev)
{
	return request_irq(1, nothread_handler, IRQF_NO_THREAD, "rt", dev);
}
/*
 * check-name: (libclang) PREEMPT_RT hard interrupt entries: a HRTIMER_MODE_REL_HARD hrtimer taking a spinlock_t, an IRQF_NO_THREAD handler allocating
 * check-exit-value: 1
 * check-command: sleepcheck clang-check -Itestcases/include $file && sleepcheck report -Wrt-wait-context
 *
 * check-output-start
testcases/rt/hard-entry-clang.c:12:9: warning: call to 'spin_lock' may sleep on PREEMPT_RT in hard timer context, in 'hard_fn' [-Wrt-wait-context]
rules/kernel-entry.rules:28:1: note: a function stored in 'struct hrtimer.function' runs in timer context
testcases/rt/hard-entry-clang.c:20:29: note: 'hard_fn' runs in timer context: stored in 'struct hrtimer.function' here
testcases/rt/hard-entry-clang.c:12:9: note: 'hard_fn' calls 'spin_lock' through inline 'spin_lock', which may sleep
testcases/rt/hard-entry-clang.c:26:15: warning: call to 'kmalloc' may sleep on PREEMPT_RT in hardirq context, in 'nothread_handler' [-Wrt-wait-context]
testcases/rt/hard-entry-clang.c:32:16: note: 'nothread_handler' runs in hardirq context: 'nothread_setup' registers it here with 'request_threaded_irq'
testcases/rt/hard-entry-clang.c:26:15: note: 'nothread_handler' calls '__kmalloc' through inline 'kmalloc', which may sleep
 * check-output-end
 */
