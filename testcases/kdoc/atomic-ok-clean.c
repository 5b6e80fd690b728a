/*
 * The twin: free_percpu() under a spinlock keeps its kernel-doc
 * contract "Context: Can be called from atomic context."
 */
#include <linux/spinlock.h>

static spinlock_t pcpu_lock;
static void *pcpu_last;

void free_percpu(void *ptr)
{
	unsigned long flags;

	spin_lock_irqsave(&pcpu_lock, flags);
	pcpu_last = ptr;
	spin_unlock_irqrestore(&pcpu_lock, flags);
}
/*
 * check-name: kernel-doc: the twin: an implementation under a spinlock keeps "Context: Can be called from atomic context"
 * check-exit-value: 0
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
