// SPDX-License-Identifier: GPL-2.0
/* a module that calls the "kernel" of testcases/summary wrongly */
#include <linux/spinlock.h>
#include <kdev.h>

static spinlock_t mod_lock;

int mod_bad_start(struct kdev *d)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(&mod_lock, flags);
	kdev_wait_ready(d);
	p = kdev_alloc_buf(d, 64, GFP_KERNEL);
	kdev_queue(d, GFP_KERNEL);
	spin_unlock_irqrestore(&mod_lock, flags);
	return p != 0;
}

static void mod_bad_event(struct kdev *d)
{
	kdev_wait_ready(d);
}

static void mod_bad_probe(struct kdev *d)
{
	kdev_wait_ready(d);
}

const struct kdev_ops mod_bad_ops = {
	.event = mod_bad_event,
	.probe = mod_bad_probe,
};
