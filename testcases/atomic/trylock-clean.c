#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

int trylock(void)
{
	if (!spin_trylock(&lock)) {
		msleep(1);
		return 0;
	}
	spin_unlock(&lock);
	msleep(2);
	return 1;
}
/*
 * check-name: sleep only where spin_trylock failed or after unlock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
