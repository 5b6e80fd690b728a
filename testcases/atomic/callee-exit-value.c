#include <linux/spinlock.h>
#include <linux/sched.h>

int stop_pending(void);

/* returns 1 having dropped the caller's lock and slept, but also 1
 * with the lock held when it is stopped twice: held where the caller
 * sleeps after a 1 (taking it again at `relock:` would deadlock, so the
 * analysis counts the lock once there: relock-clean.c) */
static int stop_and_wait(spinlock_t *lock)
{
	if (!stop_pending())
		return 0;
	if (stop_pending() > 1)
		return 1;
	spin_unlock_irq(lock);
	schedule();
	return 1;
}

/* like get_signal(): the lock is taken again only after a stop */
int next_signal(spinlock_t *lock)
{
relock:
	spin_lock_irq(lock);
	for (;;) {
		if (stop_and_wait(lock)) {
			msleep(1);	/* the lock was dropped, it believes */
			goto relock;
		}
		if (!stop_pending())
			break;
	}
	spin_unlock_irq(lock);
	return 0;
}
/*
 * check-name: a callee of the file that returns 1 on a path that keeps its caller's lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-exit-value.c:28:25: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/callee-exit-value.c:25:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'next_signal'
testcases/atomic/callee-exit-value.c:28:25: note: 'next_signal' calls 'msleep', which may sleep
 * check-output-end
 */
