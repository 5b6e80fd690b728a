/*
 * A conditional contract (rules/kernel-contract.rules): __pm_runtime_idle()
 * "may be called in atomic context if the RPM_ASYNC flag is set".  Here it
 * sleeps with the flag too: the contract is broken in the function, and
 * that is where it is reported, once; the caller that relied on the
 * document (RPM_ASYNC under a spinlock) is not blamed.
 */
#include <linux/spinlock.h>
#include <linux/mutex.h>

#define RPM_ASYNC	0x01
#define RPM_GET_PUT	0x04

struct device { spinlock_t lock; struct mutex pm_lock; int usage; };

int __pm_runtime_idle(struct device *dev, int rpmflags)
{
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
 * check-name: atomic-ok-if: a function that sleeps with the flag breaks its contract, reported in it, not at its caller
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/atomic-ok-if-impl.c:18:9: warning: '__pm_runtime_idle' may sleep, but it is documented as callable in atomic context when argument 2 has a bit of 0x1 set [-Wcontract]
rules/kernel-contract.rules:12:1: note: contract '__pm_runtime_idle', documented at drivers/base/power/runtime.c:1081
testcases/contracts/atomic-ok-if-impl.c:32:9: note: 'drv_complete' calls it here in atomic context, as its contract allows
testcases/contracts/atomic-ok-if-impl.c:18:9: note: '__pm_runtime_idle' calls 'mutex_lock', which may sleep
 * check-output-end
 */
