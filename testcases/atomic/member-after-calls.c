#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The buggy twin of member-after-calls-clean.c: the call run before
 * the slow path's kill() (fs/dcache.c:749 after 744, 748) clears
 * d_inode, so kill() takes its NULL path and the inode's lock stays
 * held at its sleep.
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

/* fs/dcache.c:432 d_lru_add(), which here clears d_inode as well */
static void lru_add(struct dentry *dentry)
{
	dentry->d_flags |= 4;
	dentry->d_inode = NULL;
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
 * check-name: a member the caller tested, passed after a call that clears it, may be clear in the callee
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-after-calls.c:71:9: warning: call to 'kill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/member-after-calls.c:68:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_slow'
testcases/atomic/member-after-calls.c:71:9: note: 'kill_slow' calls 'kill' on a path taken only when its field 'd_inode' of what argument 1 points to is non-zero
testcases/atomic/member-after-calls.c:43:9: note: 'kill' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
 * check-output-end
 */
