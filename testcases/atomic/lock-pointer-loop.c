#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like proc_invalidate_siblings_dcache() in fs/proc/inode.c:112-165:
 * `old_sb` is NULL in the first round and a pointer read through a
 * lock in later ones, and `if (old_sb)` is tested twice.  One value
 * assumed for the whole run (the split on values tested twice) would
 * contradict the variable's rounds, and the sleep under the first test
 * would be on no path; the variable's own definitions decide there.
 * Buggy: the sleeps are made with the list's lock held.
 */
struct sb {
	spinlock_t lock;
	int active;
};

struct sb_list {
	spinlock_t lock;
};

struct sb *next_sb(struct sb_list *l);

void invalidate(struct sb_list *l)
{
	struct sb *old_sb = NULL, *sb;

	spin_lock(&l->lock);
	for (;;) {
		sb = next_sb(l);
		if (!sb)
			break;
		spin_lock(&sb->lock);
		sb->active = 0;
		spin_unlock(&sb->lock);
		if (sb != old_sb) {
			if (old_sb)
				msleep(1);
			old_sb = sb;
		}
	}
	if (old_sb)
		msleep(2);
	spin_unlock(&l->lock);
}
/*
 * check-name: a pointer variable NULL in a loop's first round only, tested twice
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --show-all-paths
 *
 * check-output-start
testcases/atomic/lock-pointer-loop.c:38:33: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-loop.c:28:9: note: atomic context begins here, at '_raw_spin_lock' in 'invalidate'
testcases/atomic/lock-pointer-loop.c:38:33: note: 'invalidate' calls 'msleep', which may sleep
testcases/atomic/lock-pointer-loop.c:43:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-loop.c:28:9: note: atomic context begins here, at '_raw_spin_lock' in 'invalidate'
testcases/atomic/lock-pointer-loop.c:43:17: note: 'invalidate' calls 'msleep', which may sleep
 * check-output-end
 */
