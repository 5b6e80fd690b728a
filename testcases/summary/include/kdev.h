/* the "kernel" API the summary test's module uses (testcases/summary) */
#ifndef _SUMMARY_KDEV_H
#define _SUMMARY_KDEV_H
#include <linux/gfp.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>

struct kdev;
struct kdev_ops {
	void (*event)(struct kdev *d);	/* called with the device lock held */
	void (*probe)(struct kdev *d);	/* called in process context */
};
struct kdev {
	spinlock_t lock;
	struct mutex mtx;
	const struct kdev_ops *ops;
	void *buf;
};

void kdev_wait_ready(struct kdev *d);			/* may sleep */
void *kdev_alloc_buf(struct kdev *d, size_t n, gfp_t gfp);	/* if gfp blocks */
int kdev_queue(struct kdev *d, gfp_t gfp);		/* never sleeps */
void kdev_notify(struct kdev *d);			/* calls ops->event locked */
void kdev_register(struct kdev *d);			/* calls ops->probe */
#endif
