#include <linux/rcupdate.h>

void rcu(void)
{
	rcu_read_lock();
	synchronize_rcu();
	rcu_read_unlock();
}
/*
 * check-name: synchronize_rcu inside an RCU read-side section
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/rcu.c:6:9: warning: call to 'synchronize_rcu' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/rcu.c:5:9: note: atomic context begins here, at 'rcu_read_lock' in 'rcu'
testcases/atomic/rcu.c:6:9: note: 'rcu' calls 'synchronize_rcu', which may sleep
 * check-output-end
 */
