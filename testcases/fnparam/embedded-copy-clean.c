/*
 * embedded-copy.c with adapter_reset() calling the helper unlocked:
 * every function the counters may hold runs where nothing is held.
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

static const struct counter plain_cc = { .read = vclock_read };

void vclock_setup(struct vclock *v)
{
	v->cc = plain_cc;
}

void adapter_reset(struct adapter *a)
{
	counter_init(&a->cc);
}

void vclock_reset(struct vclock *v)
{
	counter_init(&v->cc);
}
/*
 * check-name: a struct copy into an embedded member, called unlocked
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
