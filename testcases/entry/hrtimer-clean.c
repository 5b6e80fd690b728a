#include <linux/hrtimer.h>
#include <linux/sched.h>

static struct hrtimer poll_timer;

static enum hrtimer_restart poll_fn(struct hrtimer *t)
{
	udelay(1);
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
 * check-name: an hrtimer callback (stored in .function) that only busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
