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

void known_user(int slow)
{
	const struct dev_ops *ops = slow ? &slow_ops : &fast_ops;

	spin_lock(&lock);
	ops->sync();
	spin_unlock(&lock);
}
/*
 * check-name: a pointer known locally to be one of two objects reaches both
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/known-object.c:17:9: warning: call to 'msleep' may sleep in atomic context, in 'slow_sync' [-Wsleep-in-atomic]
testcases/pointers/known-object.c:34:9: note: 'slow_sync' runs in atomic context: 'known_user' calls through 'struct dev_ops'.sync here with spinlock held
testcases/pointers/known-object.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'known_user'
testcases/pointers/known-object.c:24:71: note: 'slow_sync' is bound to 'struct dev_ops.sync' here, in the initializer of 'slow_ops'
testcases/pointers/known-object.c:17:9: note: 'slow_sync' calls 'msleep', which may sleep
 * check-output-end
 */
