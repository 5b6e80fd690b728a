/* kernel/notifier.c of Linux 6.1, cut down: every chain calls its blocks
 * through one static function, notifier_call_chain() */
#include <linux/rcupdate.h>
#include "notifier.h"

static int notifier_chain_register(struct notifier_block **nl,
				   struct notifier_block *n)
{
	n->next = *nl;
	*nl = n;
	return 0;
}

static int notifier_call_chain(struct notifier_block **nl, unsigned long val,
			       void *v)
{
	struct notifier_block *nb = *nl;
	int ret = 0;

	while (nb) {
		ret = nb->notifier_call(nb, val, v);
		nb = nb->next;
	}
	return ret;
}

int atomic_notifier_chain_register(struct atomic_notifier_head *nh,
				   struct notifier_block *n)
{
	return notifier_chain_register(&nh->head, n);
}

int blocking_notifier_chain_register(struct blocking_notifier_head *nh,
				     struct notifier_block *n)
{
	return notifier_chain_register(&nh->head, n);
}

int atomic_notifier_call_chain(struct atomic_notifier_head *nh,
			       unsigned long val, void *v)
{
	int ret;

	rcu_read_lock();
	ret = notifier_call_chain(&nh->head, val, v);
	rcu_read_unlock();
	return ret;
}

int blocking_notifier_call_chain(struct blocking_notifier_head *nh,
				 unsigned long val, void *v)
{
	return notifier_call_chain(&nh->head, val, v);
}
