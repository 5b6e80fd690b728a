#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Flags chosen between two constants at the call, as runtime PM's
 * timer does (drivers/base/power/runtime.c:1006, `rpm_suspend(dev,
 * dev->power.timer_autosuspends ? (RPM_ASYNC | RPM_AUTO) : RPM_ASYNC)`):
 * the bits both set are surely set.  Here neither choice has
 * RPM_ASYNC, or only one has it: the sleeping path may be taken.
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
	rpm_suspend(d, d->autosuspends ? RPM_AUTO : 0);
	spin_unlock(&d->lock);
}

void timer_fn_maybe(struct dev *d)
{
	spin_lock(&d->lock);
	rpm_suspend(d, d->autosuspends ? (RPM_ASYNC | RPM_AUTO) : RPM_AUTO);
	spin_unlock(&d->lock);
}
/*
 * check-name: flags chosen between two constants: a sleeping path when neither, or only one, has the bit that avoids it
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/gfp/flags-choice.c:31:9: warning: call to 'rpm_suspend' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/flags-choice.c:30:9: note: atomic context begins here, at '_raw_spin_lock' in 'timer_fn'
testcases/gfp/flags-choice.c:31:9: note: 'timer_fn' calls 'rpm_suspend'
testcases/gfp/flags-choice.c:24:9: note: 'rpm_suspend' calls 'msleep' on a path taken only when its argument 2 has no bit of 0x3 set, which may sleep
testcases/gfp/flags-choice.c:38:9: warning: call to 'rpm_suspend' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/flags-choice.c:37:9: note: atomic context begins here, at '_raw_spin_lock' in 'timer_fn_maybe'
testcases/gfp/flags-choice.c:38:9: note: 'timer_fn_maybe' calls 'rpm_suspend'
testcases/gfp/flags-choice.c:24:9: note: 'rpm_suspend' calls 'msleep' on a path taken only when its argument 2 has no bit of 0x3 set, which may sleep
 * check-output-end
 */
