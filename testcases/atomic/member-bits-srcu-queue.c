#include <linux/bitops.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Like block/blk-mq.c and blk-mq.h in Linux 6.1: run_hw_queue()
 * (__blk_mq_run_hw_queue() with __blk_mq_run_dispatch_ops()) takes the
 * RCU read lock only when the hardware queue's queue has no SRCU, and
 * may sleep on the SRCU side; delay_run_hw_queue()
 * (__blk_mq_delay_run_hw_queue(), blk-mq.c:2291) calls it only when the
 * hardware queue is not BLK_MQ_F_BLOCKING.  The kernel keeps the two
 * equal (blk-mq.c:4325 WARN_ON_ONCE(blk_queue_has_srcu(q) !=
 * !!(set->flags & BLK_MQ_F_BLOCKING))), which the member-bits rule of
 * rules/kernel-assume.rules states: submit() never sleeps under its
 * lock.
 * Here run_hw_queue() first points hctx->queue at another queue, whose
 * SRCU bit the rule does not tie to hctx->flags: submit() may sleep
 * under its lock.
 */
#define QUEUE_FLAG_HAS_SRCU	2
#define BLK_MQ_F_BLOCKING	(1 << 5)

struct request_queue {
	unsigned long queue_flags;
	int srcu;
};

struct blk_mq_hw_ctx {
	unsigned long flags;
	struct request_queue *queue;
};

#define blk_queue_has_srcu(q)	test_bit(QUEUE_FLAG_HAS_SRCU, &(q)->queue_flags)

void dispatch(struct blk_mq_hw_ctx *hctx);
void queue_work(struct blk_mq_hw_ctx *hctx);
extern struct request_queue *other_queue;

static void run_hw_queue(struct blk_mq_hw_ctx *hctx)
{
	hctx->queue = other_queue;
	if (!blk_queue_has_srcu(hctx->queue)) {
		rcu_read_lock();
		dispatch(hctx);
		rcu_read_unlock();
	} else {
		might_sleep();
		dispatch(hctx);
	}
}

static void delay_run_hw_queue(struct blk_mq_hw_ctx *hctx, bool async)
{
	if (!async && !(hctx->flags & BLK_MQ_F_BLOCKING)) {
		run_hw_queue(hctx);
		return;
	}
	queue_work(hctx);
}

void submit(struct blk_mq_hw_ctx *hctx)
{
	rcu_read_lock();
	delay_run_hw_queue(hctx, false);
	rcu_read_unlock();
}
/*
 * check-name: member-bits: hctx->queue stored before its SRCU bit is tested is another queue: may sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-bits-srcu-queue.c:64:9: warning: call to 'delay_run_hw_queue' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/member-bits-srcu-queue.c:63:9: note: atomic context begins here, at 'rcu_read_lock' in 'submit'
testcases/atomic/member-bits-srcu-queue.c:64:9: note: 'submit' calls 'delay_run_hw_queue'
testcases/atomic/member-bits-srcu-queue.c:55:17: note: 'delay_run_hw_queue' calls 'run_hw_queue' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x20 set
testcases/atomic/member-bits-srcu-queue.c:47:17: note: 'run_hw_queue' calls '__might_sleep' on a path taken only when field 'struct request_queue.queue_flags' has a bit of 0x4 set, which may sleep
 * check-output-end
 */
