/* a block that sleeps, registered on the chain of the a_ctx inside a
 * struct wrap: the a_ctx chains are atomic, so it may not */
#include <linux/sched.h>
#include "ctx.h"

static int sleepy_event(struct notifier_block *nb, unsigned long action,
			void *data)
{
	msleep(1);
	return 0;
}

static struct notifier_block sleepy_nb = {
	.notifier_call = sleepy_event,
};

void sleepy_init(struct wrap *w)
{
	atomic_notifier_chain_register(&w->a.chain, &sleepy_nb);
}
/*
 * check-name: a block that sleeps, registered on a chain in a struct reached through a pointer (&w->a.chain): reported from the calls of that field's chains
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/chains.c $dir/quiet.c $dir/../notifier/notifier.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/member-head/sleepy-on-a.c:9:9: warning: call to 'msleep' may sleep in atomic context, in 'sleepy_event' [-Wsleep-in-atomic]
testcases/callbacks/member-head/chains.c:8:9: note: 'sleepy_event' runs in atomic context: 'fire_a_ctx' calls the blocks registered on 'struct a_ctx.chain' through 'atomic_notifier_call_chain' here with RCU read lock held
testcases/callbacks/member-head/chains.c:8:9: note: atomic context begins here, at 'atomic_notifier_call_chain' in 'fire_a_ctx'
testcases/callbacks/member-head/sleepy-on-a.c:14:26: note: 'sleepy_event' is bound to 'struct notifier_block.notifier_call' here, in the initializer of 'sleepy_nb'
testcases/callbacks/member-head/sleepy-on-a.c:9:9: note: 'sleepy_event' calls 'msleep', which may sleep
 * check-output-end
 */
