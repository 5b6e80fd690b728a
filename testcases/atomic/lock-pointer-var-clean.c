#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like isolate_migratepages_block() in mm/compaction.c:862-1063: the
 * lock held is kept as a pointer to the object it is in (`locked`),
 * NULL when none is; `if (locked) { unlock(locked); locked = NULL; }`
 * drops it, in a loop.  The variable's value at each test is the one
 * its last assignment gave it, and `locked = lruvec` comes right after
 * the lock in *lruvec was taken (lruvec is not NULL), so where the
 * test finds NULL no lock is held and the sleep after it is clean.
 */
struct lruvec {
	int nr;
	spinlock_t lru_lock;
};

struct lruvec *page_lruvec(int i);
int isolate(struct lruvec *l, int i);

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
		if (lruvec != locked) {
			if (locked)
				spin_unlock_irqrestore(&locked->lru_lock, flags);
			spin_lock_irqsave(&lruvec->lru_lock, flags);
			locked = lruvec;
		}
		if (!isolate(lruvec, i))
			break;
		nr++;
	}
	if (locked)
		spin_unlock_irqrestore(&locked->lru_lock, flags);
	return nr;
}
/*
 * check-name: a variable holding the locked object's pointer says where the lock is held
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
