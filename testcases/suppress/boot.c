#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/irqflags.h>

static struct mutex setup_mutex;

/*
 * As Linux 6.1 init/main.c start_kernel(): interrupts are off for early
 * boot and setup code takes mutexes; the scheduler has not started and
 * the kernel does not check sleeping then.  rules/kernel-boot.rules says
 * so (`boot start_kernel`); the finding is suppressed with that reason.
 * setup_late() has the same code and no boot rule: it is reported.
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
	local_irq_disable();
	setup_arch_bits();
	local_irq_enable();
}
/*
 * check-name: a boot rule: start_kernel's early-boot section is not checked
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --list-suppressed 2>&1 | grep -c "before the scheduler"
 *
 * check-output-start
testcases/suppress/boot.c:30:9: warning: call to 'setup_arch_bits' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/suppress/boot.c:29:9: note: atomic context begins here, at 'arch_local_irq_disable' in 'setup_late'
testcases/suppress/boot.c:30:9: note: 'setup_late' calls 'setup_arch_bits'
testcases/suppress/boot.c:16:9: note: 'setup_arch_bits' calls 'mutex_lock', which may sleep
exit 1
1
 * check-output-end
 * check-error-start
sleepcheck: 1 new finding (0 in the baseline, 1 suppressed)
 * check-error-end
 */
