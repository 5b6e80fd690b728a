#include "pool.h"

int pool_lock_irqsave(spinlock_t *lock, unsigned long *flags)
	__acquires(lock)
{
	spin_lock_irqsave(lock, *flags);
	return 1;
}

void pool_unlock_irqrestore(struct pool *p, unsigned long flags)
	__releases(&p->lock)
{
	spin_unlock_irqrestore(&p->lock, flags);
}

void pool_lock_mutex(struct mutex *m)
	__acquires(m)
{
	mutex_lock(m);
}
