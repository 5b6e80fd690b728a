#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A buggy twin of embedded-root-clean.c (block/blk-cgroup.c:1227,
 * lib/radix-tree.c:622): grp_reset() copies a whole tree made with
 * GFP_KERNEL into a grp's (`g->tree = tmp`): the store into the plain
 * tree's flags is its own initializer's, but the copy carries it into a
 * tree inside a grp, so inserting under a spinlock may sleep.
 */
#define GFP_BITS_MASK	((__force gfp_t)((1 << 26) - 1))
#define TAG_BIT		((__force gfp_t)(1 << 27))

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

void tree_tag(struct tree_root *t)
{
	t->flags |= TAG_BIT;
}

/* lib/radix-tree.c:117 root_tag_set(): a tag bit above the gfp bits */
void tree_mark(struct tree_root *t, unsigned int tag)
{
	t->flags |= (__force gfp_t)(1 << (tag + 26));
}

struct grp {
	int id;
	struct tree_root tree;
};

struct cache {
	struct tree_root tree;
	int n;
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
	struct tree_root tmp = { .flags = GFP_KERNEL };

	g->tree = tmp;
}

void cache_init(struct cache *c)
{
	tree_init(&c->tree, GFP_KERNEL);
}

int grp_add(struct grp *g, void *item)
{
	int err;

	spin_lock(&big);
	err = tree_insert(&g->tree, item);
	spin_unlock(&big);
	return err;
}
/*
 * check-name: gfp flags of a struct embedded in another, a whole plain
 *             struct with blocking flags copied into it: a sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/embedded-copy.c:95:15: warning: call to 'tree_insert' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/embedded-copy.c:94:9: note: atomic context begins here, at '_raw_spin_lock' in 'grp_add'
testcases/gfp/embedded-copy.c:95:15: note: 'grp_add' calls 'tree_insert' with GFP flags not known to forbid blocking
testcases/gfp/embedded-copy.c:38:22: note: 'tree_insert' calls 'node_alloc' passing on its caller's GFP flags
testcases/gfp/embedded-copy.c:33:16: note: 'node_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
