#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/sched.h>

/* ptr-member-null-store-clean.c's callee: sleeps only `if (file)` */
struct file;

struct storage {
	struct file *file;
	void *map;
};

struct bitmap {
	spinlock_t lock;
	struct storage storage;
	struct storage other;
};

void put_file(struct file *file);
void reopen(struct storage *s);

static void unmap(struct storage *store)
{
	struct file *file = store->file;

	kfree(store->map);
	if (file) {
		msleep(1);
		put_file(file);
	}
}

/* a file stored, not NULL */
void resize_file(struct storage *s, struct file *f, spinlock_t *l)
{
	spin_lock(l);
	s->file = f;
	unmap(s);
	spin_unlock(l);
}

/* a call between that may store the member again */
void resize_reopen(struct storage *s, spinlock_t *l)
{
	spin_lock(l);
	s->file = NULL;
	reopen(s);
	unmap(s);
	spin_unlock(l);
}

/* NULL stored in the other member of the outer struct */
void resize_other(struct bitmap *bitmap)
{
	spin_lock_irq(&bitmap->lock);
	bitmap->other.file = NULL;
	unmap(&bitmap->storage);
	spin_unlock_irq(&bitmap->lock);
}
/*
 * check-name: a callee sleeps only where a pointer member of what its parameter points to is not NULL: a caller storing a file there, calling what may store it again after its NULL, or clearing another member's stays atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ptr-member-null-store.c:38:9: warning: call to 'unmap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-store.c:36:9: note: atomic context begins here, at '_raw_spin_lock' in 'resize_file'
testcases/atomic/ptr-member-null-store.c:38:9: note: 'resize_file' calls 'unmap'
testcases/atomic/ptr-member-null-store.c:28:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
testcases/atomic/ptr-member-null-store.c:48:9: warning: call to 'unmap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-store.c:45:9: note: atomic context begins here, at '_raw_spin_lock' in 'resize_reopen'
testcases/atomic/ptr-member-null-store.c:48:9: note: 'resize_reopen' calls 'unmap'
testcases/atomic/ptr-member-null-store.c:28:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
testcases/atomic/ptr-member-null-store.c:57:9: warning: call to 'unmap' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-store.c:55:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'resize_other'
testcases/atomic/ptr-member-null-store.c:57:9: note: 'resize_other' calls 'unmap'
testcases/atomic/ptr-member-null-store.c:28:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
 * check-output-end
 */
