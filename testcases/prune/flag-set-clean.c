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

void *flag_set_clean_user(void)
{
	void *p;

	spin_lock(&lock);
	p = alloc_buf(8192, GFP_ATOMIC, want_big);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a flag set only where gfp allows blocking, then tested; GFP_ATOMIC under a lock: the flag is never set
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
