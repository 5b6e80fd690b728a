/* the same block registered on the chain of a b_ctx, which nothing
 * calls: the a_ctx chains never call it (when a head in a struct was not
 * known, every atomic chain of the build did) */
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

void sleepy_init(struct b_ctx *b)
{
	atomic_notifier_chain_register(&b->chain, &sleepy_nb);
}
/*
 * check-name: the same block on a chain in another struct (&b->chain): the calls of the a_ctx chains under RCU do not reach it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/chains.c $dir/quiet.c $dir/../notifier/notifier.c && sleepcheck report
 *
 */
