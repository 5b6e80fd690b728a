#include <linux/spinlock.h>
#include <linux/sched.h>

int stop_pending(void);

/* like do_signal_stop(): returns 1 having dropped the caller's lock and
 * slept, 0 with the lock still held */
static int stop_and_wait(spinlock_t *lock)
{
	if (!stop_pending())
		return 0;
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
 * check-name: a callee of the file that returns 1 with its caller's lock dropped and 0 with it held
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
