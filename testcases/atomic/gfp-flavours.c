#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

void gfp_flavours(void)
{
	unsigned long flags;

	spin_lock_irqsave(&lock, flags);
	kfree(kmalloc(8, GFP_NOIO));
	kfree(kmalloc(8, GFP_NOFS));
	kfree(kmalloc(8, GFP_USER));
	kfree(kzalloc(8, GFP_KERNEL | __GFP_NOWARN));
	kfree(kmalloc(8, GFP_ATOMIC | __GFP_NOWARN));
	kfree(kmalloc(8, GFP_NOWAIT));
	spin_unlock_irqrestore(&lock, flags);
}
/*
 * check-name: GFP_NOIO, GFP_NOFS, GFP_USER block; GFP_ATOMIC, GFP_NOWAIT do not
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/gfp-flavours.c:11:15: warning: call to 'kmalloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/gfp-flavours.c:10:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'gfp_flavours'
testcases/atomic/gfp-flavours.c:11:15: note: 'gfp_flavours' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
testcases/atomic/gfp-flavours.c:12:15: warning: call to 'kmalloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/gfp-flavours.c:10:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'gfp_flavours'
testcases/atomic/gfp-flavours.c:12:15: note: 'gfp_flavours' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
testcases/atomic/gfp-flavours.c:13:15: warning: call to 'kmalloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/gfp-flavours.c:10:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'gfp_flavours'
testcases/atomic/gfp-flavours.c:13:15: note: 'gfp_flavours' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
testcases/atomic/gfp-flavours.c:14:15: warning: call to 'kzalloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/gfp-flavours.c:10:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'gfp_flavours'
testcases/atomic/gfp-flavours.c:14:15: note: 'gfp_flavours' calls '__kmalloc' through inline 'kzalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
