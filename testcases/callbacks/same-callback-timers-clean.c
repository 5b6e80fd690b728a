#include <linux/timer.h>
#include <linux/sched.h>

struct st_ops {
	void (*flush)(void);
};

static void slow_flush(void)
{
	udelay(1);
}

const struct st_ops slow_st_ops = {
	.flush = slow_flush,
};

struct st_dev {
	struct timer_list a_timer, b_timer;
	const struct st_ops *ops;
};

/* not at the top of an entry point: .flush is not made atomic */
static void st_run(struct st_dev *d)
{
	d->ops->flush();
}

/* two timers reach one sleep through one callback: one bug */
static void a_timer_fn(struct timer_list *t)
{
	struct st_dev *d = from_timer(d, t, a_timer);

	st_run(d);
}

static void b_timer_fn(struct timer_list *t)
{
	struct st_dev *d = from_timer(d, t, b_timer);

	st_run(d);
}

void st_start(struct st_dev *d)
{
	timer_setup(&d->a_timer, a_timer_fn, 0);
	timer_setup(&d->b_timer, b_timer_fn, 0);
}
/*
 * check-name: one finding per bug: the same timers, and the callback busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
