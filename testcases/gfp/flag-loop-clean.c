#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag set before a loop from a test of a flags argument, and tested
 * inside the loop: __ip6_append_data() (net/ipv6/ip6_output.c:1516-1545)
 * sets `zc = true` only where `flags & MSG_ZEROCOPY`, and in its copy
 * loop takes the zerocopy path (skb_zerocopy_iter_dgram(), which may
 * fault user pages in, :1772) only `if (zc)`; icmp6_send() passes
 * MSG_DONTWAIT (net/ipv6/icmp.c:628) from softirq context.  Here the
 * caller passes the non-zerocopy flag under a spinlock: no call.  (The
 * libsparse front end saw the loop header's phi of `zc` as a value not
 * known, its back edge bringing the phi again; libclang's reaching
 * definitions did not.)
 */
#define MSG_DONTWAIT	0x40
#define MSG_ZEROCOPY	0x4000000

int append_data(int flags, int length, int sg)
{
	int zc = 0;

	if ((flags & MSG_ZEROCOPY) && length) {
		if (sg)
			zc = 1;
	}
	while (length > 0) {
		if (!zc) {
			length--;
		} else {
			msleep(1);	/* skb_zerocopy_iter_dgram() */
			length -= 2;
		}
	}
	return 0;
}

static spinlock_t sk_lock;

void icmp_send(int len, int sg)
{
	spin_lock(&sk_lock);
	append_data(MSG_DONTWAIT, len, sg);
	spin_unlock(&sk_lock);
}
/*
 * check-name: a flag set before a loop and tested in it: the constant flags passed make it false
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
