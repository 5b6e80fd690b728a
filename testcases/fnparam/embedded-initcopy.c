/*
 * embedded-clean.c with an adapter whose counter a list copies from a
 * vclock's (`struct adapter tmp = { .cc = v->cc }`): an initializer's
 * copy is no assignment, no "*copy" record says it, so its "^copy"
 * record makes the adapter's counter path hold anything, and the
 * spinlocked call in adapter_reset() may reach vclock_read.
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
	struct adapter tmp = { .cc = v->cc };

	adapter_reset(&tmp);
}
/*
 * check-name: an initializer's struct copy may put another container's function into an embedded member
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/embedded-initcopy.c:55:9: warning: call to 'counter_init' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/embedded-initcopy.c:54:9: note: atomic context begins here, at '_raw_spin_lock' in 'adapter_reset'
testcases/fnparam/embedded-initcopy.c:55:9: note: 'adapter_reset' calls 'counter_init'
testcases/fnparam/embedded-initcopy.c:28:19: note: 'counter_init' calls 'vclock_read' via 'struct counter'.read = vclock_read at testcases/fnparam/embedded-initcopy.c:49:20
testcases/fnparam/embedded-initcopy.c:38:9: note: 'vclock_read' calls 'msleep', which may sleep
 * check-output-end
 */
