#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/gfp.h>

/*
 * dma_alloc_contiguous() (Linux 6.1 kernel/dma/contiguous.c:303-313)
 * returns NULL for a gfp that cannot block before it passes its device's
 * CMA area on (`if (dev->cma_area) return cma_alloc_aligned(dev->cma_area,
 * ...)`), whose cma_alloc() takes a mutex once it has an area.  The call
 * is both gfp-guarded and a test of a member passed on (J=K.F): the
 * caller's condition keeps the gfp guard, so GFP_ATOMIC under a lock
 * sleeps nowhere (ARM multi_v7's dma_alloc_coherent(GFP_ATOMIC) seed).
 */
struct cma { int count; };
struct device { struct cma *cma_area; };

static struct mutex cma_mutex;

static int cma_alloc(struct cma *cma, int count)
{
	if (!cma || !cma->count)
		return 0;
	mutex_lock(&cma_mutex);
	mutex_unlock(&cma_mutex);
	return count;
}

static int cma_alloc_aligned(struct cma *cma, int size)
{
	return cma_alloc(cma, size >> 12);
}

int dma_alloc_contiguous(struct device *dev, int size, gfp_t gfp)
{
	if (!gfpflags_allow_blocking(gfp))
		return 0;
	if (dev->cma_area)
		return cma_alloc_aligned(dev->cma_area, size);
	return 0;
}

static spinlock_t lock;

void seed_atomic(struct device *dev)
{
	unsigned long flags;

	spin_lock_irqsave(&lock, flags);
	dma_alloc_contiguous(dev, 4096, GFP_KERNEL);
	spin_unlock_irqrestore(&lock, flags);
}
/*
 * check-name: the same call with GFP_KERNEL under a lock reaches the mutex (twin of guard-member-clean.c)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/guard-member.c:49:9: warning: call to 'dma_alloc_contiguous' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/gfp/guard-member.c:48:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'seed_atomic'
testcases/gfp/guard-member.c:49:9: note: 'seed_atomic' calls 'dma_alloc_contiguous' with GFP flags that allow blocking
testcases/gfp/guard-member.c:38:24: note: 'dma_alloc_contiguous' calls 'cma_alloc_aligned' on a path taken only when its gfp parameter 3 allows blocking
testcases/gfp/guard-member.c:30:16: note: 'cma_alloc_aligned' calls 'cma_alloc'
testcases/gfp/guard-member.c:23:9: note: 'cma_alloc' calls 'mutex_lock' on a path taken only when its argument 1 is non-zero, which may sleep
 * check-output-end
 */
