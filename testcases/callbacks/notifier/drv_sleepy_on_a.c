/* a block that sleeps, registered on the atomic chain (through its
 * wrapper), where it may not */
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
	register_a_notifier(&sleepy_nb);
}
