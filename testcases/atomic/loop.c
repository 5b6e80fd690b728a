#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void loop(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		spin_lock(&lock);
		if (i == 3)
			schedule();
		spin_unlock(&lock);
	}
}
/*
 * check-name: sleep inside a locked loop body
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/loop.c:13:25: warning: call to 'schedule' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/loop.c:11:17: note: atomic context begins here, at '_raw_spin_lock' in 'loop'
testcases/atomic/loop.c:13:25: note: 'loop' calls 'schedule', which may sleep
 * check-output-end
 */
