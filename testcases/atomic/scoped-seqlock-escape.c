#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/cleanup.h>

/*
 * Buggy twin of scoped-seqlock-clean.c: the struct's address is kept in
 * a global pointer, through which another function may clear the member
 * the lock is kept in, so the member is not followed and the cleanup
 * handler's test may find it NULL with the lock held at the sleep.
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
struct ss_tmp *ss_last;

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
	     s.state != ss_done; ss_next(&s, stats_lock, ss_lock_irqsave)) {
		v += *src;
		ss_last = &s;
	}
	msleep(1);
	return v;
}
/*
 * check-name: a local struct whose address is stored is not followed to the cleanup handler
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/scoped-seqlock-escape.c:78:9: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/scoped-seqlock-escape.c:74:34: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'stat_read'
testcases/atomic/scoped-seqlock-escape.c:78:9: note: 'stat_read' calls 'msleep', which may sleep
 * check-output-end
 */
