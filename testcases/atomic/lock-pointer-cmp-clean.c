#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/*
 * Like isolate_migratepages_block() in mm/compaction.c:1058-1091, with
 * what lock-pointer-var-clean.c has and the assertion that
 * del_page_from_lru_list() makes after `if (lruvec != locked)`: on
 * every path past its equal edge lruvec's lock is asserted held, so
 * lruvec is not NULL there, and where `locked` is NULL the two are not
 * equal.  No path reaches the assertion without the lock (which would
 * make the function's own context atomic from there), and the sleep
 * where the test finds `locked` NULL is clean.
 */
struct lruvec {
	int nr;
	spinlock_t lru_lock;
};

struct lruvec *page_lruvec(int i);
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
 * check-name: a pointer compared with the variable holding the locked one is not NULL past its assertion
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
