#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Buggy twin of lock-pointer-var-clean.c: the sleep is not under the
 * test that drops the lock (`if (!(i % 32))`), so where the loop comes
 * round with `locked` set the lock in *locked is still held there.
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
		}
		msleep(1);
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
 * check-name: a variable holding the locked object's pointer, tested apart from the sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-pointer-var.c:30:17: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-var.c:35:25: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'isolate_block'
testcases/atomic/lock-pointer-var.c:30:17: note: 'isolate_block' calls 'msleep', which may sleep
 * check-output-end
 */
