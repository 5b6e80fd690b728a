#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A volatile member is read anew at each use: another CPU may set its
 * bit between the test before the lock and the one under it.  Each
 * read is a field test of its own (as test_bit()'s, bitop-reread.c), so
 * the path where the first finds the bit clear and the second finds it
 * set is a path: mark_done() sets the bit, and the sleep under the lock
 * is reported.
 */
#define OBJ_DONE	4

struct obj {
	volatile unsigned long state;
	spinlock_t lock;
};

struct handle {
	struct obj *obj;
};

void finish(struct handle *h)
{
	struct obj *o = h->obj;

	if (o->state & OBJ_DONE)
		return;
	spin_lock(&o->lock);
	if (o->state & OBJ_DONE)
		msleep(1);
	spin_unlock(&o->lock);
}

void mark_done(struct obj *o)
{
	o->state |= OBJ_DONE;
}
/*
 * check-name: two reads of a volatile member are two field tests: the bit may change between them
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/volatile-member-reread.c:31:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/volatile-member-reread.c:29:9: note: atomic context begins here, at '_raw_spin_lock' in 'finish'
testcases/fields/volatile-member-reread.c:31:17: note: 'finish' calls 'msleep' on a path taken only when field 'struct obj.state' has no bit of 0x4 set, which may sleep
 * check-output-end
 */
