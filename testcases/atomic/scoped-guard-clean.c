#include <linux/cleanup.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

/* include/linux/rcupdate.h of Debian's 6.1 */
DEFINE_LOCK_GUARD_0(rcu, rcu_read_lock(), rcu_read_unlock())

int find_task(int pid);
void get_task(int pid);

/* like futex_get_robust_list_common(): the guard's cleanup ends the RCU
 * section at the end of the for statement, so the sleep after it is not
 * in it; the sleep before the guard is not either */
int sleeps_around_guard(int pid)
{
	msleep(1);
	scoped_guard(rcu) {
		if (!find_task(pid))
			return -1;
		get_task(pid);
	}
	msleep(2);
	return 0;
}
/* like rseq_signal_deliver() (sched.h), an inline whose guard's body is
 * one statement: the section ends in it, before its caller sleeps */
static inline void mark_task(int pid)
{
	scoped_guard(rcu)
		get_task(pid);
}

void mark_then_sleep(int pid);
void mark_then_sleep(int pid)
{
	mark_task(pid);
	msleep(3);
}
/*
 * check-name: scoped_guard(rcu): its cleanup ends the section after the body
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
