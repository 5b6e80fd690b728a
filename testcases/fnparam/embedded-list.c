/*
 * embedded-clean.c with an adapter made by a list whose counter reads
 * with boot_read, which sleeps (`boot_adapter`): a named object's list
 * may put a function into an adapter's counter, so the spinlocked call
 * in adapter_reset() may reach boot_read (a list of an adapter is made:
 * the "^list" record of struct adapter).
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

static unsigned long long boot_read(const struct counter *c)
{
	msleep(2);
	return c->last;
}

static struct adapter boot_adapter = { .cc = { .read = boot_read } };

void boot_reset(void)
{
	adapter_reset(&boot_adapter);
}
/*
 * check-name: an embedded member's path holds what a list of its container gives it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/embedded-list.c:55:9: warning: call to 'counter_init' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/embedded-list.c:54:9: note: atomic context begins here, at '_raw_spin_lock' in 'adapter_reset'
testcases/fnparam/embedded-list.c:55:9: note: 'adapter_reset' calls 'counter_init'
testcases/fnparam/embedded-list.c:28:19: note: 'counter_init' calls 'boot_read' via 'struct counter'.read = boot_read at testcases/fnparam/embedded-list.c:70:56
testcases/fnparam/embedded-list.c:66:9: note: 'boot_read' calls 'msleep', which may sleep
 * check-output-end
 */
