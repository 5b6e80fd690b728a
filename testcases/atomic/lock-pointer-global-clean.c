#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/*
 * Like isolate_migratepages_block() in mm/compaction.c:1058-1091 where
 * there is one node and no memory cgroup (ARM multi_v7_defconfig):
 * folio_lruvec() returns &contig_page_data.__lruvec
 * (include/linux/memcontrol.h:1186, include/linux/mmzone.h:1391), so
 * the pointer `locked` is set to is a variable's address, never NULL,
 * however no lock is taken through that value itself (its lock is the
 * variable's own).  Where the test finds `locked` NULL the lock is not
 * held, and the sleep after the periodic unlock is clean.
 */
struct lruvec {
	int nr;
	spinlock_t lru_lock;
};

struct pglist_data {
	int node_id;
	struct lruvec __lruvec;
};

struct pglist_data contig_page_data;

static inline struct lruvec *page_lruvec(int i)
{
	return &contig_page_data.__lruvec;
}

int isolate(int i);

int isolate_block(int n)
{
	struct lruvec *locked = NULL, *lruvec;
	unsigned long flags = 0;
	int i, nr = 0;

	for (i = 0; i < n; i++) {
		if (!(i % 32)) {
			if (locked) {
				spin_unlock_irqrestore(&locked->lru_lock, flags);
				locked = NULL;
			}
			msleep(1);
		}
		lruvec = page_lruvec(i);
		if (!isolate(i))
			continue;
		if (lruvec != locked) {
			if (locked)
				spin_unlock_irqrestore(&locked->lru_lock, flags);
			spin_lock_irqsave(&lruvec->lru_lock, flags);
			locked = lruvec;
		}
		lockdep_assert_held(&lruvec->lru_lock);
		lruvec->nr--;
		nr++;
	}
	if (locked)
		spin_unlock_irqrestore(&locked->lru_lock, flags);
	return nr;
}
/*
 * check-name: a variable's address held in the lock pointer variable is not NULL
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
