#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

struct queue {
	spinlock_t lock;
	int n;
};

/* no body in the database: its annotation says it drops q->lock */
void queue_flush_unlock(struct queue *q) __releases(&q->lock);

void queue_drain(struct queue *q)
{
	spin_lock(&q->lock);
	q->n = 0;
	queue_flush_unlock(q);
	msleep(1);
}
/*
 * check-name: a call to a function annotated __releases() ends the caller's atomic section (both front ends read the annotation)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
