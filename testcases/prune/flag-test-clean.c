#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/sched.h>

static spinlock_t lock;
static void *pool_get(size_t size)
{
	return NULL;
}
static void *alloc_buf(size_t size, gfp_t gfp)
{
	if (!(gfp & __GFP_DIRECT_RECLAIM))
		return pool_get(size);
	return vmalloc(size);
}

void *flag_test_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_ATOMIC);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on gfp & __GFP_DIRECT_RECLAIM, GFP_ATOMIC under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
