#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * An iterator started with the atomic bit (sg_miter_start()'s
 * miter->__flags) and then given to a function whose body is not known
 * (iter_reset()): it may store anything in the flags, so the next step
 * may sleep (kmap() in sg_miter_next()).
 */
#define ITER_ATOMIC	0x1

struct iter {
	unsigned int n;
	unsigned int flags;
};

void iter_start(struct iter *it, unsigned int flags)
{
	it->n = 0;
	it->flags = flags;
}

void iter_reset(struct iter *it);

static int iter_next(struct iter *it)
{
	if (!(it->flags & ITER_ATOMIC))
		msleep(1);
	return ++it->n < 4;
}

static spinlock_t lock;

void iter_locked(void)
{
	struct iter it;

	spin_lock(&lock);
	iter_start(&it, ITER_ATOMIC);
	iter_reset(&it);
	while (iter_next(&it))
		;
	spin_unlock(&lock);
}
/*
 * check-name: a local object given to a function whose body is not known keeps no member value
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-escape.c:41:16: warning: call to 'iter_next' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-escape.c:38:9: note: atomic context begins here, at '_raw_spin_lock' in 'iter_locked'
testcases/gfp/member-escape.c:41:16: note: 'iter_locked' calls 'iter_next'
testcases/gfp/member-escape.c:28:17: note: 'iter_next' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x1 set, which may sleep
 * check-output-end
 */
