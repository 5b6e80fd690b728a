#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * fs/dcache.c:715-737 dentry_kill(): `inode && unlikely(!spin_trylock(
 * &inode->i_lock))` (721) tries the inode's lock only where the dentry
 * has an inode; libsparse if-converts the `&&` (the cost of
 * __builtin_expect() is nothing), so the trylock is called whatever
 * inode is and its success edge joins the path where inode is NULL.
 * A lock made from a NULL pointer is never held: the runs that assume
 * inode NULL (tested again at 729; here before) take no success edge of
 * the trylock, and __dentry_kill() (582-627), which drops the inode's
 * lock only where the dentry has an inode, leaves nothing held at its
 * cond_resched() (626) in either.
 */
/* include/linux/compiler_types.h:23 __cond_lock() under __CHECKER__, its
 * __acquire() a call here, which keeps the branch in both front ends */
extern void acquired(void);
#define cond_lock(x, c)	((c) ? ({ acquired(); 1; }) : 0)
#define unlikely(x)	__builtin_expect(!!(x), 0)

/* include/linux/spinlock.h:357-360 spin_trylock() over raw_spin_trylock()
 * (include/linux/spinlock.h:214) */
#define try_lock(lock)	cond_lock(lock, _raw_spin_trylock(&(lock)->rlock))

struct inode {
	spinlock_t i_lock;
};

struct dentry {
	spinlock_t d_lock;
	struct inode *d_inode;
};

extern void note_positive(struct inode *inode);

/* fs/dcache.c:388-406 dentry_unlink_inode() */
static void unlink_inode(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	dentry->d_inode = NULL;
	spin_unlock(&dentry->d_lock);
	spin_unlock(&inode->i_lock);
}

/* fs/dcache.c:582-627 __dentry_kill() */
static void kill(struct dentry *dentry)
{
	if (dentry->d_inode)
		unlink_inode(dentry);
	else
		spin_unlock(&dentry->d_lock);
	msleep(1);
}

int kill_locked(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (inode)
		note_positive(inode);
	spin_lock(&dentry->d_lock);
	if (inode && unlikely(!try_lock(&inode->i_lock)))
		goto slow;
	kill(dentry);
	return 1;
slow:
	spin_unlock(&dentry->d_lock);
	return 0;
}
/*
 * check-name: a trylock of a lock made from a pointer tested NULL takes no success edge where the pointer is NULL (libsparse's if-converted `inode && !spin_trylock(&inode->i_lock)`)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
