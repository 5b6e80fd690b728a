#include <linux/preempt.h>
#include <linux/mutex.h>

static struct mutex m;

void preempt(void)
{
	preempt_disable();
	preempt_enable();
	mutex_lock(&m);
	mutex_unlock(&m);
}
/*
 * check-name: mutex_lock after preempt_enable
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
