/*
 * fallback.c without the stores that hide what the member holds: reset()
 * stores another member of the walker, switch_ops() stores fast_act into
 * cur_ops by name.  The calls under the spinlock reach fast_walker's and
 * cur_ops' functions only, none of which sleeps.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct walker;
typedef int (*walk_fn)(struct walker *w);

struct walker {
	walk_fn func;
	int n;
};

struct dev_ops {
	int (*act)(int n);
};

static spinlock_t lock;

static int fast_func(struct walker *w)
{
	return w->n;
}

static int slow_func(struct walker *w)
{
	msleep(1);
	return 0;
}

static walk_fn table[2] = { fast_func, slow_func };

static void reset(struct walker *w)
{
	w->n = table[0] == fast_func;
}

static int walk(struct walker *w)
{
	reset(w);
	return w->func(w);
}

static struct walker fast_walker = { .func = fast_func, .n = 1 };
static struct walker slow_walker = { .func = slow_func };

void walk_fast(void)
{
	spin_lock(&lock);
	walk(&fast_walker);
	spin_unlock(&lock);
}

void walk_slow(void)
{
	walk(&slow_walker);
}

static int fast_act(int n)
{
	return n;
}

static int slow_act(int n)
{
	msleep(n);
	return 0;
}

static const struct dev_ops slow_ops = { .act = slow_act };
static struct dev_ops cur_ops = { .act = fast_act };

static int run(const struct dev_ops *o, int n)
{
	return o->act(n);
}

void switch_ops(void)
{
	cur_ops.act = fast_act;
}

void run_cur(void)
{
	spin_lock(&lock);
	run(&cur_ops, 1);
	spin_unlock(&lock);
}

void run_slow(void)
{
	run(&slow_ops, 1);
}
/*
 * check-name: a member of another struct stored first, an object's own member stored: its callers' objects decide
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
