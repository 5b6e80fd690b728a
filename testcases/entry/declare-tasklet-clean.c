#include <linux/interrupt.h>
#include <linux/sched.h>

static void rx_done(struct tasklet_struct *t)
{
	udelay(1);
}

static DECLARE_TASKLET(rx_tasklet, rx_done);

void rx_kick(void)
{
	tasklet_schedule(&rx_tasklet);
}
/*
 * check-name: a tasklet declared with DECLARE_TASKLET() (.callback, in an anonymous union) that only busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
