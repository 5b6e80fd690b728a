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
	msleep(1);
}

static void load_cfg(void)
{
	mutex_lock(&cfg_mutex);
	mutex_unlock(&cfg_mutex);
}

static void refill(void)
{
	wait_ready();
	load_cfg();
	dma_pool_destroy(pool);
	buf = kmalloc(64, GFP_KERNEL);
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
 * check-name: one warning per atomic call: the sleeps one call reaches (several, and both as a timer's call and under its lock) are one warning, the others counted (--show-all-paths lists them with their fingerprints, JSON under same_call)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"; sleepcheck report --show-all-paths --stats 2>&1 | grep -v "^sleepcheck: [0-9]* files"; sleepcheck report --format=json | grep -c fingerprint
 *
 * check-output-start
testcases/callbacks/same-call.c:42:9: warning: call to 'refill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/same-call.c:41:9: note: atomic context begins here, at '_raw_spin_lock' in 'poll_fn'
rules/dma-api.rules:30:1: note: also: 'poll_fn' runs in timer context and calls 'dma_pool_destroy', which may not be called in interrupt context (contract 'dma_pool_destroy', documented at Documentation/core-api/dma-api-howto.rst:435)
testcases/callbacks/same-call.c:48:9: note: 'poll_fn' also runs in timer context: registered with 'init_timer_key' here
testcases/callbacks/same-call.c:42:9: note: 'poll_fn' calls 'refill'
testcases/callbacks/same-call.c:29:9: note: 'refill' calls 'dma_pool_destroy', which may sleep
exit 1
sleepcheck: 2 sleep-in-atomic, 0 sleep-in-atomic-indirect, 0 with a step through a pointer or a callback's field; 0 fields called in atomic context by a call in the database; 0 findings merged into another (same sleep from the same atomic section or through the same callback)
sleepcheck: 2 findings shown under another of the same atomic call (other sleeps or contexts)
testcases/callbacks/same-call.c:42:9: warning: call to 'refill' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/same-call.c:41:9: note: atomic context begins here, at '_raw_spin_lock' in 'poll_fn'
rules/dma-api.rules:30:1: note: also: 'poll_fn' runs in timer context and calls 'dma_pool_destroy', which may not be called in interrupt context (contract 'dma_pool_destroy', documented at Documentation/core-api/dma-api-howto.rst:435) (8e6792e8cec0a521:0)
testcases/callbacks/same-call.c:48:9: note: 'poll_fn' also runs in timer context: registered with 'init_timer_key' here (265d32a1de0e2075:0)
testcases/callbacks/same-call.c:42:9: note: 'poll_fn' calls 'refill'
testcases/callbacks/same-call.c:29:9: note: 'refill' calls 'dma_pool_destroy', which may sleep
3
 * check-output-end
 */
