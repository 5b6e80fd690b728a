#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bug.h>

static int slow_check(int v)
{
	msleep(v);
	return v > 3;
}

static int fast_check(int v)
{
	return v > 3;
}

/* the warnings under the lock call nothing that sleeps; the one that
 * does is written after the unlock */
int check_locked(spinlock_t *lock, int v)
{
	spin_lock(lock);
	if (WARN_ON(fast_check(v))) {
		spin_unlock(lock);
		return -1;
	}
	BUG_ON(v == 7 && fast_check(v + 1));
	if (v > 1 && WARN_ON_ONCE(fast_check(v - 1)))
		v = 0;
	spin_unlock(lock);
	WARN_ON_ONCE(slow_check(v));
	return 0;
}
/*
 * check-name: the calls in a warning's condition, none that sleeps under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
