#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/local_lock.h>

static raw_spinlock_t rl;
static spinlock_t sl;

/* on PREEMPT_RT spin_lock_irqsave() of a spinlock_t takes an rt_mutex and
 * leaves interrupts on: GFP_ATOMIC allocation under it is fine there */
void *spin_irqsave_alloc(void)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&sl, flags);
	p = kmalloc(8, GFP_ATOMIC);
	spin_unlock_irqrestore(&sl, flags);
	return p;
}

/* spinlock_t inside spinlock_t: nested rt_mutexes */
void spin_then_spin(spinlock_t *other)
{
	spin_lock(&sl);
	spin_lock(other);
	spin_unlock(other);
	spin_unlock(&sl);
}

/* the allocation and the spinlock_t come after the raw section */
void *raw_then_alloc(void)
{
	void *p;

	raw_spin_lock(&rl);
	raw_spin_unlock(&rl);
	p = kmalloc(8, GFP_ATOMIC);
	spin_lock(&sl);
	spin_unlock(&sl);
	return p;
}

/* raw inside raw */
void raw_irq_then_raw(raw_spinlock_t *other)
{
	raw_spin_lock_irq(&rl);
	raw_spin_lock(other);
	raw_spin_unlock(other);
	raw_spin_unlock_irq(&rl);
}

/* under a spinlock_t taken by an inline wrapper: not raw */
struct task { spinlock_t alloc_lock; };
static inline void task_lock(struct task *p)
{
	spin_lock(&p->alloc_lock);
}
static inline void task_unlock(struct task *p)
{
	spin_unlock(&p->alloc_lock);
}

void *task_lock_alloc(struct task *p)
{
	void *q;

	task_lock(p);
	q = kmalloc(8, GFP_ATOMIC);
	task_unlock(p);
	return q;
}

/* two inlines at one place, the spinlock_t's second (mm/page_alloc.c
 * pcp_spin_lock_maybe_irqsave() on SMP) */
static inline void flags_noop(unsigned long *flags)
{
	(void)flags;
}
#define lock_maybe_irqsave(l, flags) \
({ \
	flags_noop(&(flags)); \
	spin_lock(l); \
})

void *maybe_irqsave_alloc(void)
{
	unsigned long flags;
	void *p;

	lock_maybe_irqsave(&sl, flags);
	p = kmalloc(8, GFP_ATOMIC);
	spin_unlock(&sl);
	return p;
}

/* local_lock_t: preemption is not disabled on RT, the allocation may
 * sleep under it there */
static local_lock_t ll;

void *local_lock_alloc(void)
{
	unsigned long flags;
	void *p;

	local_lock(&ll);
	p = kmalloc(8, GFP_ATOMIC);
	local_unlock(&ll);
	local_lock_irqsave(&ll, flags);
	kfree(p);
	p = kmalloc(8, GFP_ATOMIC);
	local_unlock_irqrestore(&ll, flags);
	return p;
}
/*
 * check-name: PREEMPT_RT valid wait contexts
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report -Wrt-wait-context
 *
 */
