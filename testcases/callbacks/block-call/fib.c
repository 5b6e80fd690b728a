/* net/core/fib_notifier.c of Linux 6.1, cut down: call_fib_notifier()
 * calls the one block it is given (:18-26); register_fib_notifier()
 * dumps the tables to the block (a dump under RCU, as ipmr's mr_dump(),
 * net/ipv4/ipmr_base.c:416-422) and registers it on the netns's chain
 * (fib_dump_is_consistent(), :84).  A blocking chain of another kind
 * (vmap_notify_list, mm/vmalloc.c) has a sleeping block in a member of a
 * driver's struct (i915's mm.vmap_notifier,
 * drivers/gpu/drm/i915/gem/i915_gem_shrinker.c:435-437). */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/rcupdate.h>
#include "../notifier/notifier.h"

struct fib_notifier_net {
	int id;
	struct atomic_notifier_head fib_chain;
};

static struct fib_notifier_net the_net;
static struct blocking_notifier_head vmap_notify_list;

int call_fib_notifier(struct notifier_block *nb, int event_type, void *info)
{
	return nb->notifier_call(nb, event_type, info);
}

static int fib_dump(struct notifier_block *nb)
{
	int err;

	rcu_read_lock();
	err = call_fib_notifier(nb, 1, NULL);
	rcu_read_unlock();
	return err;
}

static void fib_dump_is_consistent(struct fib_notifier_net *fn_net,
				   struct notifier_block *nb)
{
	atomic_notifier_chain_register(&fn_net->fib_chain, nb);
}

int register_fib_notifier(struct notifier_block *nb)
{
	int err = fib_dump(nb);

	if (err)
		return err;
	fib_dump_is_consistent(&the_net, nb);
	return 0;
}

struct gem_mm {
	int pages;
	struct notifier_block vmap_notifier;
};

static int shrinker_vmap(struct notifier_block *nb, unsigned long event, void *ptr)
{
	msleep(1);	/* mutex_lock(&i915->drm.struct_mutex) */
	return 0;
}

void gem_shrinker_register(struct gem_mm *mm)
{
	mm->vmap_notifier.notifier_call = shrinker_vmap;
	blocking_notifier_chain_register(&vmap_notify_list, &mm->vmap_notifier);
}
