/*
 * A documented "may be called in atomic context" means a spinlock_t
 * held, not a raw one: on PREEMPT_RT __pm_runtime_idle() takes its
 * spinlock_t even with RPM_ASYNC, a sleeping lock there, so a caller
 * holding a raw spinlock is to blame (-Wrt-wait-context), contract or
 * not; the contract cut (rules/kernel-contract.rules) applies to the
 * normal view only.
 */
#include <linux/spinlock.h>

#define RPM_ASYNC	0x01
#define RPM_GET_PUT	0x04

struct device { spinlock_t lock; int usage; };

static raw_spinlock_t hw_lock;

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
	raw_spin_lock(&hw_lock);
	__pm_runtime_idle(dev, RPM_GET_PUT | RPM_ASYNC);
	raw_spin_unlock(&hw_lock);
}
/*
 * check-name: PREEMPT_RT: a raw lock held across a call that meets an atomic-ok-if contract is still the caller's
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report -Wrt-wait-context
 *
 * check-output-start
testcases/rt/contract-raw.c:31:9: warning: call to '__pm_runtime_idle' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/contract-raw.c:30:9: note: atomic context begins here, at '_raw_spin_lock' in 'hw_irq_done'
testcases/rt/contract-raw.c:31:9: note: 'hw_irq_done' calls '__pm_runtime_idle'
testcases/rt/contract-raw.c:22:9: note: '__pm_runtime_idle' calls 'spinlock_check' through inline 'spinlock_check', which may sleep
 * check-output-end
 */
