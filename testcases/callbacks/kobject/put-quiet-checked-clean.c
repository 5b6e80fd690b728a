/* the last put of a quiet_obj under a spinlock, the object reached from
 * an embedded handle by a checked container_of() that gives NULL for a
 * handle of another kind, as software_node_put()'s to_swnode() does
 * (drivers/base/swnode.c:48, :379): the member's path is the non-NULL
 * side's, so only the quiet ktype's release is reached */
#include <linux/spinlock.h>
#include <linux/kernel.h>
#include "kobject.h"

struct handle {
	int kind;
};

struct quiet_node {
	struct handle h;
	struct quiet_obj q;
};

static spinlock_t table_lock;

#define to_quiet_node(hp) ({						\
	struct handle *__h = (hp);					\
	__h->kind == 1 ? container_of(__h, struct quiet_node, h) : NULL; })

void quiet_handle_put(struct handle *hp)
{
	struct quiet_node *n = to_quiet_node(hp);

	spin_lock(&table_lock);
	kobject_put(&n->q.kobj);
	spin_unlock(&table_lock);
}
/*
 * check-name: kobject_put() under a spinlock of a member reached through a checked container_of() (NULL for another kind): only the quiet release is reached
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/kobject.c $dir/quiet.c $dir/sleepy.c && sleepcheck report
 *
 */
