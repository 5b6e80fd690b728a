#include <linux/preempt.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/* an inline that asserts preemption off on the way that returns true
 * (rwsem_try_write_lock() through rwsem_set_owner(), Linux 6.1) */
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

/* it sleeps only on the way on which try_take() returned false
 * (rwsem_down_write_slowpath()) */
void sleep_until_taken(int *busy)
{
	for (;;) {
		if (try_take(busy))
			break;
		schedule();
	}
}

void sleep_unless_taken(int *busy)
{
	if (!try_take(busy))
		schedule();
}
/*
 * check-name: an inline's constant return decides the caller's branch (the sleep is on its false way)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
