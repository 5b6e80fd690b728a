#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A gfp argument chosen by a flag of the caller: `kmalloc(n, (flags &
 * CRYPTO_TFM_REQ_MAY_SLEEP) ? GFP_KERNEL : GFP_ATOMIC)` (crypto/seqiv.c:
 * 87 on its request's flags, crypto/ahash.c:206).  The call allocates
 * with GFP_KERNEL only where the bit is set; a caller passing the bit
 * under a spinlock sleeps; these pass it clear.
 */
#define MAY_SLEEP	0x200

void *buf_alloc(unsigned int flags)
{
	return kmalloc(64, (flags & MAY_SLEEP) ? GFP_KERNEL : GFP_ATOMIC);
}

void *buf_alloc_not(unsigned int flags)
{
	return kmalloc(64, !(flags & MAY_SLEEP) ? GFP_ATOMIC : GFP_KERNEL);
}

/* kzalloc() ORs __GFP_ZERO into the choice */
void *buf_zalloc(unsigned int flags)
{
	return kzalloc(64, (flags & MAY_SLEEP) ? GFP_KERNEL : GFP_ATOMIC);
}

static spinlock_t lock;

void buf_locked(void)
{
	spin_lock(&lock);
	buf_alloc(0);
	buf_alloc_not(1);
	buf_zalloc(0);
	spin_unlock(&lock);
}
/*
 * check-name: a gfp argument a flag parameter chooses (c ? GFP_KERNEL : GFP_ATOMIC), the flag passed clear under a spinlock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
