#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/sched.h>

/* ptr-member-store-calls-clean.c's shape with a call between that may
 * store the member: each keeps its finding */
struct file;

struct storage {
	struct file *file;
	void *map;
	int pages;
};

struct counts {
	spinlock_t lock;
	long pages;
};

struct bitmap {
	int cluster_slot;
	struct counts counts;
	struct storage storage;
};

extern struct file *the_file;

void put_file(struct file *file);
/* no body known */
void opaque(struct storage *s);
void opaque_nothing(void);
void opaque_ptr(void *p);

static void unmap(struct storage *store)
{
	struct file *file = store->file;

	kfree(store->map);
	if (file) {
		msleep(1);
		put_file(file);
	}
}

static void reopen(struct storage *s)
{
	s->file = the_file;
}

static void reload(struct bitmap *b)
{
	b->storage.file = the_file;
}

/* a call given the object stores the member */
void bad_reopen(struct storage *s, spinlock_t *l)
{
	s->file = NULL;
	reopen(s);
	spin_lock(l);
	unmap(s);
	spin_unlock(l);
}

/* a call given the outer object stores it */
void bad_reload(struct bitmap *b)
{
	b->storage.file = NULL;
	reload(b);
	spin_lock_irq(&b->counts.lock);
	unmap(&b->storage);
	spin_unlock_irq(&b->counts.lock);
}

/* a call with no body known given the object */
void bad_opaque(struct storage *s, spinlock_t *l)
{
	s->file = NULL;
	opaque(s);
	spin_lock(l);
	unmap(s);
	spin_unlock(l);
}

/* a call with no body known, given nothing */
void bad_nothing(struct storage *s, spinlock_t *l)
{
	s->file = NULL;
	opaque_nothing();
	spin_lock(l);
	unmap(s);
	spin_unlock(l);
}

/* a call given a pointer computed from the object's */
void bad_derived(struct storage *s, spinlock_t *l)
{
	s->file = NULL;
	opaque_ptr((char *)s + 8);
	spin_lock(l);
	unmap(s);
	spin_unlock(l);
}
/*
 * check-name: a NULL stored in a pointer member is not known at a later call when a call between may store the member: given the object or its outer object, or with no body known (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ptr-member-store-calls.c:61:9: warning: call to 'unmap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-store-calls.c:60:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_reopen'
testcases/atomic/ptr-member-store-calls.c:61:9: note: 'bad_reopen' calls 'unmap'
testcases/atomic/ptr-member-store-calls.c:40:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
testcases/atomic/ptr-member-store-calls.c:71:9: warning: call to 'unmap' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/ptr-member-store-calls.c:70:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'bad_reload'
testcases/atomic/ptr-member-store-calls.c:71:9: note: 'bad_reload' calls 'unmap'
testcases/atomic/ptr-member-store-calls.c:40:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
testcases/atomic/ptr-member-store-calls.c:81:9: warning: call to 'unmap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-store-calls.c:80:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_opaque'
testcases/atomic/ptr-member-store-calls.c:81:9: note: 'bad_opaque' calls 'unmap'
testcases/atomic/ptr-member-store-calls.c:40:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
testcases/atomic/ptr-member-store-calls.c:91:9: warning: call to 'unmap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-store-calls.c:90:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_nothing'
testcases/atomic/ptr-member-store-calls.c:91:9: note: 'bad_nothing' calls 'unmap'
testcases/atomic/ptr-member-store-calls.c:40:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
testcases/atomic/ptr-member-store-calls.c:101:9: warning: call to 'unmap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-store-calls.c:100:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_derived'
testcases/atomic/ptr-member-store-calls.c:101:9: note: 'bad_derived' calls 'unmap'
testcases/atomic/ptr-member-store-calls.c:40:17: note: 'unmap' calls 'msleep' on a path taken only when its field 'file' of what argument 1 points to is non-zero, which may sleep
 * check-output-end
 */
