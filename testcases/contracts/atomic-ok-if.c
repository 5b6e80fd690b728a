/*
 * A conditional contract (rules/kernel-contract.rules): __pm_runtime_idle()
 * "may be called in atomic context if the RPM_ASYNC flag is set".  A
 * caller that holds a spinlock and passes no RPM_ASYNC breaks it: the
 * finding is the caller's.
 */
#include <linux/spinlock.h>
#include <linux/mutex.h>

#define RPM_ASYNC	0x01
#define RPM_GET_PUT	0x04

struct device { spinlock_t lock; struct mutex pm_lock; int usage; };

int __pm_runtime_idle(struct device *dev, int rpmflags)
{
	if (rpmflags & RPM_ASYNC)
		return 0;	/* queued for a worker */
	mutex_lock(&dev->pm_lock);
	dev->usage--;
	mutex_unlock(&dev->pm_lock);
	return 0;
}

static inline int pm_runtime_put_sync(struct device *dev)
{
	return __pm_runtime_idle(dev, RPM_GET_PUT);
}

void drv_complete(struct device *dev)
{
	spin_lock(&dev->lock);
	pm_runtime_put_sync(dev);
	spin_unlock(&dev->lock);
}
/*
 * check-name: atomic-ok-if: a caller under a spinlock without the flag the contract needs is to blame
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/atomic-ok-if.c:33:9: warning: call to 'pm_runtime_put_sync' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/contracts/atomic-ok-if.c:32:9: note: atomic context begins here, at '_raw_spin_lock' in 'drv_complete'
testcases/contracts/atomic-ok-if.c:33:9: note: 'drv_complete' calls '__pm_runtime_idle' through inline 'pm_runtime_put_sync'
testcases/contracts/atomic-ok-if.c:19:9: note: '__pm_runtime_idle' calls 'mutex_lock' on a path taken only when its argument 2 has no bit of 0x1 set, which may sleep
 * check-output-end
 */
