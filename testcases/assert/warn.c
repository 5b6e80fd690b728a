#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

void irqs_off_warn(void)
{
	WARN_ON(!irqs_disabled());
	msleep(10);
}

void irqs_off_lockdep(void)
{
	lockdep_assert_irqs_disabled();
	msleep(10);
}

void preempt_off_lockdep(void)
{
	lockdep_assert_preemption_disabled();
	schedule();
}

void softirq_lockdep(void)
{
	lockdep_assert_in_softirq();
	schedule();
}

int interrupt_warn_once(void)
{
	if (WARN_ON_ONCE(!in_interrupt()))
		return -1;
	schedule();
	return 0;
}

void not_preemptible(void)
{
	BUG_ON(preemptible());
	schedule();
}
/*
 * check-name: lockdep_assert_irqs_disabled(), _preemption_disabled(), _in_softirq(), WARN_ON(!irqs_disabled()) and the like, then a sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/assert/warn.c:10:9: warning: call to 'msleep' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/assert/warn.c:9:9: note: 'irqs_off_warn' asserts interrupts disabled here, at 'WARN_ON'
testcases/assert/warn.c:10:9: note: 'irqs_off_warn' calls 'msleep', which may sleep
testcases/assert/warn.c:16:9: warning: call to 'msleep' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/assert/warn.c:15:9: note: 'irqs_off_lockdep' asserts interrupts disabled here, at 'lockdep_assert_irqs_disabled'
testcases/assert/warn.c:16:9: note: 'irqs_off_lockdep' calls 'msleep', which may sleep
testcases/assert/warn.c:22:9: warning: call to 'schedule' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/assert/warn.c:21:9: note: 'preempt_off_lockdep' asserts preemption disabled here, at 'lockdep_assert_preemption_disabled'
testcases/assert/warn.c:22:9: note: 'preempt_off_lockdep' calls 'schedule', which may sleep
testcases/assert/warn.c:28:9: warning: call to 'schedule' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/assert/warn.c:27:9: note: 'softirq_lockdep' asserts bottom halves disabled here, at 'lockdep_assert_in_softirq'
testcases/assert/warn.c:28:9: note: 'softirq_lockdep' calls 'schedule', which may sleep
testcases/assert/warn.c:35:9: warning: call to 'schedule' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/assert/warn.c:33:13: note: 'interrupt_warn_once' asserts bottom halves disabled here, at 'WARN_ON_ONCE'
testcases/assert/warn.c:35:9: note: 'interrupt_warn_once' calls 'schedule', which may sleep
testcases/assert/warn.c:42:9: warning: call to 'schedule' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/assert/warn.c:41:9: note: 'not_preemptible' asserts preemption disabled here, at 'BUG_ON'
testcases/assert/warn.c:42:9: note: 'not_preemptible' calls 'schedule', which may sleep
 * check-output-end
 */
