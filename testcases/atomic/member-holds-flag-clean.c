#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Like path_init() and nd_jump_root() in fs/namei.c: the RCU read lock
 * is taken only when `flags & LOOKUP_RCU` (flags, the parameter, with
 * the bit cleared on one path first), the same value is stored in
 * nd->flags, and nothing between that store and the call may change
 * the member (a store to another member, a branch, barrier()), so the
 * callee sees the bit set exactly where the lock is held, and sleeps
 * only where it is clear (clean twin of member-holds-flag.c, which
 * stores to the member again before the call).
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
	__asm__ __volatile__("" : : : "memory");
	if (*s == '/')
		nd->seq = 2;
	error = jump_root(nd);
	if (flags & LOOKUP_RCU)
		rcu_read_unlock();
	return error;
}
/*
 * check-name: a member stored from the value the lock tests (path_init nd->flags) is that value in the callee: it sleeps only outside the lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
