/*
 * embedded.c with vclock_reset() calling the helper unlocked: the
 * spinlocked call in adapter_reset() passes an adapter's counter, whose
 * read only the store into that path (`a->cc.read = adapter_read`)
 * gives it; the store into a vclock's counter (`v->cc.read =
 * vclock_read`) is of another struct's member, which cannot be this one.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct counter {
	unsigned long long (*read)(const struct counter *c);
	unsigned long long last;
};

struct adapter {
	spinlock_t lock;
	struct counter cc;
};

struct vclock {
	spinlock_t lock;
	struct counter cc;
};

void counter_init(struct counter *c)
{
	c->last = c->read(c);
}

static unsigned long long adapter_read(const struct counter *c)
{
	return c->last + 1;
}

static unsigned long long vclock_read(const struct counter *c)
{
	msleep(1);
	return c->last;
}

void adapter_setup(struct adapter *a)
{
	a->cc.read = adapter_read;
}

void vclock_setup(struct vclock *v)
{
	v->cc.read = vclock_read;
}

void adapter_reset(struct adapter *a)
{
	spin_lock(&a->lock);
	counter_init(&a->cc);
	spin_unlock(&a->lock);
}

void vclock_reset(struct vclock *v)
{
	counter_init(&v->cc);
}
/*
 * check-name: a helper given an embedded member's address does not reach another container's stores
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
