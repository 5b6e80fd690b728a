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
 * check-name: the same dispatcher with the drivers fixed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/drv_direct_fixed.c $dir/drv_helpers_fixed.c $dir/drv_quiet.c && sleepcheck report
 *
 */
