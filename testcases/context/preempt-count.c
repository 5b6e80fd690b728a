#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/preempt.h>

/*
 * in_atomic() false rules out a spinlock only where spin_lock() raises
 * preempt_count(): with CONFIG_PREEMPT_COUNT (rules/kernel-assume.rules
 * `ctx-test spin,preempt in_atomic if CONFIG_PREEMPT_COUNT`).  Here a
 * kernel build (IS_ENABLED defined, as kbuild's kconfig.h does) without
 * it, as ARM's PREEMPT_NONE multi_v7_defconfig: in_atomic() is false
 * under the spinlock, and the sleep is reported.
 */
#define IS_ENABLED(option) 0

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
 * check-name: in_atomic() does not see a spinlock in a kernel build without CONFIG_PREEMPT_COUNT
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/context/preempt-count.c:26:9: warning: call to 'wait_a_bit' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/preempt-count.c:25:9: note: atomic context begins here, at '_raw_spin_lock' in 'busy_send'
testcases/context/preempt-count.c:26:9: note: 'busy_send' calls 'wait_a_bit'
testcases/context/preempt-count.c:20:17: note: 'wait_a_bit' calls 'msleep', which may sleep
 * check-output-end
 */
