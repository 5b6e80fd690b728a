#include <linux/interrupt.h>
#include <linux/sched.h>

static void rx_tasklet(unsigned long data)
{
	msleep(1);
}

static struct tasklet_struct rx;

void rx_init(void)
{
	tasklet_init(&rx, rx_tasklet, 0);
}
/*
 * check-name: a tasklet that sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/tasklet.c:6:9: warning: call to 'msleep' may sleep in tasklet context, in 'rx_tasklet' [-Wsleep-in-atomic]
testcases/entry/tasklet.c:13:9: note: 'rx_tasklet' runs in tasklet context: 'rx_init' registers it here with 'tasklet_init'
testcases/entry/tasklet.c:6:9: note: 'rx_tasklet' calls 'msleep', which may sleep
 * check-output-end
 */
