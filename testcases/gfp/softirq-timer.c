#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/preempt.h>
#include <linux/timer.h>
#include <linux/interrupt.h>

/*
 * gfp_any() is GFP_KERNEL outside a softirq: a timer callback that is
 * also called directly, one that is not static (a caller outside the
 * database may call it in process context), one also handed to a
 * function that is no softirq registration, and a tasklet that code
 * runs by hand through its field with bottom halves enabled (libsas's
 * sas_task_abort() runs a timer so), may block with it.
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
static struct timer_list t1, t2, t3;

static void *trim(struct sock *sk, gfp_t allocation)
{
	return kmalloc(64, allocation);
}

int unicast(struct sock *sk)
{
	sk->buf = trim(sk, gfp_any());
	return sk->buf != NULL;
}

/* also called directly, from process context */
static void expire_called(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

void table_flush(void)
{
	expire_called(&t1);
}

/* not static */
void expire_exported(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

/* also handed to a function that is no softirq registration */
void register_flush(void (*fn)(struct timer_list *));

static void expire_handed(struct timer_list *t)
{
	spin_lock(&mfc_lock);
	unicast(&sk0);
	spin_unlock(&mfc_lock);
}

void tables_init(void)
{
	timer_setup(&t1, expire_called, 0);
	timer_setup(&t2, expire_exported, 0);
	timer_setup(&t3, expire_handed, 0);
	register_flush(expire_handed);
}
/* a tasklet run by hand */
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
	t->func(t->data);
}
/*
 * check-name: gfp_any() in a timer callback that may also run outside a softirq may block
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/gfp/softirq-timer.c:46:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer.c:45:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_called'
testcases/gfp/softirq-timer.c:46:9: note: 'expire_called' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer.c:38:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer.c:33:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer.c:59:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer.c:58:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_exported'
testcases/gfp/softirq-timer.c:59:9: note: 'expire_exported' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer.c:38:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer.c:33:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer.c:69:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer.c:68:9: note: atomic context begins here, at '_raw_spin_lock' in 'expire_handed'
testcases/gfp/softirq-timer.c:69:9: note: 'expire_handed' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer.c:38:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer.c:33:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/softirq-timer.c:86:9: warning: call to 'unicast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/softirq-timer.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'flush_tasklet'
testcases/gfp/softirq-timer.c:86:9: note: 'flush_tasklet' calls 'unicast' with bottom halves enabled
testcases/gfp/softirq-timer.c:38:19: note: 'unicast' calls 'trim' with GFP flags that allow blocking unless bottom halves are disabled (gfp_any())
testcases/gfp/softirq-timer.c:33:16: note: 'trim' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
