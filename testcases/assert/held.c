#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/lockdep.h>
#include <linux/slab.h>

struct dev {
	spinlock_t lock;
	struct mutex mutex;
	int n;
};

/* called with dev->lock held: nothing in the database calls it */
void dev_grow(struct dev *d)
{
	lockdep_assert_held(&d->lock);
	d->n = 1;
	kmalloc(64, GFP_KERNEL);
}

/* a mutex held is no atomic context: clean */
void dev_grow_mutex(struct dev *d)
{
	lockdep_assert_held(&d->mutex);
	kmalloc(64, GFP_KERNEL);
}
