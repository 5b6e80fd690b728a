/*
 * embedded-copy-clean.c with the plain counter copied through a pointer
 * (`*dst = plain_cc` in counter_copy()): where a copy lands is not
 * recorded then, it may be in an adapter's counter too, so the
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

static const struct counter plain_cc = { .read = vclock_read };

static void counter_copy(struct counter *dst)
{
	*dst = plain_cc;
}

void vclock_setup(struct vclock *v)
{
	counter_copy(&v->cc);
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
 * check-name: a struct copy through a pointer may land in any embedded member: the path is not followed
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/embedded-copy.c:61:9: warning: call to 'counter_init' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/embedded-copy.c:60:9: note: atomic context begins here, at '_raw_spin_lock' in 'adapter_reset'
testcases/fnparam/embedded-copy.c:61:9: note: 'adapter_reset' calls 'counter_init'
testcases/fnparam/embedded-copy.c:27:19: note: 'counter_init' calls 'vclock_read' via 'struct counter'.read = vclock_read at testcases/fnparam/embedded-copy.c:46:50
testcases/fnparam/embedded-copy.c:37:9: note: 'vclock_read' calls 'msleep', which may sleep
 * check-output-end
 */
