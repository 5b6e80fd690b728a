#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like rpm_idle() in drivers/base/power/runtime.c: dev->power.irq_safe
 * is tested before the lock is dropped and again after it is taken
 * back, so interrupts are on again after the second test whenever the
 * first dropped them.  Two reads of one field through one pointer are
 * one value when the function never stores to that field; here a store
 * between the tests makes them two values, and the paths that enable
 * interrupts and then disable them again stay possible: callback()
 * runs with the caller's interrupts disabled.
 */
struct power {
	unsigned int irq_safe:1;
	unsigned int busy:1;
};

struct dev {
	spinlock_t lock;
	struct power power;
};

extern void notify(struct dev *d);

static void suspend_wait(struct dev *d)
{
	spin_unlock_irq(&d->lock);
	msleep(1);
	spin_lock_irq(&d->lock);
}

static void rpm_idle(struct dev *d)
{
	if (d->power.irq_safe)
		spin_unlock(&d->lock);
	else
		spin_unlock_irq(&d->lock);
	notify(d);
	d->power.irq_safe = 0;
	if (d->power.irq_safe)
		spin_lock(&d->lock);
	else
		spin_lock_irq(&d->lock);
	suspend_wait(d);
}

void pm_work(struct dev *d)
{
	spin_lock_irq(&d->lock);
	rpm_idle(d);
	spin_unlock_irq(&d->lock);
}
/*
 * check-name: a field tested twice across a store is two values: the lock and interrupts may not come back together
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/correlated-field.c:51:9: warning: call to 'rpm_idle' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/correlated-field.c:50:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'pm_work'
testcases/atomic/correlated-field.c:51:9: note: 'pm_work' calls 'rpm_idle'
testcases/atomic/correlated-field.c:45:9: note: 'rpm_idle' calls 'suspend_wait'
testcases/atomic/correlated-field.c:29:9: note: 'suspend_wait' calls 'msleep', which may sleep
 * check-output-end
 */
