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

void unresolved_user(void (*cb)(void), struct dev_ops *ops)
{
	spin_lock(&lock);
	cb();
	ops->sync();
	spin_unlock(&lock);
}
/*
 * check-name: calls through pointers nothing is bound to are counted and listed, not guessed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --list-unresolved
 *
 * check-output-start
testcases/pointers/unresolved.c:29:9: note: 'unresolved_user' calls through a function pointer that is not a struct field
testcases/pointers/unresolved.c:30:9: note: 'unresolved_user' calls through 'struct dev_ops'.sync, to which no function is bound
 * check-output-end
 */
