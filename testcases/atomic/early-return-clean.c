#include <linux/spinlock.h>
#include <linux/mutex.h>

static spinlock_t lock;
static struct mutex m;

int early_return(int x)
{
	spin_lock_irq(&lock);
	if (x < 0) {
		spin_unlock_irq(&lock);
		return x;
	}
	spin_unlock_irq(&lock);
	mutex_lock(&m);
	mutex_unlock(&m);
	return 0;
}
/*
 * check-name: early return and the other path both unlock first
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
