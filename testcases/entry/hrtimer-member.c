#include <linux/hrtimer.h>
#include <linux/sched.h>

struct poller {
	int id;
	struct hrtimer timer;
};
static struct poller poller;

static enum hrtimer_restart poll_fn(struct hrtimer *t)
{
	msleep(1);
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
 * check-name: an hrtimer callback (stored through a member of a struct: p->timer.function) that sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/hrtimer-member.c:12:9: warning: call to 'msleep' may sleep in timer context, in 'poll_fn' [-Wsleep-in-atomic]
rules/kernel-entry.rules:28:1: note: a function stored in 'struct hrtimer.function' runs in timer context
testcases/entry/hrtimer-member.c:22:27: note: 'poll_fn' runs in timer context: stored in 'struct hrtimer.function' here, in 'struct poller.timer'
testcases/entry/hrtimer-member.c:12:9: note: 'poll_fn' calls 'msleep', which may sleep
 * check-output-end
 */
