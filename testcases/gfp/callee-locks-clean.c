#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

static void *alloc_locked(gfp_t gfp)
{
	void *p;

	spin_lock(&lock);
	p = kmalloc(16, gfp);
	spin_unlock(&lock);
	return p;
}

static void *via(gfp_t gfp)
{
	return alloc_locked(gfp);
}

void *callee_locks(void)
{
	return via(GFP_ATOMIC);
}
/*
 * check-name: the callee takes the lock, every caller passes GFP_ATOMIC
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
