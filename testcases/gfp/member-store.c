#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>

/*
 * sg_copy_buffer() (lib/scatterlist.c) fills a local mapping iterator
 * with sg_miter_start(&miter, sgl, nents, sg_flags), which stores its
 * flags in miter->__flags; sg_miter_next(&miter) then maps each page
 * with kmap_atomic() when SG_MITER_ATOMIC is set and with kmap(), which
 * may sleep, when it is not.  An iterator started without the atomic bit
 * under a spinlock sleeps.
 */
#define SG_MITER_ATOMIC		(1 << 0)
#define SG_MITER_TO_SG		(1 << 1)
#define SG_MITER_FROM_SG	(1 << 2)

struct miter {
	void *addr;
	unsigned int length;
	unsigned int __flags;
	unsigned int __offset;
};

void miter_start(struct miter *m, unsigned int flags)
{
	memset(m, 0, sizeof(*m));
	m->__flags = flags;
}

int miter_next(struct miter *m)
{
	m->__offset += m->length;
	if (m->__flags & SG_MITER_ATOMIC)
		m->length = 1;
	else
		msleep(1);
	return m->__offset < 16;
}

static spinlock_t lock;

unsigned int copy_buffer(int to_buffer)
{
	struct miter m;
	unsigned int sg_flags = 0, n = 0;

	if (to_buffer)
		sg_flags |= SG_MITER_FROM_SG;
	else
		sg_flags |= SG_MITER_TO_SG;
	miter_start(&m, sg_flags);
	while (miter_next(&m))
		n += m.length;
	return n;
}

void copy_locked(void)
{
	spin_lock(&lock);
	copy_buffer(1);
	spin_unlock(&lock);
}
/*
 * check-name: a flag a callee stores in the caller's local object (sg_miter_start's __flags) decides the callee that tests it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-store.c:60:9: warning: call to 'copy_buffer' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-store.c:59:9: note: atomic context begins here, at '_raw_spin_lock' in 'copy_locked'
testcases/gfp/member-store.c:60:9: note: 'copy_locked' calls 'copy_buffer'
testcases/gfp/member-store.c:52:16: note: 'copy_buffer' calls 'miter_next'
testcases/gfp/member-store.c:36:17: note: 'miter_next' calls 'msleep' on a path taken only when its field '__flags' of what argument 1 points to has no bit of 0x1 set, which may sleep
 * check-output-end
 */
