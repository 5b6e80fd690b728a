#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * mm/compaction.c (6.1) isolate_freepages_block(), 541-640: `bool
 * locked` says whether the zone's lock is held, and its address goes to
 * compact_unlock_should_abort() (518-538), which drops the lock where
 * `*locked` is set, clears it, and sleeps in cond_resched() either way;
 * compact_lock_irqsave() (490-509) returns true on every path.  The
 * variable lives in memory (its address is taken), and a call may write
 * it: each call given it is a definition of a value not known, and the
 * call runs with the states of each of its values, one fact each
 * (`J*=#0`, `J*=!0`), which the callee's two facts split on: clean.
 * Before, the lock count ran to 15 round the loop.  The callee's
 * unlock is a statement macro, as in the kernel: libclang's branch on
 * `*locked` goes to an empty block before it, which the split on a
 * value tested once has to pass through (analyze.c
 * branch_locks_past()), as sparse's branch goes to the unlock's block.
 */
static spinlock_t zone_lock;

static bool unlock_should_abort(spinlock_t *lock, unsigned long flags, bool *locked)
{
	if (*locked) {
		/* a statement macro, as the kernel's spin_unlock_irqrestore()
		 * is: libclang's branch goes to an empty block first */
		do {
			spin_unlock_irqrestore(lock, flags);
		} while (0);
		*locked = false;
	}
	schedule();
	return false;
}

static bool lock_irqsave(spinlock_t *lock, unsigned long *flags)
	__acquires(lock)
{
	spin_lock_irqsave(lock, *flags);
	return true;
}

int isolate_block(int n)
{
	unsigned long flags = 0;
	bool locked = false;
	int i, got = 0;

	for (i = 0; i < n; i++) {
		if (!(i % 32) && unlock_should_abort(&zone_lock, flags, &locked))
			break;
		if (!locked) {
			locked = lock_irqsave(&zone_lock, &flags);
			if (i & 1)
				continue;
		}
		got++;
	}
	if (locked)
		spin_unlock_irqrestore(&zone_lock, flags);
	return got;
}
/*
 * check-name: a flag in memory says the lock is held, and the callee given its address drops the lock where it is set before it sleeps: clean
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
