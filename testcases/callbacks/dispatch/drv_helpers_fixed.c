#include <linux/spinlock.h>
#include "ops.h"

static spinlock_t helpers_lock_;

/* drv_helpers.c, fixed: a spinlock instead of a mutex */
static void helpers_lock(void)
{
	spin_lock(&helpers_lock_);
}

static void helpers_update(struct cb_dev *dev)
{
	helpers_lock();
	spin_unlock(&helpers_lock_);
}

static void helpers_kick(struct cb_dev *dev)
{
	helpers_update(dev);
}

const struct cb_ops helpers_ops = {
	.kick = helpers_kick,
};
