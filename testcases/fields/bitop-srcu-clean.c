#include <linux/bitops.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>

/*
 * Like blk_insert_cloned_request() in Linux 6.1 (block/blk-mq.c:3112,
 * blk_mq_run_dispatch_ops() of block/blk-mq.h:389-405): the request is
 * issued under the RCU read lock when its queue has no SRCU, and may
 * sleep on the SRCU side, a branch on `test_bit(QUEUE_FLAG_HAS_SRCU,
 * &q->queue_flags)` (include/linux/blkdev.h:593), a volatile read of the
 * field.  dispatch() calls it under the RCU read lock
 * (__blk_mq_run_hw_queue(), blk-mq.c:2207, through dm_mq_queue_rq()).
 * The test is a field test; whether it can hold is what the program's
 * stores into `queue_flags` say: the bit operations on the member are
 * stores of their bit (rules/kernel-bitops.rules), test_bit() none.
 * Here no code sets QUEUE_FLAG_HAS_SRCU (in the kernel only
 * blk_alloc_queue() does, block/blk-core.c:387, for a BLK_MQ_F_BLOCKING
 * tag set): the bits set are QUEUE_FLAG_MQ_DEFAULT's, STOPPED and
 * NOMERGES, HAS_SRCU is only cleared and tested, so the SRCU side never
 * runs and dispatch() never sleeps under its lock.
 */
#define QUEUE_FLAG_STOPPED	0
#define QUEUE_FLAG_HAS_SRCU	2
#define QUEUE_FLAG_NOMERGES	3
#define QUEUE_FLAG_MQ_DEFAULT	((1UL << 7) | (1UL << 4) | (1UL << 29))

struct request_queue {
	unsigned long queue_flags;
	int srcu;
};

struct request {
	struct request_queue *q;
};

#define blk_queue_has_srcu(q)	test_bit(QUEUE_FLAG_HAS_SRCU, &(q)->queue_flags)

int issue_directly(struct request *rq);

int insert_cloned_request(struct request *rq)
{
	struct request_queue *q = rq->q;
	int ret;

	if (!blk_queue_has_srcu(q)) {
		rcu_read_lock();
		ret = issue_directly(rq);
		rcu_read_unlock();
	} else {
		might_sleep();
		ret = issue_directly(rq);
	}
	return ret;
}

void dispatch(struct request *rq)
{
	rcu_read_lock();
	insert_cloned_request(rq);
	rcu_read_unlock();
}

struct request_queue *alloc_queue(bool alloc_srcu)
{
	struct request_queue *q = kzalloc(sizeof(*q), GFP_KERNEL);

	if (!q)
		return NULL;
	q->queue_flags |= QUEUE_FLAG_MQ_DEFAULT;
	if (!alloc_srcu)
		clear_bit(QUEUE_FLAG_HAS_SRCU, &q->queue_flags);
	set_bit(QUEUE_FLAG_NOMERGES, &q->queue_flags);
	return q;
}

void stop_queue(struct request_queue *q)
{
	if (!test_bit(QUEUE_FLAG_STOPPED, &q->queue_flags))
		set_bit(QUEUE_FLAG_STOPPED, &q->queue_flags);
	clear_bit(QUEUE_FLAG_NOMERGES, &q->queue_flags);
}
/*
 * check-name: test_bit() of a member is a field test; no store sets its bit (clear_bit(), test_bit() none): never sleeps
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
