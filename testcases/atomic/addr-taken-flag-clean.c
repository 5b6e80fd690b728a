#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

static void take(int *locked)
{
	spin_lock(&lock);
	*locked = 1;
}

/* the flag set by the callee: the lock dropped before the sleep */
void one_def(void)
{
	int locked = 0;

	take(&locked);
	if (locked) {
		spin_unlock(&lock);
		msleep(1);
	}
}

/* a flag whose address is not taken still decides its test */
void no_addr(int x)
{
	int locked = 0;

	if (x)
		locked = 0;
	spin_lock(&lock);
	if (locked)
		msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: a local flag whose address a callee is passed, tested where the lock is dropped before the sleep; a flag whose address is not taken still decides its test (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
