#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * fs/dcache.c:715-749 dentry_kill(): the slow path (741-749) takes the
 * inode's and the dentry's locks again, lock_parent() (744) and
 * retain_dentry()'s d_op->d_delete() and d_lru_add() (748) run, then
 * __dentry_kill() (749), which drops the inode's lock only where
 * dentry->d_inode is set (582-627, dentry_unlink_inode() 388-406).  The
 * caller's `inode` says d_inode is set there; the callee's test is of
 * the member as the caller passes it, which only the calls run before
 * the call may have changed (J=*K~L:C, analysis/fresh.c), not the
 * other __dentry_kill() (737) that clears it: none of those stores
 * d_inode, so the callee's `d_inode` NULL path is not the caller's.
 */
/* include/linux/compiler_types.h:23 __cond_lock() under __CHECKER__ */
extern void acquired(void);
#define cond_lock(x, c)	((c) ? ({ acquired(); 1; }) : 0)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define try_lock(lock)	cond_lock(lock, _raw_spin_trylock(&(lock)->rlock))

struct inode {
	spinlock_t i_lock;
};

struct dentry {
	spinlock_t d_lock;
	unsigned int d_flags;
	struct inode *d_inode;
};

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

extern void note_positive(struct inode *inode);

/* fs/dcache.c:432 d_lru_add() */
static void lru_add(struct dentry *dentry)
{
	dentry->d_flags |= 4;
}

int kill_slow(struct dentry *dentry)
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
	spin_lock(&inode->i_lock);
	spin_lock(&dentry->d_lock);
	lru_add(dentry);
	kill(dentry);
	return 0;
}
/*
 * check-name: a member the caller says is set at a call, passed after calls that do not store it, is set in the callee (J=*K~L:C; dcache.c:749)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
