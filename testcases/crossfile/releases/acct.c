#include <linux/rcupdate.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include "pin.h"

struct pin_ns { struct fs_pin *bacct; };

static spinlock_t acct_lock;

/* the rule drops the RCU read lock, not the spinlock also held */
int acct_on_locked(struct pin_ns *ns, struct fs_pin *new)
{
	struct fs_pin *old;

	spin_lock(&acct_lock);
	rcu_read_lock();
	old = ns->bacct;
	ns->bacct = new;
	pin_kill(old);
	msleep(1);
	spin_unlock(&acct_lock);
	return 0;
}

/* RCU taken twice: pin_kill() drops one */
int acct_on_nested(struct pin_ns *ns, struct fs_pin *new)
{
	struct fs_pin *old;

	rcu_read_lock();
	rcu_read_lock();
	old = ns->bacct;
	ns->bacct = new;
	pin_kill(old);
	msleep(1);
	rcu_read_unlock();
	return 0;
}
/*
 * check-name: a releases rule (pin_kill) drops the RCU read lock only: a spinlock also held, or RCU taken twice, stays atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/fs_pin.c && sleepcheck report
 *
 * check-output-start
testcases/crossfile/releases/acct.c:19:9: warning: call to 'pin_kill' may sleep with spinlock held, RCU read lock held [-Wsleep-in-atomic]
testcases/crossfile/releases/acct.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'acct_on_locked'
testcases/crossfile/releases/acct.c:19:9: note: 'acct_on_locked' calls 'pin_kill'
testcases/crossfile/releases/fs_pin.c:20:9: note: 'pin_kill' calls 'msleep' on a path taken only when its argument 1 is non-zero, which may sleep
testcases/crossfile/releases/acct.c:20:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/crossfile/releases/acct.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'acct_on_locked'
testcases/crossfile/releases/acct.c:20:9: note: 'acct_on_locked' calls 'msleep', which may sleep
testcases/crossfile/releases/acct.c:34:9: warning: call to 'pin_kill' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/crossfile/releases/acct.c:30:9: note: atomic context begins here, at 'rcu_read_lock' in 'acct_on_nested'
testcases/crossfile/releases/acct.c:34:9: note: 'acct_on_nested' calls 'pin_kill'
testcases/crossfile/releases/fs_pin.c:20:9: note: 'pin_kill' calls 'msleep' on a path taken only when its argument 1 is non-zero, which may sleep
testcases/crossfile/releases/acct.c:35:9: warning: call to 'msleep' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/crossfile/releases/acct.c:30:9: note: atomic context begins here, at 'rcu_read_lock' in 'acct_on_nested'
testcases/crossfile/releases/acct.c:35:9: note: 'acct_on_nested' calls 'msleep', which may sleep
 * check-output-end
 */
