#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t outer, inner;

void nested(void)
{
	unsigned long flags;

	spin_lock(&outer);
	spin_lock_irqsave(&inner, flags);
	spin_unlock_irqrestore(&inner, flags);
	msleep(1);
	spin_unlock(&outer);
}
/*
 * check-name: inner unlock leaves the outer lock held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/nested.c:13:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/nested.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'nested'
testcases/atomic/nested.c:13:9: note: 'nested' calls 'msleep', which may sleep
 * check-output-end
 */
