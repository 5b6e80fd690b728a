// SPDX-License-Identifier: GPL-2.0
/* a static function of the "kernel": not in the summary */
#include <kdev.h>

static void kdev_reset(struct kdev *d)
{
	kdev_wait_ready(d);
}

void kdev_reset_all(struct kdev *d)
{
	kdev_reset(d);
}
