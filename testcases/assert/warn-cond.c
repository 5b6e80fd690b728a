#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bug.h>

static int slow_check(int v)
{
	msleep(v);
	return v > 3;
}

/* a warning that asserts nothing still evaluates its condition: the
 * calls in it run where the warning is written, under the lock */
int check_locked(spinlock_t *lock, int v)
{
	spin_lock(lock);
	if (WARN_ON(slow_check(v))) {
		spin_unlock(lock);
		return -1;
	}
	BUG_ON(v == 7 && slow_check(v + 1));
	if (v > 1 && WARN_ON_ONCE(slow_check(v - 1)))
		v = 0;
	spin_unlock(lock);
	return 0;
}
/*
 * check-name: the calls in a warning's condition (WARN_ON(), BUG_ON()) under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/assert/warn-cond.c:16:13: warning: call to 'slow_check' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-cond.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'check_locked'
testcases/assert/warn-cond.c:16:13: note: 2 other calls in this atomic section reach the same sleep (--show-all-paths lists them)
testcases/assert/warn-cond.c:16:13: note: 'check_locked' calls 'slow_check'
testcases/assert/warn-cond.c:7:9: note: 'slow_check' calls 'msleep', which may sleep
 * check-output-end
 */
