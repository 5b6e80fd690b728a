#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

struct dev {
	spinlock_t lock;
	raw_spinlock_t raw;
	int n;
};

/*
 * Called with d->lock held, it says; nothing in the database calls it
 * (a module checked alone), so the assertion is the only atomic context.
 */
void dev_wait_locked(struct dev *d)
{
	lockdep_assert_held(&d->lock);
	d->n = 1;
	msleep(10);
}

void dev_wait_raw(struct dev *d)
{
	lockdep_assert_held_once(&d->raw);
	schedule();
}
/*
 * check-name: lockdep_assert_held() of a spinlock_t and a raw_spinlock_t, then a sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/assert/held.c:19:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/held.c:17:9: note: 'dev_wait_locked' asserts spinlock held here, at 'lockdep_assert_held'
testcases/assert/held.c:19:9: note: 'dev_wait_locked' calls 'msleep', which may sleep
testcases/assert/held.c:25:9: warning: call to 'schedule' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/held.c:24:9: note: 'dev_wait_raw' asserts spinlock held here, at 'lockdep_assert_held_once'
testcases/assert/held.c:25:9: note: 'dev_wait_raw' calls 'schedule', which may sleep
 * check-output-end
 */
