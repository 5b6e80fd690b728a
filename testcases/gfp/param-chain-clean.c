#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

static void *level2(size_t n, gfp_t gfp)
{
	return kmalloc(n, gfp);
}

static void *level1(gfp_t flags)
{
	return level2(32, flags);
}

void *param_chain(void)
{
	void *p, *q;

	spin_lock(&lock);
	p = level1(GFP_ATOMIC);
	spin_unlock(&lock);
	q = level1(GFP_KERNEL);
	kfree(q);
	return p;
}
/*
 * check-name: gfp passed through two levels: GFP_ATOMIC under the lock, GFP_KERNEL outside
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
