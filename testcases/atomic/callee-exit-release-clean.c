#include <linux/spinlock.h>
#include <linux/sched.h>

int entry_busy(void);
static void wait_freeing(spinlock_t *lock);

/* like find_inode(): called with @lock held; a busy entry is waited for
 * by a callee that drops the lock, then looked for again */
static int find_entry(spinlock_t *lock)
{
again:
	if (entry_busy()) {
		wait_freeing(lock);
		spin_lock(lock);
		goto again;
	}
	return 0;
}

int lookup_entry(spinlock_t *lock)
{
	int r;

	spin_lock(lock);
	r = find_entry(lock);
	spin_unlock(lock);
	return r;
}

/* like __wait_on_freeing_inode(), defined after its caller: drops the
 * caller's lock on every path before it sleeps and returns without it */
static void wait_freeing(spinlock_t *lock)
{
	spin_unlock(lock);
	if (entry_busy())
		return;
	msleep(1);
}
/*
 * check-name: a callee of the file that returns with its caller's lock dropped on every path
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
