#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * kernel/sched/core.c's resched_cpu() (core.c:1057-1066) in miniature:
 * rq_lock() takes the runqueue lock through a function of the file that
 * returns holding it (raw_spin_rq_lock_nested(), core.c:542), rq_unlock()
 * drops it through another (raw_spin_rq_unlock(), core.c:591).  A
 * function that calls both leaves nothing released: kick() holds the
 * caller's lock still, and so does a function that only calls the one
 * that takes it.
 */
struct rq {
	spinlock_t lock;
	int nr;
};

static spinlock_t other;

void rq_lock_nested(struct rq *rq, int sub)
{
	spin_lock(&rq->lock);
}

void rq_unlock(struct rq *rq)
{
	spin_unlock(&rq->lock);
}

static void kick(struct rq *rq)
{
	rq_lock_nested(rq, 0);
	rq->nr++;
	rq_unlock(rq);
}

/* the caller's lock is held across kick() */
void poke(struct rq *rq)
{
	spin_lock(&other);
	kick(rq);
	msleep(1);
	spin_unlock(&other);
}

/* the runqueue lock is held after rq_lock_nested() */
void count(struct rq *rq)
{
	rq_lock_nested(rq, 0);
	msleep(1);
	rq_unlock(rq);
}
/*
 * check-name: a callee of the file that returns holding a lock it took
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-exit-held.c:42:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/callee-exit-held.c:40:9: note: atomic context begins here, at '_raw_spin_lock' in 'poke'
testcases/atomic/callee-exit-held.c:42:9: note: 'poke' calls 'msleep', which may sleep
testcases/atomic/callee-exit-held.c:50:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/callee-exit-held.c:49:9: note: atomic context begins here, at 'rq_lock_nested' in 'count'
testcases/atomic/callee-exit-held.c:50:9: note: 'count' calls 'msleep', which may sleep
 * check-output-end
 */
