#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * rtnl_notify(skb, net, pid, group, nlh, flags) passes nlmsg_report(nlh),
 * `nlh ? !!(nlh->nlmsg_flags & NLM_F_ECHO) : 0`, to nlmsg_notify(),
 * which unicasts, and may sleep, only `if (report)`
 * (net/core/rtnetlink.c, include/net/netlink.h, net/netlink/af_netlink.c).
 * __neigh_notify() passes nlh = NULL: no unicast; inet6_rt_notify()
 * passes the request's header.  Also the select form (no load in the
 * arms) and an integer parameter.
 */
#define NLM_F_ECHO	0x08

struct nlmsghdr {
	unsigned short nlmsg_flags;
};

struct net {
	spinlock_t lock;
};

static inline int nlmsg_report(const struct nlmsghdr *nlh)
{
	return nlh ? !!(nlh->nlmsg_flags & NLM_F_ECHO) : 0;
}

static void nlmsg_notify(struct net *net, unsigned int group, int report)
{
	if (report)
		msleep(1);
}

void rtnl_notify(struct net *net, unsigned int group, struct nlmsghdr *nlh)
{
	nlmsg_notify(net, group, nlmsg_report(nlh));
}

static void wait_if(struct net *net, int verbose, int flags)
{
	if (flags)
		msleep(1);
}

void notify_level(struct net *net, int level)
{
	wait_if(net, 1, level ? 4 : 0);
}

void neigh_notify(struct net *net)
{
	spin_lock_bh(&net->lock);
	rtnl_notify(net, 3, NULL);
	notify_level(net, 0);
	spin_unlock_bh(&net->lock);
}

void rt_notify(struct net *net, struct nlmsghdr *nlh)
{
	rtnl_notify(net, 3, nlh);
	spin_lock(&net->lock);
	notify_level(net, 0);
	spin_unlock(&net->lock);
}
/*
 * check-name: NULL and 0 passed where a value is zero with them: no sleep under the lock (clean twin of null-param.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
