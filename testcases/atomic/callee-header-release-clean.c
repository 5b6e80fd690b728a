#include <linux/spinlock.h>
#include <linux/sched.h>

#include "header-release.h"

int node_busy(void);

/* like force_qs_rnp(): each node is unlocked, by the header's function
 * on one path, before the loop goes round to a sleep */
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
 * check-name: a static function of a header that drops its caller's lock on every path
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
