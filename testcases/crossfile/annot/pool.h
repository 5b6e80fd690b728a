/* the kernel's mm/compaction.c compact_lock_irqsave() pattern: a helper
 * defined in another file takes the lock its caller passes, and says so
 * only by its annotation (empty for libclang without __CHECKER__) */
#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>

struct pool {
	spinlock_t lock;
	struct mutex mutex;
	int n;
};

int pool_lock_irqsave(spinlock_t *lock, unsigned long *flags) __acquires(lock);
void pool_unlock_irqrestore(struct pool *p, unsigned long flags) __releases(&p->lock);
void pool_lock_mutex(struct mutex *m) __acquires(m);
