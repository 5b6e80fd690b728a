/* a block that sleeps, registered on the blocking chain, where it may */
#include <linux/sched.h>
#include "notifier.h"

static int sleepy_event(struct notifier_block *nb, unsigned long action,
			void *data)
{
	msleep(1);
	return 0;
}

static struct notifier_block sleepy_nb = {
	.notifier_call = sleepy_event,
};

void sleepy_init(void)
{
	blocking_notifier_chain_register(&b_chain, &sleepy_nb);
}
/*
 * check-name: the same block registered on the blocking chain: the atomic chain's RCU section does not reach it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/notifier.c $dir/chains.c $dir/drv_quiet.c && sleepcheck report
 *
 */
