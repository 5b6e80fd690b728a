#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/preempt.h>
#include <linux/timer.h>

/*
 * A callback passed to a function that does more with its parameter
 * than a softirq registration may run in process context, where
 * gfp_any() is GFP_KERNEL: one that the function also calls, one it
 * also stores in a field, one it also hands to a function that is no
 * registration, one it tests, and one passed to a function with no
 * body here.
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
	void (*expire)(struct timer_list *t);
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

void alloc_called(struct mr_table *mrt, void (*expire_func)(struct timer_list *t))
{
	timer_setup(&mrt->expire_timer, expire_func, 0);
	expire_func(&mrt->expire_timer);
}

void alloc_stored(struct mr_table *mrt, void (*expire_func)(struct timer_list *t))
{
	timer_setup(&mrt->expire_timer, expire_func, 0);
	mrt->expire = expire_func;
}

void register_flush(void (*fn)(struct timer_list *));

void alloc_handed(struct mr_table *mrt, void (*expire_func)(struct timer_list *t))
{
	timer_setup(&mrt->expire_timer, expire_func, 0);
	register_flush(expire_func);
}

void alloc_tested(struct mr_table *mrt, void (*expire_func)(struct timer_list *t))
{
	if (expire_func)
		timer_setup(&mrt->expire_timer, expire_func, 0);
}

void alloc_elsewhere(struct mr_table *mrt, void (*expire_func)(struct timer_list *t));

static void expire_called(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

static void expire_stored(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

static void expire_handed(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

static void expire_tested(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

static void expire_elsewhere(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

void tables_init(struct mr_table *mrt)
{
	alloc_called(mrt, expire_called);
	alloc_stored(mrt, expire_stored);
	alloc_handed(mrt, expire_handed);
	alloc_tested(mrt, expire_tested);
	alloc_elsewhere(mrt, expire_elsewhere);
}
/*
 * check-name: gfp_any() in a timer callback passed to a function that may also run it outside a softirq may block
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/gfp/softirq-timer-passed.c:76:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer-passed.c:75:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_called'
testcases/gfp/softirq-timer-passed.c:76:9: note: 'expire_called' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer-passed.c:41:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer-passed.c:36:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer-passed.c:83:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer-passed.c:82:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_stored'
testcases/gfp/softirq-timer-passed.c:83:9: note: 'expire_stored' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer-passed.c:41:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer-passed.c:36:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer-passed.c:90:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer-passed.c:89:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_handed'
testcases/gfp/softirq-timer-passed.c:90:9: note: 'expire_handed' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer-passed.c:41:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer-passed.c:36:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer-passed.c:97:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer-passed.c:96:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_tested'
testcases/gfp/softirq-timer-passed.c:97:9: note: 'expire_tested' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer-passed.c:41:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer-passed.c:36:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer-passed.c:104:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer-passed.c:103:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_elsewhere'
testcases/gfp/softirq-timer-passed.c:104:9: note: 'expire_elsewhere' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer-passed.c:41:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer-passed.c:36:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
