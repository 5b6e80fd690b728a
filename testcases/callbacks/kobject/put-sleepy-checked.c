/* put-quiet-checked-clean.c's buggy twin: the object reached through
 * the checked container_of() is a sleepy_obj, whose ktype's release
 * sleeps, and the put is under a spinlock */
#include <linux/spinlock.h>
#include <linux/kernel.h>
#include "kobject.h"

struct handle {
	int kind;
};

struct sleepy_node {
	struct handle h;
	struct sleepy_obj s;
};

static spinlock_t table_lock;

#define to_sleepy_node(hp) ({						\
	struct handle *__h = (hp);					\
	__h->kind == 1 ? container_of(__h, struct sleepy_node, h) : NULL; })

void sleepy_handle_put(struct handle *hp)
{
	struct sleepy_node *n = to_sleepy_node(hp);

	spin_lock(&table_lock);
	kobject_put(&n->s.kobj);
	spin_unlock(&table_lock);
}
/*
 * check-name: kobject_put() under a spinlock of a sleepy member reached through a checked container_of() (NULL for another kind): the sleepy release is reached
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/kobject.c $dir/quiet.c $dir/sleepy.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/kobject/sleepy.c:7:9: warning: call to 'msleep' may sleep in atomic context, in 'sleepy_release' [-Wsleep-in-atomic]
testcases/callbacks/kobject/put-sleepy-checked.c:28:9: note: 'sleepy_release' runs in atomic context: 'sleepy_handle_put' calls 'struct kobj_type'.release of the types set on 'struct sleepy_obj.kobj' through 'kobject_put' here with spinlock held
testcases/callbacks/kobject/put-sleepy-checked.c:27:9: note: atomic context begins here, at '_raw_spin_lock' in 'sleepy_handle_put'
testcases/callbacks/kobject/sleepy.c:11:20: note: 'sleepy_release' is bound to 'struct kobj_type.release' here, in the initializer of 'sleepy_ktype'
testcases/callbacks/kobject/sleepy.c:7:9: note: 'sleepy_release' calls 'msleep', which may sleep
 * check-output-end
 */
