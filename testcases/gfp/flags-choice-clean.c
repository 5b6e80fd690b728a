#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Flags chosen between two constants at the call, as runtime PM's
 * timer does (drivers/base/power/runtime.c:1006, `rpm_suspend(dev,
 * dev->power.timer_autosuspends ? (RPM_ASYNC | RPM_AUTO) : RPM_ASYNC)`):
 * the bits both set are surely set.  Here both choices have
 * RPM_ASYNC (or RPM_NOWAIT): the sleeping path is never taken.
 */
#define RPM_ASYNC	0x01
#define RPM_NOWAIT	0x02
#define RPM_AUTO	0x08

struct dev {
	spinlock_t lock;
	int autosuspends;
};

static int rpm_suspend(struct dev *d, int rpmflags)
{
	if (rpmflags & (RPM_ASYNC | RPM_NOWAIT))
		return 0;
	msleep(1);
	return 0;
}

void timer_fn(struct dev *d)
{
	spin_lock(&d->lock);
	rpm_suspend(d, d->autosuspends ? (RPM_ASYNC | RPM_AUTO) : RPM_ASYNC);
	spin_unlock(&d->lock);
}

void timer_fn_maybe(struct dev *d)
{
	spin_lock(&d->lock);
	rpm_suspend(d, d->autosuspends ? (RPM_NOWAIT | RPM_AUTO) : RPM_NOWAIT);
	spin_unlock(&d->lock);
}
/*
 * check-name: flags chosen between two constants that both avoid the sleeping path (clean twin of flags-choice)
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 *
 */
