#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * The buggy twin of embedded-root-clean.c (lib/radix-tree.c:622's
 * root_gfp_mask(), block/blk-cgroup.c:1227's INIT_RADIX_TREE): a grp's
 * tree may also get GFP_KERNEL (grp_reset()), and a function given a
 * plain tree pointer may store a blocking value into any tree
 * (tree_set_gfp(): it may be a grp's), so inserting under a spinlock may
 * sleep, in grp_add() and in hub_add().
 */
#define GFP_BITS_MASK	((__force gfp_t)((1 << 26) - 1))

struct tree_root {
	spinlock_t lock;
	gfp_t flags;
	void *head;
};

static inline void tree_init(struct tree_root *t, gfp_t gfp)
{
	t->flags = gfp;
	t->head = NULL;
}

static inline gfp_t tree_gfp(struct tree_root *t)
{
	return t->flags & GFP_BITS_MASK;
}

static void *node_alloc(gfp_t gfp)
{
	return kmalloc(64, gfp);
}

int tree_insert(struct tree_root *t, void *item)
{
	void *node = node_alloc(tree_gfp(t));

	if (!node)
		return -12;
	t->head = node;
	return 0;
}

void tree_set_gfp(struct tree_root *t)
{
	t->flags = GFP_KERNEL;
}

struct grp {
	int id;
	struct tree_root tree;
};

struct hub {
	int n;
	struct tree_root tree;
};

static spinlock_t big;

struct grp *grp_new(void)
{
	struct grp *g = kzalloc(sizeof(*g), GFP_KERNEL);

	if (g)
		tree_init(&g->tree, GFP_NOWAIT | __GFP_NOWARN);
	return g;
}

void grp_reset(struct grp *g)
{
	g->tree.flags = GFP_KERNEL;
}

void hub_init(struct hub *h)
{
	tree_init(&h->tree, GFP_NOWAIT);
}

int grp_add(struct grp *g, void *item)
{
	int err;

	spin_lock(&big);
	err = tree_insert(&g->tree, item);
	spin_unlock(&big);
	return err;
}

int hub_add(struct hub *h, void *item)
{
	int err;

	spin_lock(&big);
	err = tree_insert(&h->tree, item);
	spin_unlock(&big);
	return err;
}
/*
 * check-name: gfp flags of a struct embedded in another that some store
 *             makes blocking: a sleep under a spinlock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/embedded-root.c:87:15: warning: call to 'tree_insert' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/embedded-root.c:86:9: note: atomic context begins here, at '_raw_spin_lock' in 'grp_add'
testcases/gfp/embedded-root.c:87:15: note: 'grp_add' calls 'tree_insert' with GFP flags not known to forbid blocking
testcases/gfp/embedded-root.c:38:22: note: 'tree_insert' calls 'node_alloc' passing on its caller's GFP flags
testcases/gfp/embedded-root.c:33:16: note: 'node_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/embedded-root.c:97:15: warning: call to 'tree_insert' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/embedded-root.c:96:9: note: atomic context begins here, at '_raw_spin_lock' in 'hub_add'
testcases/gfp/embedded-root.c:97:15: note: 'hub_add' calls 'tree_insert' with GFP flags not known to forbid blocking
testcases/gfp/embedded-root.c:38:22: note: 'tree_insert' calls 'node_alloc' passing on its caller's GFP flags
testcases/gfp/embedded-root.c:33:16: note: 'node_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
