#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/lockdep.h>

/*
 * lockdep_assert_preemption_disabled() asserts nothing without
 * CONFIG_PREEMPT_COUNT (its body tests IS_ENABLED(CONFIG_PREEMPT_COUNT);
 * rules/kernel-assert.rules `if`).  Here a kernel build (IS_ENABLED
 * defined, as kbuild's kconfig.h does) without preemption counting:
 * the assertion in size_write() says nothing, and nothing is
 * reported (i_size_write() on 32-bit SMP, include/linux/fs.h:884).
 */
#define IS_ENABLED(option) 0
/* no CONFIG_PREEMPT_COUNT: PREEMPT_NONE, as ARM multi_v7_defconfig */

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
 * check-name: lockdep_assert_preemption_disabled() asserts nothing in a kernel build without CONFIG_PREEMPT_COUNT (clean twin of config-preempt)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"
 *
 * check-output-start
exit 0
 * check-output-end
 */
