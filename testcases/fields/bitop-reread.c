#include <linux/bitops.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Each test_bit() is a volatile read: another CPU may set the bit
 * between two of them (`if (test_bit(DEAD, ...)) return;` then, under
 * the lock, `if (test_bit(DEAD, ...))` again, the shape of many
 * teardown paths).  Each read is a field test of its own, so the path
 * where the first finds the bit clear and the second finds it set is a
 * path: release() sets the bit, and the sleep under the lock is
 * reported.
 */
#define OBJ_DEAD	1

struct obj {
	unsigned long flags;
	spinlock_t lock;
};

struct handle {
	struct obj *obj;
};

void finish(struct handle *h)
{
	struct obj *o = h->obj;

	if (test_bit(OBJ_DEAD, &o->flags))
		return;
	spin_lock(&o->lock);
	if (test_bit(OBJ_DEAD, &o->flags))
		msleep(1);
	spin_unlock(&o->lock);
}

void release(struct obj *o)
{
	set_bit(OBJ_DEAD, &o->flags);
}
/*
 * check-name: two test_bit() reads of one bit are two field tests: the bit may change between them
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/bitop-reread.c:33:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/bitop-reread.c:31:9: note: atomic context begins here, at '_raw_spin_lock' in 'finish'
testcases/fields/bitop-reread.c:33:17: note: 'finish' calls 'msleep' on a path taken only when field 'struct obj.flags' has no bit of 0x2 set, which may sleep
 * check-output-end
 */
