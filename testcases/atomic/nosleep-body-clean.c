#include <linux/preempt.h>
#include <linux/sched.h>

/*
 * The body of a function a nosleep rule names (rules/kernel-nosleep.rules:
 * migrate_enable, whose comment says the call under preempt_disable()
 * does not schedule) is not judged either: the rule covers it.
 */
void wait_for_migration(int cpu)
{
	if (cpu < 0)
		msleep(1);
}

void migrate_enable(void)
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
