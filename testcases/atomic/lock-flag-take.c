#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The other way of lock-flag-call-clean.c: a callee that takes the lock
 * only where the flag it is given is clear, and sets it (a lock taken
 * once round a loop).  It returns holding the lock on the path where
 * *locked was 0 only, so what it takes on every path is nothing, and
 * before, its caller's schedule() right after it was not reported (a
 * real bug: the lock is held there from the first round on).  Its exit
 * per value of *locked (+1 where 0) runs in the caller's flag states.
 */
static spinlock_t l;

static void lock_once(spinlock_t *lock, bool *locked)
{
	if (!*locked) {
		spin_lock(lock);
		*locked = true;
	}
}

int f(int n)
{
	bool locked = false;
	int i, got = 0;

	for (i = 0; i < n; i++) {
		lock_once(&l, &locked);
		got++;
		schedule();
	}
	if (locked)
		spin_unlock(&l);
	return got;
}
/*
 * check-name: a callee takes the lock where the flag it is given is clear; the caller sleeps before dropping it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-flag-take.c:31:17: warning: call to 'schedule' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/lock-flag-take.c:29:17: note: atomic context begins here, at 'lock_once' in 'f'
testcases/atomic/lock-flag-take.c:31:17: note: 'f' calls 'schedule', which may sleep
 * check-output-end
 */
