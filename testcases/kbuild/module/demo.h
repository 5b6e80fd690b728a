/* SPDX-License-Identifier: GPL-2.0 */
#ifndef DEMO_H
#define DEMO_H
#include <linux/types.h>
#include <linux/gfp.h>
void *demo_alloc_buf(size_t len, gfp_t gfp);
void demo_settle(void);
void *demo_ring_grow(unsigned int slots, gfp_t gfp);
void *demo_pool_get(size_t len, gfp_t gfp);
#endif
