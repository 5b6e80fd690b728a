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
	spin_lock_bh(&net->lock);
	rtnl_notify(net, 3, nlh);
	spin_unlock_bh(&net->lock);
}

void level_notify(struct net *net, int level)
{
	spin_lock(&net->lock);
	notify_level(net, level);
	spin_unlock(&net->lock);
}
/*
 * check-name: a value that is zero where a parameter is NULL or zero (nlmsg_report(nlh)) decides with the argument
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/null-param.c:61:9: warning: call to 'rtnl_notify' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/gfp/null-param.c:60:9: note: atomic context begins here, at '_raw_spin_lock_bh' in 'rt_notify'
testcases/gfp/null-param.c:61:9: note: 'rt_notify' calls 'rtnl_notify'
testcases/gfp/null-param.c:36:9: note: 'rtnl_notify' calls 'nlmsg_notify'
testcases/gfp/null-param.c:31:17: note: 'nlmsg_notify' calls 'msleep' on a path taken only when its argument 3 is non-zero, which may sleep
testcases/gfp/null-param.c:68:9: warning: call to 'notify_level' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/null-param.c:67:9: note: atomic context begins here, at '_raw_spin_lock' in 'level_notify'
testcases/gfp/null-param.c:68:9: note: 'level_notify' calls 'notify_level'
testcases/gfp/null-param.c:47:9: note: 'notify_level' calls 'wait_if'
testcases/gfp/null-param.c:42:17: note: 'wait_if' calls 'msleep' on a path taken only when its argument 3 is non-zero, which may sleep
 * check-output-end
 */
