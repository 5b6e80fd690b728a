#include <linux/irqflags.h>
#include <linux/sched.h>

void irqsave_msleep(void)
{
	unsigned long flags;

	local_irq_save(flags);
	local_irq_restore(flags);
	msleep(10);
	local_irq_disable();
	local_irq_enable();
	schedule();
}
/*
 * check-name: msleep after local_irq_restore is clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
