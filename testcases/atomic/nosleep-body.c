#include <linux/preempt.h>
#include <linux/sched.h>

/*
 * The twin of nosleep-body-clean.c: the same body under a name no
 * nosleep rule names (that one is percpu_ref_kill_and_confirm's) is
 * judged, and its call under preempt_disable() reaches msleep().
 */
void wait_for_migration(int cpu)
{
	if (cpu < 0)
		msleep(1);
}

void percpu_ref_kill_and_wait(void)
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
testcases/atomic/nosleep-body.c:17:9: note: atomic context begins here, at '__preempt_count_add' in 'percpu_ref_kill_and_wait'
testcases/atomic/nosleep-body.c:18:9: note: 'percpu_ref_kill_and_wait' calls 'wait_for_migration'
testcases/atomic/nosleep-body.c:12:17: note: 'wait_for_migration' calls 'msleep', which may sleep
 * check-output-end
 */
