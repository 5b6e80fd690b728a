/*
 * A block that sleeps only for events in a set, tested as a disjunction
 * of equalities (`ev == A || ev == B ...`, and a switch whose cases
 * share one body), is not reached by a chain call that sends an event
 * outside the set.  drivers/net/netconsole.c:706-740 of 6.1:
 * netconsole_netdev_event() goes on only for NETDEV_CHANGENAME,
 * NETDEV_UNREGISTER, NETDEV_RELEASE or NETDEV_JOIN (:714-716), takes
 * target_list_lock, and drops it around __netpoll_cleanup() (which
 * sleeps: synchronize_srcu()) for the last three (the switch at
 * :723-736); net/core/dev.c:8734-8748 __dev_notify_flags() sends
 * NETDEV_UP, NETDEV_DOWN and NETDEV_CHANGE on netdev_chain from
 * packet_notifier()'s rcu_read_lock() (net/packet/af_packet.c:4268),
 * here a spinlock.  event-set.c is the twin that sends an event of the
 * set.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>
#include "notifier.h"

#define EV_UP		1
#define EV_DOWN		2
#define EV_CHANGE	4
#define EV_UNREGISTER	6
#define EV_CHANGENAME	11
#define EV_RELEASE	18
#define EV_JOIN		20

static struct blocking_notifier_head ev_chain;
static spinlock_t target_lock;
static int ntargets;
static char name[16];

static int nc_event(struct notifier_block *nb, unsigned long event, void *ptr)
{
	unsigned long flags;
	int i;

	if (!(event == EV_CHANGENAME || event == EV_UNREGISTER ||
	      event == EV_RELEASE || event == EV_JOIN))
		goto done;
	spin_lock_irqsave(&target_lock, flags);
	for (i = 0; i < ntargets; i++) {
		switch (event) {
		case EV_CHANGENAME:
			name[0] = 0;
			break;
		case EV_RELEASE:
		case EV_JOIN:
		case EV_UNREGISTER:
			spin_unlock_irqrestore(&target_lock, flags);
			msleep(1);	/* __netpoll_cleanup() */
			spin_lock_irqsave(&target_lock, flags);
			break;
		}
	}
	spin_unlock_irqrestore(&target_lock, flags);
done:
	return 0;
}

/* a plain function: an if-chain of equalities on its parameter */
void nc_apply(unsigned long event)
{
	if (event == EV_RELEASE || event == EV_JOIN)
		msleep(1);
}

static struct notifier_block nc_nb = {
	.notifier_call = nc_event,
};

void nc_init(void)
{
	blocking_notifier_chain_register(&ev_chain, &nc_nb);
}

static int call_ev_notifiers(unsigned long val, void *info)
{
	return blocking_notifier_call_chain(&ev_chain, val, info);
}

void notify_flags(spinlock_t *l, int up)
{
	spin_lock(l);
	call_ev_notifiers(up ? EV_UP : EV_DOWN, NULL);
	call_ev_notifiers(EV_CHANGE, NULL);
	nc_apply(EV_CHANGE);
	spin_unlock(l);
}
/*
 * check-name: a block's sleep under a disjunction of its event's values is not reached by an event outside them
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/notifier.c && sleepcheck report
 *
 */
