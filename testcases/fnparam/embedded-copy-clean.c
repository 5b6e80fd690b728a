/*
 * embedded-clean.c with a vclock's counter copied whole from a plain
 * counter (`v->cc = plain_cc`, as drivers/ptp/ptp_vclock.c:203's
 * `vclock->cc = ptp_vclock_cc`): the copy lands in a vclock's member
 * (its destination "struct vclock.cc" is recorded), not in an
 * adapter's, so the spinlocked call in adapter_reset() still reaches
 * adapter_read only.
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
	spin_lock(&a->lock);
	counter_init(&a->cc);
	spin_unlock(&a->lock);
}

void vclock_reset(struct vclock *v)
{
	counter_init(&v->cc);
}
/*
 * check-name: a struct copy into another container's member does not reach an embedded member's path
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
