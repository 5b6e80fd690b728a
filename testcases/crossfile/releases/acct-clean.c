#include <linux/rcupdate.h>
#include <linux/sched.h>
#include "pin.h"

struct pin_ns { struct fs_pin *bacct; };

/* kernel/acct.c:293-298 acct_on(): rcu_read_lock(), the old pin
 * exchanged, pin_kill() drops the RCU read lock, then mntput() (which
 * may sleep) */
int acct_on(struct pin_ns *ns, struct fs_pin *new)
{
	struct fs_pin *old;

	rcu_read_lock();
	old = ns->bacct;
	ns->bacct = new;
	pin_kill(old);
	msleep(1);
	return 0;
}
/*
 * check-name: a callee of another file that a releases rule says drops the RCU read lock on every path (pin_kill) ends the section (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/fs_pin.c && sleepcheck report
 *
 */
