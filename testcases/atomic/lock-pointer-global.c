#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/*
 * Like isolate_migratepages_block() in mm/compaction.c:1058-1091 where
 * there is one node and no memory cgroup (ARM multi_v7_defconfig):
 * folio_lruvec() returns &contig_page_data.__lruvec
 * (include/linux/memcontrol.h:1186, include/linux/mmzone.h:1391), so
 * the pointer `locked` is set to is a variable's address, never NULL.
 * The twin of lock-pointer-global-clean.c that sleeps where the test
 * finds `locked` set, so with the lock held: a finding.
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
			if (locked)
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
 * check-name: a sleep where the lock pointer variable holds a variable's address
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-pointer-global.c:42:33: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-global.c:50:25: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'isolate_block'
testcases/atomic/lock-pointer-global.c:42:33: note: 'isolate_block' calls 'msleep', which may sleep
 * check-output-end
 */
