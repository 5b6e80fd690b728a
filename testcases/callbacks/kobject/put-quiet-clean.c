/* the last put of a quiet_obj under a spinlock: only the quiet ktype was
 * set on a quiet_obj's kobj, so sleepy_release is never reached (when
 * the object was not known, every kobj_type.release of the build was) */
#include <linux/spinlock.h>
#include "kobject.h"

static spinlock_t table_lock;

void quiet_drop(struct quiet_obj *q)
{
	spin_lock(&table_lock);
	kobject_put(&q->kobj);
	spin_unlock(&table_lock);
}
/*
 * check-name: kobject_put() under a spinlock on an object whose ktype's release does not sleep (&q->kobj at offset 0 of a struct quiet_obj): the other ktype's release is not reached
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/kobject.c $dir/quiet.c $dir/sleepy.c && sleepcheck report
 *
 */
