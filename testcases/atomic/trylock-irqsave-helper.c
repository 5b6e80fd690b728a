#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * compact_lock_irqsave() in mm/compaction.c:489-504: a helper of the
 * file that tries spin_trylock_irqsave() and else takes the lock, and
 * returns holding it with interrupts off on every path.  What it returns
 * holding counts in its caller in both front ends: sparse folds the
 * trylock's `? 1 : ({ local_irq_restore(flags); 0; })` into the if, and
 * the libclang lowering now branches on the trylock itself.
 */
struct zone {
	spinlock_t lock;
	int contended;
};

static int lock_zone(struct zone *z, unsigned long *flags)
{
	if (!z->contended) {
		if (spin_trylock_irqsave(&z->lock, *flags))
			return 1;
		z->contended = 1;
	}
	spin_lock_irqsave(&z->lock, *flags);
	return 1;
}

void scan_zone(struct zone *z)
{
	unsigned long flags;

	lock_zone(z, &flags);
	msleep(1);
	spin_unlock_irqrestore(&z->lock, flags);
}
/*
 * check-name: a sleep in the section a same-file spin_trylock_irqsave() helper returns holding
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/trylock-irqsave-helper.c:34:9: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/trylock-irqsave-helper.c:33:9: note: atomic context begins here, at 'lock_zone' in 'scan_zone'
testcases/atomic/trylock-irqsave-helper.c:34:9: note: 'scan_zone' calls 'msleep', which may sleep
 * check-output-end
 */
