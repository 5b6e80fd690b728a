#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/sched.h>

static spinlock_t lock;
static void *pool_get(size_t size)
{
	return NULL;
}

static void *level3(size_t size, gfp_t gfp)
{
	if (gfpflags_allow_blocking(gfp))
		might_sleep();
	return pool_get(size);
}

static void *level2(size_t size, gfp_t gfp)
{
	return level3(size * 2, gfp);
}

static void *level1(gfp_t gfp)
{
	return level2(64, gfp | __GFP_ZERO);
}

void *three_user(void)
{
	void *p;

	spin_lock(&lock);
	p = level1(GFP_NOWAIT);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a guarded sleep three levels down, not reached with GFP_NOWAIT
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
