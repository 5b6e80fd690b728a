#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/mutex.h>

struct obj { atomic_t ref; struct mutex m; };
static spinlock_t lock;

static void obj_release(struct obj *o)
{
	mutex_lock(&o->m);
	mutex_unlock(&o->m);
}

void obj_put(struct obj *o)
{
	bool last;

	spin_lock(&lock);
	last = atomic_dec_and_test(&o->ref);
	spin_unlock(&lock);
	if (last)
		obj_release(o);
}
/*
 * check-name: the release after atomic_dec_and_test(), outside the lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
