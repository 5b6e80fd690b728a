#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void branch_unlock(int x)
{
	spin_lock(&lock);
	if (x)
		spin_unlock(&lock);
	msleep(1);
	if (!x)
		spin_unlock(&lock);
}
/*
 * check-name: unlock in one branch only: the lock may still be held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/branch-unlock.c:11:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/branch-unlock.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'branch_unlock'
testcases/atomic/branch-unlock.c:11:9: note: 'branch_unlock' calls 'msleep' on a path taken only when its argument 1 is zero, which may sleep
 * check-output-end
 */
