#include <linux/timer.h>
#include <linux/dmapool.h>
#include <linux/slab.h>

/*
 * no-interrupt-walker-clean.c, but the dump function is also stored
 * through a walker pointer handed in (`w->func = dump_node`), which may
 * be the cleaner's walker the timer walks: the timer reaches
 * dma_pool_destroy(), a sleep and a broken contract, one warning.
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
	struct cleaner *c = from_timer(c, t, timer);

	walk(&c->w);
}

void gc_setup(struct cleaner *c)
{
	c->w.func = clean_node;
}

void gc_start(struct cleaner *c)
{
	timer_setup(&c->timer, gc_timer, 0);
}

void dump_setup(struct walker *w)
{
	w->func = dump_node;
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
 * check-name: a timer whose walk may reach a sleeping no-interrupt function through its walker's member
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/no-interrupt-walker.c:41:9: warning: call to 'walk' may sleep in timer context, in 'gc_timer' [-Wsleep-in-atomic]
testcases/contracts/no-interrupt-walker.c:51:9: note: 'gc_timer' runs in timer context: 'gc_start' registers it here with 'init_timer_key'
rules/dma-api.rules:30:1: note: also: 'gc_timer' runs in timer context and calls 'dma_pool_destroy', which may not be called in interrupt context (contract 'dma_pool_destroy', documented at Documentation/core-api/dma-api-howto.rst:435)
testcases/contracts/no-interrupt-walker.c:41:9: note: 'gc_timer' calls 'walk'
testcases/contracts/no-interrupt-walker.c:23:16: note: 'walk' calls 'dump_node' via 'struct walker'.func = dump_node at testcases/contracts/no-interrupt-walker.c:56:17
testcases/contracts/no-interrupt-walker.c:33:9: note: 'dump_node' calls 'dma_pool_destroy', which may sleep
 * check-output-end
 */
