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
 * Here the caller tests another bit of hctx->flags (TAG_SHARED), which
 * says nothing of the queue's SRCU: submit() may sleep under its lock.
 */
#define QUEUE_FLAG_HAS_SRCU	2
#define BLK_MQ_F_TAG_SHARED	(1 << 1)
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

static void run_hw_queue(struct blk_mq_hw_ctx *hctx)
{
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
	if (!async && !(hctx->flags & BLK_MQ_F_TAG_SHARED)) {
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
 * check-name: a test of hctx->queue's SRCU bit is hctx->flags' BLOCKING bit (member-bits rule); the caller tests another bit: may sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-bits-srcu.c:62:9: warning: call to 'delay_run_hw_queue' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/member-bits-srcu.c:61:9: note: atomic context begins here, at 'rcu_read_lock' in 'submit'
testcases/atomic/member-bits-srcu.c:62:9: note: 'submit' calls 'delay_run_hw_queue'
testcases/atomic/member-bits-srcu.c:53:17: note: 'delay_run_hw_queue' calls 'run_hw_queue' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x2 set
testcases/atomic/member-bits-srcu.c:45:17: note: 'run_hw_queue' calls '__might_sleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x20 set, which may sleep
 * check-output-end
 */
