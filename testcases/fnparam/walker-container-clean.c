/*
 * walker-fresh-clean.c, where the cleaner's callback reaches its cleaner
 * with container_of() (fib6_clean_node(), net/ipv6/ip6_fib.c:2179): a
 * use of the walker the lowering does not follow, after which any
 * member of it may have changed for all the facts say.  The only stores
 * into the walker's function member are bindings, which the question at
 * the cleaner counts anyway, so the walk still reaches clean_node alone.
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

int tables_dump(void)
{
	struct walker *w;
	int err;

	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return -1;
	w->func = dump_node;
	err = walk(w);
	kfree(w);
	return err;
}
/*
 * check-name: a callback that converts its walker with container_of() does not make the walker hold any function
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
