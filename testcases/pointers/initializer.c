#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/sched.h>

struct dev_ops {
	void *(*alloc)(size_t size, gfp_t gfp);
	void (*sync)(void);
};

static void *slow_alloc(size_t size, gfp_t gfp)
{
	return kmalloc(size, gfp);
}

static void slow_sync(void)
{
	msleep(1);
}

static void fast_sync(void)
{
}

static const struct dev_ops slow_ops = {
	.alloc = slow_alloc,
	.sync = slow_sync,
};

static spinlock_t lock;

void *ops_user(const struct dev_ops *ops)
{
	void *p;

	spin_lock(&lock);
	p = ops->alloc(64, GFP_KERNEL);
	ops->sync();
	spin_unlock(&lock);
	return p;
}

/* a static object is given only by code that can name it (fnparam.c) */
void *ops_run(void)
{
	return ops_user(&slow_ops);
}
/*
 * check-name: calls through struct fields reach the functions of a static initializer
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/initializer.c:17:9: warning: call to 'msleep' may sleep in atomic context, in 'slow_sync' [-Wsleep-in-atomic]
testcases/pointers/initializer.c:37:9: note: 'slow_sync' runs in atomic context: 'ops_user' calls through 'struct dev_ops'.sync here with spinlock held
testcases/pointers/initializer.c:35:9: note: atomic context begins here, at '_raw_spin_lock' in 'ops_user'
testcases/pointers/initializer.c:26:17: note: 'slow_sync' is bound to 'struct dev_ops.sync' here, in the initializer of 'slow_ops'
testcases/pointers/initializer.c:17:9: note: 'slow_sync' calls 'msleep', which may sleep
testcases/pointers/initializer.c:36:13: warning: call to 'struct dev_ops'.alloc may sleep with spinlock held [-Wsleep-in-atomic]
testcases/pointers/initializer.c:35:9: note: atomic context begins here, at '_raw_spin_lock' in 'ops_user'
testcases/pointers/initializer.c:36:13: note: 'ops_user' calls 'slow_alloc' via 'struct dev_ops'.alloc = slow_alloc at testcases/pointers/initializer.c:25:18 with GFP flags that allow blocking
testcases/pointers/initializer.c:12:16: note: 'slow_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
