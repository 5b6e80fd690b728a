#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

struct dev {
	spinlock_t lock;
	struct mutex mutex;
};

/* sparse sees __must_hold() (context(x,1,1) under __CHECKER__);
 * clang does not: the macro is empty for it */
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
 * check-name: __must_hold() asserts the lock at the function's entry (sparse only)
 * check-exit-value: 0
 * check-command: sleepcheck -Itestcases/include --no-local-report $file && sleepcheck report; echo "sparse: exit $?"; sleepcheck clang-check --db=$tmp/c.db -Itestcases/include $file >/dev/null; sleepcheck report --db=$tmp/c.db; echo "libclang: exit $?"
 *
 * check-output-start
testcases/assert/must-hold.c:15:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/must-hold.c:12:6: note: 'dev_wait' asserts spinlock held here, at '__must_hold'
testcases/assert/must-hold.c:15:9: note: 'dev_wait' calls 'msleep', which may sleep
sparse: exit 1
libclang: exit 0
 * check-output-end
 */
