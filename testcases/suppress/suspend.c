#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/irqflags.h>

/*
 * As Linux 6.1 drivers/base/syscore.c: syscore_suspend() calls each
 * syscore_ops callback with interrupts off, in system suspend (one CPU,
 * tasks frozen, system_state SYSTEM_SUSPEND), where the kernel does not
 * check sleeping; rules/kernel-boot.rules says so (`suspend
 * syscore_suspend`) and the callback's finding is suppressed with that
 * reason (mce_syscore_resume(), called by syscore_resume() only).
 * quiesce_all() calls the suspend field the same way and is not a
 * suspend function: that callback's finding is reported, with
 * quiesce_all() as its context.
 */
struct syscore_ops {
	int (*suspend)(void);
	void (*resume)(void);
};

static struct mutex mce_mutex;

static int mce_syscore_suspend(void)
{
	mutex_lock(&mce_mutex);
	mutex_unlock(&mce_mutex);
	return 0;
}

static void mce_syscore_resume(void)
{
	mutex_lock(&mce_mutex);
	mutex_unlock(&mce_mutex);
}

static struct syscore_ops mce_ops = {
	.suspend = mce_syscore_suspend,
	.resume = mce_syscore_resume,
};
static struct syscore_ops *ops_list[1] = { &mce_ops };

int syscore_suspend(void)
{
	local_irq_disable();
	ops_list[0]->suspend();
	local_irq_enable();
	return 0;
}

void syscore_resume(void)
{
	local_irq_disable();
	ops_list[0]->resume();
	local_irq_enable();
}

int quiesce_all(void)
{
	local_irq_disable();
	ops_list[0]->suspend();
	local_irq_enable();
	return 0;
}
/*
 * check-name: a suspend rule: a syscore callback called with interrupts off in system suspend is not checked; the same call elsewhere is
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --list-suppressed 2>&1 | grep -c "in system suspend"
 *
 * check-output-start
testcases/suppress/suspend.c:25:9: warning: call to 'mutex_lock' may sleep in atomic context, in 'mce_syscore_suspend' [-Wsleep-in-atomic]
testcases/suppress/suspend.c:60:9: note: 'mce_syscore_suspend' runs in atomic context: 'quiesce_all' calls through 'struct syscore_ops'.suspend here with interrupts disabled
testcases/suppress/suspend.c:59:9: note: atomic context begins here, at 'arch_local_irq_disable' in 'quiesce_all'
testcases/suppress/suspend.c:37:20: note: 'mce_syscore_suspend' is bound to 'struct syscore_ops.suspend' here, in the initializer of 'mce_ops'
testcases/suppress/suspend.c:25:9: note: 'mce_syscore_suspend' calls 'mutex_lock', which may sleep
exit 1
1
 * check-output-end
 * check-error-start
sleepcheck: 1 new finding (0 in the baseline, 1 suppressed)
 * check-error-end
 */
