#include <linux/preempt.h>
#include <linux/mutex.h>

static struct mutex m;

void preempt(void)
{
	preempt_disable();
	mutex_lock(&m);
	mutex_unlock(&m);
	preempt_enable();
}
/*
 * check-name: mutex_lock with preemption disabled
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/preempt.c:9:9: warning: call to 'mutex_lock' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/atomic/preempt.c:8:9: note: atomic context begins here, at '__preempt_count_add' in 'preempt'
testcases/atomic/preempt.c:9:9: note: 'preempt' calls 'mutex_lock', which may sleep
 * check-output-end
 */
