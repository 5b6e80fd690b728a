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
	p = level1(GFP_NOIO);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a guarded sleep three levels down, reached with GFP_NOIO
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/three-levels.c:34:13: warning: call to 'level1' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/three-levels.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'three_user'
testcases/prune/three-levels.c:34:13: note: 'three_user' calls 'level1' with GFP flags that allow blocking
testcases/prune/three-levels.c:26:16: note: 'level1' calls 'level2' passing on its caller's GFP flags
testcases/prune/three-levels.c:21:16: note: 'level2' calls 'level3' passing on its caller's GFP flags
testcases/prune/three-levels.c:15:17: note: 'level3' calls '__might_sleep' on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
