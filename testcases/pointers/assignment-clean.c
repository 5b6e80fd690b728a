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

static spinlock_t lock;

void setup(struct dev_ops *ops)
{
	ops->sync = fast_sync;
}

void assigned_user(struct dev_ops *ops)
{
	spin_lock(&lock);
	ops->sync();
	spin_unlock(&lock);
}
/*
 * check-name: only the function assigned to the field is a target
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
