#include <linux/cleanup.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

/* include/linux/rcupdate.h of Debian's 6.1 */
DEFINE_LOCK_GUARD_0(rcu, rcu_read_lock(), rcu_read_unlock())

int find_task(int pid);

/* sleeps before the guard; the guarded body does not sleep (the cleanup
 * that ends the section at the end of the body is run by neither front
 * end, so a sleep after it would be reported: README, "Not followed") */
int sleeps_before_guard(int pid)
{
	msleep(1);
	scoped_guard(rcu) {
		if (!find_task(pid))
			return -1;
	}
	return 0;
}
/*
 * check-name: scoped_guard(rcu): a sleep before the guard is not in it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
