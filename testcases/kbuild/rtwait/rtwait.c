// SPDX-License-Identifier: GPL-2.0
/*
 * PREEMPT_RT invalid wait contexts (-Wrt-wait-context) on the real
 * headers: each bug_* function takes a spinlock_t or allocates while a
 * raw context is held (a raw_spinlock_t, interrupts or preemption
 * disabled explicitly, a hard hrtimer); each ok_* twin does the same
 * under a spinlock_t (an rt_mutex on RT: spin_lock_irqsave() leaves
 * interrupts on), after the raw section, or in a soft hrtimer.  None of
 * them sleeps on a non-RT kernel.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/hrtimer.h>
#include <linux/preempt.h>
#include <linux/irqflags.h>

struct demo {
	spinlock_t lock;
	spinlock_t other;
	raw_spinlock_t raw;
	struct hrtimer hard, soft;
	void *buf;
};

noinline void bug_raw_irqsave_alloc(struct demo *d)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&d->raw, flags);
	d->buf = kmalloc(64, GFP_ATOMIC);
	raw_spin_unlock_irqrestore(&d->raw, flags);
}

noinline void bug_raw_then_spin(struct demo *d)
{
	raw_spin_lock(&d->raw);
	spin_lock(&d->lock);
	spin_unlock(&d->lock);
	raw_spin_unlock(&d->raw);
}

noinline void bug_irqsave_then_spin(struct demo *d)
{
	unsigned long flags;

	local_irq_save(flags);
	spin_lock(&d->lock);
	spin_unlock(&d->lock);
	local_irq_restore(flags);
}

noinline void bug_preempt_alloc(struct demo *d)
{
	preempt_disable();
	d->buf = kmalloc(64, GFP_ATOMIC);
	preempt_enable();
}

static enum hrtimer_restart bug_hard_fn(struct hrtimer *t)
{
	struct demo *d = container_of(t, struct demo, hard);

	spin_lock(&d->lock);
	spin_unlock(&d->lock);
	return HRTIMER_NORESTART;
}

noinline void ok_spin_irqsave_alloc(struct demo *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	d->buf = kmalloc(64, GFP_ATOMIC);
	spin_unlock_irqrestore(&d->lock, flags);
}

noinline void ok_spin_then_spin(struct demo *d)
{
	spin_lock(&d->lock);
	spin_lock(&d->other);
	spin_unlock(&d->other);
	spin_unlock(&d->lock);
}

noinline void ok_after_raw(struct demo *d)
{
	raw_spin_lock(&d->raw);
	raw_spin_unlock(&d->raw);
	spin_lock(&d->lock);
	d->buf = kmalloc(64, GFP_ATOMIC);
	spin_unlock(&d->lock);
}

static enum hrtimer_restart ok_soft_fn(struct hrtimer *t)
{
	struct demo *d = container_of(t, struct demo, soft);

	spin_lock(&d->lock);
	spin_unlock(&d->lock);
	return HRTIMER_NORESTART;
}

noinline void hard_timer_setup(struct demo *d)
{
	hrtimer_init(&d->hard, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
	d->hard.function = bug_hard_fn;
}

noinline void soft_timer_setup(struct demo *d)
{
	hrtimer_init(&d->soft, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	d->soft.function = ok_soft_fn;
}

static struct demo demo;

static int __init rtwait_init(void)
{
	spin_lock_init(&demo.lock);
	spin_lock_init(&demo.other);
	raw_spin_lock_init(&demo.raw);
	hard_timer_setup(&demo);
	soft_timer_setup(&demo);
	bug_raw_irqsave_alloc(&demo);
	bug_raw_then_spin(&demo);
	bug_irqsave_then_spin(&demo);
	bug_preempt_alloc(&demo);
	ok_spin_irqsave_alloc(&demo);
	ok_spin_then_spin(&demo);
	ok_after_raw(&demo);
	return 0;
}
module_init(rtwait_init);
MODULE_LICENSE("GPL");
