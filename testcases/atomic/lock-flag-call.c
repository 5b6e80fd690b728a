#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The twin of lock-flag-call-clean.c, with a bug: the flag is cleared
 * where the lock is still held, so unlock_should_abort() finds it clear
 * and sleeps with the lock taken.
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
			if (i & 1) {
				locked = false;
				continue;
			}
		}
		got++;
	}
	if (locked)
		spin_unlock_irqrestore(&zone_lock, flags);
	return got;
}
/*
 * check-name: a flag in memory cleared with its lock still held, given to a callee that drops the lock only where it is set
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-flag-call.c:39:34: warning: call to 'unlock_should_abort' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/lock-flag-call.c:42:34: note: atomic context begins here, at 'lock_irqsave' in 'isolate_block'
testcases/atomic/lock-flag-call.c:39:34: note: 'isolate_block' calls 'unlock_should_abort'
testcases/atomic/lock-flag-call.c:21:9: note: 'unlock_should_abort' calls 'schedule' on a path taken only when its argument 3 points to zero, which may sleep
 * check-output-end
 */
