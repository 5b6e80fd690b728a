// SPDX-License-Identifier: GPL-2.0
/*
 * apis.c - the sleepcheck API module: sleeping and allocating calls a
 * driver really makes, each under a kind of atomic context (bug_*), each
 * with a twin (ok_*) that passes flags that cannot block, or makes the
 * call outside the atomic section.  testcases/scripts/kbuild-apis.sh
 * builds it against every Debian header set installed (6.1 and 6.12)
 * with both front ends and expects the same verdicts: every bug_* and
 * no ok_* reported.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mempool.h>
#include <linux/gfp.h>
#include <linux/mutex.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/io.h>
#include <linux/idr.h>
#include <linux/skbuff.h>
#include <linux/dma-mapping.h>
#include <linux/firmware.h>
#include <linux/usb.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/rcupdate.h>
#include <linux/refcount.h>

static DEFINE_SPINLOCK(apis_lock);
static DEFINE_MUTEX(apis_mutex);
static DEFINE_IDR(apis_idr);
static DECLARE_COMPLETION(apis_done);
static struct kmem_cache *apis_cache;
static mempool_t *apis_pool;
static struct device *apis_dev;
static struct urb *apis_urb;
static void *apis_keep;
static atomic_t apis_count = ATOMIC_INIT(1);
static refcount_t apis_ref = REFCOUNT_INIT(1);

static void keep(void *p)
{
	apis_keep = p;
}

/* slab: kmalloc() */
static void bug_kmalloc(void)
{
	spin_lock(&apis_lock);
	keep(kmalloc(64, GFP_KERNEL));
	spin_unlock(&apis_lock);
}

static void ok_kmalloc(void)
{
	spin_lock(&apis_lock);
	keep(kmalloc(64, GFP_ATOMIC));
	spin_unlock(&apis_lock);
}

/* slab: kzalloc() with interrupts off */
static void bug_kzalloc(void)
{
	unsigned long flags;

	spin_lock_irqsave(&apis_lock, flags);
	keep(kzalloc(32, GFP_KERNEL));
	spin_unlock_irqrestore(&apis_lock, flags);
}

static void ok_kzalloc(void)
{
	unsigned long flags;

	spin_lock_irqsave(&apis_lock, flags);
	keep(kzalloc(32, GFP_NOWAIT));
	spin_unlock_irqrestore(&apis_lock, flags);
}

/* slab: kcalloc() with preemption off */
static void bug_kcalloc(void)
{
	preempt_disable();
	keep(kcalloc(4, 16, GFP_KERNEL));
	preempt_enable();
}

static void ok_kcalloc(void)
{
	preempt_disable();
	keep(kcalloc(4, 16, GFP_ATOMIC));
	preempt_enable();
}

/* slab: a cache, with bottom halves off */
static void bug_cache(void)
{
	spin_lock_bh(&apis_lock);
	keep(kmem_cache_alloc(apis_cache, GFP_KERNEL));
	spin_unlock_bh(&apis_lock);
}

static void ok_cache(void)
{
	spin_lock_bh(&apis_lock);
	keep(kmem_cache_alloc(apis_cache, GFP_ATOMIC));
	spin_unlock_bh(&apis_lock);
}

/* vmalloc: always may sleep; the twin allocates before the lock */
static void bug_vmalloc(void)
{
	spin_lock(&apis_lock);
	keep(vmalloc(1 << 16));
	spin_unlock(&apis_lock);
}

static void ok_vmalloc(void)
{
	void *p = vmalloc(1 << 16);

	spin_lock(&apis_lock);
	keep(p);
	spin_unlock(&apis_lock);
}

/* vzalloc() in an RCU read-side section */
static void bug_vzalloc(void)
{
	rcu_read_lock();
	keep(vzalloc(1 << 16));
	rcu_read_unlock();
}

static void ok_vzalloc(void)
{
	rcu_read_lock();
	rcu_read_unlock();
	keep(vzalloc(1 << 16));
}

/* kvmalloc(): falls back to vmalloc only for GFP_KERNEL-compatible flags */
static void bug_kvmalloc(void)
{
	spin_lock(&apis_lock);
	keep(kvmalloc(1 << 16, GFP_KERNEL));
	spin_unlock(&apis_lock);
}

static void ok_kvmalloc(void)
{
	spin_lock(&apis_lock);
	keep(kvmalloc(1 << 16, GFP_ATOMIC));
	spin_unlock(&apis_lock);
}

