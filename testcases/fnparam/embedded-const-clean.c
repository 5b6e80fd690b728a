/*
 * The helper keeps the counter it is given (`tc->cc = cc`) before it
 * calls through it, as timecounter_init() does
 * (kernel/time/timecounter.c:12-13), and the counter is const: keeping a
 * pointer to a const object writes nothing through it, so the member at
 * the call is still the one the caller's path gives.  The clean
 * twin of embedded-const.c: vclock_reset() holds no lock, and
 * adapter_reset()'s counter never sleeps.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct counter {
	unsigned long long (*read)(const struct counter *c);
	unsigned long long last;
};

struct timer {
	const struct counter *cc;
	unsigned long long last;
};

struct adapter {
	spinlock_t lock;
	struct timer tc;
	struct counter cc;
};

struct vclock {
	spinlock_t lock;
	struct timer tc;
	struct counter cc;
};

void counter_init(struct timer *tc, const struct counter *cc)
{
	tc->cc = cc;
	tc->last = cc->read(cc);
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
	counter_init(&a->tc, &a->cc);
	spin_unlock(&a->lock);
}

void vclock_reset(struct vclock *v)
{
	counter_init(&v->tc, &v->cc);
}
/*
 * check-name: a helper that keeps a const counter's pointer, clean twin
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
