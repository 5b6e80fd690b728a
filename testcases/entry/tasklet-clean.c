#include <linux/interrupt.h>
#include <linux/sched.h>

static void rx_tasklet(unsigned long data)
{
	/* just counts */
}

static struct tasklet_struct rx;

void rx_init(void)
{
	tasklet_init(&rx, rx_tasklet, 0);
}
/*
 * check-name: a tasklet that does not sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
