#include <linux/spinlock.h>
#include "ops.h"

static spinlock_t core_lock;

/* the core calls its drivers' callback with its lock held: a driver
 * whose kick may sleep is the driver's bug */
void core_kick(struct cb_dev *dev)
{
	spin_lock(&core_lock);
	dev->ops->kick(dev);
	spin_unlock(&core_lock);
}

/* a caller that holds the lock across a helper that calls the callback
 * is not blamed for the drivers either */
static void core_kick_one(struct cb_dev *dev)
{
	dev->ops->kick(dev);
}

void core_flush(struct cb_dev *dev)
{
	spin_lock(&core_lock);
	core_kick_one(dev);
	spin_unlock(&core_lock);
}
/*
 * check-name: a dispatcher calls ops->kick under a spinlock: the two drivers that sleep are blamed, once each, not the dispatcher
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/drv_direct.c $dir/drv_helpers.c $dir/drv_quiet.c && sleepcheck report
 *
 * check-output-start
testcases/callbacks/dispatch/drv_direct.c:7:9: warning: call to 'msleep' may sleep in atomic context, in 'direct_kick' [-Wsleep-in-atomic]
testcases/callbacks/dispatch/core.c:11:9: note: 'direct_kick' runs in atomic context: 'core_kick' calls through 'struct cb_ops'.kick here with spinlock held
testcases/callbacks/dispatch/core.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'core_kick'
testcases/callbacks/dispatch/drv_direct.c:11:17: note: 'direct_kick' is bound to 'struct cb_ops.kick' here, in the initializer of 'direct_ops'
testcases/callbacks/dispatch/drv_direct.c:7:9: note: 'direct_kick' calls 'msleep', which may sleep
testcases/callbacks/dispatch/drv_helpers.c:20:9: warning: call to 'helpers_update' may sleep in atomic context, in 'helpers_kick' [-Wsleep-in-atomic]
testcases/callbacks/dispatch/core.c:11:9: note: 'helpers_kick' runs in atomic context: 'core_kick' calls through 'struct cb_ops'.kick here with spinlock held
testcases/callbacks/dispatch/core.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'core_kick'
testcases/callbacks/dispatch/drv_helpers.c:24:17: note: 'helpers_kick' is bound to 'struct cb_ops.kick' here, in the initializer of 'helpers_ops'
testcases/callbacks/dispatch/drv_helpers.c:20:9: note: 'helpers_kick' calls 'helpers_update'
testcases/callbacks/dispatch/drv_helpers.c:14:9: note: 'helpers_update' calls 'helpers_lock'
testcases/callbacks/dispatch/drv_helpers.c:9:9: note: 'helpers_lock' calls 'mutex_lock', which may sleep
 * check-output-end
 */
