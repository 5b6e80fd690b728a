#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sched.h>

/* drivers/md/md-bitmap.c:2130-2139 md_bitmap_resize(): the file moved
 * out and NULL stored in bitmap->storage.file, then a conditional
 * memcpy(), mutex_lock(), spin_lock_irq(), and md_bitmap_file_unmap(),
 * whose sleeping part (invalidate_mapping_pages(), :845-847) runs only
 * `if (file)` */
struct file;

struct page;

/* x86_64's page_address(): an inline the mem-linear rule names, kept a
 * call by both front ends, its body not in the database */
static __always_inline void *lowmem_page_address(const struct page *page)
{
	return (void *)((unsigned long)page << 6);
}

struct storage {
	struct file *file;
	struct page *sb_page;
	void *map;
	int pages;
};

struct counts {
	spinlock_t lock;
	long pages;
};

struct mddev {
	int busy;
};

struct bitmap {
	int cluster_slot;
	struct counts counts;
	struct mddev *mddev;
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

/* stores another member of what it is given */
static void clear_map(struct storage *store)
{
	store->map = NULL;
}

/* stores in another object (md: mutex_lock(&bitmap->mddev->...), whose
 * body is known in the kernel) */
static void mddev_busy(struct mddev *mddev, int busy)
{
	mddev->busy = busy;
}

/* ... of the outer object */
static void count_pages(struct bitmap *bitmap)
{
	bitmap->counts.pages++;
}

/* calls given nothing of the object (memcpy() has no body: a mem-copy
 * rule says it writes only its first argument's object), a lock taken
 * in another member, a call given what a member points to, one given
 * the object, one given the outer object, none storing the member */
void resize(struct bitmap *bitmap, struct storage *store)
{
	store->file = bitmap->storage.file;
	bitmap->storage.file = NULL;
	if (store->map && bitmap->storage.map)
		memcpy(store->map, bitmap->storage.map, 16);
	if (store->sb_page && bitmap->storage.sb_page)
		memcpy(lowmem_page_address(store->sb_page),
		       lowmem_page_address(bitmap->storage.sb_page), 16);
	mddev_busy(bitmap->mddev, 1);
	spin_lock_irq(&bitmap->counts.lock);
	clear_map(&bitmap->storage);
	count_pages(bitmap);
	unmap(&bitmap->storage);
	spin_unlock_irq(&bitmap->counts.lock);
	mddev_busy(bitmap->mddev, 0);
}

/* the member of what a parameter points to, a call given it between */
void resize_direct(struct storage *s, spinlock_t *l)
{
	s->file = NULL;
	clear_map(s);
	spin_lock(l);
	unmap(s);
	spin_unlock(l);
}
/*
 * check-name: a NULL stored in a pointer member stays known at a later call when every call between is given nothing of the object or cannot store the member, page_address() of a member's page included (md_bitmap_resize(); both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
