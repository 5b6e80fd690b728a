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

static const struct dev_ops slow_ops = { .alloc = slow_alloc, .sync = slow_sync };
static const struct dev_ops fast_ops = { .sync = fast_sync };

static spinlock_t lock;

void known_user(void)
{
	const struct dev_ops *ops = &fast_ops;

	spin_lock(&lock);
	ops->sync();
	spin_unlock(&lock);
	ops = &slow_ops;
	ops->sync();
}
/*
 * check-name: a pointer known locally to be the object that does not sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
