#include <linux/cleanup.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/* include/linux/spinlock.h:514 of Debian's 6.1 */
DEFINE_LOCK_GUARD_1(spinlock, spinlock_t,
		    spin_lock(_T->lock),
		    spin_unlock(_T->lock))

int busy(int i);

/* the guard holds the lock to the end of its block: the sleep after the
 * inner block is still in the function's block */
void sleeps_in_block(spinlock_t *lock, int n)
{
	guard(spinlock)(lock);
	if (n) {
		busy(n);
	}
	msleep(1);
}

/* a break out of the loop leaves the guard of the loop's block, a
 * continue does not: the sleep before the continue is under the lock */
void sleeps_before_continue(spinlock_t *lock, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		guard(spinlock)(lock);
		if (busy(i)) {
			msleep(2);
			continue;
		}
		if (busy(i + 1))
			break;
	}
}

/* a goto to a label inside the guard's block keeps the lock */
void sleeps_after_inner_goto(spinlock_t *lock, int n)
{
	guard(spinlock)(lock);
	if (busy(n))
		goto again;
	busy(n + 1);
again:
	msleep(3);
}
/*
 * check-name: guard(spinlock): the lock is held to the end of the guard's block, over a continue and a goto inside it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/guard-scope.c:20:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/guard-scope.c:16:9: note: atomic context begins here, at '_raw_spin_lock' in 'sleeps_in_block'
testcases/atomic/guard-scope.c:20:9: note: 'sleeps_in_block' calls 'msleep', which may sleep
testcases/atomic/guard-scope.c:32:25: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/guard-scope.c:30:17: note: atomic context begins here, at '_raw_spin_lock' in 'sleeps_before_continue'
testcases/atomic/guard-scope.c:32:25: note: 'sleeps_before_continue' calls 'msleep', which may sleep
testcases/atomic/guard-scope.c:48:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/guard-scope.c:43:9: note: atomic context begins here, at '_raw_spin_lock' in 'sleeps_after_inner_goto'
testcases/atomic/guard-scope.c:48:9: note: 'sleeps_after_inner_goto' calls 'msleep', which may sleep
 * check-output-end
 */
