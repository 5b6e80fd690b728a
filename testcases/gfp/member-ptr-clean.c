#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * gfp flags of a struct embedded in another, reached through a pointer
 * field that holds its address: xhci's stream rings keep
 * `ring->trb_address_map = &stream_info->trb_address_map`
 * (drivers/usb/host/xhci-mem.c:663), a radix tree made with GFP_ATOMIC
 * (xhci-mem.c:648), and insert into it with the tree's own flags
 * (xhci_update_stream_segment_mapping(ring->trb_address_map, ...),
 * xhci-mem.c:272; lib/radix-tree.c:622).  Every address stored in
 * ring.map is a stream's tree (or NULL), and every store to a stream's
 * tree's flags is GFP_ATOMIC: inserting under a spinlock does not sleep.
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

static void *node_alloc(gfp_t gfp)
{
	return kmalloc(64, gfp);
}

int tree_insert(struct tree_root *t, void *item)
{
	void *node = node_alloc(t->flags & GFP_BITS_MASK);

	if (!node)
		return -12;
	t->head = node;
	return 0;
}

struct stream {
	int id;
	struct tree_root map;
};

struct ring {
	struct tree_root *map;
	int n;
};

struct other {
	struct tree_root map;
};

static spinlock_t big;

void stream_init(struct stream *s, struct ring *r)
{
	tree_init(&s->map, GFP_ATOMIC);
	r->map = &s->map;
}

void ring_reset(struct ring *r)
{
	r->map = NULL;
}

void other_init(struct other *o)
{
	tree_init(&o->map, GFP_KERNEL);
}

int ring_add(struct ring *r, void *item)
{
	int err;

	spin_lock(&big);
	err = tree_insert(r->map, item);
	spin_unlock(&big);
	return err;
}
/*
 * check-name: gfp flags of a struct embedded in another, reached through
 *             a pointer field that only ever holds its address: no sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
