#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/cleanup.h>

/*
 * Like do_task_stat() in fs/proc/array.c:537-559 of Debian's 6.1, with
 * seqlock.h's scoped_seqlock_read() (include/linux/seqlock.h:1270-1381;
 * its ss_lock round here takes the lock with _bh, which the stubs lower
 * with no call that the two front ends place apart):
 * the lock the loop takes on its second round is kept in a member of a
 * local struct, and the __cleanup handler drops it through that member
 * when the for statement's scope ends.  The member is NULL from the
 * initializer (which leaves it out) until the store that comes with the
 * lock, so the handler's test finds it set wherever the lock is held and
 * the sleep after the scope is clean.
 */
enum ss_state { ss_done = 0, ss_lock, ss_lock_irqsave, ss_lockless };

struct ss_tmp {
	enum ss_state state;
	unsigned long data;
	spinlock_t *lock;
	spinlock_t *lock_irqsave;
};

static __always_inline void ss_cleanup(struct ss_tmp *sst)
{
	if (sst->lock)
		spin_unlock_bh(sst->lock);
	if (sst->lock_irqsave)
		spin_unlock_irqrestore(sst->lock_irqsave, sst->data);
}

int ss_retry(spinlock_t *lock);
unsigned long ss_begin(spinlock_t *lock);

static __always_inline void ss_next(struct ss_tmp *sst, spinlock_t *lock,
				    enum ss_state target)
{
	switch (sst->state) {
	case ss_done:
		return;
	case ss_lock:
	case ss_lock_irqsave:
		sst->state = ss_done;
		return;
	case ss_lockless:
		if (!ss_retry(lock)) {
			sst->state = ss_done;
			return;
		}
		break;
	}
	switch (target) {
	case ss_done:
		return;
	case ss_lock:
		sst->lock = lock;
		spin_lock_bh(sst->lock);
		sst->state = ss_lock;
		return;
	case ss_lock_irqsave:
		sst->lock_irqsave = lock;
		spin_lock_irqsave(sst->lock_irqsave, sst->data);
		sst->state = ss_lock_irqsave;
		return;
	case ss_lockless:
		sst->data = ss_begin(lock);
		return;
	}
}

int stat_read(spinlock_t *stats_lock, int *src)
{
	int v = 0;

	for (struct ss_tmp s __cleanup(ss_cleanup) =
	     { .state = ss_lockless, .data = ss_begin(stats_lock) };
	     s.state != ss_done; ss_next(&s, stats_lock, ss_lock_irqsave))
		v += *src;
	msleep(1);
	return v;
}
/*
 * check-name: a lock kept in a local struct's member is dropped by the cleanup handler that tests it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
