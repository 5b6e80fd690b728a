/*
 * A function stored into a member of a struct embedded in a global
 * variable, by the variable's name (`gcounter.cc.read = slow_read`), is
 * a binding of the member's field like a store through a pointer: the
 * call through `d->cc.read` under the spinlock may reach slow_read.
 * (sparse reads `gcounter.cc.read` as *((&gcounter + 8) + 0), two sums
 * of offsets, which sparse_pointers.c adds up as libclang names it.)
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

static unsigned long long slow_read(const struct counter *c)
{
	msleep(1);
	return c->last;
}

void gcounter_setup(void)
{
	gcounter.cc.read = slow_read;
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
 * check-name: a function stored into a global's embedded member by name is bound
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnptrs/global-member-store.c:26:9: warning: call to 'msleep' may sleep in atomic context, in 'slow_read' [-Wsleep-in-atomic]
testcases/fnptrs/global-member-store.c:40:13: note: 'slow_read' runs in atomic context: 'dev_read' calls through 'struct counter'.read here with spinlock held
testcases/fnptrs/global-member-store.c:39:9: note: atomic context begins here, at '_raw_spin_lock' in 'dev_read'
testcases/fnptrs/global-member-store.c:32:26: note: 'slow_read' is bound to 'struct counter.read' here, stored in 'struct dev.cc'
testcases/fnptrs/global-member-store.c:26:9: note: 'slow_read' calls 'msleep', which may sleep
 * check-output-end
 */
