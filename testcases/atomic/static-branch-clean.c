#include <linux/spinlock.h>
#include <linux/jump_label.h>
#include <linux/sched.h>

DEFINE_STATIC_KEY_FALSE(slow_path);
static spinlock_t lock;

void static_branch_user(void)
{
	spin_lock(&lock);
	spin_unlock(&lock);
	if (static_branch_unlikely(&slow_path))
		msleep(1);
}
/*
 * check-name: code under a static key, outside the lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
