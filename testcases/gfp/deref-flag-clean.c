#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * netlink_unicast(ssk, skb, portid, nonblock) stores sock_sndtimeo(ssk,
 * nonblock), `noblock ? 0 : sk->sk_sndtimeo`, in a local timeout and
 * passes its address to netlink_attachskb(), which returns -EAGAIN `if
 * (!*timeo)` and sleeps otherwise (net/netlink/af_netlink.c,
 * include/net/sock.h); nlmsg_unicast() passes MSG_DONTWAIT.  A blocking
 * send under a spinlock sleeps; a non-blocking one does not.
 */
#define MSG_DONTWAIT	0x40

struct sock {
	spinlock_t lock;
	long sk_sndtimeo;
};

static inline long sock_sndtimeo(const struct sock *sk, int noblock)
{
	return noblock ? 0 : sk->sk_sndtimeo;
}

static int attachskb(struct sock *sk, long *timeo)
{
	if (!*timeo)
		return -11;
	msleep(1);
	*timeo = 0;
	return 1;
}

int unicast(struct sock *ssk, int nonblock)
{
	long timeo;

	timeo = sock_sndtimeo(ssk, nonblock);
	return attachskb(ssk, &timeo);
}

static inline int nlmsg_unicast(struct sock *sk)
{
	return unicast(sk, MSG_DONTWAIT);
}

void notify(struct sock *sk)
{
	spin_lock(&sk->lock);
	nlmsg_unicast(sk);
	spin_unlock(&sk->lock);
}

void send_blocking(struct sock *sk)
{
	unicast(sk, 0);
}
/*
 * check-name: a non-blocking send under a lock, a blocking one outside (clean twin of deref-flag.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
