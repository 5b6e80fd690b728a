/*
 * global-member-store.c with the global's member given a function that
 * does not sleep (`gcounter.cc.read = fast_read`): the call through
 * `d->cc.read` under the spinlock reaches nothing that sleeps.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct counter {
	unsigned long long (*read)(const struct counter *c);
	unsigned long long last;
};

struct dev {
	spinlock_t lock;
	struct counter cc;
};

struct dev gcounter;

static unsigned long long fast_read(const struct counter *c)
{
	return c->last;
}

void gcounter_setup(void)
{
	gcounter.cc.read = fast_read;
}

unsigned long long dev_read(struct dev *d)
{
	unsigned long long v;

	spin_lock(&d->lock);
	v = d->cc.read(&d->cc);
	spin_unlock(&d->lock);
	return v;
}
/*
 * check-name: a function stored into a global's embedded member by name, which does not sleep
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
