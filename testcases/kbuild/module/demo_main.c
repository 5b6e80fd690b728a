// SPDX-License-Identifier: GPL-2.0
/*
 * demo_main.c - the sleepcheck kbuild test module: each bug has a clean
 * twin, checked against the real kernel headers.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include "demo.h"

static DEFINE_SPINLOCK(demo_lock);
static DEFINE_MUTEX(demo_mutex);
static void *demo_buf;

/* bug: GFP_KERNEL allocation under spin_lock_irqsave() */
static void *demo_bug_kmalloc(void)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&demo_lock, flags);
	p = kmalloc(128, GFP_KERNEL);
	spin_unlock_irqrestore(&demo_lock, flags);
	return p;
}

/* twin: the same with GFP_ATOMIC */
static void *demo_ok_kmalloc(void)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&demo_lock, flags);
	p = kmalloc(128, GFP_ATOMIC);
	spin_unlock_irqrestore(&demo_lock, flags);
	return p;
}

/* bug: a helper in another file allocates with the caller's GFP_KERNEL */
static void *demo_bug_helper(void)
{
	void *p;

	spin_lock_bh(&demo_lock);
	p = demo_alloc_buf(64, GFP_KERNEL);
	spin_unlock_bh(&demo_lock);
	return p;
}

/* twin: the helper gets GFP_NOWAIT */
static void *demo_ok_helper(void)
{
	void *p;

	spin_lock_bh(&demo_lock);
	p = demo_alloc_buf(64, GFP_NOWAIT);
	spin_unlock_bh(&demo_lock);
	return p;
}

/* bug: msleep() in another file, inside an RCU read-side section */
static void demo_bug_rcu(void)
{
	rcu_read_lock();
	demo_settle();
	rcu_read_unlock();
}

/* twin: sleep after rcu_read_unlock(), mutex outside the spinlock */
static void demo_ok_rcu(void)
{
	rcu_read_lock();
	rcu_read_unlock();
	demo_settle();
	mutex_lock(&demo_mutex);
	spin_lock(&demo_lock);
	spin_unlock(&demo_lock);
	mutex_unlock(&demo_mutex);
}

/* bug: a chain over four files, with the caller's GFP_NOIO passed down */
static void *demo_bug_chain(void)
{
	unsigned long flags;
	void *p;

	local_irq_save(flags);
	p = demo_ring_grow(8, GFP_NOIO);
	local_irq_restore(flags);
	return p;
}

/* twin: the same chain with GFP_ATOMIC */
static void *demo_ok_chain(void)
{
	unsigned long flags;
	void *p;

	local_irq_save(flags);
	p = demo_ring_grow(8, GFP_ATOMIC);
	local_irq_restore(flags);
	return p;
}

static int __init demo_init(void)
{
	kfree(demo_bug_chain());
	kfree(demo_ok_chain());
	kfree(demo_bug_kmalloc());
	kfree(demo_ok_kmalloc());
	kfree(demo_bug_helper());
	demo_buf = demo_ok_helper();
	demo_bug_rcu();
	demo_ok_rcu();
	return 0;
}

static void __exit demo_exit(void)
{
	kfree(demo_buf);
}

module_init(demo_init);
module_exit(demo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("sleepcheck kbuild test module");
