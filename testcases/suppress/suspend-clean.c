#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/irqflags.h>
#include <linux/sched.h>

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
	udelay(10);
	udelay(10);
	return 0;
}

static void mce_syscore_resume(void)
{
	udelay(10);
	udelay(10);
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
 * check-name: a suspend rule's twin: the callback busy-waits, nothing to report or suppress (clean twin of suspend.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --list-suppressed 2>&1 | grep -c "in system suspend" || true
 *
 * check-output-start
exit 0
0
 * check-output-end
 */
