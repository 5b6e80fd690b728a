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
	pm_put_sync(d);
	spin_unlock(&d->lock);
}

void user_wait(struct dev *d)
{
	spin_lock(&d->lock);
	finish(d, WAIT_DONE | 1);
	spin_unlock(&d->lock);
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
	send_one(d, 0);
	spin_unlock(&d->lock);
}
/*
 * check-name: flags that select a sleeping path, passed as constants under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/flags.c:63:9: warning: call to 'pm_put_sync' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/flags.c:62:9: note: atomic context begins here, at '_raw_spin_lock' in 'user_put_sync'
testcases/gfp/flags.c:63:9: note: 'user_put_sync' calls '__pm_idle' through inline 'pm_put_sync'
testcases/gfp/flags.c:32:9: note: '__pm_idle' calls '__might_sleep' on a path taken only when its argument 2 has no bit of 0x1 set, which may sleep
testcases/gfp/flags.c:70:9: warning: call to 'finish' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/flags.c:69:9: note: atomic context begins here, at '_raw_spin_lock' in 'user_wait'
testcases/gfp/flags.c:70:9: note: 'user_wait' calls 'finish'
testcases/gfp/flags.c:49:17: note: 'finish' calls 'msleep' on a path taken only when its argument 2 has a bit of 0x10 set, which may sleep
testcases/gfp/flags.c:85:9: warning: call to 'send_one' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/flags.c:84:9: note: atomic context begins here, at '_raw_spin_lock' in 'user_group'
testcases/gfp/flags.c:85:9: note: 'user_group' calls 'send_one'
testcases/gfp/flags.c:79:9: note: 'send_one' calls 'msleep', which may sleep
 * check-output-end
 */
