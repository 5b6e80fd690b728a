/*
 * walker-container-clean.c, but the dump walker is one the caller hands
 * in (`given->func = dump_node`), which may be any walker, the cleaner's
 * too: the walk under the spinlock may reach dump_node, which sleeps.
 */
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/kernel.h>

struct walker {
	int (*func)(struct walker *w);
	int count;
	struct walker *next;
};

struct cleaner {
	struct walker w;
	int arg;
};

static spinlock_t tree_lock;
static struct walker *walkers;

static int walk_continue(struct walker *w)
{
	return w->func(w);
}

static int walk(struct walker *w)
{
	w->count = 0;
	w->next = walkers;
	walkers = w;
	return walk_continue(w);
}

static int clean_node(struct walker *w)
{
	struct cleaner *c = container_of(w, struct cleaner, w);

	return c->arg + w->count;
}

static int dump_node(struct walker *w)
{
	msleep(1);
	return 0;
}

void clean_tree(int arg)
{
	struct cleaner c;

	c.w.func = clean_node;
	c.arg = arg;
	spin_lock(&tree_lock);
	walk(&c.w);
	spin_unlock(&tree_lock);
}

int tables_dump(struct walker *given)
{
	given->func = dump_node;
	return walk(given);
}
/*
 * check-name: with a container_of() callback, a function stored through a pointer handed in may still be in the cleaner's walker
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/walker-container.c:58:9: warning: call to 'walk' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/walker-container.c:57:9: note: atomic context begins here, at '_raw_spin_lock' in 'clean_tree'
testcases/fnparam/walker-container.c:58:9: note: 'clean_tree' calls 'walk'
testcases/fnparam/walker-container.c:35:16: note: 'walk' calls 'walk_continue'
testcases/fnparam/walker-container.c:27:16: note: 'walk_continue' calls 'dump_node' via 'struct walker'.func = dump_node at testcases/fnparam/walker-container.c:64:21
testcases/fnparam/walker-container.c:47:9: note: 'dump_node' calls 'msleep', which may sleep
 * check-output-end
 */
