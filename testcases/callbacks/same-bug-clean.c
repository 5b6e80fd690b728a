#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t reset_lock;

static void wait_hw(void)
{
	udelay(100);
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
 * check-name: one finding per bug: the same calls, and the hardware wait busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
