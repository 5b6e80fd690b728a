#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>

/*
 * sg_copy_buffer() (lib/scatterlist.c) fills a local mapping iterator
 * with sg_miter_start(&miter, sgl, nents, sg_flags), which stores its
 * flags in miter->__flags; sg_miter_next(&miter) then maps each page
 * with kmap_atomic() when SG_MITER_ATOMIC is set and with kmap(), which
 * may sleep, when it is not.  Started with the atomic bit on every path,
 * as sg_copy_buffer() does, it does not sleep under a spinlock.
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
	unsigned int sg_flags = SG_MITER_ATOMIC, n = 0;

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
 * check-name: a flag a callee stores in the caller's local object, set on every path (sg_copy_buffer's SG_MITER_ATOMIC)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
