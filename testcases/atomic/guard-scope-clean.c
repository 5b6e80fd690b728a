#include <linux/cleanup.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/* include/linux/spinlock.h:514 of Debian's 6.1 */
DEFINE_LOCK_GUARD_1(spinlock, spinlock_t,
		    spin_lock(_T->lock),
		    spin_unlock(_T->lock))

int busy(int i);

/* the guard's block ends before the sleep */
void sleeps_after_block(spinlock_t *lock, int n)
{
	if (n) {
		guard(spinlock)(lock);
		busy(n);
	}
	msleep(1);
}

/* a break and a continue leave the guard of the loop's block */
void sleeps_after_break(spinlock_t *lock, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		guard(spinlock)(lock);
		if (busy(i))
			continue;
		if (busy(i + 1))
			break;
	}
	msleep(2);
}

/* a goto out of the guard's block leaves it; the sleep at the label
 * and the one after the block are outside */
int sleeps_after_goto(spinlock_t *lock, int n)
{
	{
		guard(spinlock)(lock);
		if (busy(n))
			goto out;
		busy(n + 1);
	}
	msleep(3);
	return 0;
out:
	msleep(4);
	return -1;
}

/* a return under the guard: nothing of the function runs after it */
int returns_in_guard(spinlock_t *lock, int n)
{
	guard(spinlock)(lock);
	if (busy(n))
		return -1;
	return busy(n + 1);
}
/*
 * check-name: guard(spinlock): the cleanup releases the lock where the guard's block is left (its end, break, continue, goto out)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
