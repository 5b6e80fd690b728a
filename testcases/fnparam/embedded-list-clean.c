/*
 * embedded-list.c with the listed adapter's counter reading with
 * adapter_read: the lists of adapters give their counters nothing that
 * sleeps, and the vclock's store is into another struct's member.
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

static struct adapter boot_adapter = { .cc = { .read = adapter_read } };

void boot_reset(void)
{
	adapter_reset(&boot_adapter);
}
/*
 * check-name: an embedded member's path holds what a list of its container gives it, nothing that sleeps
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
