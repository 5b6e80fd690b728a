#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

struct dev {
	spinlock_t lock;
	struct mutex mutex;
	int n;
};

/* a mutex held is no atomic context */
void dev_wait_mutex(struct dev *d)
{
	lockdep_assert_held(&d->mutex);
	msleep(10);
}

/* the caller's lock, dropped around the sleep */
static void dev_wait_unlocked(struct dev *d)
{
	lockdep_assert_held(&d->lock);
	spin_unlock(&d->lock);
	msleep(10);
	spin_lock(&d->lock);
}

/* ... and its caller holds it: the callee drops it, so no sleep with it
 * held (the assertion does not count the caller's lock twice) */
void dev_poll(struct dev *d)
{
	spin_lock(&d->lock);
	dev_wait_unlocked(d);
	spin_unlock(&d->lock);
}

/* an inline helper asserting the lock its caller took: after the
 * caller's unlock nothing is held */
static inline void dev_bump(struct dev *d)
{
	lockdep_assert_held(&d->lock);
	d->n++;
}

void dev_update(struct dev *d)
{
	spin_lock(&d->lock);
	dev_bump(d);
	spin_unlock(&d->lock);
	msleep(10);
}
/*
 * check-name: lockdep_assert_held() of a mutex, of a lock dropped before the sleep, in an inline
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
