/* the last put of a sleepy_obj under a spinlock: its ktype's release
 * sleeps */
#include <linux/spinlock.h>
#include "kobject.h"

static spinlock_t table_lock;

void sleepy_drop(struct sleepy_obj *s)
{
	spin_lock(&table_lock);
	kobject_put(&s->kobj);
	spin_unlock(&table_lock);
}
/*
 * check-name: kobject_put() under a spinlock reaches the release of the ktype set on that object (&s->kobj of a struct sleepy_obj), which sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/kobject.c $dir/quiet.c $dir/sleepy.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/kobject/sleepy.c:7:9: warning: call to 'msleep' may sleep in atomic context, in 'sleepy_release' [-Wsleep-in-atomic]
testcases/callbacks/kobject/put-sleepy.c:11:9: note: 'sleepy_release' runs in atomic context: 'sleepy_drop' calls 'struct kobj_type'.release of the types set on 'struct sleepy_obj.kobj' through 'kobject_put' here with spinlock held
testcases/callbacks/kobject/put-sleepy.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'sleepy_drop'
testcases/callbacks/kobject/sleepy.c:11:20: note: 'sleepy_release' is bound to 'struct kobj_type.release' here, in the initializer of 'sleepy_ktype'
testcases/callbacks/kobject/sleepy.c:7:9: note: 'sleepy_release' calls 'msleep', which may sleep
 * check-output-end
 */
