#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include "dmapool.h"

/* the pool is used where dma_alloc_coherent() could not be: IRQs off */
static spinlock_t dev_lock;

void *pool_user_irqs_off(struct dma_pool_atomic *pool, dma_addr_t *handle)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&dev_lock, flags);
	p = pool_alloc(pool, 8192, handle);
	spin_unlock_irqrestore(&dev_lock, flags);
	return p;
}

void pool_user_free_irqs_off(struct dma_pool_atomic *pool, void *p)
{
	unsigned long flags;
	struct pool_stats st;

	local_irq_save(flags);
	pool_free(pool, p);
	pool_get_stats(pool, &st);
	local_irq_restore(flags);
}
/*
 * check-name: a seeded GFP_KERNEL allocation on the pool's alloc path is reported
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -DPOOL_KERNEL -DPOOL_SEEDED_BUG -Itestcases/include -Iallocator allocator/dmapool.c $file && sleepcheck report
 *
 * check-output-start
allocator/dmapool.c:144:9: warning: call to '__kmalloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
allocator/dmapool.c:143:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'pool_alloc'
allocator/dmapool.c:144:9: note: 'pool_alloc' calls '__kmalloc' with GFP flags that allow blocking, which may sleep
testcases/allocator/pool-kernel-seeded.c:14:13: warning: call to 'pool_alloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/allocator/pool-kernel-seeded.c:13:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'pool_user_irqs_off'
testcases/allocator/pool-kernel-seeded.c:14:13: note: 'pool_user_irqs_off' calls 'pool_alloc'
allocator/dmapool.c:144:9: note: 'pool_alloc' calls '__kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
