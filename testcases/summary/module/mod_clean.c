// SPDX-License-Identifier: GPL-2.0
/* the twin of mod_bad.c that calls the "kernel" correctly */
#include <linux/spinlock.h>
#include <kdev.h>

static spinlock_t mod_lock;

int mod_clean_start(struct kdev *d)
{
	unsigned long flags;
	void *p;

	kdev_wait_ready(d);
	spin_lock_irqsave(&mod_lock, flags);
	p = kdev_alloc_buf(d, 64, GFP_ATOMIC);
	kdev_queue(d, GFP_ATOMIC);
	spin_unlock_irqrestore(&mod_lock, flags);
	return p != 0;
}

static void mod_clean_event(struct kdev *d)
{
	kdev_queue(d, GFP_ATOMIC);
}

static void mod_clean_probe(struct kdev *d)
{
	kdev_wait_ready(d);
}

const struct kdev_ops mod_clean_ops = {
	.event = mod_clean_event,
	.probe = mod_clean_probe,
};
