#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

static void *alloc_zeroed(gfp_t gfp)
{
	return kmalloc(16, gfp | __GFP_ZERO);
}

void *masked(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_zeroed(GFP_NOWAIT);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp | __GFP_ZERO with GFP_NOWAIT does not block
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
