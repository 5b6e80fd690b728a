#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void bad_rules(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: a bad rule line stops the run with file:line:col
 * check-exit-value: 0
 * check-command: sleepcheck --rules=testcases/errors/rules-bad-directive $file; echo "check exit $?"; sleepcheck report --rules=testcases/errors/rules-bad-kind; echo "report exit $?"; sleepcheck --rules=testcases/errors/no-such-dir $file; echo "check exit $?"
 *
 * check-output-start
check exit 2
report exit 2
check exit 2
 * check-output-end
 * check-error-start
testcases/errors/rules-bad-directive/zz-local.rules:4:1: error: unknown directive 'slep'
testcases/errors/rules-bad-kind/zz-local.rules:2:14: error: unknown atomic kind 'hardirq' (known: spin, irq, preempt, bh, rcu)
sleepcheck: error: cannot open rules directory 'testcases/errors/no-such-dir': No such file or directory
 * check-error-end
 */
