#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/bottom_half.h>
#include <linux/preempt.h>

/*
 * gfp_any() (include/net/sock.h) is GFP_ATOMIC where bottom halves are
 * disabled and GFP_KERNEL elsewhere; netlink_unicast() passes it to
 * netlink_trim(), which may allocate with it.  Under spin_lock_bh() or
 * local_bh_disable(), directly or one call up, it cannot block; under a
 * plain spinlock it can (softirq.c).
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
	spin_lock_bh(&sk->lock);
	relay(sk);
	spin_unlock_bh(&sk->lock);
}
/*
 * check-name: gfp_any() under spin_lock_bh() and local_bh_disable() cannot block (clean twin of softirq.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
