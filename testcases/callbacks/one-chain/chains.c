/* an atomic chain one of whose blocks is not known (a client's block
 * filled where the database does not see it, as the bus notifiers
 * device_del() calls, drivers/base/core.c:3875), so a call of it reaches
 * every notifier_call of the build but those on other chains; and a
 * blocking chain with a sleeping block in a member of a driver's struct
 * (i915's mm.vmap_notifier on vmap_notify_list,
 * drivers/gpu/drm/i915/gem/i915_gem_shrinker.c:435-437) */
#include <linux/kernel.h>
#include <linux/sched.h>
#include "../notifier/notifier.h"

static struct atomic_notifier_head bus_chain;
static struct blocking_notifier_head vmap_notify_list;

struct client {
	int id;
	struct notifier_block nb;
};

void bus_add_client(struct client *c)
{
	atomic_notifier_chain_register(&bus_chain, &c->nb);
}

void bus_event(void)
{
	atomic_notifier_call_chain(&bus_chain, 1, NULL);
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
