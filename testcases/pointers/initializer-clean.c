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
	.sync = fast_sync,
};

static spinlock_t lock;

void *ops_user(const struct dev_ops *ops)
{
	void *p;

	spin_lock(&lock);
	p = ops->alloc(64, GFP_ATOMIC);
	ops->sync();
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: through struct fields: GFP_ATOMIC and a sync that does not sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
