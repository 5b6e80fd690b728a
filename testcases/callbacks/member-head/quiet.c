/* a block that does not sleep, on the chain of an a_ctx */
#include <linux/kernel.h>
#include "ctx.h"

static int quiet_event(struct notifier_block *nb, unsigned long action,
		       void *data)
{
	return 0;
}

static struct notifier_block quiet_nb = {
	.notifier_call = quiet_event,
};

void quiet_init(struct a_ctx *a)
{
	atomic_notifier_chain_register(&a->chain, &quiet_nb);
}
