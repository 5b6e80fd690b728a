#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t outer, inner;

void nested(void)
{
	unsigned long flags;

	spin_lock(&outer);
	spin_lock_irqsave(&inner, flags);
	spin_unlock_irqrestore(&inner, flags);
	spin_unlock(&outer);
	msleep(1);
}
/*
 * check-name: both locks released before msleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
