#include <linux/sched.h>
#include "pool.h"

/* the lock dropped by an annotated callee before the sleep */
void pool_isolate(struct pool *p)
{
	unsigned long flags;

	pool_lock_irqsave(&p->lock, &flags);
	p->n++;
	pool_unlock_irqrestore(p, flags);
	msleep(1);
}

/* a mutex: not atomic */
void pool_isolate_mutex(struct pool *p)
{
	pool_lock_mutex(&p->mutex);
	msleep(1);
	mutex_unlock(&p->mutex);
}
/*
 * check-name: a callee in another file annotated __releases(&p->lock) ends the atomic section; __acquires of a mutex is not atomic (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/pool.c && sleepcheck report
 */
