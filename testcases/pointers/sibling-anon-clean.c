#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The called field in an anonymous struct of an anonymous union, the
 * tested one a direct member (struct sk_buff's destructor and truesize):
 * one struct object for both front ends.  The sleeper's mode is not the
 * one the locked call is made with.
 */
struct buf {
	union {
		struct {
			unsigned long ref;
			void (*release)(struct buf *b);
		};
		long anchor;
	};
	unsigned int mode;
};

static void put_fast(struct buf *b)
{
}

static void put_slow(struct buf *b)
{
	msleep(1);
}

static const struct buf fast_buf = { .release = put_fast, .mode = 1 };
static const struct buf slow_buf = { .release = put_slow, .mode = 2 };

static spinlock_t lock;

void drop(struct buf *b)
{
	spin_lock(&lock);
	if (b->mode == 1 && b->release)
		b->release(b);
	spin_unlock(&lock);
}
/*
 * check-name: a sibling guard on a call through a field of an anonymous member excludes the sleeper (clean twin of sibling-anon.c)
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
