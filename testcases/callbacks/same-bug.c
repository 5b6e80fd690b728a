#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t reset_lock;

static void wait_hw(void)
{
	msleep(1);
}

static void reset_a(void)
{
	wait_hw();
}

static void reset_b(void)
{
	wait_hw();
}

/* three calls in one atomic section reach one sleeping call: one bug */
void reset_all(void)
{
	spin_lock(&reset_lock);
	reset_b();
	reset_a();
	wait_hw();
	spin_unlock(&reset_lock);
}
/*
 * check-name: one finding per bug: calls of one atomic section that reach one sleeping call are one finding, with the shortest chain (--show-all-paths lists the others)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --show-all-paths; echo "exit $?"
 *
 * check-output-start
testcases/callbacks/same-bug.c:27:9: warning: call to 'wait_hw' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/same-bug.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'reset_all'
testcases/callbacks/same-bug.c:27:9: note: 2 other calls in this atomic section reach the same sleep (--show-all-paths lists them)
testcases/callbacks/same-bug.c:27:9: note: 'reset_all' calls 'wait_hw'
testcases/callbacks/same-bug.c:8:9: note: 'wait_hw' calls 'msleep', which may sleep
exit 1
testcases/callbacks/same-bug.c:27:9: warning: call to 'wait_hw' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/same-bug.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'reset_all'
testcases/callbacks/same-bug.c:25:9: note: 'reset_all' also reaches it here, calling 'reset_b'
testcases/callbacks/same-bug.c:26:9: note: 'reset_all' also reaches it here, calling 'reset_a'
testcases/callbacks/same-bug.c:27:9: note: 'reset_all' calls 'wait_hw'
testcases/callbacks/same-bug.c:8:9: note: 'wait_hw' calls 'msleep', which may sleep
exit 1
 * check-output-end
 */
