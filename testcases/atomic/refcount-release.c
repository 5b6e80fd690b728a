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
	spin_lock(&lock);
	if (atomic_dec_and_test(&o->ref))
		obj_release(o);
	spin_unlock(&lock);
}
/*
 * check-name: the release after atomic_dec_and_test() (asm goto) is checked: a mutex under a spinlock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/refcount-release.c:18:17: warning: call to 'obj_release' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/refcount-release.c:16:9: note: atomic context begins here, at '_raw_spin_lock' in 'obj_put'
testcases/atomic/refcount-release.c:18:17: note: 'obj_put' calls 'obj_release'
testcases/atomic/refcount-release.c:10:9: note: 'obj_release' calls 'mutex_lock', which may sleep
 * check-output-end
 */
