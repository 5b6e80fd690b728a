/* a block that sleeps, registered on the atomic chain (through its
 * wrapper), where it may not */
#include <linux/sched.h>
#include "notifier.h"

static int sleepy_event(struct notifier_block *nb, unsigned long action,
			void *data)
{
	msleep(1);
	return 0;
}

static struct notifier_block sleepy_nb = {
	.notifier_call = sleepy_event,
};

void sleepy_init(void)
{
	register_a_notifier(&sleepy_nb);
}
/*
 * check-name: a notifier block that sleeps, registered on an atomic chain through a wrapper: reported in the block, the chain's RCU section as its context
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/notifier.c $dir/chains.c $dir/drv_quiet.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/notifier/sleepy-on-atomic.c:9:9: warning: call to 'msleep' may sleep in atomic context, in 'sleepy_event' [-Wsleep-in-atomic]
testcases/callbacks/notifier/chains.c:16:9: note: 'sleepy_event' runs in atomic context: 'fire_a' calls the blocks registered on 'a_chain' through 'atomic_notifier_call_chain' here with RCU read lock held
testcases/callbacks/notifier/chains.c:16:9: note: atomic context begins here, at 'atomic_notifier_call_chain' in 'fire_a'
testcases/callbacks/notifier/sleepy-on-atomic.c:14:26: note: 'sleepy_event' is bound to 'struct notifier_block.notifier_call' here, in the initializer of 'sleepy_nb'
testcases/callbacks/notifier/sleepy-on-atomic.c:9:9: note: 'sleepy_event' calls 'msleep', which may sleep
 * check-output-end
 */
