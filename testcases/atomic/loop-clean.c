#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void loop(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		spin_lock(&lock);
		spin_unlock(&lock);
		if (i == 3)
			schedule();
	}
	schedule();
}
/*
 * check-name: lock and unlock in each iteration, sleep outside
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
