/*
 * (event-clean.c's twin.)  The event a chain call passes reaches the blocks' `action`: a block
 * that sleeps only for one event is not reached by a call that sends
 * another.  net/core/dev.c:8748 __dev_notify_flags() sends NETDEV_CHANGE
 * (NETDEV_UP, NETDEV_DOWN at :8734-8736) through :1999
 * call_netdevice_notifiers_info(val, info), whose
 * raw_notifier_call_chain(&netdev_chain, val, info) (:2014) calls each
 * block as kernel/notifier.c:87 nb->notifier_call(nb, val, v);
 * net/wireless/core.c:1524 cfg80211_netdev_notifier_call() takes
 * wiphy_lock() (a mutex) only for NETDEV_REGISTER.  packet_notifier()
 * (net/packet/af_packet.c:4268) gets there under rcu_read_lock(), here
 * a spinlock.
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

void notify_register(spinlock_t *l)
{
	spin_lock(l);
	call_ev_notifiers(EV_REGISTER, NULL);
	spin_unlock(l);
}
/*
 * event-clean.c with the event the block sleeps for sent under the
 * lock (register_netdevice() sends NETDEV_REGISTER, net/core/dev.c).
 *
 * check-name: a chain call that sends the event a block sleeps for reaches the sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/notifier.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/notifier/event.c:48:9: warning: call to 'call_ev_notifiers' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/notifier/event.c:47:9: note: atomic context begins here, at '_raw_spin_lock' in 'notify_register'
testcases/callbacks/notifier/event.c:48:9: note: 'notify_register' calls 'call_ev_notifiers'
testcases/callbacks/notifier/event.c:42:16: note: 'call_ev_notifiers' calls 'wiphy_event' via 'struct notifier_block'.notifier_call = wiphy_event at testcases/callbacks/notifier/event.c:32:26
testcases/callbacks/notifier/event.c:27:17: note: 'wiphy_event' calls 'msleep' on a path taken only when its argument 2 is 5, which may sleep
 * check-output-end
 */
