#include <linux/rcupdate.h>

void rcu(void)
{
	rcu_read_lock();
	rcu_read_unlock();
	synchronize_rcu();
}
/*
 * check-name: synchronize_rcu after rcu_read_unlock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
