#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

static void *level2(size_t n, gfp_t gfp)
{
	return kmalloc(n, gfp);
}

static void *level1(gfp_t flags)
{
	return level2(32, flags);
}

void *param_chain(void)
{
	void *p;

	spin_lock(&lock);
	p = level1(GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp passed through two levels: GFP_KERNEL under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/param-chain.c:21:13: warning: call to 'level1' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/param-chain.c:20:9: note: atomic context begins here, at '_raw_spin_lock' in 'param_chain'
testcases/gfp/param-chain.c:21:13: note: 'param_chain' calls 'level1' with GFP flags that allow blocking
testcases/gfp/param-chain.c:13:16: note: 'level1' calls 'level2' passing on its caller's GFP flags
testcases/gfp/param-chain.c:8:16: note: 'level2' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
