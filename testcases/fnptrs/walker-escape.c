/*
 * A walker filled in a local struct and passed by the address of its
 * member at offset 0 (net/ipv6/ip6_fib.c:2236-2249, fib6_clean_tree())
 * is linked onto a list before its callback runs (fib6_walker_link(),
 * ip6_fib.c:78-83): from there, a function given the list may store
 * another callback into it.  Here the callback the maker stored does
 * so, through the list, and the next round runs the sleeping one: a
 * per-object reading of `w->func` must not hide it (README, Limits:
 * "a walker's `func`").
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct walker {
	struct walker *next;
	int count;
	int (*func)(struct walker *w);
};

struct cleaner {
	struct walker w;
	int sernum;
};

static struct walker *walkers;
static spinlock_t tree_lock;

static int sleepy_node(struct walker *w)
{
	msleep(1);
	return 0;
}

/* every walker on the list dumps from now on */
static void retarget_all(void)
{
	struct walker *w;

	for (w = walkers; w; w = w->next)
		w->func = sleepy_node;
}

static int clean_node(struct walker *w)
{
	if (w->count == 1)
		retarget_all();
	return 0;
}

static void walker_link(struct walker *w)
{
	w->next = walkers;
	walkers = w;
}

static int walk_continue(struct walker *w)
{
	int err;

	while (w->count < 3) {
		err = w->func(w);
		if (err)
			return err;
		w->count++;
	}
	return 0;
}

static int walk(struct walker *w)
{
	w->count = 0;
	walker_link(w);
	return walk_continue(w);
}

void clean_tree(int sernum)
{
	struct cleaner c;

	c.w.func = clean_node;
	c.sernum = sernum;
	spin_lock(&tree_lock);
	walk(&c.w);
	spin_unlock(&tree_lock);
}
/*
 * check-name: a local walker linked onto a list keeps every callback stored through a pointer
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnptrs/walker-escape.c:83:9: warning: call to 'walk' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnptrs/walker-escape.c:82:9: note: atomic context begins here, at '_raw_spin_lock' in 'clean_tree'
testcases/fnptrs/walker-escape.c:83:9: note: 'clean_tree' calls 'walk'
testcases/fnptrs/walker-escape.c:73:16: note: 'walk' calls 'walk_continue'
testcases/fnptrs/walker-escape.c:61:23: note: 'walk_continue' calls 'sleepy_node' via 'struct walker'.func = sleepy_node at testcases/fnptrs/walker-escape.c:40:25
testcases/fnptrs/walker-escape.c:30:9: note: 'sleepy_node' calls 'msleep', which may sleep
 * check-output-end
 */
