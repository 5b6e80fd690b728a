#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The buggy twin of trylock-and-operand-clean.c.
 *
 * fs/dcache.c:715-749 dentry_kill(): `if (inode &&
 * unlikely(!spin_trylock(&inode->i_lock))) goto slow_positive;` (721).
 * The trylock's own branch (__cond_lock()'s `?:`) takes its success
 * edge, and the `&&` tests the result again: on the `&&`'s true edge
 * the trylock failed, so slow_positive (741-749) holds the dentry's
 * lock and the inode's it takes itself, not the one the trylock would
 * have taken.  The `&&`'s operand is keyed as the trylock's own branch
 * (ir_cond.optry_ev), so the runs that assume success do not take that
 * edge.  The buggy twin: a callee that drops only the dentry's lock
 * sleeps with the inode's held, and a `||` whose false edge says the
 * trylock succeeded holds it too.
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

/* drops only the dentry's lock */
static void kill_keep(struct dentry *dentry)
{
	spin_unlock(&dentry->d_lock);
	msleep(2);
}

/* the inode's lock taken again on the slow path is kept by the callee */
int kill_slow_kept(struct dentry *dentry)
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
	kill_keep(dentry);
	return 0;
}

/* `||`: its false edge says the trylock succeeded, its lock held */
int kill_or(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (!inode || !try_lock(&inode->i_lock))
		return 0;
	msleep(3);
	spin_unlock(&inode->i_lock);
	return 1;
}
/*
 * check-name: the operand of an `&&` or `||` that tests a trylock's result: where it says the trylock failed the lock taken again still counts, where it says it succeeded the lock is held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/trylock-and-operand.c:61:9: warning: call to 'kill_keep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/trylock-and-operand.c:59:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_slow_kept'
testcases/atomic/trylock-and-operand.c:61:9: note: 'kill_slow_kept' calls 'kill_keep' on a path taken only when its field 'd_inode' of what argument 1 points to is non-zero
testcases/atomic/trylock-and-operand.c:42:9: note: 'kill_keep' calls 'msleep', which may sleep
testcases/atomic/trylock-and-operand.c:72:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/trylock-and-operand.c:70:24: note: atomic context begins here, at '_raw_spin_trylock' in 'kill_or'
testcases/atomic/trylock-and-operand.c:72:9: note: 'kill_or' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is non-zero, which may sleep
 * check-output-end
 */
