#include <linux/spinlock.h>
#include <linux/sched.h>

struct cluster { spinlock_t lock; };
struct swap_info { spinlock_t lock; struct cluster *clusters; };

/* like lock_cluster() / unlock_cluster() in mm/swapfile.c */
static inline struct cluster *lock_cluster(struct swap_info *si)
{
	struct cluster *ci = si->clusters;

	if (ci)
		spin_lock(&ci->lock);
	return ci;
}

static inline void unlock_cluster(struct cluster *ci)
{
	if (ci)
		spin_unlock(&ci->lock);
}

void cluster_user(struct swap_info *si)
{
	struct cluster *ci = lock_cluster(si);

	si->clusters = NULL;
	
	msleep(2);
	unlock_cluster(ci);
	msleep(1);
}
/*
 * check-name: a lock taken under `if (ci)` is held until it is dropped under the same test
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/correlated.c:29:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/correlated.c:25:30: note: atomic context begins here, at '_raw_spin_lock' in 'cluster_user'
testcases/atomic/correlated.c:29:9: note: 'cluster_user' calls 'msleep', which may sleep
 * check-output-end
 */
