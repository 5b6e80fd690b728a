#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * fs/dcache.c:582-627 __dentry_kill() tests `dentry->d_inode` (610)
 * after d_lru_del(dentry) (603), which passes `&dentry->d_lru`, a member
 * of an anonymous union (include/linux/dcache.h:100-104), and before
 * dentry_unlink_inode() (611), which clears the member: only the calls
 * that may run before the test decide whether it reads the member as
 * the caller left it.
 */
struct list_head {
	struct list_head *next, *prev;
};

struct inode {
	spinlock_t i_lock;
};

struct dentry {
	spinlock_t d_lock;
	unsigned int d_flags;
	struct inode *d_inode;
	union {
		struct list_head d_lru;
		int d_wait;
	};
};

extern void list_del_entry(struct list_head *entry);

/* fs/dcache.c:438-446 d_lru_del() */
static void lru_del(struct dentry *dentry)
{
	dentry->d_flags &= ~1u;
	list_del_entry(&dentry->d_lru);
}

/* fs/dcache.c:388-406 dentry_unlink_inode() */
static void unlink_inode(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	dentry->d_inode = NULL;
	spin_unlock(&dentry->d_lock);
	spin_unlock(&inode->i_lock);
}

static void kill(struct dentry *dentry)
{
	if (dentry->d_flags & 1)
		lru_del(dentry);
	if (dentry->d_inode)
		unlink_inode(dentry);
	else
		spin_unlock(&dentry->d_lock);
	msleep(1);
}

/* fs/dcache.c:715-737 dentry_kill(): the inode's lock taken only where
 * the dentry has an inode */
void kill_locked(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_lock(&dentry->d_lock);
	if (inode)
		spin_lock(&inode->i_lock);
	kill(dentry);
}
/*
 * check-name: a member tested after calls that do not store it (one given a member of an anonymous union) is as the caller left it, whatever a call after the test stores (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
