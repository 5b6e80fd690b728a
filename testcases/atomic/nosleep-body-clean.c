#include <linux/preempt.h>
#include <linux/sched.h>

/*
 * The body of a function a nosleep rule names (rules/kernel-nosleep.rules:
 * percpu_ref_kill_and_confirm, whose comment says it normally does not
 * block and may be called from any context) is not judged either: the
 * rule covers it.
 */
void wait_for_migration(int cpu)
{
	if (cpu < 0)
		msleep(1);
}

void percpu_ref_kill_and_confirm(void)
{
	preempt_disable();
	wait_for_migration(0);
	preempt_enable();
}
/*
 * check-name: atomic calls in the body of a function a nosleep rule names are not judged
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
