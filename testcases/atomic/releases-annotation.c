#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

struct queue {
	spinlock_t lock;
	int n;
};

/* no body in the database: its annotation says it keeps q->lock */
void queue_flush_locked(struct queue *q) __must_hold(&q->lock);

void queue_drain(struct queue *q)
{
	spin_lock(&q->lock);
	q->n = 0;
	queue_flush_locked(q);
	msleep(1);
	spin_unlock(&q->lock);
}
/*
 * check-name: a call to a function annotated __must_hold() keeps the caller's lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/releases-annotation.c:18:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/releases-annotation.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'queue_drain'
testcases/atomic/releases-annotation.c:18:9: note: 'queue_drain' calls 'msleep', which may sleep
 * check-output-end
 */
