#include <linux/spinlock.h>
#include <linux/sched.h>

struct sc_ops {
	void (*cb)(void);
};

static void slow_cb(void)
{
	udelay(1);
}

const struct sc_ops slow_sc_ops = {
	.cb = slow_cb,
};

/* no call through .cb holds atomic state itself: the field is not atomic,
 * and each caller that holds a lock across run_cb() is to blame */
static void run_cb(const struct sc_ops *ops)
{
	ops->cb();
}

static spinlock_t a_lock, b_lock;

void path_a(const struct sc_ops *ops)
{
	spin_lock(&a_lock);
	run_cb(ops);
	spin_unlock(&a_lock);
}

void path_b(const struct sc_ops *ops)
{
	spin_lock(&b_lock);
	run_cb(ops);
	spin_unlock(&b_lock);
}
/*
 * check-name: one finding per bug: the same sections, and the callback busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
