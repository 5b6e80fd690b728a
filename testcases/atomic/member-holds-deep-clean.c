#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Like path_init() in fs/namei.c, with the test of the member one call
 * further down: the RCU read lock is taken only when `flags &
 * LOOKUP_RCU` (the bit cleared on one path first), flags is stored in
 * nd->flags, other members after it, and the callee passes nd on
 * to a function that sleeps only where that member has the bit clear;
 * nothing on the way stores to it (clean twin of member-holds-deep.c).
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
	nd->seq = 1;
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
 * check-name: a member stored from the value the lock tests is that value two calls down, where nothing stores to it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
