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

/* only a function that does not sleep is ever stored */
void one_path(int c)
{
	void (*fn)(void) = fast;

	if (c)
		fn = fast;
	spin_lock(&lock);
	fn();
	spin_unlock(&lock);
}

/* the sleeping function is called outside the lock */
void initialized(void)
{
	void (*fn)(void) = slow;

	fn();
	spin_lock(&lock);
	spin_unlock(&lock);
}
/*
 * check-name: a function pointer in a local variable that never holds a sleeping function under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
