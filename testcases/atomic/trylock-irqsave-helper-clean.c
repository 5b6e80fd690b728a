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
	spin_unlock_irqrestore(&z->lock, flags);
	msleep(1);
}
/*
 * check-name: a sleep after the section a same-file spin_trylock_irqsave() helper returns holding ends
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
