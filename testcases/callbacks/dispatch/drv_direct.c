#include <linux/sched.h>
#include "ops.h"

/* sleeps in its callback */
static void direct_kick(struct cb_dev *dev)
{
	msleep(1);
}

const struct cb_ops direct_ops = {
	.kick = direct_kick,
};
