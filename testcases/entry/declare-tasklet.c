#include <linux/interrupt.h>
#include <linux/sched.h>

static void rx_done(struct tasklet_struct *t)
{
	msleep(1);
}

static DECLARE_TASKLET(rx_tasklet, rx_done);

void rx_kick(void)
{
	tasklet_schedule(&rx_tasklet);
}
/*
 * check-name: a tasklet declared with DECLARE_TASKLET() (.callback, in an anonymous union) that sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/declare-tasklet.c:6:9: warning: call to 'msleep' may sleep in tasklet context, in 'rx_done' [-Wsleep-in-atomic]
rules/kernel-entry.rules:30:1: note: a function stored in 'struct tasklet_struct.callback' runs in tasklet context
testcases/entry/declare-tasklet.c:9:8: note: 'rx_done' runs in tasklet context: stored in 'struct tasklet_struct.callback' here, in the initializer of 'rx_tasklet'
testcases/entry/declare-tasklet.c:6:9: note: 'rx_done' calls 'msleep', which may sleep
 * check-output-end
 */
