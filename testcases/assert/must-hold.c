#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

struct dev {
	spinlock_t lock;
	struct mutex mutex;
};

/* sparse sees __must_hold() (context(x,1,1) under __CHECKER__),
 * clang the empty macro's tokens (clang_context.c) */
void dev_wait(struct dev *d)
	__must_hold(&d->lock)
{
	msleep(10);
}

/* clean: a mutex */
void dev_wait_mutex(struct dev *d)
	__must_hold(&d->mutex)
{
	msleep(10);
}

/* clean: the lock dropped around the sleep */
void dev_wait_unlocked(struct dev *d)
	__must_hold(&d->lock)
{
	spin_unlock(&d->lock);
	msleep(10);
	spin_lock(&d->lock);
}
/*
 * check-name: __must_hold() asserts the lock at the function's entry (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/assert/must-hold.c:15:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/must-hold.c:12:6: note: 'dev_wait' asserts spinlock held here, at '__must_hold'
testcases/assert/must-hold.c:15:9: note: 'dev_wait' calls 'msleep', which may sleep
 * check-output-end
 */
