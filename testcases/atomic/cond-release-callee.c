#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock, other;

static int unlock_should_abort(spinlock_t *l, int *locked)
{
	if (*locked) {
		spin_unlock(l);
		*locked = 0;
	}
	msleep(1);
	return 0;
}

/* the lock held, the flag says it is not: not dropped */
void scan_wrong_flag(void)
{
	int locked = 0;

	spin_lock(&lock);
	unlock_should_abort(&lock, &locked);
	spin_unlock(&lock);
}

/* one lock dropped, another still held */
void scan_two_locks(void)
{
	int locked = 1;

	spin_lock(&other);
	spin_lock(&lock);
	unlock_should_abort(&lock, &locked);
	spin_unlock(&other);
}

static void drop(spinlock_t *l, int locked)
{
	if (locked)
		spin_unlock(l);
	msleep(1);
}

/* the flag not known at the call */
void drop_any(int locked)
{
	spin_lock(&lock);
	drop(&lock, locked);
	if (!locked)
		spin_unlock(&lock);
}

void drop_unlocked(void)
{
	drop(&lock, 0);
}
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

/* the parent locked, NULL passed: its lock stays held */
void kill_child_null(void)
{
	spin_lock(&root.d_lock);
	spin_lock(&child.d_lock);
	kill(&child, NULL);
}

void kill_root(void)
{
	spin_lock(&root.d_lock);
	kill(&root, NULL);
}
/*
 * check-name: a callee drops its caller's lock only under a test of a parameter's flag: a caller whose flag says not, or holding another lock, or with the flag not known, stays atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/cond-release-callee.c:22:9: warning: call to 'unlock_should_abort' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/cond-release-callee.c:21:9: note: atomic context begins here, at '_raw_spin_lock' in 'scan_wrong_flag'
testcases/atomic/cond-release-callee.c:22:9: note: 'scan_wrong_flag' calls 'unlock_should_abort'
testcases/atomic/cond-release-callee.c:12:9: note: 'unlock_should_abort' calls 'msleep' on a path taken only when its argument 2 points to zero, which may sleep
testcases/atomic/cond-release-callee.c:33:9: warning: call to 'unlock_should_abort' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/cond-release-callee.c:31:9: note: atomic context begins here, at '_raw_spin_lock' in 'scan_two_locks'
testcases/atomic/cond-release-callee.c:33:9: note: 'scan_two_locks' calls 'unlock_should_abort'
testcases/atomic/cond-release-callee.c:12:9: note: 'unlock_should_abort' calls 'msleep' on a path taken only when its argument 2 points to a non-zero value, which may sleep
testcases/atomic/cond-release-callee.c:48:9: warning: call to 'drop' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/cond-release-callee.c:47:9: note: atomic context begins here, at '_raw_spin_lock' in 'drop_any'
testcases/atomic/cond-release-callee.c:48:9: note: 'drop_any' calls 'drop'
testcases/atomic/cond-release-callee.c:41:9: note: 'drop' calls 'msleep' on a path taken only when its argument 2 is zero, which may sleep
testcases/atomic/cond-release-callee.c:76:9: warning: call to 'kill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/cond-release-callee.c:74:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_child_null'
testcases/atomic/cond-release-callee.c:76:9: note: 'kill_child_null' calls 'kill'
testcases/atomic/cond-release-callee.c:68:9: note: 'kill' calls 'msleep', which may sleep
 * check-output-end
 */
