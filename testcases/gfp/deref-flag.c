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
	spin_lock(&sk->lock);
	unicast(sk, 0);
	spin_unlock(&sk->lock);
}
/*
 * check-name: a flag read through a pointer to the caller's local (netlink_attachskb's *timeo) decides with the caller's argument
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/deref-flag.c:56:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/deref-flag.c:55:9: note: atomic context begins here, at '_raw_spin_lock' in 'send_blocking'
testcases/gfp/deref-flag.c:56:9: note: 'send_blocking' calls 'unicast'
testcases/gfp/deref-flag.c:38:16: note: 'unicast' calls 'attachskb'
testcases/gfp/deref-flag.c:28:9: note: 'attachskb' calls 'msleep' on a path taken only when its argument 2 points to a non-zero value, which may sleep
 * check-output-end
 */
