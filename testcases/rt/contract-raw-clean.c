/*
 * The twin of contract-raw.c: the caller holds a spinlock_t, which is
 * the atomic context __pm_runtime_idle()'s document allows (a sleeping
 * lock on PREEMPT_RT, and so is the callee's own), and passes RPM_ASYNC:
 * nothing is reported in either view.
 */
#include <linux/spinlock.h>

#define RPM_ASYNC	0x01
#define RPM_GET_PUT	0x04

struct device { spinlock_t lock; int usage; };

static spinlock_t hw_lock;

int __pm_runtime_idle(struct device *dev, int rpmflags)
{
	unsigned long flags;

	spin_lock_irqsave(&dev->lock, flags);
	dev->usage--;
	spin_unlock_irqrestore(&dev->lock, flags);
	return 0;
}

void hw_irq_done(struct device *dev)
{
	spin_lock(&hw_lock);
	__pm_runtime_idle(dev, RPM_GET_PUT | RPM_ASYNC);
	spin_unlock(&hw_lock);
}
/*
 * check-name: PREEMPT_RT: a spinlock_t held across a call that meets an atomic-ok-if contract is what the contract allows
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report -Wrt-wait-context
 *
 */
