#include <linux/preempt.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/* an inline that asserts preemption off on the way that returns true */
static inline void set_owner(void)
{
	lockdep_assert_preemption_disabled();
}

static inline bool try_take(int *busy)
{
	if (*busy)
		return false;
	set_owner();
	return true;
}

/* the sleep is on the way on which try_take() returned true */
void take_then_sleep(int *busy)
{
	if (try_take(busy))
		schedule();
}
/*
 * check-name: an inline's constant return decides the caller's branch (the assertion is on its true way)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/assert/inline-return.c:23:17: warning: call to 'schedule' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/assert/inline-return.c:22:13: note: 'take_then_sleep' asserts preemption disabled here, at 'lockdep_assert_preemption_disabled'
testcases/assert/inline-return.c:23:17: note: 'take_then_sleep' calls 'schedule' on a path taken only when its argument 1 points to zero, which may sleep
 * check-output-end
 */
