/*
 * A helper that calls through a member of what its parameter points to
 * (`o->act(d)`, as timecounter_init()'s `cc->read(cc)`,
 * kernel/time/timecounter.c:13) reaches only the functions of the
 * objects its callers pass: fast_path() holds a spinlock around it with
 * fast_ops, whose act never sleeps; slow_path() holds it around the
 * helper with slow_ops, whose act sleeps: that call is the bug.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct dev {
	spinlock_t lock;
	int count;
};

struct dev_ops {
	int (*act)(struct dev *d);
	int (*undo)(struct dev *d);
};

static int run(const struct dev_ops *o, struct dev *d)
{
	d->count++;
	return o->act(d);
}

static int run_twice(const struct dev_ops *o, struct dev *d)
{
	run(o, d);
	return run(o, d);
}

static int fast_act(struct dev *d)
{
	return d->count;
}

static int slow_act(struct dev *d)
{
	msleep(10);
	return 0;
}

static const struct dev_ops fast_ops = { .act = fast_act };
static const struct dev_ops slow_ops = { .act = slow_act };

void fast_path(struct dev *d)
{
	spin_lock(&d->lock);
	run_twice(&fast_ops, d);
	spin_unlock(&d->lock);
}

void slow_path(struct dev *d)
{
	spin_lock(&d->lock);
	run_twice(&slow_ops, d);
	spin_unlock(&d->lock);
}
/*
 * check-name: a helper's call through its parameter's member reaches a sleeping caller's object
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/run-ops.c:58:9: warning: call to 'run_twice' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/run-ops.c:57:9: note: atomic context begins here, at '_raw_spin_lock' in 'slow_path'
testcases/fnparam/run-ops.c:58:9: note: 'slow_path' calls 'run_twice'
testcases/fnparam/run-ops.c:30:9: note: 'run_twice' calls 'run'
testcases/fnparam/run-ops.c:25:16: note: 'run' calls 'slow_act' via 'struct dev_ops'.act = slow_act at testcases/fnparam/run-ops.c:46:49
testcases/fnparam/run-ops.c:41:9: note: 'slow_act' calls 'msleep', which may sleep
 * check-output-end
 */
