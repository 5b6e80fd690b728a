// SPDX-License-Identifier: GPL-2.0
/* the "kernel" side of the summary test: functions of vmlinux a module calls */
#include <linux/slab.h>
#include <kdev.h>

static void kdev_lock_hw(struct kdev *d)
{
	mutex_lock(&d->mtx);
}

void kdev_wait_ready(struct kdev *d)
{
	kdev_lock_hw(d);
	mutex_unlock(&d->mtx);
}

void *kdev_alloc_buf(struct kdev *d, size_t n, gfp_t gfp)
{
	d->buf = kmalloc(n, gfp);
	return d->buf;
}

static int kdev_push(struct kdev *d, gfp_t gfp)
{
	return d->buf != 0 && gfp != 0;
}

int kdev_queue(struct kdev *d, gfp_t gfp)
{
	return kdev_push(d, gfp);
}

void kdev_notify(struct kdev *d)
{
	spin_lock(&d->lock);
	d->ops->event(d);
	spin_unlock(&d->lock);
}

void kdev_register(struct kdev *d)
{
	d->ops->probe(d);
}
