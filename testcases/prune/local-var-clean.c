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
	bool allowblock = gfpflags_allow_blocking(gfp);
	void *p = NULL;

	if (!allowblock)
		p = pool_get(size);
	if (allowblock)
		p = vmalloc(size);
	return p;
}

void *local_var_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_ATOMIC);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on a local variable assigned from gfpflags_allow_blocking(), GFP_ATOMIC under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
