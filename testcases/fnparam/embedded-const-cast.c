/*
 * embedded-const.c with the const cast away: the helper also keeps its
 * counter as a pointer to a non-const one (`tc->w = (struct counter
 * *)cc`), through which another function writes its read member with
 * a value that is no function of the program's (`tc->w->read = r`), so
 * the call reaches every function bound to it.  vclock_reset()
 * holds a spinlock around the helper with a vclock's counter, whose
 * read sleeps: both calls reach it (one warning, at the first).
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct counter {
	unsigned long long (*read)(const struct counter *c);
	unsigned long long last;
};

struct timer {
	const struct counter *cc;
	struct counter *w;
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
	tc->w = (struct counter *)cc;
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

void counter_swap(struct timer *tc,
		  unsigned long long (*r)(const struct counter *c))
{
	tc->w->read = r;
}

void adapter_reset(struct adapter *a)
{
	spin_lock(&a->lock);
	counter_init(&a->tc, &a->cc);
	spin_unlock(&a->lock);
}

void vclock_reset(struct vclock *v)
{
	spin_lock(&v->lock);
	counter_init(&v->tc, &v->cc);
	spin_unlock(&v->lock);
}
/*
 * check-name: a helper that keeps its const counter as a non-const pointer may change its member
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/embedded-const-cast.c:73:9: warning: call to 'counter_init' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/embedded-const-cast.c:72:9: note: atomic context begins here, at '_raw_spin_lock' in 'adapter_reset'
testcases/fnparam/embedded-const-cast.c:73:9: note: 1 other call made in atomic context reaches the same sleep through 'vclock_read' (--show-all-paths lists them)
testcases/fnparam/embedded-const-cast.c:73:9: note: 'adapter_reset' calls 'counter_init'
testcases/fnparam/embedded-const-cast.c:40:20: note: 'counter_init' calls 'vclock_read' via 'struct counter'.read = vclock_read at testcases/fnparam/embedded-const-cast.c:61:20
testcases/fnparam/embedded-const-cast.c:50:9: note: 'vclock_read' calls 'msleep', which may sleep
 * check-output-end
 */
