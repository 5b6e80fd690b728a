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
	dma_alloc_contiguous(dev, 4096, GFP_ATOMIC);
	spin_unlock_irqrestore(&lock, flags);
}
/*
 * check-name: a call both gfp-guarded and a test of a member passed on keeps the gfp guard: GFP_ATOMIC under a lock does not reach the mutex
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
