/* dump-clean.c with a sleeping block registered with
 * register_fib_notifier() (mlxsw's router->fib_nb,
 * drivers/net/ethernet/mellanox/mlxsw/spectrum_router.c): the dump under
 * RCU reaches it */
#include <linux/kernel.h>
#include <linux/sched.h>
#include "../notifier/notifier.h"

int register_fib_notifier(struct notifier_block *nb);

struct router {
	int id;
	struct notifier_block fib_nb;
};

static int router_fib_event(struct notifier_block *nb, unsigned long event,
			    void *ptr)
{
	msleep(1);
	return 0;
}

int router_init(struct router *r)
{
	r->fib_nb.notifier_call = router_fib_event;
	return register_fib_notifier(&r->fib_nb);
}
/*
 * check-name: a block call reaches a sleeping block its registrar registered
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/fib.c $dir/../notifier/notifier.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/block-call/dump.c:19:9: warning: call to 'msleep' may sleep in atomic context, in 'router_fib_event' [-Wsleep-in-atomic]
testcases/callbacks/block-call/fib.c:32:15: note: 'router_fib_event' runs in atomic context: 'fib_dump' calls the blocks registered on 'struct fib_notifier_net.fib_chain' through 'call_fib_notifier' here with RCU read lock held
testcases/callbacks/block-call/fib.c:31:9: note: atomic context begins here, at 'rcu_read_lock' in 'fib_dump'
testcases/callbacks/block-call/dump.c:25:33: note: 'router_fib_event' is bound to 'struct notifier_block.notifier_call' here, stored in 'struct router.fib_nb'
testcases/callbacks/block-call/dump.c:19:9: note: 'router_fib_event' calls 'msleep', which may sleep
 * check-output-end
 */
