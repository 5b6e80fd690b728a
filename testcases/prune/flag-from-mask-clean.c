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

void *flag_from_mask_clean_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_ATOMIC, want_big);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a flag assigned `gfp & __GFP_DIRECT_RECLAIM` on one path, GFP_ATOMIC under a lock: never set
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
