#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A local object passed by the address of its first member, a struct of
 * another type (fib6_clean_tree()'s `fib6_walk(net, &c.w)`,
 * net/ipv6/ip6_fib.c:2249): the callee's members are the inner
 * struct's, so the outer struct's own `flags` (set here) says nothing of
 * the walk's `flags` (left 0), and walk_next() sleeps.  The object's
 * stores are not read at such a call: the sleep counts.
 */
#define WALK_ATOMIC	0x1

struct walk {
	unsigned int pos;
	unsigned int flags;
};

struct cleaner {
	struct walk w;
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

int clean_all(void)
{
	struct cleaner c;

	c.w.pos = 0;
	c.w.flags = 0;
	c.flags = WALK_ATOMIC;
	return walk_step(&c.w);
}

static spinlock_t lock;

void clean_locked(void)
{
	spin_lock(&lock);
	clean_all();
	spin_unlock(&lock);
}
/*
 * check-name: a local passed by its first member's address: the outer struct's member of the same name is not the callee's
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-offset0.c:53:9: warning: call to 'clean_all' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-offset0.c:52:9: note: atomic context begins here, at '_raw_spin_lock' in 'clean_locked'
testcases/gfp/member-offset0.c:53:9: note: 'clean_locked' calls 'clean_all'
testcases/gfp/member-offset0.c:45:16: note: 'clean_all' calls 'walk_step'
testcases/gfp/member-offset0.c:35:16: note: 'walk_step' calls 'walk_next'
testcases/gfp/member-offset0.c:29:17: note: 'walk_next' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x1 set, which may sleep
 * check-output-end
 */
