/*
 * embedded-initcopy.c with the adapter's counter stored by its path
 * (`tmp.cc.read = adapter_read`) instead of copied from a vclock's: the
 * spinlocked call in adapter_reset() reaches adapter_read only.
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

void adapter_mirror(struct vclock *v)
{
	struct adapter tmp = { .lock = v->lock };

	tmp.cc.read = adapter_read;
	adapter_reset(&tmp);
}
/*
 * check-name: a local container's embedded member stored by its path, no initializer copy
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
