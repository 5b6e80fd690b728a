#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * lib/xarray.c:31-54 and 327-351 (6.1) __xas_nomem(): the array's lock
 * is dropped before a blocking allocation in the flavour the array's
 * flags name (xa_lock_type(): plain, _irq or _bh) and taken again in it
 * after; __xa_alloc() (xarray.c:1828-1853) reaches it through a local
 * state that holds the array.  Here the array is plain (flags 0) and its user
 * takes the lock with spin_lock_irq(), as Documentation/core-api/
 * xarray.rst:286-289 allows: the plain unlock leaves interrupts off at
 * the GFP_KERNEL allocation.
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
	clients.flags = 0;
	other.flags = LOCK_IRQ;
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
 * check-name: a callee drops its array's lock in the flavour the array's flags name: a plain array locked with spin_lock_irq() leaves interrupts off at the sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-type-switch.c:91:15: warning: call to 'xarr_alloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/lock-type-switch.c:90:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'client_add'
testcases/atomic/lock-type-switch.c:91:15: note: 'client_add' calls 'xarr_alloc' with GFP flags that allow blocking
testcases/atomic/lock-type-switch.c:72:16: note: 'xarr_alloc' calls 'nomem' passing on its caller's GFP flags
testcases/atomic/lock-type-switch.c:60:30: note: 'nomem' calls 'kmem_cache_alloc' passing on its caller's GFP flags on a path taken only when its gfp parameter 2 allows blocking, which may sleep
 * check-output-end
 */
