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
	p = alloc_buf(8192, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on gfpflags_allow_blocking(), GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/allow-blocking.c:23:13: warning: call to 'alloc_buf' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/allow-blocking.c:22:9: note: atomic context begins here, at '_raw_spin_lock' in 'allow_blocking_user'
testcases/prune/allow-blocking.c:23:13: note: 'allow_blocking_user' calls 'alloc_buf' with GFP flags that allow blocking
testcases/prune/allow-blocking.c:14:24: note: 'alloc_buf' calls 'vmalloc' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
