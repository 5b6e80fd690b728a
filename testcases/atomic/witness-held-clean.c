#include <linux/spinlock.h>
#include <linux/sched.h>

/* the short way to a sleep drops the caller's lock first */
static void drop_and_sleep(spinlock_t *lock)
{
	spin_unlock(lock);
	msleep(1);
	spin_lock(lock);
}

static void deep_sleep(void)
{
	msleep(2);
}

static void middle(void)
{
	deep_sleep();
}

/* and so does the long way */
static void helper(spinlock_t *lock, int slow)
{
	if (slow) {
		drop_and_sleep(lock);
	} else {
		spin_unlock(lock);
		middle();
		spin_lock(lock);
	}
}

void witness_held(spinlock_t *lock, int slow)
{
	spin_lock(lock);
	helper(lock, slow);
	spin_unlock(lock);
}
/*
 * check-name: two chains to a sleep that both drop the caller's lock are clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
