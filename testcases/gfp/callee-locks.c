#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

static void *alloc_locked(gfp_t gfp)
{
	void *p;

	spin_lock(&lock);
	p = kmalloc(16, gfp);
	spin_unlock(&lock);
	return p;
}

static void *via(gfp_t gfp)
{
	return alloc_locked(gfp);
}

void *callee_locks(void)
{
	return via(GFP_KERNEL);
}
/*
 * check-name: the callee takes the lock, a caller two levels up passes GFP_KERNEL
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/callee-locks.c:11:13: warning: call to 'kmalloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/callee-locks.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'alloc_locked'
testcases/gfp/callee-locks.c:23:16: note: 'callee_locks' passes GFP flags that allow blocking to 'via' (argument 1)
testcases/gfp/callee-locks.c:11:13: note: 'alloc_locked' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
