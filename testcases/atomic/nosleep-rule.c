#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

/* an error path that may sleep, like printk() to a console */
void report_error(int err)
{
	if (err == -5)
		msleep(10);
}

void nosleep_rule(void)
{
	spin_lock(&lock);
	report_error(-1);
	spin_unlock(&lock);
}
/*
 * check-name: a nosleep rule stops the search at a function documented not to sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "report exit $?"; sleepcheck report --rules=testcases/atomic/rules-nosleep; echo "report exit $?"
 *
 * check-output-start
testcases/atomic/nosleep-rule.c:16:9: warning: call to 'report_error' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/nosleep-rule.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'nosleep_rule'
testcases/atomic/nosleep-rule.c:16:9: note: 'nosleep_rule' calls 'report_error'
testcases/atomic/nosleep-rule.c:10:17: note: 'report_error' calls 'msleep', which may sleep
report exit 1
report exit 0
 * check-output-end
 */
