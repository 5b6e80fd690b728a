#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/irqflags.h>

static struct mutex setup_mutex;

/*
 * The twin of boot.c: start_kernel() is the only function with IRQs off
 * around the mutex, so nothing is reported.
 */
static void setup_arch_bits(void)
{
	mutex_lock(&setup_mutex);
	mutex_unlock(&setup_mutex);
}

void start_kernel(void)
{
	local_irq_disable();
	setup_arch_bits();
	local_irq_enable();
}

void setup_late(void)
{
	setup_arch_bits();
}
/*
 * check-name: a boot rule's twin: only start_kernel holds the section
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-error-start
sleepcheck: 0 new findings (0 in the baseline, 1 suppressed)
 * check-error-end
 */
