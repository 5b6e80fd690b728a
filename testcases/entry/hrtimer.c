#include <linux/hrtimer.h>
#include <linux/sched.h>

static struct hrtimer poll_timer;

static enum hrtimer_restart poll_fn(struct hrtimer *t)
{
	msleep(1);
	return HRTIMER_NORESTART;
}

void poll_start(void)
{
	struct hrtimer *t = &poll_timer;

	hrtimer_init(t, 1, HRTIMER_MODE_REL);
	t->function = poll_fn;
	hrtimer_start(t, 1000, HRTIMER_MODE_REL);
}
/*
 * check-name: an hrtimer callback (stored in .function) that sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/hrtimer.c:8:9: warning: call to 'msleep' may sleep in timer context, in 'poll_fn' [-Wsleep-in-atomic]
rules/kernel-entry.rules:28:1: note: a function stored in 'struct hrtimer.function' runs in timer context
testcases/entry/hrtimer.c:17:21: note: 'poll_fn' runs in timer context: stored in 'struct hrtimer.function' here
testcases/entry/hrtimer.c:8:9: note: 'poll_fn' calls 'msleep', which may sleep
 * check-output-end
 */
