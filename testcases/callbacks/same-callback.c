#include <linux/spinlock.h>
#include <linux/sched.h>

struct sc_ops {
	void (*cb)(void);
};

static void slow_cb(void)
{
	msleep(1);
}

const struct sc_ops slow_sc_ops = {
	.cb = slow_cb,
};

/* no call through .cb holds atomic state itself: the field is not atomic,
 * and each caller that holds a lock across run_cb() is to blame */
static void run_cb(const struct sc_ops *ops)
{
	ops->cb();
}

static spinlock_t a_lock, b_lock;

void path_a(const struct sc_ops *ops)
{
	spin_lock(&a_lock);
	run_cb(ops);
	spin_unlock(&a_lock);
}

void path_b(const struct sc_ops *ops)
{
	spin_lock(&b_lock);
	run_cb(ops);
	spin_unlock(&b_lock);
}
/*
 * check-name: one finding per bug: two atomic sections reach one sleep through one callback
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --show-all-paths; echo "exit $?"
 *
 * check-output-start
testcases/callbacks/same-callback.c:29:9: warning: call to 'run_cb' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/same-callback.c:28:9: note: atomic context begins here, at '_raw_spin_lock' in 'path_a'
testcases/callbacks/same-callback.c:29:9: note: 1 other call made in atomic context reaches the same sleep through 'slow_cb' (--show-all-paths lists them)
testcases/callbacks/same-callback.c:29:9: note: 'path_a' calls 'run_cb'
testcases/callbacks/same-callback.c:21:9: note: 'run_cb' calls 'slow_cb' via 'struct sc_ops'.cb = slow_cb at testcases/callbacks/same-callback.c:14:15
testcases/callbacks/same-callback.c:10:9: note: 'slow_cb' calls 'msleep', which may sleep
exit 1
testcases/callbacks/same-callback.c:29:9: warning: call to 'run_cb' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/same-callback.c:28:9: note: atomic context begins here, at '_raw_spin_lock' in 'path_a'
testcases/callbacks/same-callback.c:36:9: note: 'path_b' also reaches it here, calling 'run_cb'
testcases/callbacks/same-callback.c:29:9: note: 'path_a' calls 'run_cb'
testcases/callbacks/same-callback.c:21:9: note: 'run_cb' calls 'slow_cb' via 'struct sc_ops'.cb = slow_cb at testcases/callbacks/same-callback.c:14:15
testcases/callbacks/same-callback.c:10:9: note: 'slow_cb' calls 'msleep', which may sleep
exit 1
 * check-output-end
 */
