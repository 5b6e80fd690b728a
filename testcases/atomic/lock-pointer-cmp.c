#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/*
 * Buggy twin of lock-pointer-cmp-clean.c: the sleep is past the
 * assertion, where lruvec's lock is held (taken here, or asserted).
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
		msleep(1);
		nr++;
	}
	if (locked)
		spin_unlock_irqrestore(&locked->lru_lock, flags);
	return nr;
}
/*
 * check-name: a pointer compared with the variable holding the locked one, a sleep past its assertion
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-pointer-cmp.c:42:17: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-cmp.c:37:25: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'isolate_block'
testcases/atomic/lock-pointer-cmp.c:42:17: note: 'isolate_block' calls 'msleep', which may sleep
 * check-output-end
 */
