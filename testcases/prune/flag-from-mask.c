#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

static spinlock_t lock;
extern int want_big;

/* a flag assigned a gfp test on one path only, then tested */
static void *alloc_buf(size_t size, gfp_t gfp, int big)
{
	bool blocks = false;

	if (big)
		blocks = gfp & __GFP_DIRECT_RECLAIM;
	if (blocks)
		return vmalloc(size);
	return NULL;
}

void *flag_from_mask_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_KERNEL, want_big);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a flag assigned `gfp & __GFP_DIRECT_RECLAIM` on one path, GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/flag-from-mask.c:25:13: warning: call to 'alloc_buf' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/flag-from-mask.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'flag_from_mask_user'
testcases/prune/flag-from-mask.c:25:13: note: 'flag_from_mask_user' calls 'alloc_buf' with GFP flags that allow blocking
testcases/prune/flag-from-mask.c:16:24: note: 'alloc_buf' calls 'vmalloc' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
