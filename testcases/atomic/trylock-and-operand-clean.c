#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * fs/dcache.c:715-749 dentry_kill(): `if (inode &&
 * unlikely(!spin_trylock(&inode->i_lock))) goto slow_positive;` (721).
 * The trylock's own branch (__cond_lock()'s `?:`) takes its success
 * edge, and the `&&` tests the result again: on the `&&`'s true edge
 * the trylock failed, so slow_positive (741-749) holds the dentry's
 * lock and the inode's it takes itself, not the one the trylock would
 * have taken.  The `&&`'s operand is keyed as the trylock's own branch
 * (ir_cond.optry_ev), so the runs that assume success do not take that
 * edge; __dentry_kill() (749) drops both locks before it sleeps.
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

/* fs/dcache.c:582-627 __dentry_kill(): drops the dentry's lock and the
 * inode's where it has one, then sleeps */
static void kill(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_unlock(&dentry->d_lock);
	if (inode)
		spin_unlock(&inode->i_lock);
	msleep(1);
}

int kill_slow(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_lock(&dentry->d_lock);
	if (inode && unlikely(!try_lock(&inode->i_lock)))
		goto slow;
	spin_unlock(&dentry->d_lock);
	if (inode)
		spin_unlock(&inode->i_lock);
	return 1;
slow:
	spin_unlock(&dentry->d_lock);
	spin_lock(&inode->i_lock);
	spin_lock(&dentry->d_lock);
	kill(dentry);
	return 0;
}
/*
 * check-name: the operand of an `&&` that tests a trylock's result is that result: its true edge says the trylock failed (dcache.c:721)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
