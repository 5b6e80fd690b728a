#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

/* takes the lock and says so through the caller's flag (as
 * mm/compaction.c:566-620 isolate_freepages_block() keeps `locked`,
 * a local whose address compact_unlock_should_abort() is passed) */
static void take(int *locked)
{
	spin_lock(&lock);
	*locked = 1;
}

/* the flag's every assignment a constant 0: the callee's store through
 * its address sets it, so the test is not decided */
void one_def(void)
{
	int locked = 0;

	take(&locked);
	if (locked) {
		msleep(1);
		spin_unlock(&lock);
	}
}

/* two assignments of 0, on two paths (a flag set on some paths) */
void two_defs(int x)
{
	int locked = 0;

	if (x)
		locked = 0;
	take(&locked);
	if (locked) {
		msleep(1);
		spin_unlock(&lock);
	}
}
/*
 * check-name: a local flag whose address a callee is passed may be set by that callee: its assignments of constants do not decide its test (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/addr-taken-flag.c:23:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/addr-taken-flag.c:21:9: note: atomic context begins here, at 'take' in 'one_def'
testcases/atomic/addr-taken-flag.c:23:17: note: 'one_def' calls 'msleep', which may sleep
testcases/atomic/addr-taken-flag.c:37:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/addr-taken-flag.c:35:9: note: atomic context begins here, at 'take' in 'two_defs'
testcases/atomic/addr-taken-flag.c:37:17: note: 'two_defs' calls 'msleep', which may sleep
 * check-output-end
 */
