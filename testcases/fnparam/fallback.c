/*
 * Where the callers' objects do not say what the member holds at the
 * call, every function bound to the field stays a target: walk() lets
 * reset() store a function a table gives into its walker first (a store
 * no binding names), and cur_ops is assigned slow_ops whole by
 * switch_ops() (a struct copy brings slow_act into it).  Both sleeps
 * under the spinlock are found.
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
	w->func = table[w->n & 1];
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
	cur_ops = slow_ops;
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
 * check-name: a member stored first, or an object copied whole, keeps every function of the field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/fallback.c:56:9: warning: call to 'walk' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/fallback.c:55:9: note: atomic context begins here, at '_raw_spin_lock' in 'walk_fast'
testcases/fnparam/fallback.c:56:9: note: 'walk_fast' calls 'walk'
testcases/fnparam/fallback.c:47:16: note: 'walk' calls 'slow_func' via 'struct walker'.func = slow_func at testcases/fnparam/fallback.c:51:46
testcases/fnparam/fallback.c:33:9: note: 'slow_func' calls 'msleep', which may sleep
testcases/fnparam/fallback.c:92:9: warning: call to 'run' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/fallback.c:91:9: note: atomic context begins here, at '_raw_spin_lock' in 'run_cur'
testcases/fnparam/fallback.c:92:9: note: 'run_cur' calls 'run'
testcases/fnparam/fallback.c:81:16: note: 'run' calls 'slow_act' via 'struct dev_ops'.act = slow_act at testcases/fnparam/fallback.c:76:49
testcases/fnparam/fallback.c:72:9: note: 'slow_act' calls 'msleep', which may sleep
 * check-output-end
 */
