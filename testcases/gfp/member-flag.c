#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag kept in a member of an object: walk_next() sleeps unless the
 * walk's flags have WALK_ATOMIC (sg_miter_next()'s `miter->__flags &
 * SG_MITER_ATOMIC`, lib/scatterlist.c), walk_step() passes its pointer
 * on, and walk_all() fills a local walk with its caller's flags.  Called
 * under a spinlock with flags that lack the bit, it sleeps.
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
	walk_all(0);
	spin_unlock(&lock);
}
/*
 * check-name: a flag in a member of the caller's object decides a sleep two levels down, with the flags of the caller's caller
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-flag.c:47:9: warning: call to 'walk_all' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-flag.c:46:9: note: atomic context begins here, at '_raw_spin_lock' in 'walk_locked'
testcases/gfp/member-flag.c:47:9: note: 'walk_locked' calls 'walk_all'
testcases/gfp/member-flag.c:39:16: note: 'walk_all' calls 'walk_step'
testcases/gfp/member-flag.c:30:16: note: 'walk_step' calls 'walk_next'
testcases/gfp/member-flag.c:24:17: note: 'walk_next' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x1 set, which may sleep
 * check-output-end
 */
