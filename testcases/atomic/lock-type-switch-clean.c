#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * lib/xarray.c:31-54 and 327-351 (6.1) __xas_nomem(): the array's lock
 * is dropped before a blocking allocation in the flavour the array's
 * flags name (xa_lock_type(): plain, _irq or _bh) and taken again in it
 * after; __xa_alloc() (xarray.c:1828-1853) reaches it through a local
 * state that holds the array.  Here, as i915_drm_clients_init() does
 * (i915_drm_client.c:26, XA_FLAGS_LOCK_IRQ), the array is made with the
 * _irq flavour, so the unlock enables interrupts again: clean.  Known to
 * fail: the analysis keeps one state per call, the most over the runs
 * of the flavour (irq dropped on one of three), and the flavour is
 * xas->xa->flags, no flag atom of nomem() (a member of a member), nor
 * known at the caller (its store is in another function, and the other
 * array of the type has the other flavour).
 */
#define LOCK_IRQ	1
#define LOCK_BH		2

struct xarr {
	spinlock_t lock;
	unsigned int flags;
};

struct xstate {
	struct xarr *xa;
	void *alloc;
};

static struct kmem_cache *node_cache;

static inline unsigned int lock_type(const struct xarr *xa)
{
	return xa->flags & 3;
}

static inline void unlock_type(struct xstate *xas, unsigned int type)
{
	if (type == LOCK_IRQ)
		spin_unlock_irq(&xas->xa->lock);
	else if (type == LOCK_BH)
		spin_unlock_bh(&xas->xa->lock);
	else
		spin_unlock(&xas->xa->lock);
}

static inline void lock_type_again(struct xstate *xas, unsigned int type)
{
	if (type == LOCK_IRQ)
		spin_lock_irq(&xas->xa->lock);
	else if (type == LOCK_BH)
		spin_lock_bh(&xas->xa->lock);
	else
		spin_lock(&xas->xa->lock);
}

static int nomem(struct xstate *xas, gfp_t gfp)
{
	unsigned int type = lock_type(xas->xa);

	if (gfpflags_allow_blocking(gfp)) {
		unlock_type(xas, type);
		xas->alloc = kmem_cache_alloc(node_cache, gfp);
		lock_type_again(xas, type);
	} else {
		xas->alloc = kmem_cache_alloc(node_cache, gfp);
	}
	return xas->alloc != 0;
}

int xarr_alloc(struct xarr *xa, gfp_t gfp)
{
	struct xstate xas = { .xa = xa };

	return nomem(&xas, gfp);
}

/* another array of the other flavour: the flags of struct xarr are
 * not one value over the whole program */
static struct xarr clients, other;

void clients_init(void)
{
	clients.flags = LOCK_IRQ;
	other.flags = 0;
}

/* drivers/gpu/drm/i915/i915_drm_client.c:29-41 i915_drm_client_add() */
int client_add(void)
{
	int ret;

	spin_lock_irq(&clients.lock);
	ret = xarr_alloc(&clients, GFP_KERNEL);
	spin_unlock_irq(&clients.lock);
	return ret;
}
/*
 * check-name: an array made with the _irq flavour is unlocked with spin_unlock_irq() before the sleep: no finding (known to fail: the flavour is a member of a member, and the one state per call keeps interrupts off)
 * check-known-to-fail
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
