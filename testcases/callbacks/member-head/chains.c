/* calls the chain of an a_ctx, reached through a pointer; nothing calls
 * the chain of a b_ctx */
#include <linux/kernel.h>
#include "ctx.h"

void fire_a_ctx(struct a_ctx *a)
{
	atomic_notifier_call_chain(&a->chain, 1, NULL);
}
