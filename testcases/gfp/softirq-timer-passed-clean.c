#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/preempt.h>
#include <linux/timer.h>

/*
 * A timer callback registered through a function pointer parameter:
 * net/ipv4/ipmr.c's ipmr_new_table() passes ipmr_expire_process to
 * mr_table_alloc() (net/ipv4/ipmr_base.c:32), whose only use of its
 * expire_func parameter is timer_setup(&mrt->ipmr_expire_timer,
 * expire_func, 0) (:55).  The callback runs only serving the timer
 * softirq, so gfp_any() (include/net/sock.h:2721) is GFP_ATOMIC in it:
 * its trim() under the spin_trylock() does not block.  table_alloc()
 * also calls its other parameter, which changes nothing of this one.
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

struct mr_table {
	struct timer_list expire_timer;
	int id;
};

static struct sock sk0;
static spinlock_t mfc_lock;

static void *trim(struct sock *sk, gfp_t allocation)
{
	return kmalloc(64, allocation);
}

int unicast(struct sock *sk)
{
	sk->buf = trim(sk, gfp_any());
	return sk->buf != NULL;
}

struct mr_table *table_alloc(int id, void (*expire_func)(struct timer_list *t),
			     void (*table_set)(struct mr_table *mrt))
{
	struct mr_table *mrt = kzalloc(sizeof(*mrt), GFP_KERNEL);

	if (!mrt)
		return NULL;
	timer_setup(&mrt->expire_timer, expire_func, 0);
	table_set(mrt);
	return mrt;
}

/* passes it on once more */
struct mr_table *table_new(int id, void (*expire_func)(struct timer_list *t),
			   void (*table_set)(struct mr_table *mrt))
{
	return table_alloc(id, expire_func, table_set);
}

static void expire_process(struct timer_list *t)
{
	if (!spin_trylock(&mfc_lock)) {
		mod_timer(t, 1);
		return;
	}
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

static void expire_process6(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

static void table_set(struct mr_table *mrt)
{
}

struct mr_table *ipmr_new_table(int id)
{
	return table_alloc(id, expire_process, table_set);
}

struct mr_table *ip6mr_new_table(int id)
{
	return table_new(id, expire_process6, table_set);
}
/*
 * check-name: gfp_any() in a timer callback registered through a function pointer parameter cannot block
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 */
