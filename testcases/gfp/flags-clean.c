#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Flags that select a sleeping path, passed as constants, as runtime PM
 * does (drivers/base/power/runtime.c): __pm_runtime_idle(dev, rpmflags)
 * does `might_sleep_if(!(rpmflags & RPM_ASYNC) && ...)`, and
 * pm_runtime_put() passes RPM_GET_PUT | RPM_ASYNC, pm_runtime_put_sync()
 * RPM_GET_PUT only.  Also a flag whose bit set selects the sleep.
 */
#define RPM_ASYNC	0x01
#define RPM_NOWAIT	0x02
#define RPM_GET_PUT	0x04

#define WAIT_DONE	0x10

struct dev {
	spinlock_t lock;
	int irq_safe;
};

static int rpm_idle(struct dev *d, int rpmflags)
{
	if (rpmflags & (RPM_ASYNC | RPM_NOWAIT))
		return -1;
	msleep(1);
	return 0;
}

int __pm_idle(struct dev *d, int rpmflags)
{
	might_sleep_if(!(rpmflags & RPM_ASYNC) && !d->irq_safe);
	return rpm_idle(d, rpmflags | RPM_GET_PUT);
}

static inline int pm_put(struct dev *d)
{
	return __pm_idle(d, RPM_GET_PUT | RPM_ASYNC);
}

static inline int pm_put_sync(struct dev *d)
{
	return __pm_idle(d, RPM_GET_PUT);
}

void finish(struct dev *d, unsigned int how)
{
	if (how & WAIT_DONE)
		msleep(10);
}

void user_put(struct dev *d)
{
	spin_lock(&d->lock);
	pm_put(d);
	finish(d, 0);
	spin_unlock(&d->lock);
}

void user_put_sync(struct dev *d)
{
	spin_lock(&d->lock);
	pm_put(d);
	spin_unlock(&d->lock);
	pm_put_sync(d);
}

void user_wait(struct dev *d)
{
	spin_lock(&d->lock);
	finish(d, 1);
	spin_unlock(&d->lock);
	finish(d, WAIT_DONE);
}
/* connector's cn_netlink_send_mult(): `if (group)` broadcasts, else it
 * takes the unicast path that may sleep */
static void send_one(struct dev *d, unsigned int group)
{
	if (group)
		return;
	msleep(1);
}

void user_group(struct dev *d)
{
	spin_lock(&d->lock);
	send_one(d, 1);
	spin_unlock(&d->lock);
	send_one(d, 0);
}
/*
 * check-name: flags that select the non-sleeping path under a lock (clean twin of flags.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
