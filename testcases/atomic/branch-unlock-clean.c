#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void branch_unlock(int x)
{
	spin_lock(&lock);
	if (x) {
		spin_unlock(&lock);
		msleep(1);
		return;
	}
	spin_unlock(&lock);
	msleep(2);
}
/*
 * check-name: unlock on every path before sleeping
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
