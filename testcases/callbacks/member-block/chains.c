/* an atomic chain (inet6addr_chain, net/ipv6/addrconf_core.c:97) and the
 * call of it; and a blocking chain (netdev_chain's kind) whose block, a
 * member of another struct, sleeps (failover_event, net/core/failover.c) */
#include <linux/kernel.h>
#include <linux/sched.h>
#include "../notifier/notifier.h"

static struct atomic_notifier_head addr_chain;
static struct blocking_notifier_head dev_chain;

struct failover {
	int id;
	struct notifier_block nb;
};

static int failover_event(struct notifier_block *nb, unsigned long action,
			  void *data)
{
	msleep(1);
	return 0;
}

void failover_register(struct failover *f)
{
	f->nb.notifier_call = failover_event;
	blocking_notifier_chain_register(&dev_chain, &f->nb);
}

int addr_register(struct notifier_block *nb)
{
	return atomic_notifier_chain_register(&addr_chain, nb);
}

void addr_fire(unsigned long event)
{
	atomic_notifier_call_chain(&addr_chain, event, NULL);
}