/* mempool, with interrupts off */
static void bug_mempool(void)
{
	spin_lock_irq(&apis_lock);
	keep(mempool_alloc(apis_pool, GFP_KERNEL));
	spin_unlock_irq(&apis_lock);
}

static void ok_mempool(void)
{
	spin_lock_irq(&apis_lock);
	keep(mempool_alloc(apis_pool, GFP_ATOMIC));
	spin_unlock_irq(&apis_lock);
}

/* the page allocator, with local interrupts off */
static void bug_pages(void)
{
	unsigned long flags;

	local_irq_save(flags);
	keep(alloc_pages(GFP_KERNEL, 0));
	local_irq_restore(flags);
}

static void ok_pages(void)
{
	unsigned long flags;

	local_irq_save(flags);
	keep(alloc_pages(GFP_ATOMIC, 0));
	local_irq_restore(flags);
}

/* __get_free_page() */
static void bug_free_page(void)
{
	spin_lock(&apis_lock);
	keep((void *)__get_free_page(GFP_KERNEL));
	spin_unlock(&apis_lock);
}

static void ok_free_page(void)
{
	spin_lock(&apis_lock);
	keep((void *)__get_free_page(GFP_ATOMIC));
	spin_unlock(&apis_lock);
}

/* DMA: the 2014 bug's call */
static void bug_dma(void)
{
	unsigned long flags;
	dma_addr_t handle;

	spin_lock_irqsave(&apis_lock, flags);
	keep(dma_alloc_coherent(apis_dev, 4096, &handle, GFP_KERNEL));
	spin_unlock_irqrestore(&apis_lock, flags);
}

static void ok_dma(void)
{
	unsigned long flags;
	dma_addr_t handle;

	spin_lock_irqsave(&apis_lock, flags);
	keep(dma_alloc_coherent(apis_dev, 4096, &handle, GFP_ATOMIC));
	spin_unlock_irqrestore(&apis_lock, flags);
}

/* USB: submitting an URB */
static void bug_urb(void)
{
	spin_lock(&apis_lock);
	usb_submit_urb(apis_urb, GFP_KERNEL);
	spin_unlock(&apis_lock);
}

static void ok_urb(void)
{
	spin_lock(&apis_lock);
	usb_submit_urb(apis_urb, GFP_ATOMIC);
	spin_unlock(&apis_lock);
}

/* networking: an skb */
static void bug_skb(void)
{
	spin_lock_bh(&apis_lock);
	keep(alloc_skb(128, GFP_KERNEL));
	spin_unlock_bh(&apis_lock);
}

static void ok_skb(void)
{
	spin_lock_bh(&apis_lock);
	keep(alloc_skb(128, GFP_ATOMIC));
	spin_unlock_bh(&apis_lock);
}

/* idr: the gfp flags are the fifth argument */
static void bug_idr(void)
{
	spin_lock(&apis_lock);
	idr_alloc(&apis_idr, apis_keep, 0, 16, GFP_KERNEL);
	spin_unlock(&apis_lock);
}

static void ok_idr(void)
{
	spin_lock(&apis_lock);
	idr_alloc(&apis_idr, apis_keep, 0, 16, GFP_NOWAIT);
	spin_unlock(&apis_lock);
}

/* I/O mapping: ioremap() maps into vmalloc space */
static void bug_ioremap(void)
{
	spin_lock(&apis_lock);
	keep((void __force *)ioremap(0xfed00000, 4096));
	spin_unlock(&apis_lock);
}

static void ok_ioremap(void)
{
	void __iomem *p = ioremap(0xfed00000, 4096);

	spin_lock(&apis_lock);
	keep((void __force *)p);
	spin_unlock(&apis_lock);
}

/* firmware loading */
static void bug_firmware(void)
{
	const struct firmware *fw;

	spin_lock(&apis_lock);
	if (!request_firmware(&fw, "sleepcheck.bin", apis_dev))
		keep((void *)fw);
	spin_unlock(&apis_lock);
}

static void ok_firmware(void)
{
	const struct firmware *fw;

	if (request_firmware(&fw, "sleepcheck.bin", apis_dev))
		return;
	spin_lock(&apis_lock);
	keep((void *)fw);
	spin_unlock(&apis_lock);
}

/* a mutex under a spinlock; the twin only tries */
static void bug_mutex(void)
{
	spin_lock(&apis_lock);
	mutex_lock(&apis_mutex);
	mutex_unlock(&apis_mutex);
	spin_unlock(&apis_lock);
}

