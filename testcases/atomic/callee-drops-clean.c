#include <linux/spinlock.h>
#include <linux/sched.h>

/* drops the caller's lock for good, then sleeps */
static void unlock_then_sleep(spinlock_t *lock)
{
	spin_unlock(lock);
	msleep(1);
}

void callee_drops(spinlock_t *lock)
{
	spin_lock(lock);
	unlock_then_sleep(lock);
}
/*
 * check-name: a callee that releases the caller's lock, then sleeps, is clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
