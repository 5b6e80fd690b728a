#include <linux/spinlock.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

static spinlock_t lock;

void bh(void)
{
	local_bh_disable();
	local_bh_enable();
	might_sleep();
	spin_lock_bh(&lock);
	spin_unlock_bh(&lock);
	schedule_timeout(1);
}
/*
 * check-name: sleeps after bottom halves are enabled again
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
