#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * The buggy twin of member-ptr-clean.c (drivers/usb/host/xhci-mem.c:648,
 * 663): ring.map may also hold the address of another struct's tree,
 * made with GFP_KERNEL (ring_borrow()), so inserting under a spinlock
 * may sleep.
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

void ring_borrow(struct ring *r, struct other *o)
{
	r->map = &o->map;
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
 * check-name: gfp flags of structs embedded in others, reached through
 *             a pointer field that may hold a blocking one's address
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-ptr.c:81:15: warning: call to 'tree_insert' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-ptr.c:80:9: note: atomic context begins here, at '_raw_spin_lock' in 'ring_add'
testcases/gfp/member-ptr.c:81:15: note: 'ring_add' calls 'tree_insert' with GFP flags not known to forbid blocking
testcases/gfp/member-ptr.c:31:22: note: 'tree_insert' calls 'node_alloc' passing on its caller's GFP flags
testcases/gfp/member-ptr.c:26:16: note: 'node_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
