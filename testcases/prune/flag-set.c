#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

static spinlock_t lock;
extern int want_big;
static void *pool_get(size_t size)
{
	return NULL;
}
static void *alloc_buf(size_t size, gfp_t gfp, int big)
{
	bool remap = false;
	void *p = NULL;

	if (big && gfpflags_allow_blocking(gfp)) {
		remap = true;
		pool_get(0);
	}
	if (remap)
		p = vmalloc(size);
	else
		p = pool_get(size);
	return p;
}

void *flag_set_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_KERNEL, want_big);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a flag set only where gfp allows blocking, then tested; GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/flag-set.c:32:13: warning: call to 'alloc_buf' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/flag-set.c:31:9: note: atomic context begins here, at '_raw_spin_lock' in 'flag_set_user'
testcases/prune/flag-set.c:32:13: note: 'flag_set_user' calls 'alloc_buf' with GFP flags that allow blocking
testcases/prune/flag-set.c:21:21: note: 'alloc_buf' calls 'vmalloc' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
