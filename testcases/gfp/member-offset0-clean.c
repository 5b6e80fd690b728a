#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Twin of member-offset0.c: the same objects, the callee given the
 * outer struct itself, whose own `flags` it tests: the caller's store
 * decides it, and nothing sleeps.
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

static int clean_next(struct cleaner *c)
{
	if (c->flags & WALK_ATOMIC)
		c->w.pos++;
	else
		msleep(1);
	return c->w.pos < 8;
}

int clean_step(struct cleaner *c)
{
	return clean_next(c);
}

int clean_all(void)
{
	struct cleaner c;

	c.w.pos = 0;
	c.w.flags = 0;
	c.flags = WALK_ATOMIC;
	return clean_step(&c);
}

static spinlock_t lock;

void clean_locked(void)
{
	spin_lock(&lock);
	clean_all();
	spin_unlock(&lock);
}
/*
 * check-name: a local passed by its own address: the outer struct's member decides
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
