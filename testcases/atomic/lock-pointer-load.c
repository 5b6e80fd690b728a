#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

/*
 * isolate_migratepages_block() in mm/compaction.c:1055-1091 as the
 * kernel writes it: the lruvec comes from an inline function that reads
 * it from memory (folio_lruvec(): &NODE_DATA(nid)->__lruvec), the lock
 * is taken by a helper of the file, __acquires(lock), that returns with it
 * and IRQs off (compact_lock_irqsave()), the assertion in an inline function
 * (del_page_from_lru_list()) behind a branch on a constant that calls a
 * function that does not return (compiletime_assert()).  As in
 * lock-pointer-cmp-clean.c; its buggy twin: a sleep past the assertion,
 * with the lock held.
 */
struct lruvec {
	int nr;
	spinlock_t lru_lock;
};
struct pgdat {
	struct lruvec __lruvec;
};
extern struct pgdat *node_data[];
int page_nid(int i);
int isolate(int i);
void __compiletime_fail(void) __attribute__((__noreturn__));

static inline struct lruvec *page_lruvec(int i)
{
	return &node_data[page_nid(i)]->__lruvec;
}

static inline void del_page(struct lruvec *lruvec)
{
	if (!(sizeof(lruvec->nr) == 4))
		__compiletime_fail();
	lockdep_assert_held(&lruvec->lru_lock);
	lruvec->nr--;
}

static int lock_irqsave(spinlock_t *lock, unsigned long *flags)
	__acquires(lock)
{
	spin_lock_irqsave(lock, *flags);
	return 1;
}

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
			lock_irqsave(&lruvec->lru_lock, &flags);
			locked = lruvec;
		}
		del_page(lruvec);
		nr++;
		msleep(1);
	}
	if (locked)
		spin_unlock_irqrestore(&locked->lru_lock, flags);
	return nr;
}
/*
 * check-name: a sleep with the lock of a pointer read from memory held, taken by an annotated helper (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-pointer-load.c:74:17: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-load.c:69:25: note: atomic context begins here, at 'lock_irqsave' in 'isolate_block'
testcases/atomic/lock-pointer-load.c:74:17: note: 'isolate_block' calls 'msleep', which may sleep
 * check-output-end
 */
