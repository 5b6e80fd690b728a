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
	p = alloc_buf(8192, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: branch on gfp & __GFP_DIRECT_RECLAIM, GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/flag-test.c:23:13: warning: call to 'alloc_buf' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/flag-test.c:22:9: note: atomic context begins here, at '_raw_spin_lock' in 'flag_test_user'
testcases/prune/flag-test.c:23:13: note: 'flag_test_user' calls 'alloc_buf' with GFP flags that allow blocking
testcases/prune/flag-test.c:15:16: note: 'alloc_buf' calls 'vmalloc' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
