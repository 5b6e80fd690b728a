#include <linux/spinlock.h>
#include <linux/sched.h>

/* like __cond_resched_lock(): called with the lock held, drops it to sleep */
static void relax_locked(spinlock_t *lock)
{
	spin_unlock(lock);
	msleep(1);
	spin_lock(lock);
}

void callee_releases(spinlock_t *lock)
{
	spin_lock(lock);
	relax_locked(lock);
	spin_unlock(lock);
}
/*
 * check-name: a callee that drops the caller's lock before sleeping is clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
