#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Clean twin of callee-exit-held.c: the runqueue lock a function of the
 * file returns holding is dropped by another before the sleep, and the
 * caller's own lock is dropped before it.  A helper that returns holding
 * the lock only where it returns 1 counts as holding it on no path (only
 * what every path holds counts), so its caller's unlock where it
 * returned 1 leaves the caller below its entry, not above.
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

int rq_busy(struct rq *rq);
void rq_note(struct rq *rq);

/* returns 1 holding the lock, 0 without it (the branch in between keeps
 * sparse from folding the returns into the test) */
static int rq_lock_busy(struct rq *rq)
{
	if (!rq_busy(rq))
		return 0;
	spin_lock(&rq->lock);
	if (rq->nr < 0)
		rq_note(rq);
	return 1;
}

static void kick(struct rq *rq)
{
	rq_lock_nested(rq, 0);
	rq->nr++;
	rq_unlock(rq);
}

void poke(struct rq *rq)
{
	spin_lock(&other);
	kick(rq);
	spin_unlock(&other);
	msleep(1);
}

void count(struct rq *rq)
{
	rq_lock_nested(rq, 0);
	rq->nr++;
	rq_unlock(rq);
	msleep(1);
}

void busy_count(struct rq *rq)
{
	if (rq_lock_busy(rq)) {
		rq->nr++;
		rq_unlock(rq);
	}
	msleep(1);
}
/*
 * check-name: a callee of the file that returns holding a lock it took, dropped by another before the sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
