#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

static spinlock_t lock;

/* snd_seq's delivery: locked when atomic, and the callee sleeps only
 * when not */
static void deliver(int atomic)
{
	if (!atomic)
		msleep(1);
}

void dispatch(int atomic)
{
	if (atomic)
		spin_lock(&lock);
	deliver(atomic);
	if (atomic)
		spin_unlock(&lock);
}

/* path_init() and nd_jump_root() (fs/namei.c:2365, :975): the flag
 * stored in the object the callee is given */
struct nameidata { unsigned flags; };

static void jump_root(struct nameidata *nd)
{
	if (!(nd->flags & 0x40))
		msleep(1);
}

void path_init(struct nameidata *nd, unsigned flags)
{
	if (flags & 0x40)
		rcu_read_lock();
	nd->flags = flags;
	jump_root(nd);
	if (flags & 0x40)
		rcu_read_unlock();
}

/*
 * check-name: a lock taken under a test of a parameter, and a callee that sleeps only where the same test says it is not
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
