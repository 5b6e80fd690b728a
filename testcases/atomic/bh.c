#include <linux/spinlock.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

static spinlock_t lock;

void bh(void)
{
	local_bh_disable();
	might_sleep();
	local_bh_enable();
	spin_lock_bh(&lock);
	schedule_timeout(1);
	spin_unlock_bh(&lock);
}
/*
 * check-name: might_sleep with bottom halves disabled, schedule_timeout under spin_lock_bh
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/bh.c:10:9: warning: call to '__might_sleep' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/atomic/bh.c:9:9: note: atomic context begins here, at 'local_bh_disable' in 'bh'
testcases/atomic/bh.c:10:9: note: 'bh' calls '__might_sleep', which may sleep
testcases/atomic/bh.c:13:9: warning: call to 'schedule_timeout' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/atomic/bh.c:12:9: note: atomic context begins here, at '_raw_spin_lock_bh' in 'bh'
testcases/atomic/bh.c:13:9: note: 'bh' calls 'schedule_timeout', which may sleep
 * check-output-end
 */
