#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void in_source(void)
{
	spin_lock(&lock);
	msleep(1);	/* sleepcheck: allow "test fixture: reviewed" */
	msleep(2);
	spin_unlock(&lock);
	msleep(3);	/* sleepcheck: allow "stale: this call is not atomic" */
	msleep(4);	/* sleepcheck: allow */
}
/*
 * check-name: an in-source suppression needs a reason; stale ones are reported
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --list-suppressed 2>/dev/null | grep -c warning:
 *
 * check-output-start
testcases/suppress/in-source.c:10:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/suppress/in-source.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'in_source'
testcases/suppress/in-source.c:10:9: note: 'in_source' calls 'msleep', which may sleep
exit 1
2
 * check-output-end
 * check-error-start
testcases/suppress/in-source.c:12:1: warning: suppression hides nothing; remove it [-Wstale-suppression]
testcases/suppress/in-source.c:13:1: warning: an allow comment needs a reason in double quotes [-Wstale-suppression]
sleepcheck: 1 new finding (0 in the baseline, 1 suppressed)
 * check-error-end
 */
