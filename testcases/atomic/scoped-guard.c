#include <linux/cleanup.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

/* include/linux/rcupdate.h of Debian's 6.1 */
DEFINE_LOCK_GUARD_0(rcu, rcu_read_lock(), rcu_read_unlock())

int find_task(int pid);

/* the guard is declared in a for statement: its constructor takes the
 * RCU read lock for the body */
int sleeps_in_guard(int pid)
{
	scoped_guard(rcu) {
		if (!find_task(pid))
			return -1;
		msleep(1);
	}
	return 0;
}
/*
 * check-name: scoped_guard(rcu): its constructor, called in a for statement's declaration, takes the lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/scoped-guard.c:17:17: warning: call to 'msleep' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/scoped-guard.c:14:9: note: atomic context begins here, at 'rcu_read_lock' in 'sleeps_in_guard'
testcases/atomic/scoped-guard.c:17:17: note: 'sleeps_in_guard' calls 'msleep', which may sleep
 * check-output-end
 */
