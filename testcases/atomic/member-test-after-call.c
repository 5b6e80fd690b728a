#include <linux/spinlock.h>
#include <linux/sched.h>

/* fs/dcache.c:582-627 __dentry_kill(), as in
 * member-test-after-call-clean.c, where a call that may run before the
 * test may store the member */
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
extern void fs_prune(struct dentry *dentry);

/* stores the member: the test after it does not read what the caller
 * left */
static void lru_del_clear(struct dentry *dentry)
{
	list_del_entry(&dentry->d_lru);
	dentry->d_inode = NULL;
}

static void unlink_inode(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	dentry->d_inode = NULL;
	spin_unlock(&dentry->d_lock);
	spin_unlock(&inode->i_lock);
}

static void kill_cleared(struct dentry *dentry)
{
	if (dentry->d_flags & 1)
		lru_del_clear(dentry);
	if (dentry->d_inode)
		unlink_inode(dentry);
	else
		spin_unlock(&dentry->d_lock);
	msleep(1);
}

/* a call with no body known before the test may store anything */
static void kill_pruned(struct dentry *dentry)
{
	fs_prune(dentry);
	if (dentry->d_inode)
		unlink_inode(dentry);
	else
		spin_unlock(&dentry->d_lock);
	msleep(1);
}

void kill_cleared_locked(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_lock(&dentry->d_lock);
	if (inode)
		spin_lock(&inode->i_lock);
	kill_cleared(dentry);
}

void kill_pruned_locked(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	spin_lock(&dentry->d_lock);
	if (inode)
		spin_lock(&inode->i_lock);
	kill_pruned(dentry);
}
/*
 * check-name: a member tested after a call that may store it (itself, or a call with no body known) is not as the caller left it: the caller's inode lock may stay held (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-test-after-call.c:74:9: warning: call to 'kill_cleared' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/member-test-after-call.c:71:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_cleared_locked'
testcases/atomic/member-test-after-call.c:74:9: note: 'kill_cleared_locked' calls 'kill_cleared' on a path taken only when its field 'd_inode' of what argument 1 points to is non-zero
testcases/atomic/member-test-after-call.c:53:9: note: 'kill_cleared' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
testcases/atomic/member-test-after-call.c:84:9: warning: call to 'kill_pruned' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/member-test-after-call.c:81:9: note: atomic context begins here, at '_raw_spin_lock' in 'kill_pruned_locked'
testcases/atomic/member-test-after-call.c:84:9: note: 'kill_pruned_locked' calls 'kill_pruned' on a path taken only when its field 'd_inode' of what argument 1 points to is non-zero
testcases/atomic/member-test-after-call.c:64:9: note: 'kill_pruned' calls 'msleep' on a path taken only when its field 'd_inode' of what argument 1 points to is zero, which may sleep
 * check-output-end
 */
