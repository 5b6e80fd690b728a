/* other-chain-clean.c with a sleeping block registered nowhere the
 * database sees (passed to a function of another module): it may be one
 * of the bus chain's blocks not known */
#include <linux/kernel.h>
#include <linux/sched.h>
#include "../notifier/notifier.h"

void bus_event(void);
int external_register(struct notifier_block *nb);

static int lone_event(struct notifier_block *nb, unsigned long event, void *ptr)
{
	msleep(1);
	return 0;
}

static struct notifier_block lone_nb = {
	.notifier_call = lone_event,
};

int lone_init(void)
{
	return external_register(&lone_nb);
}

void bus_tick(void)
{
	bus_event();
}
/*
 * check-name: a chain with unknown blocks reaches a block registered nowhere known
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/chains.c $dir/../notifier/notifier.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/one-chain/chains.c:27:9: warning: call to 'struct notifier_block'.notifier_call may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/callbacks/one-chain/chains.c:27:9: note: atomic context begins here, at 'atomic_notifier_call_chain' in 'bus_event'
testcases/callbacks/one-chain/chains.c:27:9: note: 'bus_event' calls 'lone_event' via 'struct notifier_block'.notifier_call = lone_event at testcases/callbacks/one-chain/other-chain.c:18:26
testcases/callbacks/one-chain/other-chain.c:13:9: note: 'lone_event' calls 'msleep', which may sleep
 * check-output-end
 */
