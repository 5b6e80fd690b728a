#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/preempt.h>

/*
 * in_atomic() false rules out a spinlock only where spin_lock() raises
 * preempt_count(): with CONFIG_PREEMPT_COUNT (rules/kernel-assume.rules
 * `ctx-test spin,preempt in_atomic if CONFIG_PREEMPT_COUNT`).  Here a
 * kernel build with it (x86_64 defconfig, Debian's kernels): in_atomic()
 * is true under the spinlock, and nothing is reported.
 */
#define IS_ENABLED(option) 0
#define CONFIG_PREEMPT_COUNT 1

static spinlock_t busy_lock;

static void wait_a_bit(void)
{
	if (!in_atomic())
		msleep(1);
}

void busy_send(void)
{
	spin_lock(&busy_lock);
	wait_a_bit();
	spin_unlock(&busy_lock);
}
/*
 * check-name: in_atomic() sees a spinlock in a kernel build with CONFIG_PREEMPT_COUNT (clean twin of preempt-count)
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 *
 */
