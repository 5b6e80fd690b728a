#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/lockdep.h>

/*
 * lockdep_assert_preemption_disabled() asserts nothing without
 * CONFIG_PREEMPT_COUNT (its body tests IS_ENABLED(CONFIG_PREEMPT_COUNT);
 * rules/kernel-assert.rules `if`).  Here a kernel build (IS_ENABLED
 * defined, as kbuild's kconfig.h does) with preemption counting: the
 * assertion in size_write() holds from there on in set_size(), and the
 * sleep after it is reported.
 */
#define IS_ENABLED(option) 0
#define CONFIG_PREEMPT_COUNT 1

struct inode {
	long size;
};

static inline void size_write(struct inode *inode, long size)
{
	lockdep_assert_preemption_disabled();
	inode->size = size;
}

void set_size(struct inode *inode, long size)
{
	size_write(inode, size);
	msleep(1);
}
/*
 * check-name: lockdep_assert_preemption_disabled() asserts preemption disabled in a kernel build with CONFIG_PREEMPT_COUNT
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"
 *
 * check-output-start
testcases/assert/config-preempt.c:29:9: warning: call to 'msleep' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/assert/config-preempt.c:28:9: note: 'set_size' asserts preemption disabled here, at 'lockdep_assert_preemption_disabled'
testcases/assert/config-preempt.c:29:9: note: 'set_size' calls 'msleep', which may sleep
exit 1
 * check-output-end
 */
