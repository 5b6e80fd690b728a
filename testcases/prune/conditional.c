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
	return gfpflags_allow_blocking(gfp) ? vmalloc(size) : pool_get(size);
}

void *conditional_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on ?: on gfpflags_allow_blocking(), GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/conditional.c:21:13: warning: call to 'alloc_buf' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/conditional.c:20:9: note: atomic context begins here, at '_raw_spin_lock' in 'conditional_user'
testcases/prune/conditional.c:21:13: note: 'conditional_user' calls 'alloc_buf' with GFP flags that allow blocking
testcases/prune/conditional.c:13:47: note: 'alloc_buf' calls 'vmalloc' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
