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
	[3] = { .alloc = slow_alloc, .sync = slow_sync },
};

static spinlock_t lock;

void table_user(int i)
{
	spin_lock(&lock);
	table[i].sync();
	spin_unlock(&lock);
}
/*
 * check-name: an array of ops structs binds each element
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/array.c:17:9: warning: call to 'msleep' may sleep in atomic context, in 'slow_sync' [-Wsleep-in-atomic]
testcases/pointers/array.c:34:9: note: 'slow_sync' runs in atomic context: 'table_user' calls through 'struct dev_ops'.sync here with spinlock held
testcases/pointers/array.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'table_user'
testcases/pointers/array.c:26:46: note: 'slow_sync' is bound to 'struct dev_ops.sync' here, in the initializer of 'table'
testcases/pointers/array.c:17:9: note: 'slow_sync' calls 'msleep', which may sleep
 * check-output-end
 */
