#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The called field in an anonymous struct of an anonymous union, the
 * tested one a direct member (struct sk_buff's destructor and truesize):
 * one struct object for both front ends.  The sleeper's mode is the one
 * the locked call is made with.
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

static const struct buf fast_buf = { .release = put_fast, .mode = 2 };
static const struct buf slow_buf = { .release = put_slow, .mode = 1 };

static spinlock_t lock;

void drop(struct buf *b)
{
	spin_lock(&lock);
	if (b->mode != 2 && b->release)
		b->release(b);
	spin_unlock(&lock);
}
/*
 * check-name: a sibling guard on a call through a field of an anonymous member of the struct
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/sibling-anon.c:27:9: warning: call to 'msleep' may sleep in atomic context, in 'put_slow' [-Wsleep-in-atomic]
testcases/pointers/sibling-anon.c:39:17: note: 'put_slow' runs in atomic context: 'drop' calls through 'struct buf'.release here with spinlock held
testcases/pointers/sibling-anon.c:37:9: note: atomic context begins here, at '_raw_spin_lock' in 'drop'
testcases/pointers/sibling-anon.c:31:49: note: 'put_slow' is bound to 'struct buf.release' here, in the initializer of 'slow_buf'
testcases/pointers/sibling-anon.c:27:9: note: 'put_slow' calls 'msleep', which may sleep
 * check-output-end
 */
