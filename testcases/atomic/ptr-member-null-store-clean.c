#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/sched.h>

/* drivers/md/md-bitmap.c:825-850 md_bitmap_file_unmap(): the sleeping
 * part (invalidate_mapping_pages(), fput()) runs only `if (file)`, file
 * read from store->file before the kfree()s */
struct file;

struct storage {
	struct file *file;
	void *map;
};

struct bitmap {
	spinlock_t lock;
	struct mutex mutex;
	struct storage storage;
};

void put_file(struct file *file);

static void unmap(struct storage *store)
{
	struct file *file = store->file;

	kfree(store->map);
	if (file) {
		msleep(1);
		put_file(file);
	}
}

/* md_bitmap_resize() (md-bitmap.c:2130-2139) in miniature: the member of
 * a member cleared right before the call, &bitmap->storage passed */
void resize(struct bitmap *bitmap)
{
	mutex_lock(&bitmap->mutex);
	spin_lock_irq(&bitmap->lock);
	bitmap->storage.file = NULL;
	bitmap->storage.map = NULL;
	unmap(&bitmap->storage);
	spin_unlock_irq(&bitmap->lock);
	mutex_unlock(&bitmap->mutex);
}

/* the member of what a pointer points to cleared right before the call */
void resize_direct(struct storage *s, spinlock_t *l)
{
	spin_lock(l);
	s->file = NULL;
	unmap(s);
	spin_unlock(l);
}
/*
 * check-name: a callee sleeps only where a pointer member of what its parameter points to is not NULL, and the caller stored NULL there right before the call, through the pointer or as a member of a member (&p->sub) (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
