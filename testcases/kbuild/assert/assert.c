// SPDX-License-Identifier: GPL-2.0
/*
 * Assertions of atomic context (rules/kernel-assert.rules) on the real
 * headers: each bug_* function asserts atomic context and then sleeps;
 * each ok_* twin asserts something that is not atomic, or nothing, or
 * drops the lock first, or sleeps only where a warning fires.  Nothing in the module calls them with a lock
 * held: the assertion is the only atomic context there is.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/lockdep.h>
#include <linux/slab.h>
#include <linux/delay.h>
#include <linux/bug.h>

struct demo {
	spinlock_t lock;
	raw_spinlock_t raw;
	rwlock_t rw;
	struct mutex mutex;
	void *buf;
};

noinline void bug_held(struct demo *d)
{
	lockdep_assert_held(&d->lock);
	d->buf = kmalloc(64, GFP_KERNEL);
}

noinline void bug_held_raw(struct demo *d)
{
	lockdep_assert_held(&d->raw);
	msleep(1);
}

noinline void bug_held_write(struct demo *d)
{
	lockdep_assert_held_write(&d->rw);
	msleep(1);
}

noinline void bug_irqs_disabled(struct demo *d)
{
	lockdep_assert_irqs_disabled();
	d->buf = kmalloc(64, GFP_KERNEL);
}

noinline void bug_warn_irqs(struct demo *d)
{
	WARN_ON_ONCE(!irqs_disabled());
	msleep(1);
}

/* the warning's path returns; the sleep is on the normal one */
noinline void bug_warn_irqs_path(struct demo *d)
{
	if (WARN_ON_ONCE(!irqs_disabled()))
		return;
	msleep(1);
}

noinline void bug_preempt(struct demo *d)
{
	lockdep_assert_preemption_disabled();
	msleep(1);
}

noinline void ok_held_mutex(struct demo *d)
{
	lockdep_assert_held(&d->mutex);
	d->buf = kmalloc(64, GFP_KERNEL);
}

noinline void ok_held_atomic(struct demo *d)
{
	lockdep_assert_held(&d->lock);
	d->buf = kmalloc(64, GFP_ATOMIC);
}

noinline void ok_held_dropped(struct demo *d)
{
	lockdep_assert_held(&d->lock);
	spin_unlock(&d->lock);
	msleep(1);
	spin_lock(&d->lock);
}

noinline void ok_warn_enabled(struct demo *d)
{
	WARN_ON_ONCE(irqs_disabled());
	msleep(1);
}

/* sleeps only where a warning fires, a bug path by the kernel's own
 * statement (net/sunrpc/sched.c:424, 6.1): left out */
noinline void ok_warn_path(struct demo *d)
{
	spin_lock(&d->lock);
	if (WARN_ON_ONCE(!d->buf))
		msleep(1);
	else if (unlikely(WARN_ON(d->buf == d)))
		msleep(2);
	spin_unlock(&d->lock);
}

static struct demo demo;

static int __init demo_init(void)
{
	spin_lock_init(&demo.lock);
	raw_spin_lock_init(&demo.raw);
	rwlock_init(&demo.rw);
	mutex_init(&demo.mutex);
	return 0;
}
module_init(demo_init);
MODULE_LICENSE("GPL");
