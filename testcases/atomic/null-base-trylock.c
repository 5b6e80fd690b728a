#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The buggy twin of null-base-trylock-clean.c: a lock made from another
 * pointer than the one tested NULL may be held where that one is NULL,
 * and a callee that keeps the inode's lock sleeps with it held where
 * the inode is not NULL.
 *
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
	struct inode *d_other;
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

/* drops only the dentry's lock */
static void kill_keep(struct dentry *dentry)
{
	spin_unlock(&dentry->d_lock);
	msleep(2);
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

/* the lock tried is not made from the pointer tested */
int kill_other(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (inode)
		note_positive(inode);
	spin_lock(&dentry->d_lock);
	if (inode && unlikely(!try_lock(&dentry->d_other->i_lock)))
		goto slow;
	kill(dentry);
	return 1;
slow:
	spin_unlock(&dentry->d_lock);
	return 0;
}

/* the inode's lock is held at the sleep where inode is not NULL */
int kill_kept(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (inode)
		note_positive(inode);
	spin_lock(&dentry->d_lock);
	if (inode && unlikely(!try_lock(&inode->i_lock)))
		goto slow;
	kill_keep(dentry);
	return 1;
slow:
	spin_unlock(&dentry->d_lock);
	return 0;
}
/*
 * check-name: a trylock of a lock made from another pointer than the one tested NULL, or kept held by the callee, still counts
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/null-base-trylock.c:80:9: warning: call to 'kill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/null-base-trylock.c:77:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_other'
testcases/atomic/null-base-trylock.c:80:9: note: 'kill_other' calls 'kill'
testcases/atomic/null-base-trylock.c:67:9: note: 'kill' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
testcases/atomic/null-base-trylock.c:97:9: warning: call to 'kill_keep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/null-base-trylock.c:94:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_kept'
testcases/atomic/null-base-trylock.c:97:9: note: 'kill_kept' calls 'kill_keep' on a path taken only when its field 'd_inode' of what argument 1 points to is non-zero
testcases/atomic/null-base-trylock.c:57:9: note: 'kill_keep' calls 'msleep', which may sleep
 * check-output-end
 */
