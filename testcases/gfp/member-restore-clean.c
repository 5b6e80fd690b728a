#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A member tested after a call that stores other members: walk_next()
 * calls walk_rewind(), which resets the walk's position only, before it
 * tests WALK_ATOMIC, so the caller's atomic bit decides the test and the
 * walk does not sleep under the caller's spinlock.
 */
#define WALK_ATOMIC	0x1

struct walk {
	unsigned int pos;
	unsigned int flags;
};

void walk_rewind(struct walk *w)
{
	w->pos = 0;
}

int walk_next(struct walk *w)
{
	walk_rewind(w);
	if (w->flags & WALK_ATOMIC)
		w->pos++;
	else
		msleep(1);
	return w->pos < 8;
}

static spinlock_t lock;

void walk_locked(void)
{
	struct walk w;

	w.pos = 0;
	w.flags = WALK_ATOMIC;
	spin_lock(&lock);
	walk_next(&w);
	spin_unlock(&lock);
}
/*
 * check-name: a member flag tested after a call that stores other members is the caller's
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
