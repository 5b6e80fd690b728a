// SPDX-License-Identifier: GPL-2.0
/*
 * demo_ring.c - third file of the chain demo_main.c -> demo_ring.c ->
 * demo_pool.c -> demo_alloc.c: passes its caller's gfp on.
 */
#include "demo.h"

void *demo_ring_grow(unsigned int slots, gfp_t gfp)
{
	if (!slots)
		return NULL;
	return demo_pool_get(slots * 64, gfp);
}
