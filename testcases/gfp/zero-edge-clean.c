#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A wait behind a test of a value that is zero wherever a flag is set:
 * sock_alloc_send_pskb() (net/core/sock.c:2764) sets `timeo =
 * sock_sndtimeo(sk, noblock)`, `noblock ? 0 : sk->sk_sndtimeo`
 * (include/net/sock.h:2736), and waits in its loop only past `if
 * (!timeo) goto failure;` (sock.c:2779), the loop setting timeo again
 * only after the wait.  __ip_append_data() passes `flags &
 * MSG_DONTWAIT` (net/ipv4/ip_output.c:1136); icmp_push_reply() passes
 * MSG_DONTWAIT (net/ipv4/icmp.c:382).  Here the caller under the lock
 * passes MSG_DONTWAIT: the wait never runs.
 */
#define MSG_DONTWAIT	0x40

struct sock {
	long sk_sndtimeo;
	int wmem, sndbuf;
	spinlock_t lock;
};

static inline long sock_sndtimeo(const struct sock *sk, bool noblock)
{
	return noblock ? 0 : sk->sk_sndtimeo;
}

static long wait_for_wmem(struct sock *sk, long timeo)
{
	return schedule_timeout(timeo);
}

int alloc_send(struct sock *sk, int noblock)
{
	long timeo = sock_sndtimeo(sk, noblock);

	for (;;) {
		if (sk->wmem < sk->sndbuf)
			break;
		if (!timeo)
			return -11;
		timeo = wait_for_wmem(sk, timeo);
	}
	return 0;
}

static int append_data(struct sock *sk, int flags)
{
	return alloc_send(sk, flags & MSG_DONTWAIT);
}

void push_reply(struct sock *sk, int flags)
{
	spin_lock(&sk->lock);
	append_data(sk, flags | MSG_DONTWAIT);
	spin_unlock(&sk->lock);
}
/*
 * check-name: a wait past a test of a value zero wherever a flag is set, the flag passed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
 * check-output-end
 */
