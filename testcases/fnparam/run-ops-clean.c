/*
 * A helper that calls through a member of what its parameter points to
 * (`o->act(d)`, as timecounter_init()'s `cc->read(cc)`,
 * kernel/time/timecounter.c:13) reaches only the functions of the
 * objects its callers pass: fast_path() holds a spinlock around it with
 * fast_ops, whose act never sleeps; slow_ops' sleeping act runs only
 * from slow_path(), which holds nothing.  The object goes through a
 * second helper that passes its parameter on.
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
	run_twice(&slow_ops, d);
}
/*
 * check-name: a helper's call through its parameter's member reaches the callers' objects only
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
