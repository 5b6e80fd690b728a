#include <linux/interrupt.h>
#include <linux/hrtimer.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/* kernel/softirq.c */
struct softirq_action { void (*action)(struct softirq_action *); };
void open_softirq(int nr, void (*action)(struct softirq_action *));

/* a sleep on the side where the test says a softirq is served */
static void flush_served(void)
{
	if (in_serving_softirq())
		msleep(1);
}

static void sirq_action(struct softirq_action *h)
{
	flush_served();
}

void sirq_init(void)
{
	open_softirq(3, sirq_action);
}

/* an hrtimer runs in a hard interrupt: not serving a softirq, and
 * atomic still */
static void flush_unserved(void)
{
	if (!in_serving_softirq())
		msleep(1);
}

static struct hrtimer poll_timer;

static enum hrtimer_restart poll_fn(struct hrtimer *t)
{
	flush_unserved();
	return HRTIMER_NORESTART;
}

void poll_start(void)
{
	struct hrtimer *t = &poll_timer;

	hrtimer_init(t, 1, HRTIMER_MODE_REL);
	t->function = poll_fn;
	hrtimer_start(t, 1000, HRTIMER_MODE_REL);
}

/* not serving a softirq says nothing of a spinlock */
static spinlock_t lock;

void locked_flush(void)
{
	spin_lock(&lock);
	flush_unserved();
	spin_unlock(&lock);
}
/*
 * check-name: a sleep a test of the context does not keep from a callback's context
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/served.c:20:9: warning: call to 'flush_served' may sleep in softirq context, in 'sirq_action' [-Wsleep-in-atomic]
testcases/entry/served.c:25:9: note: 'sirq_action' runs in softirq context: 'sirq_init' registers it here with 'open_softirq'
testcases/entry/served.c:20:9: note: 'sirq_action' calls 'flush_served'
testcases/entry/served.c:15:17: note: 'flush_served' calls 'msleep', which may sleep
testcases/entry/served.c:40:9: warning: call to 'flush_unserved' may sleep in timer context, in 'poll_fn' [-Wsleep-in-atomic]
rules/kernel-entry.rules:28:1: note: a function stored in 'struct hrtimer.function' runs in timer context
testcases/entry/served.c:49:21: note: 'poll_fn' runs in timer context: stored in 'struct hrtimer.function' here
testcases/entry/served.c:40:9: note: 'poll_fn' calls 'flush_unserved'
testcases/entry/served.c:33:17: note: 'flush_unserved' calls 'msleep', which may sleep
testcases/entry/served.c:59:9: warning: call to 'flush_unserved' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/entry/served.c:58:9: note: atomic context begins here, at '_raw_spin_lock' in 'locked_flush'
testcases/entry/served.c:59:9: note: 'locked_flush' calls 'flush_unserved'
testcases/entry/served.c:33:17: note: 'flush_unserved' calls 'msleep', which may sleep
 * check-output-end
 */
