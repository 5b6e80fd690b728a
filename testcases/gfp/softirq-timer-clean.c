#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/timer.h>
#include <linux/interrupt.h>
#include <linux/bottom_half.h>

/*
 * gfp_any() (include/net/sock.h:2721) is GFP_ATOMIC where in_softirq():
 * all through a timer_list callback (run_timer_softirq(),
 * kernel/time/timer.c:2312) or a tasklet (kernel/softirq.c:827).  A
 * static function that runs only so (registered only there, called by
 * nothing else) does not block with it: net/ipv4/ipmr.c's
 * ipmr_expire_process() under its spin_trylock(), mac80211's tasklet
 * reaching ieee80211_rx_napi() (net/mac80211/main.c:336, rx.c:5339).
 * A tasklet run by hand under local_bh_disable() (i915's
 * __intel_engine_flush_submission()) is in_softirq() too.
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

static struct sock sk0;
static spinlock_t mfc_lock;
static struct timer_list expire_timer;

static void *trim(struct sock *sk, gfp_t allocation)
{
	return kmalloc(64, allocation);
}

int unicast(struct sock *sk)
{
	sk->buf = trim(sk, gfp_any());
	return sk->buf != NULL;
}

/* a timer's callback, its own spinlock held */
static void expire_process(struct timer_list *t)
{
	if (!spin_trylock(&mfc_lock)) {
		mod_timer(t, 1);
		return;
	}
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

void table_init(void)
{
	timer_setup(&expire_timer, expire_process, 0);
}

/* an exported function under RCU, whose only caller is a tasklet */
void rx_napi(struct sock *sk)
{
	rcu_read_lock();
	unicast(sk);
	rcu_read_unlock();
}

static void rx_tasklet(struct tasklet_struct *t)
{
	rx_napi(&sk0);
}

DECLARE_TASKLET(rx_work, rx_tasklet);
/* a tasklet also run by hand, bottom halves disabled */
static struct tasklet_struct flush_tl;

static void flush_tasklet(unsigned long data)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

void flush_init(void)
{
	tasklet_init(&flush_tl, flush_tasklet, 0);
}

void flush_now(struct tasklet_struct *t)
{
	local_bh_disable();
	t->func(t->data);
	local_bh_enable();
}
/*
 * check-name: gfp_any() in a static timer or tasklet callback (only run serving a softirq) cannot block
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 */
