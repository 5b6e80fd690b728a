#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * lib/maple_tree.c:6209-6232 (6.1) mas_nomem(): with a blocking gfp the
 * tree's own lock is dropped around the allocation, unless the tree
 * uses an external lock (include/linux/maple_tree.h:165 and 559-562,
 * MT_FLAGS_LOCK_EXTERN: "mt_lock is not used"), where it allocates with
 * whatever its caller holds; mas_erase() (maple_tree.c:6180-6202) calls
 * it with GFP_KERNEL.  Here the caller holds a spinlock that is the
 * tree's external lock: the allocation sleeps under it.
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

void *ext_erase(void)
{
	struct mstate mas = { .tree = &ext_tree };
	void *entry;

	spin_lock(&ext_lock);
	entry = erase(&mas);
	spin_unlock(&ext_lock);
	return entry;
}
/*
 * check-name: a callee drops the tree's own lock before it sleeps unless the tree uses an external lock: a caller holding a spinlock that is that external lock sleeps under it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-mode-extern.c:62:17: warning: call to 'erase' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/lock-mode-extern.c:61:9: note: atomic context begins here, at '_raw_spin_lock' in 'ext_erase'
testcases/atomic/lock-mode-extern.c:62:17: note: 'ext_erase' calls 'erase'
testcases/atomic/lock-mode-extern.c:47:16: note: 'erase' calls 'nomem' with GFP flags that allow blocking
testcases/atomic/lock-mode-extern.c:40:29: note: 'nomem' calls 'kmem_cache_alloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
