#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/preempt.h>

static raw_spinlock_t rl;
static spinlock_t sl;

void *raw_irqsave_alloc(void)
{
	unsigned long flags;
	void *p;

	raw_spin_lock_irqsave(&rl, flags);
	p = kmalloc(8, GFP_ATOMIC);
	raw_spin_unlock_irqrestore(&rl, flags);
	return p;
}

void raw_then_spin(void)
{
	raw_spin_lock(&rl);
	spin_lock(&sl);
	spin_unlock(&sl);
	raw_spin_unlock(&rl);
}

void *preempt_alloc(void)
{
	void *p;

	preempt_disable();
	p = kmalloc(8, GFP_ATOMIC);
	preempt_enable();
	return p;
}
/*
 * check-name: PREEMPT_RT cases are not reported without -Wrt-wait-context
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
