#include <linux/spinlock.h>
#include <linux/sched.h>

/* fs/dcache.c:610-613 __dentry_kill(), as in ptr-member-release-clean.c */
struct inode {
	spinlock_t i_lock;
};

struct dentry {
	spinlock_t d_lock;
	struct inode *d_inode;
};

static struct dentry global_dentry;
static struct inode global_inode;

static void kill(struct dentry *dentry)
{
	if (dentry->d_inode)
		spin_unlock(&dentry->d_inode->i_lock);
	spin_unlock(&dentry->d_lock);
	msleep(1);
}

/* the inode's lock taken whatever the member holds */
void kill_untested(void)
{
	spin_lock(&global_dentry.d_lock);
	spin_lock(&global_inode.i_lock);
	kill(&global_dentry);
}

/* the member tested on entry, then cleared before the call */
void kill_cleared(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_lock(&dentry->d_lock);
	if (inode)
		spin_lock(&inode->i_lock);
	dentry->d_inode = NULL;
	kill(dentry);
}

/* the member's test says nothing of the other lock */
void kill_other(struct dentry *dentry, spinlock_t *other)
{
	spin_lock(other);
	spin_lock(&dentry->d_lock);
	if (dentry->d_inode)
		spin_lock(&dentry->d_inode->i_lock);
	kill(dentry);
}
/*
 * check-name: a callee drops its caller's lock only where a pointer member of what its parameter points to is not NULL: a caller holding the lock whatever the member is, or clearing it, or holding another lock stays atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ptr-member-release.c:30:9: warning: call to 'kill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-release.c:28:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_untested'
testcases/atomic/ptr-member-release.c:30:9: note: 'kill_untested' calls 'kill'
testcases/atomic/ptr-member-release.c:22:9: note: 'kill' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
testcases/atomic/ptr-member-release.c:42:9: warning: call to 'kill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-release.c:38:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_cleared'
testcases/atomic/ptr-member-release.c:42:9: note: 'kill_cleared' calls 'kill'
testcases/atomic/ptr-member-release.c:22:9: note: 'kill' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
testcases/atomic/ptr-member-release.c:52:9: warning: call to 'kill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-release.c:48:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_other'
testcases/atomic/ptr-member-release.c:52:9: note: 1 other call in this atomic section reaches the same sleep (--show-all-paths lists them)
testcases/atomic/ptr-member-release.c:52:9: note: 'kill_other' calls 'kill' on a path taken only when its field 'd_inode' of what argument 1 points to is zero
testcases/atomic/ptr-member-release.c:22:9: note: 'kill' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
 * check-output-end
 */
