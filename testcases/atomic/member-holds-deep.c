#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Like path_init() in fs/namei.c, with the test of the member one call
 * further down: the RCU read lock is taken only when `flags &
 * LOOKUP_RCU` (the bit cleared on one path first), flags is stored in
 * nd->flags, other members after it, and the callee passes nd on
 * to a function that sleeps only where that member has the bit clear;
 * the callee clears the bit in the member before it passes nd on, so
 * the sleep is reached under the lock.
 */
#define LOOKUP_RCU	0x40

struct nameidata {
	unsigned int flags;
	unsigned int state;
	int seq;
};

static void put_path(struct nameidata *nd)
{
	if (!(nd->flags & LOOKUP_RCU))
		msleep(1);
}

static int jump_root(struct nameidata *nd)
{
	nd->flags &= ~LOOKUP_RCU;
	put_path(nd);
	return 0;
}

int path_init(struct nameidata *nd, unsigned int flags, const char *s)
{
	int error;

	if (!*s)
		flags &= ~LOOKUP_RCU;
	if (flags & LOOKUP_RCU)
		rcu_read_lock();
	nd->flags = flags;
	nd->state |= 1;
	if (*s == '/')
		nd->seq = 2;
	error = jump_root(nd);
	if (flags & LOOKUP_RCU)
		rcu_read_unlock();
	return error;
}
/*
 * check-name: a member stored from the value the lock tests, changed by the callee before it passes it on: the sleep is under the lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-holds-deep.c:46:17: warning: call to 'jump_root' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/member-holds-deep.c:41:17: note: atomic context begins here, at 'rcu_read_lock' in 'path_init'
testcases/atomic/member-holds-deep.c:46:17: note: 'path_init' calls 'jump_root'
testcases/atomic/member-holds-deep.c:30:9: note: 'jump_root' calls 'put_path'
testcases/atomic/member-holds-deep.c:24:17: note: 'put_path' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x40 set, which may sleep
 * check-output-end
 */
