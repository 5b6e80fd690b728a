#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

void *spin_kmalloc(void)
{
	void *p, *q;

	spin_lock(&lock);
	p = kmalloc(64, GFP_ATOMIC);
	q = kzalloc(64, GFP_NOWAIT);
	spin_unlock(&lock);
	kfree(q);
	return p;
}
/*
 * check-name: kmalloc(GFP_ATOMIC) under spin_lock is clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
