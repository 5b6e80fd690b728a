#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * lib/maple_tree.c:6209-6232 (6.1) mas_nomem(): with a blocking gfp the
 * tree's own lock is dropped around the allocation, unless the tree
 * uses an external lock (include/linux/maple_tree.h:165 and 559-562,
 * MT_FLAGS_LOCK_EXTERN: "mt_lock is not used"), where it allocates with
 * whatever its caller holds; mas_erase() (maple_tree.c:6180-6202) calls
 * it with GFP_KERNEL.  Here, as mtree_erase() does (maple_tree.c:6465-6479),
 * the caller takes the tree's own lock, which a tree with an external
 * lock does not use, so nomem() drops it before it sleeps: clean.  Known
 * to fail: the lock mode tested is mas->tree->flags, no flag atom of
 * nomem() (a member of a member), and nothing says that holding a
 * tree's own lock means its mode is not external (the lock's identity
 * across the call, and the kernel's word at maple_tree.h:165).
 */
#define LOCK_MASK	0x300
#define LOCK_EXTERN	0x300

struct mtree {
	spinlock_t lock;
	unsigned int flags;
};

struct mstate {
	struct mtree *tree;
	void *node;
};

static struct kmem_cache *node_cache;

static inline int external_lock(const struct mtree *mt)
{
	return (mt->flags & LOCK_MASK) == LOCK_EXTERN;
}

static int nomem(struct mstate *mas, gfp_t gfp)
{
	if (gfpflags_allow_blocking(gfp) && !external_lock(mas->tree)) {
		spin_unlock(&mas->tree->lock);
		mas->node = kmem_cache_alloc(node_cache, gfp);
		spin_lock(&mas->tree->lock);
	} else {
		mas->node = kmem_cache_alloc(node_cache, gfp);
	}
	return mas->node != 0;
}

void *erase(struct mstate *mas)
{
	while (nomem(mas, GFP_KERNEL))
		;
	return mas->node;
}

/* a tree with an external lock (mm/mmap.c:2458-2459, kernel/fork.c:1142) */
static spinlock_t ext_lock;
static struct mtree ext_tree = { .flags = LOCK_EXTERN };

/* the tree's external lock is taken where it is used, as mm does */
void *ext_erase(void)
{
	struct mstate mas = { .tree = &ext_tree };

	return erase(&mas);
}

void *tree_erase(struct mtree *mt)
{
	struct mstate mas = { .tree = mt };
	void *entry;

	spin_lock(&mt->lock);
	entry = erase(&mas);
	spin_unlock(&mt->lock);
	return entry;
}
/*
 * check-name: a caller holding the tree's own lock meets no sleep under it: a tree with an external lock does not use its own (known to fail: lock mode of a member of a member, and the lock's identity across the call)
 * check-known-to-fail
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
