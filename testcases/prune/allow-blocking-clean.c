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
	if (gfpflags_allow_blocking(gfp))
		return vmalloc(size);
	return pool_get(size);
}

void *allow_blocking_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_ATOMIC);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on gfpflags_allow_blocking(), GFP_ATOMIC under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
