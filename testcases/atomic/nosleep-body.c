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

void migrate_enable_slow(void)
{
	preempt_disable();
	wait_for_migration(0);
	preempt_enable();
}
/*
 * check-name: the same body in a function no nosleep rule names (twin of nosleep-body-clean.c)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/nosleep-body.c:18:9: warning: call to 'wait_for_migration' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/atomic/nosleep-body.c:17:9: note: atomic context begins here, at '__preempt_count_add' in 'migrate_enable_slow'
testcases/atomic/nosleep-body.c:18:9: note: 'migrate_enable_slow' calls 'wait_for_migration'
testcases/atomic/nosleep-body.c:12:17: note: 'wait_for_migration' calls 'msleep', which may sleep
 * check-output-end
 */
