/*
 * A walker embedded in a cleaner on the stack (`c.w.func = clean_node`,
 * fib6_clean_tree(), net/ipv6/ip6_fib.c:2239) is walked under a spinlock;
 * the walk calls through its member (`w->func(w)`, fib6_walk_continue(),
 * ip6_fib.c:2121), after linking it onto a list of walkers (fib6_walk(),
 * :2168), where others may reach it; they store the member only as the
 * program's bindings of it do.  The only other function stored there
 * is stored into a walker the function allocated itself (`w =
 * kzalloc(...); w->func = dump_node`, fib6_tables_dump(), ip6_fib.c:
 * 490-494): a struct of its own, never the cleaner's member, so the
 * walk does not reach it.
 */
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/sched.h>

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
	return w->count;
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
 * check-name: a function stored into a walker the function allocated is not in another struct's walker
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
