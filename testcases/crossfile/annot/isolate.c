#include <linux/sched.h>
#include "pool.h"

void pool_isolate(struct pool *p)
{
	unsigned long flags;

	pool_lock_irqsave(&p->lock, &flags);
	p->n++;
	msleep(1);
	spin_unlock_irqrestore(&p->lock, flags);
}
/*
 * check-name: a callee in another file annotated __acquires(lock) leaves its caller atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/pool.c && sleepcheck report
 *
 * check-output-start
testcases/crossfile/annot/isolate.c:10:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/crossfile/annot/isolate.c:8:9: note: atomic context begins here, at 'pool_lock_irqsave' in 'pool_isolate'
testcases/crossfile/annot/isolate.c:10:9: note: 'pool_isolate' calls 'msleep', which may sleep
 * check-output-end
 */
