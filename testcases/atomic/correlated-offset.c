#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like lock_cluster() / unlock_cluster() in mm/swapfile.c, used in a
 * loop by scan_swap_map_slots(): lock_cluster() returns `ci + offset`
 * where it took the lock and the NULL it tested where it did not, and
 * unlock_cluster() tests that.  An offset does not make a pointer zero
 * or non-zero, so the two tests are one: the cluster lock is never held
 * at the sleep after si->lock is dropped.  Here the second
 * test is on another pointer (ci->next), so the lock may stay held.
 */
struct cluster {
	spinlock_t lock;
	struct cluster *next;
};

struct swap_info {
	spinlock_t lock;
	struct cluster *clusters;
	unsigned char *map;
};

static inline struct cluster *lock_cluster(struct swap_info *si, unsigned long offset)
{
	struct cluster *ci = si->clusters;

	if (ci) {
		ci += offset / 256;
		spin_lock(&ci->lock);
	}
	return ci;
}

static inline void unlock_cluster(struct cluster *ci)
{
	if (ci && ci->next)
		spin_unlock(&ci->lock);
}

int scan_slots(struct swap_info *si, unsigned long offset, int n)
{
	struct cluster *ci;
	int got = 0;

	spin_lock(&si->lock);
	while (got < n) {
		ci = lock_cluster(si, offset);
		if (si->map[offset])
			got++;
		unlock_cluster(ci);
		offset++;
		spin_unlock(&si->lock);
		msleep(1);
		spin_lock(&si->lock);
	}
	spin_unlock(&si->lock);
	return got;
}
/*
 * check-name: a lock taken under `if (ci)` and dropped under a test of another value may stay held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/correlated-offset.c:54:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/correlated-offset.c:46:9: note: atomic context begins here, at '_raw_spin_lock' in 'scan_slots'
testcases/atomic/correlated-offset.c:54:17: note: 'scan_slots' calls 'msleep', which may sleep
 * check-output-end
 */
