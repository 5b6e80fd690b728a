#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/timer.h>
#include <linux/dmapool.h>

static spinlock_t dev_lock, cfg_lock;
static struct mutex cfg_mutex;
static struct timer_list poll_timer;
static void *buf;
static struct dma_pool *pool;

static void wait_ready(void)
{
	udelay(100);
}

static void load_cfg(void)
{
	spin_lock(&cfg_lock);
	spin_unlock(&cfg_lock);
}

static void refill(void)
{
	wait_ready();
	load_cfg();
	dma_pool_free(pool, buf, 0);
	buf = kmalloc(64, GFP_ATOMIC);
}

/*
 * A timer function that takes a lock and makes one call that reaches
 * three sleeps and a function not to be called in interrupt context: one
 * place to fix, one warning (not one per sleep or contract, and not one
 * for the timer's context and one for the lock).
 */
static void poll_fn(struct timer_list *t)
{
	spin_lock(&dev_lock);
	refill();
	spin_unlock(&dev_lock);
}

void poll_start(void)
{
	timer_setup(&poll_timer, poll_fn, 0);
}
/*
 * check-name: one warning per atomic call: the same call and timer, reaching no sleep (clean twin of same-call.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
