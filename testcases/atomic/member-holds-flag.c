#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Like path_init() and nd_jump_root() in fs/namei.c: the RCU read lock
 * is taken only when `flags & LOOKUP_RCU`, the same value is stored in
 * nd->flags, and the callee sleeps only where that member has the bit
 * clear.  Here a store of 0 to the member between the store of flags
 * and the call makes the member something the lock's test does not
 * decide: jump_root() may sleep under the lock.
 */
#define LOOKUP_RCU	0x40

struct nameidata {
	unsigned int flags;
	unsigned int state;
	int seq;
};

static int jump_root(struct nameidata *nd)
{
	if (nd->flags & LOOKUP_RCU) {
		nd->seq = 1;
	} else {
		msleep(1);
	}
	nd->state |= 2;
	return 0;
}

int path_init(struct nameidata *nd, unsigned int flags, const char *s)
{
	int error;

	if (!*s)
		flags &= ~LOOKUP_RCU;
	if (flags & LOOKUP_RCU)
		rcu_read_lock();
	else
		nd->seq = 0;
	nd->flags = flags;
	nd->state |= 1;
	if (*s == '/')
		nd->flags = 0;
	error = jump_root(nd);
	if (flags & LOOKUP_RCU)
		rcu_read_unlock();
	return error;
}
/*
 * check-name: a member stored from the value the lock tests, then overwritten: the callee's test of it is not the lock's
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-holds-flag.c:45:17: warning: call to 'jump_root' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/member-holds-flag.c:38:17: note: atomic context begins here, at 'rcu_read_lock' in 'path_init'
testcases/atomic/member-holds-flag.c:45:17: note: 'path_init' calls 'jump_root'
testcases/atomic/member-holds-flag.c:25:17: note: 'jump_root' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x40 set, which may sleep
 * check-output-end
 */
