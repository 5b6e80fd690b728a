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

static const struct dev_ops table[] = {
	{ .sync = fast_sync },
	[3] = { .alloc = slow_alloc, .sync = fast_sync },
};

static spinlock_t lock;

void table_user(int i)
{
	spin_lock(&lock);
	table[i].sync();
	spin_unlock(&lock);
}
/*
 * check-name: an array of ops structs whose syncs do not sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
