/*
 * A conditional contract (rules/kernel-contract.rules): __pm_runtime_idle()
 * "may be called in atomic context if the RPM_ASYNC flag is set".  A
 * caller that holds a spinlock and passes RPM_ASYNC keeps it, and so
 * does the function: it sleeps only without the flag.
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

static inline int pm_runtime_put(struct device *dev)
{
	return __pm_runtime_idle(dev, RPM_GET_PUT | RPM_ASYNC);
}

void drv_complete(struct device *dev)
{
	spin_lock(&dev->lock);
	pm_runtime_put(dev);
	spin_unlock(&dev->lock);
}
/*
 * check-name: atomic-ok-if: a caller under a spinlock with the flag keeps the contract, which holds
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
