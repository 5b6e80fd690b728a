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
 * Here alloc_queue() sets QUEUE_FLAG_HAS_SRCU (blk_alloc_queue(),
 * block/blk-core.c:387, for a BLK_MQ_F_BLOCKING tag set): the SRCU side
 * runs, and its sleep under dispatch()'s lock is reported.
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
	if (alloc_srcu)
		set_bit(QUEUE_FLAG_HAS_SRCU, &q->queue_flags);
	return q;
}

void stop_queue(struct request_queue *q)
{
	if (!test_bit(QUEUE_FLAG_STOPPED, &q->queue_flags))
		set_bit(QUEUE_FLAG_STOPPED, &q->queue_flags);
	clear_bit(QUEUE_FLAG_NOMERGES, &q->queue_flags);
}
/*
 * check-name: test_bit() of a member is a field test; set_bit() of that bit somewhere: may sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/bitop-srcu.c:58:9: warning: call to 'insert_cloned_request' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/fields/bitop-srcu.c:57:9: note: atomic context begins here, at 'rcu_read_lock' in 'dispatch'
testcases/fields/bitop-srcu.c:58:9: note: 'dispatch' calls 'insert_cloned_request'
testcases/fields/bitop-srcu.c:49:17: note: 'insert_cloned_request' calls '__might_sleep' on a path taken only when field 'struct request_queue.queue_flags' has a bit of 0x4 set, which may sleep
 * check-output-end
 */
