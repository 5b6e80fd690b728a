#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

/* mm/compaction.c:518-534 compact_unlock_should_abort(): the caller's
 * lock dropped only if *locked, then cond_resched() */
static int unlock_should_abort(spinlock_t *l, int *locked)
{
	if (*locked) {
		spin_unlock(l);
		*locked = 0;
	}
	msleep(1);
	return 0;
}

void scan_locked(void)
{
	int locked = 1;

	spin_lock(&lock);
	unlock_should_abort(&lock, &locked);
}

void scan_unlocked(void)
{
	int locked = 0;

	unlock_should_abort(&lock, &locked);
}

/* the flag by value: released only if it is set */
static void drop(spinlock_t *l, int locked)
{
	if (locked)
		spin_unlock(l);
	msleep(1);
}

void drop_locked(void)
{
	spin_lock(&lock);
	drop(&lock, 1);
}

void drop_unlocked(void)
{
	drop(&lock, 0);
}
/* fs/dcache.c:608-614 __dentry_kill(): a parent's lock dropped only
 * `if (parent)`, then its own */
struct dentry {
	spinlock_t d_lock;
};

static struct dentry root, child;

static void kill(struct dentry *dentry, struct dentry *parent)
{
	if (parent)
		spin_unlock(&parent->d_lock);
	spin_unlock(&dentry->d_lock);
	msleep(1);
}

void kill_root(void)
{
	spin_lock(&root.d_lock);
	kill(&root, NULL);
}

void kill_child(void)
{
	spin_lock(&root.d_lock);
	spin_lock(&child.d_lock);
	kill(&child, &root);
}
/*
 * check-name: a callee drops its caller's lock only under a test of a parameter's flag, and each caller's argument says whether it holds the lock (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
