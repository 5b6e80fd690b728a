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
	mutex_lock(&m);
	spin_unlock_irq(&lock);
	mutex_unlock(&m);
	return 0;
}
/*
 * check-name: early return unlocks, the other path sleeps under the lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/early-return.c:14:9: warning: call to 'mutex_lock' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/early-return.c:9:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'early_return'
testcases/atomic/early-return.c:14:9: note: 'early_return' calls 'mutex_lock', which may sleep
 * check-output-end
 */
