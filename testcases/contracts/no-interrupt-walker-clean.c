#include <linux/timer.h>
#include <linux/dmapool.h>
#include <linux/slab.h>

/*
 * fib6_gc_timer_cb() (net/ipv6/ip6_fib.c:2352) walks the routing tree
 * with a cleaner on its stack whose walker calls fib6_clean_node()
 * (:2239); the walk calls through the walker's member (:2121).  The
 * dump walker, which reaches a function documented as not callable in
 * interrupt context, is one fib6_tables_dump() allocates (:490-494):
 * never the cleaner's.  That function sleeps on every call, so the
 * search for sleeps, which follows what the member holds, decides: the
 * timer reaches neither the sleep nor the contract.
 */
struct walker {
	int (*func)(struct walker *w);
	struct dma_pool *pool;
};

struct cleaner {
	struct walker w;
	struct timer_list timer;
};

static int walk(struct walker *w)
{
	return w->func(w);
}

static int clean_node(struct walker *w)
{
	return 0;
}

static int dump_node(struct walker *w)
{
	dma_pool_destroy(w->pool);
	return 0;
}

static void gc_timer(struct timer_list *t)
{
	struct cleaner c;

	c.w.func = clean_node;
	walk(&c.w);
}

void gc_start(struct cleaner *c)
{
	timer_setup(&c->timer, gc_timer, 0);
}

int tables_dump(struct dma_pool *pool)
{
	struct walker *w;
	int err;

	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return -1;
	w->func = dump_node;
	w->pool = pool;
	err = walk(w);
	kfree(w);
	return err;
}
/*
 * check-name: a timer whose walk cannot reach a sleeping no-interrupt function through its walker's member is clean
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
