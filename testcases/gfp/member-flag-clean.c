#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag kept in a member of an object: walk_next() sleeps unless the
 * walk's flags have WALK_ATOMIC (sg_miter_next()'s `miter->__flags &
 * SG_MITER_ATOMIC`, lib/scatterlist.c), walk_step() passes its pointer
 * on, and walk_all() fills a local walk with its caller's flags.  Called
 * under a spinlock with the bit, it does not sleep.
 */
#define WALK_ATOMIC	0x1
#define WALK_WRITE	0x2

struct walk {
	unsigned int pos;
	unsigned int flags;
};

static int walk_next(struct walk *w)
{
	if (w->flags & WALK_ATOMIC)
		w->pos++;
	else
		msleep(1);
	return w->pos < 8;
}

int walk_step(struct walk *w)
{
	return walk_next(w);
}

int walk_all(unsigned int flags)
{
	struct walk w;

	w.pos = 0;
	w.flags = flags | WALK_WRITE;
	return walk_step(&w);
}

static spinlock_t lock;

void walk_locked(void)
{
	spin_lock(&lock);
	walk_all(WALK_ATOMIC);
	spin_unlock(&lock);
}
/*
 * check-name: a flag in a member of the caller's object, set by the caller's caller
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
