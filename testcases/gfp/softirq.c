#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/bottom_half.h>
#include <linux/preempt.h>

/*
 * gfp_any() (include/net/sock.h) is GFP_ATOMIC where bottom halves are
 * disabled and GFP_KERNEL elsewhere; netlink_unicast() passes it to
 * netlink_trim(), which may allocate with it.  Under spin_lock_bh() or
 * local_bh_disable(), directly or one call up, it cannot block; under a
 * plain spinlock it can.
 */
#define in_softirq()	(preempt_count() & SOFTIRQ_MASK)

static inline gfp_t gfp_any(void)
{
	return in_softirq() ? GFP_ATOMIC : GFP_KERNEL;
}

struct sock {
	spinlock_t lock;
	void *buf;
};

static void *trim(struct sock *sk, gfp_t allocation)
{
	return kmalloc(64, allocation);
}

int unicast(struct sock *sk)
{
	sk->buf = trim(sk, gfp_any());
	return sk->buf != NULL;
}

static void relay(struct sock *sk)
{
	unicast(sk);
}

void notify_bh(struct sock *sk)
{
	spin_lock_bh(&sk->lock);
	unicast(sk);
	relay(sk);
	spin_unlock_bh(&sk->lock);
}

void notify_bh_disabled(struct sock *sk)
{
	local_bh_disable();
	relay(sk);
	local_bh_enable();
}

void notify_locked(struct sock *sk)
{
	spin_lock(&sk->lock);
	relay(sk);
	spin_unlock(&sk->lock);
}
/*
 * check-name: gfp_any() blocks only where bottom halves are enabled
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/softirq.c:59:9: warning: call to 'relay' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq.c:58:9: note: atomic context begins here, at '_raw_spin_lock' in 'notify_locked'
testcases/gfp/softirq.c:59:9: note: 'notify_locked' calls 'relay' with bottom halves enabled
testcases/gfp/softirq.c:38:9: note: 'relay' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq.c:32:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq.c:27:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
