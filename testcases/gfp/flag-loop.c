#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag set before a loop from a test of a flags argument, and tested
 * inside the loop: __ip6_append_data() (net/ipv6/ip6_output.c:1516-1545)
 * sets `zc = true` only where `flags & MSG_ZEROCOPY`, and in its copy
 * loop takes the zerocopy path (skb_zerocopy_iter_dgram(), which may
 * fault user pages in, :1772) only `if (zc)`; icmp6_send() passes
 * MSG_DONTWAIT (net/ipv6/icmp.c:628) from softirq context.  Here the
 * caller passes MSG_ZEROCOPY under a spinlock: the sleep is reached.  (The
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
	append_data(MSG_ZEROCOPY, len, sg);
	spin_unlock(&sk_lock);
}
/*
 * check-name: a flag set before a loop and tested in it: the constant flags passed make it true
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/flag-loop.c:43:9: warning: call to 'append_data' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/flag-loop.c:42:9: note: atomic context begins here, at '_raw_spin_lock' in 'icmp_send'
testcases/gfp/flag-loop.c:43:9: note: 'icmp_send' calls 'append_data'
testcases/gfp/flag-loop.c:31:25: note: 'append_data' calls 'msleep' on a path taken only when its argument 2 is non-zero, which may sleep
 * check-output-end
 */
