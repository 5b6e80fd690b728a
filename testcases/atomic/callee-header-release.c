#include <linux/spinlock.h>
#include <linux/sched.h>

#include "header-keep.h"

int node_busy(void);

/* the header's function may return with the lock held: the loop
 * goes round to the sleep with it */
void scan_nodes(spinlock_t *locks, int n)
{
	unsigned long flags;
	int i;

	for (i = 0; i < n; i++) {
		msleep(1);
		spin_lock_irqsave(&locks[i], flags);
		if (node_busy()) {
			boost_and_unlock(&locks[i], flags);
			continue;
		}
		spin_unlock_irqrestore(&locks[i], flags);
	}
}
/*
 * check-name: a static function of a header that keeps its caller's lock on one path
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-header-release.c:16:17: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/callee-header-release.c:17:17: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'scan_nodes'
testcases/atomic/callee-header-release.c:16:17: note: 'scan_nodes' calls 'msleep', which may sleep
 * check-output-end
 */
