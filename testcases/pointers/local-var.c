#include <linux/spinlock.h>
#include <linux/sched.h>

static void slow(void)
{
	msleep(1);
}

static void fast(void)
{
}

static spinlock_t lock;

/* assigned the sleeping function on one path only */
void one_path(int c)
{
	void (*fn)(void) = fast;

	if (c)
		fn = slow;
	spin_lock(&lock);
	fn();
	spin_unlock(&lock);
}

/* initialized directly */
void initialized(void)
{
	void (*fn)(void) = slow;

	spin_lock(&lock);
	fn();
	spin_unlock(&lock);
}
/*
 * check-name: a function pointer in a local variable calls what it may hold
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/local-var.c:23:9: warning: call to 'slow' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/pointers/local-var.c:22:9: note: atomic context begins here, at '_raw_spin_lock' in 'one_path'
testcases/pointers/local-var.c:23:9: note: 'one_path' calls 'slow'
testcases/pointers/local-var.c:6:9: note: 'slow' calls 'msleep', which may sleep
testcases/pointers/local-var.c:33:9: warning: call to 'slow' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/pointers/local-var.c:32:9: note: atomic context begins here, at '_raw_spin_lock' in 'initialized'
testcases/pointers/local-var.c:33:9: note: 'initialized' calls 'slow'
testcases/pointers/local-var.c:6:9: note: 'slow' calls 'msleep', which may sleep
 * check-output-end
 */
