/* two chains: an atomic one, registered on through a wrapper, and a
 * blocking one */
#include <linux/kernel.h>
#include "notifier.h"

static struct atomic_notifier_head a_chain;
struct blocking_notifier_head b_chain;

int register_a_notifier(struct notifier_block *nb)
{
	return atomic_notifier_chain_register(&a_chain, nb);
}

void fire_a(void)
{
	atomic_notifier_call_chain(&a_chain, 1, NULL);
}

void fire_b(void)
{
	blocking_notifier_call_chain(&b_chain, 2, NULL);
}
