#include <linux/timer.h>
#include <linux/sched.h>

struct st_ops {
	void (*flush)(void);
};

static void slow_flush(void)
{
	msleep(1);
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
 * check-name: one finding per bug: two timer callbacks reach one sleep through one callback
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/same-callback-timers.c:33:9: warning: call to 'st_run' may sleep in timer context, in 'a_timer_fn' [-Wsleep-in-atomic]
testcases/callbacks/same-callback-timers.c:45:9: note: 'a_timer_fn' runs in timer context: 'st_start' registers it here with 'init_timer_key'
testcases/callbacks/same-callback-timers.c:33:9: note: 1 other call made in atomic context reaches the same sleep through 'slow_flush' (--show-all-paths lists them)
testcases/callbacks/same-callback-timers.c:33:9: note: 'a_timer_fn' calls 'st_run'
testcases/callbacks/same-callback-timers.c:25:9: note: 'st_run' calls 'slow_flush' via 'struct st_ops'.flush = slow_flush at testcases/callbacks/same-callback-timers.c:14:18
testcases/callbacks/same-callback-timers.c:10:9: note: 'slow_flush' calls 'msleep', which may sleep
 * check-output-end
 */
