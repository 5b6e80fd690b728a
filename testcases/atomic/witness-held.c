#include <linux/spinlock.h>
#include <linux/sched.h>

/* the short way to a sleep drops the caller's lock first */
static void drop_and_sleep(spinlock_t *lock)
{
	spin_unlock(lock);
	msleep(1);
	spin_lock(lock);
}

static void deep_sleep(void)
{
	msleep(2);
}

/* the long way keeps it */
static void middle(void)
{
	deep_sleep();
}

static void helper(spinlock_t *lock, int slow)
{
	if (slow)
		drop_and_sleep(lock);
	else
		middle();
}

void witness_held(spinlock_t *lock, int slow)
{
	spin_lock(lock);
	helper(lock, slow);
	spin_unlock(lock);
}

/* a caller that takes the slow = 0 way: `if (slow)` is a flag test, and a
 * chain that needs it is reported where some caller passes such a value */
void witness_user(spinlock_t *lock)
{
	witness_held(lock, 0);
}
/*
 * check-name: the chain shown is the longer one on which the lock is still held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/witness-held.c:34:9: warning: call to 'helper' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/witness-held.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'witness_held'
testcases/atomic/witness-held.c:42:9: note: 'witness_user' passes flags that select the sleeping path to 'witness_held' (argument 2)
testcases/atomic/witness-held.c:34:9: note: 'witness_held' calls 'helper'
testcases/atomic/witness-held.c:28:17: note: 'helper' calls 'middle' on a path taken only when its argument 2 is zero
testcases/atomic/witness-held.c:20:9: note: 'middle' calls 'deep_sleep'
testcases/atomic/witness-held.c:14:9: note: 'deep_sleep' calls 'msleep', which may sleep
 * check-output-end
 */
