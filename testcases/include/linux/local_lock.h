#ifndef _STUB_LOCAL_LOCK_H
#define _STUB_LOCAL_LOCK_H
/* Linux 6.12 include/linux/local_lock_internal.h without PREEMPT_RT and
 * without CONFIG_DEBUG_LOCK_ALLOC (this_cpu_ptr() left out) */
#include <linux/irqflags.h>
#include <linux/preempt.h>
typedef struct { } local_lock_t;
static inline void local_lock_acquire(local_lock_t *l) { }
static inline void local_lock_release(local_lock_t *l) { }
#define local_lock(lock)					\
	do {							\
		preempt_disable();				\
		local_lock_acquire(lock);			\
	} while (0)
#define local_lock_irqsave(lock, flags)				\
	do {							\
		local_irq_save(flags);				\
		local_lock_acquire(lock);			\
	} while (0)
#define local_unlock(lock)					\
	do {							\
		local_lock_release(lock);			\
		preempt_enable();				\
	} while (0)
#define local_unlock_irqrestore(lock, flags)			\
	do {							\
		local_lock_release(lock);			\
		local_irq_restore(flags);			\
	} while (0)
#endif
