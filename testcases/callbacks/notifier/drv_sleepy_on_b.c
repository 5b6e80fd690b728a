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
