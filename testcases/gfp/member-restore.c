#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A member tested after a call that may store it: walk_next() calls
 * walk_rewind(), which clears the walk's flags, before it tests
 * WALK_ATOMIC, so the caller's atomic bit says nothing of the test and
 * the walk may sleep under the caller's spinlock.
 */
#define WALK_ATOMIC	0x1

struct walk {
	unsigned int pos;
	unsigned int flags;
};

void walk_rewind(struct walk *w)
{
	w->pos = 0;
	w->flags = 0;
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
 * check-name: a member flag tested after a call that may store the member is not the caller's
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-restore.c:42:9: warning: call to 'walk_next' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-restore.c:41:9: note: atomic context begins here, at '_raw_spin_lock' in 'walk_locked'
testcases/gfp/member-restore.c:42:9: note: 'walk_locked' calls 'walk_next'
testcases/gfp/member-restore.c:29:17: note: 'walk_next' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x1 set, which may sleep
 * check-output-end
 */
