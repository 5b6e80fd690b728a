#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * gfp flags kept in a struct embedded in another, set where the outer
 * object is made: lib/radix-tree.c's radix_tree_node_alloc() allocates
 * with root_gfp_mask(root), `root->xa_flags & __GFP_BITS_MASK`
 * (lib/radix-tree.c:622, include/linux/radix-tree.h:55); blkcg sets its
 * tree's with INIT_RADIX_TREE(&blkcg->blkg_tree, GFP_NOWAIT |
 * __GFP_NOWARN) (block/blk-cgroup.c:1227), through the inline
 * xa_init_flags() (include/linux/xarray.h:374).  Every store the program
 * makes to the flags of a tree inside a struct grp is GFP_NOWAIT, and no
 * store reaches the flags of a tree through a plain tree pointer with a
 * blocking value (a tag bit, `1 << (tag + 26)`, is above them), so inserting under a spinlock does not sleep.  Another
 * struct's tree is made with GFP_KERNEL: that says nothing of grp's.
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
	g->tree.flags = GFP_NOWAIT;
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
 * check-name: gfp flags of a struct embedded in another, set only to
 *             non-blocking values where it is made: no sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
