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

/* like wake_futex_pi(), but keeps its caller's @lock when there is no
 * waiter; the BUG_ON() path never returns */
static int wake_top(raw_spinlock_t *lock)
{
	struct waiter *w = top_waiter(lock);

	if (!w)
		return -11;
	wake_task(w->task);
	raw_spin_unlock_irq(lock);
	return 0;
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
 * check-name: a callee of the file that keeps its caller's lock on one path, with a BUG_ON() on another
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-exit-bug-on.c:45:17: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/callee-exit-bug-on.c:42:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'unlock_top'
testcases/atomic/callee-exit-bug-on.c:45:17: note: 'unlock_top' calls 'msleep', which may sleep
 * check-output-end
 */
