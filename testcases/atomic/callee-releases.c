#include <linux/spinlock.h>
#include <linux/sched.h>

/* like __cond_resched_lock(): called with the lock held, sleeps without dropping it */
static void relax_locked(spinlock_t *lock)
{
	msleep(1);
}

void callee_releases(spinlock_t *lock)
{
	spin_lock(lock);
	relax_locked(lock);
	spin_unlock(lock);
}
/*
 * check-name: a callee that sleeps without dropping the caller's lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-releases.c:13:9: warning: call to 'relax_locked' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/callee-releases.c:12:9: note: atomic context begins here, at '_raw_spin_lock' in 'callee_releases'
testcases/atomic/callee-releases.c:13:9: note: 'callee_releases' calls 'relax_locked'
testcases/atomic/callee-releases.c:7:9: note: 'relax_locked' calls 'msleep', which may sleep
 * check-output-end
 */
