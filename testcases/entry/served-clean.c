#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linux/preempt.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

/* kernel/softirq.c */
struct softirq_action { void (*action)(struct softirq_action *); };
void open_softirq(int nr, void (*action)(struct softirq_action *));

/*
 * rcu_do_batch() (kernel/rcu/tree.c:2304): in the softirq it stops at a
 * limit; called elsewhere (the rcuc kthread, bottom halves disabled) it
 * lets them in and reschedules.  local_bh_enable() does not end the
 * serving of a softirq.
 */
static void do_batch(void)
{
	if (in_serving_softirq()) {
		barrier();
	} else {
		local_bh_enable();
		msleep(1);
		local_bh_disable();
	}
}

static void sirq_action(struct softirq_action *h)
{
	do_batch();
}

void sirq_init(void)
{
	open_softirq(3, sirq_action);
}

/* in_interrupt() and in_softirq() hold in a tasklet */
static void rx_tasklet(unsigned long data)
{
	if (in_interrupt())
		return;
	msleep(1);
}

static struct tasklet_struct rx;

void rx_init(void)
{
	tasklet_init(&rx, rx_tasklet, 0);
}

static void tx_done(struct tasklet_struct *t)
{
	if (!in_softirq())
		msleep(1);
}

DECLARE_TASKLET(tx, tx_done);

/* in_task() is false in a timer */
struct poller { struct timer_list timer; };

static void poller_timer(struct timer_list *t)
{
	if (in_task())
		msleep(1);
}

void poller_start(struct poller *p)
{
	timer_setup(&p->timer, poller_timer, 0);
}

/* rcuc: bottom halves disabled, no softirq served; the batch lets them
 * in before it sleeps */
void rcu_kthread(void)
{
	local_bh_disable();
	do_batch();
	local_bh_enable();
}
/*
 * check-name: callbacks that sleep only where a test says they do not run serving a softirq
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
