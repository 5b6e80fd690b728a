// SPDX-License-Identifier: GPL-2.0
/*
 * demo_alloc.c - helpers of the sleepcheck kbuild test module, in a
 * second file so that the chain crosses a file boundary.
 */
#include <linux/slab.h>
#include <linux/delay.h>
#include "demo.h"

void *demo_alloc_buf(size_t len, gfp_t gfp)
{
	return kzalloc(len, gfp);
}

void demo_settle(void)
{
	msleep(1);
}
