#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void reviewed_path(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}

void new_path(void)
{
	spin_lock(&lock);
	msleep(2);
	spin_unlock(&lock);
}
/*
 * check-name: an allow entry in the rules hides its finding; a stale one is reported
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --rules=testcases/suppress/rules-allow; echo "exit $?"
 *
 * check-output-start
testcases/suppress/rules-allow.c:16:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/suppress/rules-allow.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'new_path'
testcases/suppress/rules-allow.c:16:9: note: 'new_path' calls 'msleep', which may sleep
exit 1
 * check-output-end
 * check-error-start
testcases/suppress/rules-allow/zz-allow.rules:3:1: warning: suppression 'nobody_calls_this -> msleep' hides nothing; remove it [-Wstale-suppression]
sleepcheck: 1 new finding (0 in the baseline, 1 suppressed)
 * check-error-end
 */
