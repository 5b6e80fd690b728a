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
	unlock_cluster(ci);
	
	msleep(1);
}
/*
 * check-name: a lock taken under `if (ci)` and dropped under the same test is not held after
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
