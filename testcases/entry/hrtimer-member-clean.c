#include <linux/hrtimer.h>
#include <linux/sched.h>

struct poller {
	int id;
	struct hrtimer timer;
};
static struct poller poller;

static enum hrtimer_restart poll_fn(struct hrtimer *t)
{
	udelay(1);
	return HRTIMER_NORESTART;
}

void poll_start(void)
{
	struct poller *p = &poller;
	struct hrtimer *t = &p->timer;

	hrtimer_init(t, 1, HRTIMER_MODE_REL);
	p->timer.function = poll_fn;
	hrtimer_start(t, 1000, HRTIMER_MODE_REL);
}
/*
 * check-name: an hrtimer callback (stored through a member of a struct: p->timer.function) that only busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
