#include <linux/spinlock.h>
#include <linux/sched.h>

/* drops the caller's lock, takes it again, then sleeps: held at the sleep */
static void relock_then_sleep(spinlock_t *lock)
{
	spin_unlock(lock);
	udelay(1);
	spin_lock(lock);
	msleep(1);
}

void callee_drops(spinlock_t *lock)
{
	spin_lock(lock);
	relock_then_sleep(lock);
	spin_unlock(lock);
}
/*
 * check-name: a callee that drops the caller's lock and takes it again before it sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-drops.c:16:9: warning: call to 'relock_then_sleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/callee-drops.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'callee_drops'
testcases/atomic/callee-drops.c:16:9: note: 'callee_drops' calls 'relock_then_sleep'
testcases/atomic/callee-drops.c:10:9: note: 'relock_then_sleep' calls 'msleep', which may sleep
 * check-output-end
 */
