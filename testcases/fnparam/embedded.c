/*
 * A helper that calls through a member of what its parameter points to
 * (`c->read(c)`, timecounter_init()'s `cc->read(cc)`,
 * kernel/time/timecounter.c:13) is given the address of a counter
 * embedded in a container struct (`&adapter->cc`,
 * drivers/net/ethernet/intel/e1000e/netdev.c:3944): it reaches what the
 * stores into that path give the member.  vclock_reset() holds a
 * spinlock around the helper with a vclock's counter, whose read sleeps
 * (it is stored as `v->cc.read = vclock_read`): that call is the bug.
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
	spin_lock(&v->lock);
	counter_init(&v->cc);
	spin_unlock(&v->lock);
}
/*
 * check-name: a helper given an embedded member's address reaches the stores into that member's path
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/embedded.c:65:9: warning: call to 'counter_init' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/embedded.c:64:9: note: atomic context begins here, at '_raw_spin_lock' in 'vclock_reset'
testcases/fnparam/embedded.c:65:9: note: 'vclock_reset' calls 'counter_init'
testcases/fnparam/embedded.c:31:19: note: 'counter_init' calls 'vclock_read' via 'struct counter'.read = vclock_read at testcases/fnparam/embedded.c:52:20
testcases/fnparam/embedded.c:41:9: note: 'vclock_read' calls 'msleep', which may sleep
 * check-output-end
 */
