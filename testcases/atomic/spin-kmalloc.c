#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

void *spin_kmalloc(void)
{
	void *p;

	spin_lock(&lock);
	p = kmalloc(64, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: kmalloc(GFP_KERNEL) under spin_lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/spin-kmalloc.c:11:13: warning: call to 'kmalloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/spin-kmalloc.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'spin_kmalloc'
testcases/atomic/spin-kmalloc.c:11:13: note: 'spin_kmalloc' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
