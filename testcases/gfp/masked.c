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
	p = alloc_zeroed(GFP_NOFS);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp | __GFP_ZERO keeps the blocking flags of GFP_NOFS
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/masked.c:16:13: warning: call to 'alloc_zeroed' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/masked.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'masked'
testcases/gfp/masked.c:16:13: note: 'masked' calls 'alloc_zeroed' with GFP flags that allow blocking
testcases/gfp/masked.c:8:16: note: 'alloc_zeroed' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
