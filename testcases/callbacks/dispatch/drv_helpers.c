#include <linux/mutex.h>
#include "ops.h"

static struct mutex helpers_mutex;

/* sleeps two helpers down from its callback */
static void helpers_lock(void)
{
	mutex_lock(&helpers_mutex);
}

static void helpers_update(struct cb_dev *dev)
{
	helpers_lock();
	mutex_unlock(&helpers_mutex);
}

static void helpers_kick(struct cb_dev *dev)
{
	helpers_update(dev);
}

const struct cb_ops helpers_ops = {
	.kick = helpers_kick,
};
