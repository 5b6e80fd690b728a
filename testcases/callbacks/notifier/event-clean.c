/*
 * The event a chain call passes reaches the blocks' `action`: a block
 * that sleeps only for one event is not reached by a call that sends
 * another.  net/core/dev.c:8748 __dev_notify_flags() sends NETDEV_CHANGE
 * (NETDEV_UP, NETDEV_DOWN at :8734-8736) through :1999
 * call_netdevice_notifiers_info(val, info), whose
 * raw_notifier_call_chain(&netdev_chain, val, info) (:2014) calls each
 * block as kernel/notifier.c:87 nb->notifier_call(nb, val, v);
 * net/wireless/core.c:1524 cfg80211_netdev_notifier_call() takes
 * wiphy_lock() (a mutex) only for NETDEV_REGISTER.  packet_notifier()
 * (net/packet/af_packet.c:4268) gets there under rcu_read_lock(), here
 * a spinlock.  event.c is the twin that sends the event.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>
#include "notifier.h"

#define EV_CHANGE	4
#define EV_REGISTER	5

static struct blocking_notifier_head ev_chain;

static int wiphy_event(struct notifier_block *nb, unsigned long state,
		       void *ptr)
{
	if (state == EV_REGISTER)
		msleep(1);	/* wiphy_lock() */
	return 0;
}

static struct notifier_block wiphy_nb = {
	.notifier_call = wiphy_event,
};

void wiphy_init(void)
{
	blocking_notifier_chain_register(&ev_chain, &wiphy_nb);
}

static int call_ev_notifiers(unsigned long val, void *info)
{
	return blocking_notifier_call_chain(&ev_chain, val, info);
}

void notify_flags(spinlock_t *l)
{
	spin_lock(l);
	call_ev_notifiers(EV_CHANGE, NULL);
	spin_unlock(l);
}
/*
 * check-name: a chain call's event reaches its blocks' parameter: the block's sleep on another event is not reached
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/notifier.c && sleepcheck report
 *
 */
