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
	ops->sync = slow_sync;
}

void assigned_user(struct dev_ops *ops)
{
	spin_lock(&lock);
	ops->sync();
	spin_unlock(&lock);
}
/*
 * check-name: a function assigned to a field at run time is a target too
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/assignment.c:17:9: warning: call to 'msleep' may sleep in atomic context, in 'slow_sync' [-Wsleep-in-atomic]
testcases/pointers/assignment.c:34:9: note: 'slow_sync' runs in atomic context: 'assigned_user' calls through 'struct dev_ops'.sync here with spinlock held
testcases/pointers/assignment.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'assigned_user'
testcases/pointers/assignment.c:28:19: note: 'slow_sync' is bound to 'struct dev_ops.sync' here
testcases/pointers/assignment.c:17:9: note: 'slow_sync' calls 'msleep', which may sleep
 * check-output-end
 */
