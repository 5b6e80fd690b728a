/* a block in a member of a struct, filled by assignment and registered
 * on the atomic chain, that sleeps: reported from the chain's call */
#include <linux/kernel.h>
#include <linux/sched.h>
#include "../notifier/notifier.h"

int addr_register(struct notifier_block *nb);

struct local {
	int state;
	struct notifier_block ifa6_notifier;
};

static int ifa6_changed(struct notifier_block *nb, unsigned long action,
			void *data)
{
	msleep(1);
	return 0;
}

void hw_register(struct local *l)
{
	l->ifa6_notifier.notifier_call = ifa6_changed;
	addr_register(&l->ifa6_notifier);
}
/*
 * check-name: a block in a struct member, filled by assignment, on an atomic chain, that sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/chains.c $dir/../notifier/notifier.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/member-block/hw.c:17:9: warning: call to 'msleep' may sleep in atomic context, in 'ifa6_changed' [-Wsleep-in-atomic]
testcases/callbacks/member-block/chains.c:36:9: note: 'ifa6_changed' runs in atomic context: 'addr_fire' calls the blocks registered on 'addr_chain' through 'atomic_notifier_call_chain' here with RCU read lock held
testcases/callbacks/member-block/chains.c:36:9: note: atomic context begins here, at 'atomic_notifier_call_chain' in 'addr_fire'
testcases/callbacks/member-block/hw.c:23:40: note: 'ifa6_changed' is bound to 'struct notifier_block.notifier_call' here, stored in 'struct local.ifa6_notifier'
testcases/callbacks/member-block/hw.c:17:9: note: 'ifa6_changed' calls 'msleep', which may sleep
 * check-output-end
 */
