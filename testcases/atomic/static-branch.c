#include <linux/spinlock.h>
#include <linux/jump_label.h>
#include <linux/sched.h>

DEFINE_STATIC_KEY_FALSE(slow_path);
static spinlock_t lock;

void static_branch_user(void)
{
	spin_lock(&lock);
	if (static_branch_unlikely(&slow_path))
		msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: code under a static key (asm goto) is checked: msleep under a spinlock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/static-branch.c:12:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/static-branch.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'static_branch_user'
testcases/atomic/static-branch.c:12:17: note: 'static_branch_user' calls 'msleep', which may sleep
 * check-output-end
 */
