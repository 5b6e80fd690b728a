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
 * passes flags without it: the wait may run.
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
	append_data(sk, flags | 0x4);
	spin_unlock(&sk->lock);
}
/*
 * check-name: a wait past a test of a value zero wherever a flag is set, the flag not passed
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/zero-edge.c:56:9: warning: call to 'append_data' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/zero-edge.c:55:9: note: atomic context begins here, at '_raw_spin_lock' in 'push_reply'
testcases/gfp/zero-edge.c:56:9: note: 'push_reply' calls 'append_data'
testcases/gfp/zero-edge.c:50:16: note: 'append_data' calls 'alloc_send'
testcases/gfp/zero-edge.c:43:25: note: 'alloc_send' calls 'wait_for_wmem' on a path taken only when its argument 2 is zero
testcases/gfp/zero-edge.c:31:16: note: 'wait_for_wmem' calls 'schedule_timeout', which may sleep
 * check-output-end
 */
