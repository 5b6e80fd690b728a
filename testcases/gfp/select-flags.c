#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A gfp argument chosen by a flag of the caller: `kmalloc(n, (flags &
 * CRYPTO_TFM_REQ_MAY_SLEEP) ? GFP_KERNEL : GFP_ATOMIC)` (crypto/seqiv.c:
 * 87 on its request's flags, crypto/ahash.c:206).  The call allocates
 * with GFP_KERNEL only where the bit is set; a caller passing the bit
 * under a spinlock sleeps.
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
	buf_alloc(MAY_SLEEP);
	buf_alloc_not(MAY_SLEEP | 1);
	buf_zalloc(MAY_SLEEP);
	spin_unlock(&lock);
}
/*
 * check-name: a gfp argument a flag parameter chooses (c ? GFP_KERNEL : GFP_ATOMIC), the flag passed set under a spinlock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/select-flags.c:34:9: warning: call to 'buf_alloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-flags.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'buf_locked'
testcases/gfp/select-flags.c:34:9: note: 'buf_locked' calls 'buf_alloc'
testcases/gfp/select-flags.c:15:16: note: 'buf_alloc' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its argument 1 has a bit of 0x200 set, which may sleep
testcases/gfp/select-flags.c:35:9: warning: call to 'buf_alloc_not' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-flags.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'buf_locked'
testcases/gfp/select-flags.c:35:9: note: 'buf_locked' calls 'buf_alloc_not'
testcases/gfp/select-flags.c:20:16: note: 'buf_alloc_not' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its argument 1 has a bit of 0x200 set, which may sleep
testcases/gfp/select-flags.c:36:9: warning: call to 'buf_zalloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-flags.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'buf_locked'
testcases/gfp/select-flags.c:36:9: note: 'buf_locked' calls 'buf_zalloc'
testcases/gfp/select-flags.c:26:16: note: 'buf_zalloc' calls '__kmalloc' through inline 'kzalloc' with GFP flags that allow blocking on a path taken only when its argument 1 has a bit of 0x200 set, which may sleep
 * check-output-end
 */