static void ok_mutex(void)
{
	spin_lock(&apis_lock);
	if (mutex_trylock(&apis_mutex))
		mutex_unlock(&apis_mutex);
	spin_unlock(&apis_lock);
}

/* waiting for a completion; the twin only tries */
static void bug_wait(void)
{
	spin_lock(&apis_lock);
	wait_for_completion(&apis_done);
	spin_unlock(&apis_lock);
}

static void ok_wait(void)
{
	spin_lock(&apis_lock);
	try_wait_for_completion(&apis_done);
	spin_unlock(&apis_lock);
}

/* sleeping delay under RCU; the twin busy-waits */
static void bug_msleep(void)
{
	rcu_read_lock();
	msleep(10);
	rcu_read_unlock();
}

static void ok_msleep(void)
{
	rcu_read_lock();
	udelay(10);
	rcu_read_unlock();
}

/* a helper whose only sign of sleeping is might_sleep() */
static noinline void apis_settle(void)
{
	might_sleep();
}

static void bug_might_sleep(void)
{
	spin_lock(&apis_lock);
	apis_settle();
	spin_unlock(&apis_lock);
}

static void ok_might_sleep(void)
{
	spin_lock(&apis_lock);
	spin_unlock(&apis_lock);
	apis_settle();
}

/* cond_resched() with preemption off */
static void bug_cond_resched(void)
{
	preempt_disable();
	cond_resched();
	preempt_enable();
}

static void ok_cond_resched(void)
{
	preempt_disable();
	preempt_enable();
	cond_resched();
}

/* atomic_dec_and_lock(): the lock is held where it returns true */
static void bug_dec_and_lock(void)
{
	if (atomic_dec_and_lock(&apis_count, &apis_lock)) {
		msleep(1);
		spin_unlock(&apis_lock);
	}
}

static void ok_dec_and_lock(void)
{
	if (atomic_dec_and_lock(&apis_count, &apis_lock))
		spin_unlock(&apis_lock);
	msleep(1);
}

/* refcount_dec_and_lock_irqsave(): the same, interrupts off too */
static void bug_refcount_lock(void)
{
	unsigned long flags;

	if (refcount_dec_and_lock_irqsave(&apis_ref, &apis_lock, &flags)) {
		keep(kzalloc(16, GFP_KERNEL));
		spin_unlock_irqrestore(&apis_lock, flags);
	}
}

static void ok_refcount_lock(void)
{
	unsigned long flags;

	if (refcount_dec_and_lock_irqsave(&apis_ref, &apis_lock, &flags))
		spin_unlock_irqrestore(&apis_lock, flags);
	keep(kzalloc(16, GFP_KERNEL));
}

/* a call inside a compound literal's designated initializer */
struct apis_holder {
	void *p;
	int n;
};

static struct apis_holder apis_held;

static void bug_compound(void)
{
	spin_lock(&apis_lock);
	apis_held = (struct apis_holder){ .n = 1, .p = kmalloc(8, GFP_KERNEL) }; /* compound */
	spin_unlock(&apis_lock);
}

static void ok_compound(void)
{
	spin_lock(&apis_lock);
	apis_held = (struct apis_holder){ .n = 1, .p = kmalloc(8, GFP_ATOMIC) };
	spin_unlock(&apis_lock);
}

static int __init apis_init(void)
{
	bug_kmalloc();
	ok_kmalloc();
	bug_kzalloc();
	ok_kzalloc();
	bug_kcalloc();
	ok_kcalloc();
	bug_cache();
	ok_cache();
	bug_vmalloc();
	ok_vmalloc();
	bug_vzalloc();
	ok_vzalloc();
	bug_kvmalloc();
	ok_kvmalloc();
	bug_mempool();
	ok_mempool();
	bug_pages();
	ok_pages();
	bug_free_page();
	ok_free_page();
	bug_dma();
	ok_dma();
	bug_urb();
	ok_urb();
	bug_skb();
	ok_skb();
	bug_idr();
	ok_idr();
	bug_ioremap();
	ok_ioremap();
	bug_firmware();
	ok_firmware();
	bug_mutex();
	ok_mutex();
	bug_wait();
	ok_wait();
	bug_msleep();
	ok_msleep();
	bug_might_sleep();
	ok_might_sleep();
	bug_cond_resched();
	ok_cond_resched();
	bug_dec_and_lock();
	ok_dec_and_lock();
	bug_refcount_lock();
	ok_refcount_lock();
	bug_compound();
	ok_compound();
	return 0;
}

module_init(apis_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("sleepcheck API test module");
