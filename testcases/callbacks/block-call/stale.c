/* a kernel whose call_fib_notifier() takes its block as the second
 * argument (not Linux's): the notifier-block rule, which says the first,
 * does not describe this body, so it is not used (report --stats says
 * so) and the call through the block's field reaches every block, among
 * them the sleeping one on another chain */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/rcupdate.h>
#include "../notifier/notifier.h"

static struct blocking_notifier_head other_chain;

int call_fib_notifier(int event_type, struct notifier_block *nb)
{
	return nb->notifier_call(nb, event_type, NULL);
}

void dump_to(struct notifier_block *nb)
{
	rcu_read_lock();
	call_fib_notifier(1, nb);
	rcu_read_unlock();
}

struct drv {
	int id;
	struct notifier_block nb;
};

static int drv_event(struct notifier_block *nb, unsigned long event, void *ptr)
{
	msleep(1);
	return 0;
}

void drv_register(struct drv *d)
{
	d->nb.notifier_call = drv_event;
	blocking_notifier_chain_register(&other_chain, &d->nb);
}
/*
 * check-name: a notifier-block rule whose function calls another argument's block is not used, and --stats says so
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/../notifier/notifier.c && sleepcheck report --stats 2>&1 | grep -v '^sleepcheck: '
 *
 * check-output-start
rules/kernel-notifier.rules:56: note: 'notifier-block atomic call_fib_notifier 1 register_fib_notifier': 'call_fib_notifier' calls no block through its argument 1; the rule is not used
testcases/callbacks/block-call/stale.c:21:9: warning: call to 'call_fib_notifier' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/callbacks/block-call/stale.c:20:9: note: atomic context begins here, at 'rcu_read_lock' in 'dump_to'
testcases/callbacks/block-call/stale.c:21:9: note: 'dump_to' calls 'call_fib_notifier'
testcases/callbacks/block-call/stale.c:15:16: note: 'call_fib_notifier' calls 'drv_event' via 'struct notifier_block'.notifier_call = drv_event at testcases/callbacks/block-call/stale.c:38:29
testcases/callbacks/block-call/stale.c:32:9: note: 'drv_event' calls 'msleep', which may sleep
 * check-output-end
 */
