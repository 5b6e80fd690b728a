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
	might_sleep_if(gfpflags_allow_blocking(gfp));
	return pool_get(size);
}

void *might_sleep_if_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on might_sleep_if(gfpflags_allow_blocking()), GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/might-sleep-if.c:22:13: warning: call to 'alloc_buf' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/might-sleep-if.c:21:9: note: atomic context begins here, at '_raw_spin_lock' in 'might_sleep_if_user'
testcases/prune/might-sleep-if.c:22:13: note: 'might_sleep_if_user' calls 'alloc_buf' with GFP flags that allow blocking
testcases/prune/might-sleep-if.c:13:9: note: 'alloc_buf' calls '__might_sleep' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
