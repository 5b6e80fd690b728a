#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bug.h>

struct waiter {
	raw_spinlock_t *lock;
	int task;
};

struct waiter *first_waiter(raw_spinlock_t *lock);
void wake_task(int task);

/* like rt_mutex_top_waiter(): a BUG_ON() of an inline expanded into its
 * caller, on a path that never returns */
static inline struct waiter *top_waiter(raw_spinlock_t *lock)
{
	struct waiter *w = first_waiter(lock);

	if (w)
		BUG_ON(w->lock != lock);
	return w;
}

/* like wake_futex_pi(): drops its caller's @lock on every path that
 * returns */
static int wake_top(raw_spinlock_t *lock)
{
	struct waiter *w = top_waiter(lock);
	int ret = 0;

	if (!w) {
		ret = -11;
		goto out;
	}
	wake_task(w->task);
out:
	raw_spin_unlock_irq(lock);
	return ret;
}

/* like futex_unlock_pi(): sleeps after the callee dropped the lock */
int unlock_top(raw_spinlock_t *lock)
{
	int ret;

	raw_spin_lock_irq(lock);
	ret = wake_top(lock);
	if (ret)
		msleep(1);
	return ret;
}
/*
 * check-name: a callee of the file that drops its caller's lock on every path but a BUG_ON()'s
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
