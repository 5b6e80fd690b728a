#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * An iterator started with the atomic bit (sg_miter_start()'s
 * miter->__flags) and then given to iter_reset(), which stores its
 * count but not its flags, and to iter_mark(), which passes it on to
 * iter_count(): the flags keep the bit, and the next step does not
 * sleep.
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

void iter_reset(struct iter *it)
{
	it->n = 0;
}

static void iter_count(struct iter *it)
{
	it->n++;
}

void iter_mark(struct iter *it)
{
	iter_count(it);
}

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
	iter_mark(&it);
	while (iter_next(&it))
		;
	spin_unlock(&lock);
}
/*
 * check-name: a local object given to functions that store other members keeps its flags
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
