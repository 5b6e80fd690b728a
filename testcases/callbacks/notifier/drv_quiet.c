/* a block that does not sleep, on the atomic chain (through its wrapper) */
#include <linux/kernel.h>
#include "notifier.h"

static int quiet_event(struct notifier_block *nb, unsigned long action,
		       void *data)
{
	return 0;
}

static struct notifier_block quiet_nb = {
	.notifier_call = quiet_event,
};

void quiet_init(void)
{
	register_a_notifier(&quiet_nb);
}
