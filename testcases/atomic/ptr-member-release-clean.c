#include <linux/spinlock.h>
#include <linux/sched.h>

/* fs/dcache.c:610-613 __dentry_kill(): the inode's lock is dropped too
 * (dentry_unlink_inode(), dcache.c:388-399) only `if (dentry->d_inode)` */
struct inode {
	spinlock_t i_lock;
};

struct dentry {
	spinlock_t d_lock;
	struct inode *d_inode;
};

static void kill(struct dentry *dentry)
{
	if (dentry->d_inode)
		spin_unlock(&dentry->d_inode->i_lock);
	spin_unlock(&dentry->d_lock);
	msleep(1);
}

/* fs/dcache.c:718-721 dentry_kill(): the inode's lock taken only where
 * the dentry has an inode, tested through a local copy */
void kill_locked(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_lock(&dentry->d_lock);
	if (inode)
		spin_lock(&inode->i_lock);
	kill(dentry);
}

/* the member tested directly */
void kill_tested(struct dentry *dentry)
{
	spin_lock(&dentry->d_lock);
	if (dentry->d_inode)
		spin_lock(&dentry->d_inode->i_lock);
	kill(dentry);
}
/*
 * check-name: a callee drops its caller's lock only where a pointer member of what its parameter points to is not NULL, and the caller took it under the same test (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
