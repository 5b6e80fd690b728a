#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The buggy twin of correlated-test-clean.c: the test that returns
 * holds where atomic is zero, or tests another bit, so the runs that
 * take the lock still reach the sleep.
 */
struct event { unsigned int flags; unsigned int len; };

static spinlock_t list_lock;

static int event_dup(struct event *ev)
{
	if (ev->len & 0x80000000)
		msleep(1);
	return 0;
}

/* refused only where atomic is zero: the wrong side */
int deliver_event(struct event *ev, int atomic)
{
	int err;

	if (!atomic && (ev->len & 0x80000000))
		return -1;
	if (atomic)
		spin_lock(&list_lock);
	err = event_dup(ev);
	if (atomic)
		spin_unlock(&list_lock);
	return err;
}

/* another bit refused */
int deliver_event_bit(struct event *ev, int atomic)
{
	int err;

	if (atomic && (ev->len & 0x40000000))
		return -1;
	if (atomic)
		spin_lock(&list_lock);
	err = event_dup(ev);
	if (atomic)
		spin_unlock(&list_lock);
	return err;
}

/*
 * check-name: a caller's test of a member that does not exclude the callee's sleep where the lock is held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/correlated-test.c:29:15: warning: call to 'event_dup' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/correlated-test.c:28:17: note: atomic context begins here, at '_raw_spin_lock' in 'deliver_event'
testcases/atomic/correlated-test.c:29:15: note: 'deliver_event' calls 'event_dup' on a path taken only when its argument 2 is non-zero
testcases/atomic/correlated-test.c:16:17: note: 'event_dup' calls 'msleep' on a path taken only when its field 'len' of what argument 1 points to has a bit of 0x80000000 set, which may sleep
testcases/atomic/correlated-test.c:44:15: warning: call to 'event_dup' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/correlated-test.c:43:17: note: atomic context begins here, at '_raw_spin_lock' in 'deliver_event_bit'
testcases/atomic/correlated-test.c:44:15: note: 'deliver_event_bit' calls 'event_dup' on a path taken only when its argument 2 is non-zero
testcases/atomic/correlated-test.c:16:17: note: 'event_dup' calls 'msleep' on a path taken only when its field 'len' of what argument 1 points to has a bit of 0x80000000 set, which may sleep
 * check-output-end
 */
