#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void local_report(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: the CHECK= mode prints what one file proves on stderr and exits 0
 * check-exit-value: 0
 * check-command: sleepcheck -Itestcases/include $file
 *
 * check-error-start
testcases/errors/local-report.c:9:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/errors/local-report.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'local_report'
testcases/errors/local-report.c:9:9: note: 'local_report' calls 'msleep', which may sleep
 * check-error-end
 */
