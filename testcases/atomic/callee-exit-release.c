#include <linux/spinlock.h>
#include <linux/sched.h>

int entry_busy(void);
static void wait_freeing(spinlock_t *lock);

/* like find_inode(): called with @lock held; a busy entry is waited for
 * by a callee that drops the lock, then looked for again */
static int find_entry(spinlock_t *lock)
{
again:
	if (entry_busy()) {
		wait_freeing(lock);
		spin_lock(lock);
		goto again;
	}
	return 0;
}

int lookup_entry(spinlock_t *lock)
{
	int r;

	spin_lock(lock);
	r = find_entry(lock);
	spin_unlock(lock);
	return r;
}

/* drops the caller's lock before it sleeps, but one path returns with
 * it held: find_entry() then takes it a second time and the next call
 * sleeps with it held */
static void wait_freeing(spinlock_t *lock)
{
	if (entry_busy())
		return;
	spin_unlock(lock);
	msleep(1);
}
/*
 * check-name: a callee of the file that keeps its caller's lock on one path
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-exit-release.c:13:17: warning: call to 'wait_freeing' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/callee-exit-release.c:14:17: note: atomic context begins here, at '_raw_spin_lock' in 'find_entry'
testcases/atomic/callee-exit-release.c:13:17: note: 'find_entry' calls 'wait_freeing'
testcases/atomic/callee-exit-release.c:38:9: note: 'wait_freeing' calls 'msleep', which may sleep
testcases/atomic/callee-exit-release.c:25:13: warning: call to 'find_entry' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/callee-exit-release.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'lookup_entry'
testcases/atomic/callee-exit-release.c:25:13: note: 'lookup_entry' calls 'find_entry'
testcases/atomic/callee-exit-release.c:13:17: note: 'find_entry' calls 'wait_freeing'
testcases/atomic/callee-exit-release.c:38:9: note: 'wait_freeing' calls 'msleep', which may sleep
 * check-output-end
 */
