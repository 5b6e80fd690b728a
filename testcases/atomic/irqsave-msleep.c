#include <linux/irqflags.h>
#include <linux/sched.h>

void irqsave_msleep(void)
{
	unsigned long flags;

	local_irq_save(flags);
	msleep(10);
	local_irq_restore(flags);
}
/*
 * check-name: msleep with interrupts disabled
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/irqsave-msleep.c:9:9: warning: call to 'msleep' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/irqsave-msleep.c:8:9: note: atomic context begins here, at 'arch_local_irq_save' in 'irqsave_msleep'
testcases/atomic/irqsave-msleep.c:9:9: note: 'irqsave_msleep' calls 'msleep', which may sleep
 * check-output-end
 */
