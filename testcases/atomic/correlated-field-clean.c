#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like rpm_idle() in drivers/base/power/runtime.c: dev->power.irq_safe
 * is tested before the lock is dropped and again after it is taken
 * back, so interrupts are on again after the second test whenever the
 * first dropped them.  Two reads of one field through one pointer are
 * one value when the function never stores to that field (clean twin
 * of correlated-field.c, which stores to it between the tests).
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
 * check-name: a field tested twice (rpm_idle irq_safe) is one value: interrupts come back with the lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
